"""Trial 19 (Dev, a sports physiotherapist in Leeds): a need his own trade meets is his to
offer, never an eye kept out or someone to think of; no "a someone", no "How is doing…",
no "What got you into" a condition or a person; a relative's need is the relative's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.ideas import Person, idea, opener
from coach.sentences import HE, Detail, Pronoun, Who
from coach.service import Coach
from coach.talk import talk
from tests.fragments import fragments

DEV = 1901
PHYSIO = "sports physio clinic, msk assessments and injury rehab"


async def _lines(coach: Coach, work: str | None, *notes: str) -> list[str]:
    """What /balance and the nudge list tell the user, and the drafts of each nudge."""
    if work is not None:
        await coach.set_my_work(DEV, work)
    for note in notes:
        await coach.notes.capture(DEV, note)
    balance = await coach.ledger.balance(DEV)
    lines = [b.hint for b in [*balance.only_taken, *balance.give_first]]
    return lines + [n.idea for n in await coach.nudges.upcoming(DEV)]


def _about(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if name in line]


# --- 1. the user's own trade is his to offer ------------------------------------------------


@pytest.mark.parametrize(
    ("work", "note", "name", "said"),
    [
        (PHYSIO,
         "Met Liam Walsh at the Roundhay rugby club, head coach, he wants a physio stall at "
         "their family fun day.",
         "Liam", "glad to run the physio stall"),
        (PHYSIO,
         "Met Priya Shah at the running club, she's looking for a gait analysis before her "
         "first ultra.",
         "Priya", "glad to do the gait analysis"),
        ("physiotherapist",
         "Met Tom Reilly at the cricket club, he needs someone pitchside on sundays.",
         "Tom", "glad to be pitchside on sundays"),
        ("wedding photographer",
         "Met Ana Lopes at the mixer, she's looking for a photographer for her shop launch.",
         "Ana", "glad to talk about the photos for her shop launch"),
        ("personal trainer",
         "Met Kwame Boateng at the chamber, he wants a personal trainer for his staff.",
         "Kwame", "glad to help if he's still looking for a personal trainer"),
    ],
)  # fmt: skip
async def test_a_need_the_users_trade_meets_is_offered_not_watched_for(
    coach: Coach, work: str, note: str, name: str, said: str
) -> None:
    lines = _about(await _lines(coach, work, note), name)
    assert lines
    for line in lines:
        assert "keep an eye out" not in line, line
        assert "think of someone" not in line, line
        assert "find a" not in line, line
    assert any(said in line for line in lines), lines


@pytest.mark.parametrize(
    "need",
    [
        "wants a sports massage for his sore calves",
        "needs some rehab on her knee after the ski trip",
        "is looking for an MSK screening for the warehouse team",
    ],
)
async def test_a_physio_need_is_never_someone_to_think_of_in_balance(
    coach: Coach, need: str
) -> None:
    note = f"Met Sam Okoro at the gym, {need}."
    lines = _about(await _lines(coach, "physio", note), "Sam")
    for line in lines:
        assert "think of someone" not in line, line
        assert "keep an eye out" not in line, line


async def test_another_trade_still_watches_for_a_physio(coach: Coach) -> None:
    note = "Met Liam Walsh at the rugby club, he wants a physio stall at their fun day."
    lines = _about(await _lines(coach, "mortgage broker", note), "Liam")
    assert any("keep an eye out for a physio stall" in line for line in lines), lines


# --- 2. no "a someone", no gerund after "How is", no "got you into" a condition -----------

TOLD = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
SOON = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _said(kind: str, text: str, pronoun: Pronoun = HE) -> list[str]:
    who = Who("Kevin", pronoun, True)
    out: list[str] = []
    for now in (NOW, SOON):
        found = talk(Detail(kind, text, 7, TOLD), who, now)
        if found is not None:
            out += [found.line(who), found.to_them]
    person = Person("Kevin Doyle", None, [Detail(kind, text, 7, TOLD)], pronoun=pronoun.subject)
    for nudge in ("first", "give_value", "keep_in_touch"):
        out += [idea(person, nudge, "", NOW).text, opener(person, nudge, "", NOW)]
    return [line for line in out if line]


@pytest.mark.parametrize(
    ("kind", "text", "wrong"),
    [
        ("need", "someone pitchside on sundays", "a someone"),
        ("need", "somebody reliable for the front desk", "a somebody"),
        ("plan", "doing a charity walk in june", "How is doing"),
        ("plan", "hosting a fundraiser in march", "How is hosting"),
        ("interest", "sore knee from five-a-side", "got you into sore"),
        ("interest", "dodgy shoulder", "got you into dodgy"),
        ("interest", "weightlifter", "got you into weightlifter"),
        ("interest", "ex rower", "got you into ex rower"),
    ],
)
def test_a_line_is_grammar_a_person_could_have_written(kind: str, text: str, wrong: str) -> None:
    lines = _said(kind, text)
    for line in lines:
        assert wrong.casefold() not in line.casefold(), line
        assert fragments(line) == [], (line, fragments(line))


def test_a_plan_for_an_event_is_asked_after_as_its_plans() -> None:
    lines = _said("plan", "doing a charity walk in june")
    assert "How are the plans for the charity walk coming along?" in lines, lines


def test_a_doer_is_asked_after_the_doing() -> None:
    assert any("rowing" in line for line in _said("interest", "ex rower"))
    assert any("weightlifting" in line for line in _said("interest", "weightlifter"))


def test_the_fragment_patterns_catch_the_lines_trial_19_reported() -> None:
    reported = [
        "Tell Seamus it was good to meet, and let him know you'll keep an eye out for a "
        "someone pitchside on saturdays",
        "Hi Gary, hope you're well! How is doing a health mela coming along?",
        "Hi Baljit, good to see you the other day! What got you into bad back from driving "
        "12 hour shifts?",
        "Hi Delroy, what got you into powerlifter?",
    ]
    for line in reported:
        assert fragments(line), line
    for fine in (
        "What got you into rugby?",
        "What got you into powerlifting?",
        "How is the marathon training going?",
        "I'll keep an eye out for someone pitchside on Saturdays.",
    ):
        assert fragments(fine) == [], fine


# --- 3. a relative's need is said as the relative's, or left out ---------------------------


@pytest.mark.parametrize(
    ("note", "name", "child"),
    [
        ("met meena patel at the chamber breakfast she runs a florist off street lane called "
         "petals her daughter priya is doing her a levels and wants to go into physio so "
         "maybe she could shadow at ours",
         "Meena", "Priya"),
        ("met rob hughes at the school gate he runs a plumbing firm called hughes and sons "
         "his son jack is doing his a levels and wants to go into physio so maybe he could "
         "shadow at ours",
         "Rob", "Jack"),
    ],
)  # fmt: skip
async def test_a_childs_plan_is_never_offered_to_the_parent(
    coach: Coach, note: str, name: str, child: str
) -> None:
    lines = _about(await _lines(coach, PHYSIO, note), name)
    drafts = [await coach.nudges.draft(DEV, n.nudge_id) for n in await coach.nudges.upcoming(DEV)]
    for line in [*lines, *(d.opener for d in drafts if d is not None)]:
        assert "help her go into" not in line and "help him go into" not in line, line
        assert "help you go into" not in line, line
        if "go into" in line or "physio plans" in line:
            assert child in line, line
