"""Trial 22 (a NZ mortgage adviser): a referral ask to someone who offered referrals, or
swapped ("happy to return the favour"), read pitch-first; so did the adviser's trade offered
as a favour after a real question about them, with "no pressure". A standing offer of the
trade ("my door's always open") about their home loan read relationship-first, asking to hire
them read as promoting the writer, a time ask to restructure their lending was not cut from
the rewrite, and the rewrite stacked "How has the rest of your week been?" after a question.
A greeting ("Kia ora Tama") was credited as a memory, and a card said "her" of a man."""

from __future__ import annotations

import html

import pytest

from bot.formatting import check_card
from coach.service import Coach
from nlp.pitch.model import PitchAssessor
from nlp.pitch.rewrite import SIMPLE_HOOK

USER = 7022
REFERRAL_WHY = "asks them to send you business"


async def _card(coach: Coach, user: int, note: str, draft: str) -> tuple[str, str]:
    await coach.set_my_work(user, "mortgage adviser")
    await coach.notes.capture(user, note)
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


# 1. A referral ask that returns the favour, after a warm opener, is mixed.

RECIPROCAL = [
    "Hi Priya, hope Arjun's settling in at Otago! If any of your conveyancing clients need a "
    "mortgage adviser I'd really appreciate a referral, happy to return the favour",
    "Kia ora Hemi, congrats on the new baby! If any of your building clients ever need a "
    "lawyer I'd appreciate a referral, and I'll happily return the favour.",
    "Hi Grace, loved hearing about your trip to Rarotonga. If your buyers need a conveyancer "
    "I'd really appreciate you sending them my way, happy to send clients your way too.",
]


@pytest.mark.parametrize("draft", RECIPROCAL)
def test_a_referral_ask_that_returns_the_favour_is_mixed(
    assessor: PitchAssessor, draft: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict == "mixed", (found.score, found.reasons)
    assert any(REFERRAL_WHY in r.why for r in found.reasons), found.reasons
    # Whom to refer ("if any of your clients need a lawyer") is no ask for their business.
    assert not any(r.why.startswith("asks for the business") for r in found.reasons)


async def test_a_referral_ask_to_someone_who_offered_referrals_is_mixed(coach: Coach) -> None:
    verdict, card = await _card(
        coach,
        USER + 1,
        "drinks with leilani fonoti, accountant, offered to send me referrals",
        "Hi Leilani, hope the trip to Apia was great! If any of your clients are buying a home "
        "I'd love a referral.",
    )
    assert verdict == "mixed", card
    assert REFERRAL_WHY in card, card


async def test_answering_their_own_referral_swap_is_mixed_at_most(coach: Coach) -> None:
    verdict, card = await _card(
        coach,
        USER + 2,
        "met dev malhotra at the expo, insurance broker, keen to swap referrals",
        "Hi Dev, great chatting at the expo. I'd love to swap referrals. Could you send your "
        "clients my way too? Catch up soon?",
    )
    assert verdict != "pitch_first", card


# 1c. The trade offered as a favour after a real question about them, with "no pressure".

FAVOURS = [
    (
        "Hey Sione, good yarn at training. How's Ana finding the canteen this season? Also your "
        "fixed rate rolls off in Feb, happy to run the numbers for you if you want, no pressure",
        "run the numbers",
    ),
    (
        "Hi Mele, how did Losa go at her dance recital? Also, your KiwiSaver might be worth a "
        "look, happy to go over it with you if you like, no pressure.",
        "go over it",
    ),
    (
        "Hey Rangi, good to see you at the club. How's the knee after the surgery? By the way "
        "your insurance renews in March, happy to compare a few options for you if you want, "
        "no pressure at all.",
        "compare a few options",
    ),
]


@pytest.mark.parametrize(("draft", "phrase"), FAVOURS)
def test_the_trade_offered_as_a_favour_after_a_real_question_is_mixed(
    assessor: PitchAssessor, draft: str, phrase: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict == "mixed", (found.score, found.reasons)
    assert any(phrase in r.phrase for r in found.reasons), found.reasons


# 2. A standing offer of the trade about their product is mixed, not relationship-first.

STANDING = [
    "Hi Fatima, hope the new puppy is settling in. If you ever want a second opinion on your "
    "home loan my door's always open",
    "Great seeing you at the school gala, Ben. If you ever need a hand with your KiwiSaver, you "
    "know where I am.",
    "Lovely catching up, Ana! Whenever you want someone to look over your mortgage, I'm only a "
    "call away.",
]
STANDING_TWINS = [
    "Hi Fatima, hope the new puppy is settling in. If you ever want a second opinion on your "
    "garden plans my door's always open",
    "Great seeing you at the school gala, Ben. If you ever need a hand with the move, you know "
    "where I am.",
]


@pytest.mark.parametrize("draft", STANDING)
def test_a_standing_offer_of_the_trade_is_mixed(assessor: PitchAssessor, draft: str) -> None:
    found = assessor.assess(draft)
    assert found.verdict == "mixed", (found.score, found.reasons)
    assert any("offers your trade as a favour" in r.why for r in found.reasons), found.reasons


@pytest.mark.parametrize("draft", STANDING_TWINS)
def test_a_standing_offer_of_a_friends_help_stays_warm(assessor: PitchAssessor, draft: str) -> None:
    assert assessor.assess(draft).verdict == "relationship_first"


# 3. Asking to hire them, or to buy from them, is no pitch, and the rewrite keeps the request.

HIRES = [
    (
        "Hi Tom, loved the logo you did for the biz assoc! Would you be keen on doing a logo for "
        "my business? Happy to pay of course",
        "Would you be keen on doing a logo for my business?",
    ),
    (
        "Hi Aisha, your cakes at the fair were amazing! Could you make one for my shop's opening "
        "next month? Happy to pay of course.",
        "Could you make one for my shop's opening next month?",
    ),
    (
        "Kia ora Wiremu, the carving you did for the marae is stunning. Would you take on a "
        "commission for my company's new office?",
        "Would you take on a commission for my company's new office?",
    ),
]


@pytest.mark.parametrize(("draft", "asked"), HIRES)
def test_asking_to_hire_them_is_no_pitch_and_the_request_stays(
    assessor: PitchAssessor, draft: str, asked: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict != "pitch_first", (found.score, found.reasons)
    assert not any("promotes you" in r.why for r in found.reasons), found.reasons
    assert asked in found.suggestion, found.suggestion
    # It asks them to do work for the writer: no "genuine question about them".
    assert not any(asked in s for s in found.strengths), found.strengths


# 4. Their time asked to work on their finances is cut; no question is stacked on a question.

TIME_FOR_THEIR_MONEY = [
    "Hi Wei, hope the rentals are treating you well. Can I get 15 mins this week to restructure "
    "your lending?",
    "Hi Ngaire, hope the new bach is treating you well. Could I grab 20 minutes next week to "
    "refinance your loans?",
    "Hi Josh, great to see you at the game. Can I borrow ten minutes on Friday to review your "
    "KiwiSaver?",
]


@pytest.mark.parametrize("draft", TIME_FOR_THEIR_MONEY)
def test_time_asked_to_work_on_their_finances_is_warned_and_cut(
    assessor: PitchAssessor, draft: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict != "relationship_first", (found.score, found.reasons)
    asking = draft.split(". ", 1)[1]
    assert asking not in found.suggestion and "minutes" not in found.suggestion, found.suggestion
    assert "mins" not in found.suggestion, found.suggestion


@pytest.mark.parametrize(
    "draft",
    [
        "Hi Anjali, great chatting at brekkie. I'd love to swap referrals… Could you send your "
        "clients my way too? Coffee next wk?",
        "Hi Mira, lovely chatting at the market. Could you send your clients my way? Drinks "
        "Friday?",
    ],
)
def test_the_simple_question_is_not_stacked_after_a_question(
    assessor: PitchAssessor, draft: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict != "relationship_first", found.reasons
    assert not (
        SIMPLE_HOOK in found.suggestion
        and found.suggestion.replace(SIMPLE_HOOK, "").rstrip().endswith("?")
    ), found.suggestion


# 5. A greeting in any language is never a memory.


@pytest.mark.parametrize(
    ("note", "draft", "greeting"),
    [
        (
            "tama ngata from the kia ora fitness club, training for the nationals",
            "Kia ora Tama, hope the week's going well!",
            "Kia ora",
        ),
        (
            "met malia at the bula festival, she runs the kava stall",
            "Bula Malia, hope the weekend was restful!",
            "Bula",
        ),
        (
            "sione lemalu hosts the talofa breakfast show on pacific radio",
            "Talofa Sione, hope all is well!",
            "Talofa",
        ),
    ],
)
async def test_a_greeting_is_never_a_memory(
    coach: Coach, note: str, draft: str, greeting: str
) -> None:
    _, card = await _card(coach, USER + 10 + len(greeting), note, draft)
    assert f"remembers something they told you: “{greeting}" not in card, card


# 6. The card says the person's pronoun as their notes say it, "them" when unsure.


@pytest.mark.parametrize(
    ("note", "draft"),
    [
        (
            "wei zhang, property investor with three rentals in hamilton. helped him with his "
            "refinance last year, his wife mei is a nurse",
            "Hi Wei, hope the rentals are treating you well!",
        ),
        (
            "tama ngata from waka ama, first home buyer. helped him with his deposit, his "
            "partner hine just started at the hospital",
            "Kia ora Tama, hope the new place is coming together!",
        ),
    ],
)
async def test_the_card_never_says_her_of_a_man(coach: Coach, note: str, draft: str) -> None:
    _, card = await _card(coach, USER + 20 + len(note), note, draft)
    assert "you've helped her" not in card, card
    assert "you've helped him once" in card or "you've helped them once" in card, card
