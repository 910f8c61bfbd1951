"""A need the contact and the user have agreed on is met: after "we agreed I'll start on
the extension in March" or "she said yes to the quote for the rewiring" the card still
listed the need, and nudges still offered to keep an eye out for it (trial: "needs: start
in the new year" after "we agreed I'll start in the new year"). It is kept as history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import person_card
from coach.service import Coach
from tests.conftest import FakeClock

USER = 3101


async def needs_after(coach: Coach, clock: FakeClock, first: str, then: str) -> list[str]:
    card = await coach.notes.capture(USER, first)
    contact_id = card.people[0].contact_id
    assert [f.kind for f in card.people[0].facts].count("need") == 1, card.people[0].facts
    clock.advance(timedelta(days=3))
    await coach.notes.capture(USER, then)
    person = await coach.people.card(USER, contact_id)
    assert person is not None
    return [f.text for f in person.facts if f.kind == "need"]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "Met Ailsa Kerr at the trades fair, she wants me to price the rewiring",
            "Ailsa Kerr said yes to the quote for the rewiring",
        ),
        (
            "Met Duncan Moir at the chamber lunch, he wants me to start on the extension in March",
            "spoke to Duncan Moir, we agreed I'll start on the extension in March",
        ),
        (
            "Met Isla Munro at the school fair, she needs someone to fit a new boiler",
            "Isla Munro booked me to fit the new boiler",
        ),
        (
            "Met Gregor Hay at the farmers market, he wants me to tile the kitchen",
            "Gregor Hay accepted my estimate for the kitchen tiling",
        ),
    ],
)
async def test_a_need_agreed_on_leaves_the_card(
    coach: Coach, clock: FakeClock, first: str, then: str
) -> None:
    assert await needs_after(coach, clock, first, then) == []


async def test_the_card_keeps_what_was_agreed_as_history(coach: Coach, clock: FakeClock) -> None:
    card = await coach.notes.capture(
        USER, "Met Fenella Ross at the expo, she wants me to fit new radiators"
    )
    clock.advance(timedelta(days=3))
    await coach.notes.capture(USER, "fenella ross rang, she accepted the quote for the radiators")
    person = await coach.people.card(USER, card.people[0].contact_id)
    assert person is not None
    shown = person_card(person)
    assert "Needs:" not in shown, shown
    assert "Fenella wanted you to fit new radiators, then accepted the quote" in shown, shown
    assert "got accepted" not in shown and "needed fit" not in shown, shown


@pytest.mark.parametrize(
    "then",
    [
        "Calum Shaw and I agreed to meet for a pint next week",
        "Calum Shaw hasn't accepted the quote for the boiler yet",
    ],
)
async def test_other_agreements_leave_the_need(coach: Coach, clock: FakeClock, then: str) -> None:
    first = "Met Calum Shaw at the rugby club, he needs someone to fit a new boiler"
    assert await needs_after(coach, clock, first, then) == ["someone to fit a new boiler"]


async def test_no_nudge_offers_help_with_what_was_agreed(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        USER, "Met Morven Lang at the agricultural show, she needs someone to fit a new boiler"
    )
    clock.advance(timedelta(days=1))
    await coach.notes.capture(USER, "Morven Lang booked me to fit the new boiler")
    clock.advance(timedelta(days=60))
    said = " | ".join(n.idea for n in await coach.nudges.upcoming(USER))
    assert "boiler" not in said, said


async def test_a_job_agreed_is_never_said_to_be_wanted_no_longer(
    coach: Coach, clock: FakeClock
) -> None:
    card = await coach.notes.capture(
        USER, "Met Hamish Grant at the lodge, he wants me to start on the roof in the new year"
    )
    clock.advance(timedelta(days=2))
    await coach.notes.capture(
        USER, "rang Hamish Grant, we agreed I'll start on the roof in the new year"
    )
    person = await coach.people.card(USER, card.people[0].contact_id)
    assert person is not None
    shown = person_card(person)
    assert "Needs:" not in shown and "no longer" not in shown, shown
