"""A follow-up the user says is no longer needed is cancelled, and the card says so (trial
20: "no need to ring gary in march" left Gary's March call on the card)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import note_card, person_card
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def card_text(coach: Coach, contact_id: int) -> str:
    card = await coach.people.card(ALICE, contact_id)
    assert card is not None
    return person_card(card)


@pytest.mark.parametrize(
    "refused",
    [
        "no need to ring Gareth in march, his hamstring has settled",
        "Gareth's hamstring has settled so no point calling him in March",
        "needn't follow up with gareth",
    ],
)
async def test_a_follow_up_said_not_needed_is_cancelled(
    coach: Coach, clock: FakeClock, refused: str
) -> None:
    first = await coach.notes.capture(
        ALICE, "saw Gareth Pryce at the clinic, hamstring strain, ring him early march"
    )
    gareth = first.people[0].contact_id
    assert "Mar 2027" in await card_text(coach, gareth)
    clock.advance(timedelta(days=2))
    reply = note_card(await coach.notes.capture(ALICE, refused))
    assert "cancelled" in reply.casefold() and "Gareth" in reply
    assert "Mar 2027" not in await card_text(coach, gareth)


async def test_a_refusal_for_another_month_keeps_the_follow_up(
    coach: Coach, clock: FakeClock
) -> None:
    first = await coach.notes.capture(
        ALICE, "saw Ines Moreau at the clinic, calf tear, ring her early march"
    )
    ines = first.people[0].contact_id
    clock.advance(timedelta(days=1))
    reply = note_card(await coach.notes.capture(ALICE, "no need to ring Ines in january"))
    assert "cancelled" not in reply.casefold()
    assert "Mar 2027" in await card_text(coach, ines)


async def test_a_new_follow_up_beside_a_refused_one_stays(coach: Coach, clock: FakeClock) -> None:
    first = await coach.notes.capture(
        ALICE, "saw Kofi Mensah at the clinic, ankle sprain, ring him early march"
    )
    kofi = first.people[0].contact_id
    clock.advance(timedelta(days=1))
    await coach.notes.capture(
        ALICE, "no need to ring Kofi in march, ring him on the 15th of april instead"
    )
    card = await card_text(coach, kofi)
    assert "Mar 2027" not in card and "15 Apr 2027" in card


async def test_undo_brings_a_cancelled_follow_up_back(coach: Coach, clock: FakeClock) -> None:
    first = await coach.notes.capture(
        ALICE, "saw Dervla Quinn at the clinic, knee effusion, ring her early march"
    )
    dervla = first.people[0].contact_id
    clock.advance(timedelta(days=1))
    await coach.notes.capture(ALICE, "don't bother calling Dervla in march")
    assert "Mar 2027" not in await card_text(coach, dervla)
    assert await coach.notes.undo(ALICE) is not None
    assert "Mar 2027" in await card_text(coach, dervla)
