"""Trial 20 (a bookkeeper and a physio): the first nudge after meeting is about them, the
user's help is offered once, as help answering their need, never as "be her new
accountant"; a thing the user promised to send is no need to watch out for; a known need
is said, not "give them something first"; a give only planned is a promise, not a give."""

from __future__ import annotations

import re

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2020
BOOKS = "bookkeeping and year-end accounts for small businesses"
PHYSIO = "physiotherapist, sports injuries and rehab"


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str) -> list[str]:
    """/balance, the coming nudges with their drafts, then what is sent over three weeks."""
    return await everything_said(coach, clock, USER, work, notes)


# --- 1. relationship first; the offer is help, said once -------------------------------

_SELLING = re.compile(r"\bcould be (?:her|his|their|your|the) |\bbe (?:her|his|your) new\b")
_OFFER = re.compile(r"glad to|still looking for|offer to", re.IGNORECASE)
_OFFERED = re.compile(r"glad to|offer to", re.IGNORECASE)


@pytest.mark.parametrize(
    ("work", "note", "name", "personal"),
    [
        (BOOKS,
         "Met Thanuja Perera at the chamber lunch, she runs a cafe in Croydon. she's looking "
         "for a new accountant, hers is retiring. her son just started at Leeds uni.",
         "Thanuja", "Leeds"),
        (PHYSIO,
         "Met Grace Liu at the chamber mixer, she runs a dance school and is looking for a "
         "new physio for her dancers.",
         "Grace", "dance school"),
        ("bookkeeper",
         "Met Kofi Mensah at the BNI breakfast, he owns a barbershop in Peckham and is "
         "looking for a bookkeeper.",
         "Kofi", "barbershop"),
        # nothing known but the need: the help is offered, once, as help
        ("sports physio",
         "Coffee with Ines Duarte, she needs a physio for her netball team this season.",
         "Ines", "offer to help"),
    ],
)  # fmt: skip
async def test_the_first_nudge_is_about_them_and_the_help_is_offered_once(
    coach: Coach, clock: FakeClock, work: str, note: str, name: str, personal: str
) -> None:
    said = await _said(coach, clock, work, note)
    first = [line for line in said if line.startswith(f"Tell {name} it was good to meet")]
    assert first, said
    for line in first:
        assert personal in line, line
        assert "glad to" not in line, line
    for line in said:
        assert not _SELLING.search(line), line
        assert len(_OFFERED.findall(line)) <= 1, line
    # the help is still offered, as help, where a give-first line belongs
    assert any(_OFFER.search(line) and name in line for line in said), said


# --- 2. a thing promised is never also watched out for ---------------------------------


@pytest.mark.parametrize(
    ("work", "note", "name", "thing"),
    [
        (PHYSIO,
         "Met Seun Adeyemi at parkrun, he coaches the juniors and wants a leaflet on warm-ups "
         "for the kids. I'll send him the leaflet next week.",
         "Seun", "leaflet"),
        (BOOKS,
         "Met Nadia Rahman at the expo, she runs a bakery. she wants a template for her cash "
         "flow. said I'd send her the template on friday.",
         "Nadia", "template"),
        (BOOKS,
         "Lunch with Chidi Okeke, he runs a cleaning company and needs a checklist for "
         "onboarding new hires. I'll send him the checklist tomorrow.",
         "Chidi", "checklist"),
    ],
)  # fmt: skip
async def test_a_thing_the_user_promised_is_not_also_a_need_to_watch_for(
    coach: Coach, clock: FakeClock, work: str, note: str, name: str, thing: str
) -> None:
    said = await _said(coach, clock, work, note)
    # the promise itself is still said ("Send Nadia the template")
    assert any(line.startswith(f"Send {name} the {thing}") for line in said), said
    for line in said:
        if thing not in line:
            continue
        assert "keep an eye out" not in line, line
        assert "found a" not in line and "think of someone" not in line, line
        assert len(re.findall(rf"\b{thing}\b", line)) == 1, line


# --- 3. a known need is said, never "give them something first" ------------------------


@pytest.mark.parametrize(
    ("work", "note", "name", "said_of"),
    [
        (BOOKS,
         "Met Kofi Mensah at the BNI breakfast, he owns a barbershop. he needs someone to "
         "look over his year-end books.",
         "Kofi", "year-end books"),
        ("bookkeeper",
         "Met Lena Park at the mixer, she runs a florist shop. she needs someone to do her "
         "payroll.",
         "Lena", "payroll"),
        (PHYSIO,
         "Met Tomás Ruiz at the five-a-side, he runs a sports club and needs someone "
         "pitchside on saturdays.",
         "Tomás", "pitchside"),
    ],
)  # fmt: skip
async def test_a_known_need_is_the_give_not_a_generic_line(
    coach: Coach, clock: FakeClock, work: str, note: str, name: str, said_of: str
) -> None:
    said = await _said(coach, clock, work, note)
    assert not any(line.startswith(f"Give {name} something first") for line in said), said
    assert any(said_of in line for line in said), said


@pytest.mark.parametrize(
    ("note", "name", "said_of"),
    [
        ("Met Harpreet Gill at the gym, she's a big Arsenal fan.", "Harpreet", "Arsenal"),
        ("Met Yusuf Ali at the mosque fundraiser, he's moving to Bristol in the spring.",
         "Yusuf", "Bristol"),
        ("Met Chloe Martin at the chamber mixer, she needs a good electrician.", "Chloe",
         "electrician"),
    ],
)  # fmt: skip
async def test_what_is_known_makes_the_give_first_line(
    coach: Coach, clock: FakeClock, note: str, name: str, said_of: str
) -> None:
    said = await _said(coach, clock, BOOKS, note)
    assert not any(line.startswith(f"Give {name} something first") for line in said), said
    assert any(said_of in line for line in said), said


# --- 4. a give only planned is a promise, not a give -----------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Met Mary O'Brien at the club, she has a stiff back. I'll give her the leaflet early "
        "next week.",
        "Met Mary O'Brien at the club, going to send her the spreadsheet tomorrow",
        "Met Mary O'Brien at the club, sending her the price list on monday",
        "Met Mary O'Brien at the club, and send her the deck later this week",
        "Met Mary O'Brien at the club, plan to introduce her to Tom Hardy next week",
    ],
)
async def test_a_planned_give_is_not_logged_as_given(coach: Coach, note: str) -> None:
    card = await coach.notes.capture(USER, note)
    assert card.ledger == [], card.ledger


@pytest.mark.parametrize(
    ("note", "what"),
    [
        ("sent Mary the spreadsheet this morning", "the spreadsheet"),
        ("dropped the leaflet round to Mary yesterday", "the leaflet"),
        # (a price list is the user's own sales material, no give: trial 25)
        ("gave Mary the stretching checklist on monday", "the stretching checklist"),
    ],
)
async def test_a_give_done_is_logged_without_its_when(coach: Coach, note: str, what: str) -> None:
    await coach.notes.capture(USER, "Met Mary O'Brien at the club last week.")
    card = await coach.notes.capture(USER, note)
    assert [(line.direction, line.what) for line in card.ledger] == [("gave", what)]


# --- 6. a draft promises only what the notes record ------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Met Dara Kelly at the chamber lunch, she needs a quote by friday for the council tender.",
        "Met Emeka Obi at the trade show, he wants an estimate before christmas for the new "
        "extension.",
        "Coffee with Siobhan Walsh, she needs a proposal by monday for her board.",
    ],
)
async def test_a_quote_they_need_from_others_is_not_promised(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    said = await _said(coach, clock, BOOKS, note)
    assert said, said
    for line in said:
        assert "asked for" not in line, line


# --- 5. "you haven't met yet" only of someone the notes never say the user met ----------

PITCH = "can we book a call about my bookkeeping rates this week?"


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Kieran Walsh introduced me to Aoife Byrne at the craft fair, she runs a pottery "
         "studio.", "aoife"),
        ("Priya Shah introduced me to Tomasz Nowak at the chamber lunch, he runs a roofing "
         "firm.", "tomasz"),
        ("At the church picnic Segun Bello introduced me to Kemi Adeyemi, she's a caterer.",
         "kemi"),
    ],
)  # fmt: skip
async def test_someone_introduced_in_person_has_been_met(
    coach: Coach, note: str, name: str
) -> None:
    await coach.notes.capture(USER, note)
    check = await coach.drafts.check_draft(USER, f"@{name} hi {name}, {PITCH}")
    assert check.relationship is not None
    assert "haven't met" not in check.relationship.describe(), check.relationship.describe()


async def test_someone_introduced_by_email_has_not_been_met(coach: Coach) -> None:
    await coach.notes.capture(
        USER, "Kieran Walsh introduced me to Aoife Byrne by email, she runs a pottery studio."
    )
    check = await coach.drafts.check_draft(USER, f"@aoife hi aoife, {PITCH}")
    assert check.relationship is not None
    assert "you haven't met yet" in check.relationship.describe()
