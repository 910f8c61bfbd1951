"""User trials, words 8 (a commercial real estate broker): a baby already born is
congratulated, never "on the way"; what a contact asked of the user is said whole; an event
is no pastime and a bare singular noun no phrase; no doubled "help", places as names; a plan
said as a gerund clause is asked about as plans; an offer since kept is thanked as done."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 8008
BROKER = (
    "commercial real estate broker in atlanta, mostly office and retail leasing plus some "
    "investment sales. also a deacon at korean united methodist in duluth and i coach u10 "
    "youth soccer on weekends"
)


async def _nudges_and_drafts(coach: Coach, clock: FakeClock, days: int = 6) -> list[str]:
    return await nudges_and_drafts(coach, clock, days)


async def _upcoming(coach: Coach, name: str) -> list[str]:
    """The coming nudges to `name`, each with its draft, as /nudges lists them."""
    said: list[str] = []
    for view in await coach.nudges.upcoming(USER):
        if view.person and view.person.startswith(name):
            said.append(view.idea)
            draft = await coach.nudges.draft(USER, view.nudge_id)
            assert draft is not None
            said.append(draft.opener)
    return said


def _sentences(said: list[str]) -> None:
    for line in said:
        assert fragments(line) == [], line


# --- 1. a baby already born ----------------------------------------------------------------


async def test_a_grandchild_born_is_congratulated_not_on_the_way(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "Miguel Hernandez owns Kimura Sushi (3 locations) - looking for a 4th spot in "
        "Decatur, 2500 sf, second gen restaurant space",
    )
    clock.advance(timedelta(days=5))
    await coach.notes.capture(
        USER,
        "miguel switched from decatur to kirkwood, wants to be near the new townhomes. also "
        "his daughter lupita had a baby girl!",
    )
    said = await _upcoming(coach, "Miguel") + await _nudges_and_drafts(coach, clock, days=40)
    text = " ".join(said)
    assert "on the way" not in text, said
    assert "Congratulate Miguel on his new granddaughter" in text, said
    assert "congratulations on the new granddaughter!" in text.casefold(), said
    _sentences(said)


# --- 2. what was asked for, said whole -----------------------------------------------------


async def test_an_opinion_of_value_asked_for_is_said_whole(coach: Coach, clock: FakeClock) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "pastor john kim again - korean united methodist, wife esther, son andrew at georgia "
        "tech civil eng. church may sell the fellowship hall on pleasant hill rd, 18,000 sf, "
        "wants my opinion of value, mid january",
    )
    said = await _nudges_and_drafts(coach, clock)
    text = " ".join(said)
    assert "asked for of value" not in text, said
    assert "send him the opinion of value he asked for" in text, said
    assert "the opinion of value you asked for." in text, said
    _sentences(said)


# --- 3. an event is no pastime -------------------------------------------------------------


async def test_an_event_they_were_met_at_is_no_pastime(coach: Coach, clock: FakeClock) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "met the abdullahs at the soccer tournament, yusuf and mariam. he's a pediatrician "
        "at CHOA, she's opening a montessori school and needs like 6000 sf with outdoor "
        "space, gwinnett preferably. their son omar is on my team",
    )
    said = await _nudges_and_drafts(coach, clock)
    text = " ".join(said)
    assert said, said
    assert "about soccer tournament" not in text, said
    assert "got you into soccer tournament" not in text, said
    _sentences(said)


def test_what_got_you_into_is_for_pastimes_not_events() -> None:
    from coach.sentences import Detail, Who
    from coach.talk import talk

    for event in ("soccer tournament", "the soccer tournament", "gala", "conference"):
        said = talk(Detail("interest", event), Who("Yusuf"))
        assert said is None or "got you into" not in said.to_them, said
        assert said is None or said.after != f"about {event}" or event.startswith("the"), said
    said = talk(Detail("interest", "woodworking"), Who("Yusuf"))
    assert said is not None


# --- 4. help, once; places as names --------------------------------------------------------


async def test_help_is_offered_once_and_the_place_is_a_name(coach: Coach, clock: FakeClock) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "Dr. Anjali Mehta - dentist, wants to buy a medical office condo in johns creek, "
        "2,000sf, has ~$150k down. fu first week of jan",
    )
    # the offer is the give-first line, after the first "good to meet" (trial 20)
    said = await _nudges_and_drafts(coach, clock, 21)
    text = " ".join(said)
    assert "Johns Creek" in text and "johns creek" not in text, said
    for line in said:
        assert line.count("help") <= 1, line
    _sentences(said)


# --- 5. a plan said as a gerund clause -----------------------------------------------------


async def test_a_plan_said_as_a_gerund_is_asked_about_as_plans(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER,
        "Rotary lunch today. Priya Raman, VP at Delta, corporate real estate team. she "
        "mentioned they're consolidating some offices near the airport. super sharp. ping "
        "her by the 20th",
    )
    said = await _nudges_and_drafts(coach, clock)
    text = " ".join(said)
    assert "how consolidating" not in text and "is consolidating" not in text, said
    assert "how the office consolidation near the airport is going" in text, said
    _sentences(said)


@pytest.mark.parametrize(
    ("plan", "line"),
    [
        ("consolidating some offices near the airport",
         "Ask Priya how the office consolidation near the airport is going"),
        ("consolidating offices", "Ask Priya how the office consolidation is going"),
        ("hiring some more agents", "Ask Priya how hiring more agents is going"),
        ("writing a cookbook", "Ask Priya how writing a cookbook is going"),
    ],
)  # fmt: skip
def test_a_plan_is_a_thing_or_a_clause_without_some(plan: str, line: str) -> None:
    from coach.sentences import Detail, Who, pronoun
    from coach.talk import talk

    who = Who("Priya", pronoun("she"), True)
    said = talk(Detail("plan", plan), who)
    assert said is not None and said.line(who) == line
    assert fragments(said.line(who)) == [] and fragments(said.to_them) == []


# --- 6. an offer since kept ----------------------------------------------------------------


async def test_an_offer_since_kept_is_thanked_as_done(coach: Coach, clock: FakeClock) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "sam oyelaran, cpa at oyelaran & co, does a lot of restaurant clients, said he'd "
        "send me two leads",
    )
    await coach.notes.capture(
        USER,
        "sam oyelaran sent the two leads! one is a vietnamese bakery chain, Banh Mi Bistro, "
        "owner Vy Tran",
    )
    said = await _nudges_and_drafts(coach, clock)
    text = " ".join(said)
    assert "offering to send" not in text, said
    assert "Thank Sam for sending the two leads your way" in text, said
    _sentences(said)
