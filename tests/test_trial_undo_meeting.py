"""Undoing a note of meeting someone already known takes back where and when they were met:
after "Met Ines at the craft fair" was undone, Ines's card still said she was met at the
craft fair (trial: a contact first heard of, then met, then the meeting note undone)."""

from __future__ import annotations

from datetime import timedelta

from bot.formatting import person_card
from coach.service import Coach
from tests.conftest import FakeClock

USER = 3105


async def card_text(coach: Coach, contact_id: int) -> str:
    card = await coach.people.card(USER, contact_id)
    assert card is not None
    return person_card(card)


async def test_undoing_the_meeting_takes_back_where_they_were_met(
    coach: Coach, clock: FakeClock
) -> None:
    first = await coach.notes.capture(
        USER, "heard Ines Duarte is opening a pottery studio in the spring"
    )
    ines = first.people[0].contact_id
    clock.advance(timedelta(days=2))
    await coach.notes.capture(USER, "Met Ines Duarte at the craft fair, she wants a new website")
    assert "craft fair" in await card_text(coach, ines)
    await coach.notes.undo(USER)
    shown = await card_text(coach, ines)
    assert "craft fair" not in shown
    assert "pottery studio" in shown


async def test_undoing_a_later_meeting_keeps_the_first(coach: Coach, clock: FakeClock) -> None:
    first = await coach.notes.capture(USER, "Met Kwame Asante at the rotary dinner")
    kwame = first.people[0].contact_id
    clock.advance(timedelta(days=9))
    await coach.notes.capture(USER, "Met Kwame Asante at the chamber lunch, he's hiring")
    await coach.notes.undo(USER)
    shown = await card_text(coach, kwame)
    assert "rotary dinner" in shown and "chamber lunch" not in shown
