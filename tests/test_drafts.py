"""Checking drafts against the stored relationship, and the weekly note tip, on a real db."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.texts import TIPS
from coach.drafts import EmptyDraft
from coach.service import Coach
from storage.models import Contact, Fact, Interaction, User
from tests.conftest import FakeClock

ALICE, BOB = 1001, 2002
SOFT_ASK = "Hi Sarah, happy to send over my rates. Do you have time this week for a quick call?"
HARD_SELL = (
    "Hi Sarah, great meeting you! Our agency helps startups grow 3x. "
    "Book a demo here: calendly.com/alice/30min"
)


async def told_days_ago(coach: Coach, user_id: int, days: int) -> None:
    """The user's facts as said `days` ago on the test clock (facts are stamped by the wall
    clock, which the test clock does not move)."""
    async with coach.rt.unit_of_work() as session:
        for fact in await session.scalars(select(Fact).where(Fact.user_id == user_id)):
            fact.created_at = coach.rt.clock() - timedelta(days=days)


async def make_trusted(coach: Coach, user_id: int, name: str, days: int) -> None:
    """A long-standing contact: trust stage, known for `days`, helped twice."""
    async with coach.rt.unit_of_work() as session:
        contact = await session.scalar(
            select(Contact).where(Contact.user_id == user_id, Contact.name == name)
        )
        assert contact is not None
        contact.stage = "trust"
        contact.met_on = (coach.rt.clock() - timedelta(days=days)).date()
        for _ in range(2):
            session.add(
                Interaction(user_id=user_id, contact_id=contact.id, kind="gave", summary="intro")
            )


async def test_a_long_at_name_is_taken_whole_and_left_out_of_the_draft(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "dinner with juan carlos mendoza ruiz, his wife mariela just had a baby girl"
    )
    draft = "Hey Juan Carlos, congrats again on the baby! Hope you are all sleeping a bit."
    check = await coach.drafts.check_draft(ALICE, "@Juan Carlos Mendoza Ruiz " + draft)
    assert check.contact_name == "Juan Carlos Mendoza Ruiz"
    assert check.draft == draft
    assert not check.assessment.pitch_first
    assert "Mendoza" not in " ".join(check.assessment.strengths)


async def test_an_at_name_reads_the_draft_against_that_contact(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "met Sarah Chen from Acme Robotics at the mixer, into trail running"
    )
    check = await coach.drafts.check_draft(ALICE, "@Sarah Chen " + HARD_SELL)
    assert check.contact_name == "Sarah Chen"
    assert check.relationship is not None
    assert check.relationship.interactions == 1
    assert check.relationship.days_known == 0
    assert check.assessment.pitch_first
    suggestion = check.assessment.suggestion
    assert suggestion.startswith("Hi Sarah, great meeting you!")
    assert "Have you been trail running lately?" in suggestion and "calendly" not in suggestion


async def test_the_contact_named_in_the_draft_is_found(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "coffee with Sarah Chen, wants an intro to a good CPA")
    await coach.set_my_work(ALICE, "marketing consultant")
    await told_days_ago(coach, ALICE, 12)
    check = await coach.drafts.check_draft(ALICE, HARD_SELL)
    assert check.contact_name == "Sarah Chen"
    # A need the user does not sell into, noted 12 days ago, may be asked about.
    assert "a good CPA" in check.assessment.suggestion


async def test_a_rewrite_never_asks_about_a_need_the_user_sells_into(coach: Coach) -> None:
    """Trial 8: a UX designer's rewrite asked "Have you found a UX designer for the
    onboarding yet?", which is the pitch again; a personal detail is asked instead."""
    user = 4004
    await coach.notes.capture(
        user,
        "met Mehmet Yilmaz at the startup meetup, cofounder of parkly, they search a UX "
        "designer for the onboarding. he loves sailing",
    )
    await coach.set_my_work(user, "freelance UX designer")
    await told_days_ago(coach, user, 12)
    draft = (
        "Hi Mehmet, great meeting you Sunday! By the way I'm a freelance UX designer and I do "
        "exactly onboarding flows. I could send you my portfolio and rates."
    )
    check = await coach.drafts.check_draft(user, draft)
    suggestion = check.assessment.suggestion
    assert suggestion == "Hi Mehmet, great meeting you Sunday! Have you been sailing lately?"


async def test_a_rewrite_never_asks_about_a_need_noted_days_ago(coach: Coach) -> None:
    """Trial 8: "Do you still need outsource overflow work?" a day after meeting."""
    user = 4005
    await coach.notes.capture(
        user, "met Duke at the afterparty, runs small agency pixelhaus, needs a bookkeeper"
    )
    await coach.set_my_work(user, "freelance UX designer")
    draft = "Hi Duke, great chatting at the afterparty! I could offer you a free UX audit."
    check = await coach.drafts.check_draft(user, draft)
    assert "bookkeeper" not in check.assessment.suggestion, check.assessment.suggestion


async def test_without_my_work_a_rewrite_asks_about_no_need(coach: Coach) -> None:
    """Without /me Rapport cannot tell a need from the user's own market (a bookkeeper's
    "found a bookkeeper yet?" is the pitch again), so it asks about none."""
    user = 4006
    await coach.notes.capture(user, "met Lena Berg at the chamber lunch, she needs a bookkeeper")
    await told_days_ago(coach, user, 20)
    draft = "Hi Lena, great meeting you! Book a demo here: calendly.com/alice/30min"
    check = await coach.drafts.check_draft(user, draft)
    suggestion = check.assessment.suggestion
    assert "bookkeeper" not in suggestion, suggestion
    assert suggestion.startswith("Hi Lena, great meeting you!")


async def test_a_soft_ask_is_fine_to_a_trusted_contact_who_asked_for_pricing(
    coach: Coach,
) -> None:
    for note in [
        "met Sarah Chen from Acme at the chamber breakfast",
        "lunch with Sarah Chen, she asked about my pricing for their spring campaign",
        "introduced Sarah Chen to my friend Dev, the CPA",
    ]:
        await coach.notes.capture(ALICE, note)
    await make_trusted(coach, ALICE, "Sarah Chen", days=400)
    friend = await coach.drafts.check_draft(ALICE, SOFT_ASK)
    assert friend.relationship is not None
    # Two gives by hand, and the note's "introduced Sarah Chen to …" is a third.
    assert friend.relationship.they_asked and friend.relationship.gave == 3
    assert friend.relationship.interactions == 6
    assert not friend.assessment.pitch_first

    await coach.notes.capture(BOB, "met Sarah Lee at the mixer yesterday")
    stranger = await coach.drafts.check_draft(BOB, SOFT_ASK.replace("Sarah", "Sarah Lee", 1))
    assert stranger.contact_name == "Sarah Lee"
    assert stranger.assessment.pitch_first


async def test_an_unknown_name_is_read_without_history(coach: Coach) -> None:
    check = await coach.drafts.check_draft(ALICE, "@Zed: " + HARD_SELL)
    assert check.unknown_name == "Zed" and check.relationship is None
    assert check.assessment.pitch_first


async def test_users_only_see_their_own_contacts(coach: Coach) -> None:
    await coach.notes.capture(BOB, "met Sarah Chen at the gala, loves sailing")
    check = await coach.drafts.check_draft(ALICE, HARD_SELL)
    assert check.contact_name is None and check.relationship is None


async def test_an_empty_draft_is_refused(coach: Coach) -> None:
    with pytest.raises(EmptyDraft):
        await coach.drafts.check_draft(ALICE, "@Sarah:   ")


async def test_a_pitching_note_gets_one_tip_a_week(coach: Coach, clock: FakeClock) -> None:
    pitched = "BNI lunch, gave my elevator pitch to everyone"
    first = await coach.drafts.tip_for_note(ALICE, pitched)
    assert first == "pitched" and "curiosity" in TIPS[first]
    assert await coach.drafts.tip_for_note(ALICE, "handed out 40 cards at the expo") is None
    assert await coach.drafts.tip_for_note(BOB, pitched) is not None
    clock.advance(timedelta(days=7, minutes=1))
    again = await coach.drafts.tip_for_note(ALICE, "handed out 40 cards at the expo")
    assert again == "cards" and "follow up" in TIPS[again]
    async with coach.rt.unit_of_work() as session:
        user = await session.get(User, ALICE)
        assert user is not None and user.last_tip_at == clock.now


async def test_an_ordinary_note_gets_no_tip_and_spends_no_week(
    coach: Coach, clock: FakeClock
) -> None:
    assert await coach.drafts.tip_for_note(ALICE, "met john at the mixer, into fly fishing") is None
    assert await coach.drafts.tip_for_note(ALICE, "gave my elevator pitch to everyone") is not None


VBA_NOTE = (
    "vba board meeting\n"
    "- mai tran owns pho saigon on bellaire wants to buy a rental property sometime next year\n"
    "- her nephew khoa tran is a roofer has his own company khoa roofing\n"
    "- duc le estate planning attorney offered to do a lunch and learn for my clients"
)


async def test_someone_only_mentioned_in_a_note_has_not_been_met(coach: Coach) -> None:
    """Trial 11: Khoa, heard of in a note about his aunt Mai, was 'you've met once'."""
    await coach.notes.capture(ALICE, VBA_NOTE)
    check = await coach.drafts.check_draft(
        ALICE, "Hi Khoa, Mai mentioned you do roofing. Could we grab coffee sometime?"
    )
    assert check.contact_name == "Khoa Tran"
    assert check.relationship is not None
    assert check.relationship.met is False
    assert check.relationship.interactions == 0
    assert "you haven't met yet" in check.relationship.describe()
    # Those the note says the user met there have met once.
    for draft, name in (
        ("Hi Duc, great to meet you at the board meeting!", "Duc Le"),
        ("Hi Mai, great to meet you at the board meeting!", "Mai Tran"),
    ):
        met = await coach.drafts.check_draft(ALICE, draft)
        assert met.contact_name == name
        assert met.relationship is not None
        assert "you've met once" in met.relationship.describe(), name


FUNMI_NOTE = (
    "met funmi adeyemi at church after second service her husband emeka is interviewing at "
    "memorial hermann for a nurse manager job um she said their lease is up in march and "
    "theyre thinking about buying in pearland follow up early next week"
)
EMEKA_NEWS = (
    "funmi texted emeka got the job at memorial hermann starts jan 4!! they want to start "
    "looking at houses in pearland in february budget around 350"
)


async def test_a_congratulation_about_her_husband_is_to_her(coach: Coach, clock: FakeClock) -> None:
    """Trial 11: 'Congratulations to you and Emeka on the Memorial Hermann job!' was read as
    to Emeka (never met), and its rewrite asked how his interviewing was going."""
    await coach.notes.capture(ALICE, FUNMI_NOTE)
    clock.advance(timedelta(days=7))
    await coach.notes.capture(ALICE, EMEKA_NEWS)
    for draft in (
        "Congratulations to you and Emeka on the Memorial Hermann job! So happy for you both. "
        "When you're ready to start looking in Pearland I'd love to help you find the perfect "
        "home, want to set up a call this week to go over your budget?",
        "Congrats to Emeka on the new job! Want to set up a call this week to go over your "
        "budget for the house?",
    ):
        check = await coach.drafts.check_draft(ALICE, draft)
        assert check.contact_name == "Funmi Adeyemi", draft
        suggestion = check.assessment.suggestion
        assert "interview" not in suggestion.lower(), suggestion
    # Greeting him by name still writes to him.
    to_him = await coach.drafts.check_draft(ALICE, "Hi Emeka, congrats on the new job!")
    assert to_him.contact_name == "Emeka"


PARISH_NOTE = (
    "filipino canadian community group christmas planning meeting at the parish hall. met "
    "jun-rey bautista goes by JR, he does payroll and HR consulting, super funny, big on "
    "karaoke. his wife liza works at the philippine consulate. also met tita cora santos who "
    "runs a home care agency, caring hands home care, she needs someone to fix her office "
    "wifi and set up laptops for 6 new staff by dec 12"
)


async def test_met_after_a_form_of_address_has_met(coach: Coach) -> None:
    """Trial 12: 'also met tita cora santos' at the parish hall, yet /check for Cora said
    'you haven't met yet, added 8 days ago': 'tita' stood between 'met' and her name."""
    await coach.notes.capture(ALICE, PARISH_NOTE)
    check = await coach.drafts.check_draft(ALICE, "Hi Cora, how did the staff training go?")
    assert check.contact_name == "Cora Santos"
    assert check.relationship is not None
    assert check.relationship.met is True, check.relationship
    assert "haven't met" not in check.relationship.describe(), check.relationship.describe()


async def test_a_quote_for_what_they_need_is_sent_as_it_is(coach: Coach) -> None:
    """Trial 12: Cora needed laptops set up; 'attached is my quote for the 6 laptops' is the
    quote she wanted, so the rewrite keeps it with no question about her agency tacked on."""
    await coach.notes.capture(ALICE, PARISH_NOTE)
    check = await coach.drafts.check_draft(
        ALICE,
        "Hi Cora, attached is my quote for the 6 laptops. If you sign by Friday I can knock "
        "10% off, spots are filling up fast before the holidays!",
    )
    assert check.relationship is not None and check.relationship.they_asked
    assert check.assessment.suggestion == "Hi Cora, attached is my quote for the 6 laptops."


async def test_a_rewrite_says_months_and_names_as_names(coach: Coach) -> None:
    """Console trial: "How are things going since Ama had twins in october?"."""
    await coach.notes.capture(
        ALICE, "rotary lunch, sat with kwesi mensah. his wife efua had twins in october"
    )
    check = await coach.drafts.check_draft(
        ALICE,
        "Hi Kwesi, great meeting you! If your branch ever needs a new cleaning company, "
        "I'd love to send over a quote.",
    )
    assert check.assessment.pitch_first
    assert "since Efua had twins in October?" in check.assessment.suggestion


async def test_a_big_deal_is_praise_and_the_agent_offer_is_the_pitch(coach: Coach) -> None:
    """Trial 15: "that's a big deal" was quoted as a deal offered, and the rewrite kept "if you
    ever need a new agent for the house or cars, you know where to find me"."""
    await coach.set_my_work(ALICE, "independent insurance agent, home auto life")
    await coach.notes.capture(
        ALICE,
        "saw obinna eze at church, he's an engineer at chevron and his daughter chiamaka just "
        "got into rice early decision. their homeowners renewal is coming up in february",
    )
    check = await coach.drafts.check_draft(
        ALICE,
        "@Obinna hey bro congrats to chiamaka on rice!! that's a big deal. btw if you ever "
        "need a new agent for the house or cars, you know where to find me lol",
    )
    assert check.contact_name == "Obinna Eze"
    quoted = " ".join(r.phrase for r in check.assessment.reasons)
    assert "deal" not in quoted and "agent" in quoted, check.assessment.reasons
    assert "agent" not in check.assessment.suggestion, check.assessment.suggestion
    assert "where to find me" not in check.assessment.suggestion


async def test_a_rewrite_asks_about_a_team_without_naming_a_season(coach: Coach) -> None:
    """Trial 15: "How are the Astros doing this season?" in December, the off-season."""
    await coach.notes.capture(
        ALICE,
        "chase nguyen from frost bank, commercial lender, hosts a small biz breakfast every "
        "2nd tuesday, invited me to the january one. he's a big astros fan",
    )
    check = await coach.drafts.check_draft(
        ALICE,
        "@Chase Hi Chase, thanks for the invite to the small biz breakfast in January! I'll be "
        "there. Also, happy to return the favor — just let me know when your clients need "
        "insurance reviews, I can offer them a discount.",
    )
    suggestion = check.assessment.suggestion
    assert "discount" not in suggestion
    assert "Astros" in suggestion and "season" not in suggestion, suggestion


async def test_a_congratulation_to_their_team_is_no_memory_and_the_offer_is_warned(
    coach: Coach,
) -> None:
    """Trial 16: "congrats to the TechOps team!" was praised as remembering something Priya
    told the user (the notes only say where she works), and "if the airport consolidation
    ever needs a second set of eyes on the market, I'm around" read "Looks good to send"."""
    await coach.set_my_work(ALICE, "commercial real estate broker, office and industrial")
    await coach.notes.capture(
        ALICE,
        "Priya Raman, VP at Delta, corporate real estate team. she mentioned they're "
        "consolidating some offices near the airport. super sharp.",
    )
    await coach.notes.capture(
        ALICE, "correction: priya is SVP not VP, and she's at Delta TechOps not corporate"
    )
    check = await coach.drafts.check_draft(
        ALICE,
        "@Priya Raman Hi Priya, saw the news about Delta's new A350 routes, congrats to the "
        "TechOps team! Separately, if the airport consolidation ever needs a second set of eyes "
        "on the market, I'm around.",
    )
    assert check.contact_name == "Priya Raman"
    assert check.assessment.verdict != "relationship_first", check.assessment.score
    strengths = " ".join(check.assessment.strengths)
    assert "remembers" not in strengths, strengths
    assert "consolidation" not in check.assessment.suggestion, check.assessment.suggestion


async def test_the_rewrite_leaves_out_the_users_own_listings(coach: Coach) -> None:
    """Trial 16: the rewrite for Yusuf kept "I have some medical office options that might be
    a better fit", the broker's own listings offered."""
    await coach.set_my_work(ALICE, "commercial real estate broker, office and industrial")
    await coach.notes.capture(
        ALICE,
        "met the abdullahs at the soccer tournament, yusuf and mariam. he's a pediatrician at "
        "CHOA, she's opening a montessori school and needs like 6000 sf with outdoor space, "
        "gwinnett preferably. their son omar is on my team",
    )
    check = await coach.drafts.check_draft(
        ALICE,
        "@Yusuf Hey Yusuf, great to meet you and Mariam at the tournament. Quick question, are "
        "you guys happy with your current office lease at CHOA? I have some medical office "
        "options that might be a better fit.",
    )
    suggestion = check.assessment.suggestion
    assert check.assessment.pitch_first
    assert suggestion.startswith("Hey Yusuf, great to meet you and Mariam at the tournament.")
    assert "options" not in suggestion and "lease" not in suggestion, suggestion
    # Where they met is no pastime: it asked "What got you into soccer tournament?".
    assert "into soccer tournament" not in suggestion, suggestion
