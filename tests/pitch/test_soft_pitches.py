"""User trials: /check missed pitches said softly (a free strategy call, "if you're ever
looking for a new payroll provider", "I'm filling my January calendar"), and told one draft it
"puts a price" on something when it named no price. Each kind is tested in the trial's words
and in others, with warm messages that share their words and must pass, through the coach's
check and the card the bot sends."""

from __future__ import annotations

import pytest

from bot.formatting import check_card
from coach.service import Coach

USER = 7007

SOFT_PITCHES = [
    # A free call, consult, audit or assessment about their business, early on.
    pytest.param(
        "Happy to hop on a free strategy call whenever works for you",
        "free strategy call",
        id="trial: a free strategy call",
    ),
    pytest.param(
        "Hi Ana, great chatting at the brewery! I'd be glad to set up a complimentary "
        "30-minute discovery call to map out your hiring plan.",
        "complimentary 30-minute discovery call",
        id="a complimentary 30-minute discovery call",
    ),
    pytest.param(
        "Hey Luis, loved your post about the new warehouse. Want a free 20-minute consult on "
        "your fleet routing?",
        "free 20-minute consult",
        id="a free 20-minute consult",
    ),
    pytest.param(
        "Hi Mo, thanks again for the ride home. We run free growth strategy sessions for "
        "shops like yours, want one?",
        "free growth strategy sessions",
        id="free strategy sessions",
    ),
    # "If you're ever looking for a new X": come to me when you switch providers.
    pytest.param(
        "If Rivera Homes is ever looking for a new payroll provider, I'd love to chat",
        "looking for a new payroll provider",
        id="trial: if ever looking for a new payroll provider",
    ),
    pytest.param(
        "Hi Tom, good to see you at the game! If you ever need a new accountant, I'd be glad "
        "to help.",
        "need a new accountant",
        id="if you ever need a new accountant",
    ),
    pytest.param(
        "Great meeting you at the expo, Priya. If the clinic ever wants a different IT "
        "company, give me a shout.",
        "wants a different IT company",
        id="if the clinic ever wants a different IT company",
    ),
    pytest.param(
        "Congrats on the funding round, Lee! If your team is ever in the market for a new "
        "CRM, we should talk.",
        "in the market for a new CRM",
        id="if ever in the market for a new CRM",
    ),
    # Selling on availability: a calendar filling, clients taken on, openings.
    pytest.param(
        "I'm filling my January calendar and have a couple of openings",
        "filling my January calendar",
        id="trial: filling my January calendar",
    ),
    pytest.param(
        "Hi Dee, lovely to meet you at the gallery! I'm taking on a few new clients this spring.",
        "taking on a few new clients",
        id="taking on a few new clients",
    ),
    pytest.param(
        "Hey Sol, great run on Saturday! Quick note: we're accepting new patients again in March.",
        "accepting new patients",
        id="accepting new patients",
    ),
    pytest.param(
        "Hi Ruth, so nice to meet you at the book fair. My spring schedule is filling and I "
        "have room for two more families.",
        "room for two more families",
        id="room for two more families",
    ),
]

WARM = [
    "If you're ever looking for a good taco place in Houston, try Tacos El Güero",
    "I'm filling my January calendar with coffees with old friends, want to grab one?",
    "Happy to hop on a call to help you think through your board search — no agenda",
    "Congrats on the new job! If you ever need a sounding board, I'm around.",
    "Feel free to call me whenever works for you, I'd love to hear how the move went.",
    "If you ever need a new accountant, my sister-in-law Mia is brilliant and very patient.",
    "If you're ever looking for a new running route, I'd love to show you the river trail.",
    "Hi Dee, lovely to meet you at the gallery! We're taking on a rescue puppy this spring, "
    "any tips on crate training?",
    "Is your practice taking on new patients? My mum just moved to town and needs a dentist.",
    "My calendar is filling up with school plays, but I'd love to catch up in February.",
    "Hi Reggie, great talking fantasy football with you at the barbecue. Whenever your league "
    "needs a twelfth team, I'd love to join.",
    "If you ever need a new tennis partner, I'm in!",
    "If you're ever looking for a new book club, ours meets on Thursdays and we'd love to have "
    "you.",
    "Is your studio taking on new students? My niece wants to learn the cello.",
    "Congrats on the funding round, Lee! If your team is ever in the market for a celebration "
    "dinner, we should go to Nonna's together.",
]

# Drafts that offer a deal or something free, or sell on returns, and name no price, fee,
# rate, discount or cost: the card must not say they talk price.
NO_PRICE = [
    "Hi Sam, congrats on the new office! Speaking of which, we're offering new members a "
    "free month.",
    "Hi Sam, loved your talk! Also, we offer a free audit to new clients this week only.",
    "Hi Sam, great to meet you at the mixer! Anyway, I can show you the ROI our clients see "
    "in 90 days.",
    "Hi Sam, great to meet you at the mixer! By the way, I'm offering new clients a free "
    "strategy session this month.",
    # Trial 18: a saving claimed sells on returns; "cut freight costs 20%" names no price.
    "Loved your talk on supply chains! I put together a short deck on how we cut freight "
    "costs 20%, happy to walk you through it.",
]
PRICED = [
    "Hi Sam, great to meet you at the mixer! By the way, our starter package is $99 a month.",
    "Hi Sam, congrats on the new office! Speaking of which, our rates for new clients are "
    "the lowest in town.",
    "Hi Sam, loved your talk! Also, we're giving 20% off to new clients this month.",
]


@pytest.mark.parametrize(("draft", "phrase"), SOFT_PITCHES)
async def test_a_soft_pitch_is_warned_and_its_words_quoted(
    coach: Coach, draft: str, phrase: str
) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    a = check.assessment
    assert a.verdict != "relationship_first", (a.score, a.reasons)
    assert any(phrase in r.phrase for r in a.reasons), a.reasons
    card = check_card(check)
    assert "What reads as a pitch" in card and phrase in card, card


@pytest.mark.parametrize("draft", WARM)
async def test_a_warm_message_in_the_same_words_is_not_warned(coach: Coach, draft: str) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    assert check.assessment.verdict == "relationship_first", (
        check.assessment.score,
        check.assessment.reasons,
    )
    assert "Looks good to send" in check_card(check)


@pytest.mark.parametrize("draft", NO_PRICE)
async def test_no_price_is_named_where_the_draft_has_none(coach: Coach, draft: str) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    assert check.assessment.verdict != "relationship_first", check.assessment.score
    assert check.assessment.reasons
    card = check_card(check)
    assert "price" not in card, card


@pytest.mark.parametrize("draft", PRICED)
async def test_a_price_is_named_where_the_draft_has_one(coach: Coach, draft: str) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    whys = [r.why for r in check.assessment.reasons]
    assert any("price" in why for why in whys), whys
