"""A follow-up moved to another day replaces the one asked for (user trials: "call priya
friday", then "actually mid january not friday", left two calls on the card, Friday's
and January's, and kept "friday" as something Priya needs)."""

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
    "moved",
    [
        "actually mid january not friday",
        "call priya mid january, not friday",
        "priya wants to talk mid january, not friday",
        "Priya Shah: push her call to mid january instead of friday",
    ],
)
async def test_a_later_note_moves_the_follow_up(coach: Coach, clock: FakeClock, moved: str) -> None:
    first = await coach.notes.capture(
        ALICE, "met priya shah at the mixer, she needs a bookkeeper. call priya friday"
    )
    priya = first.people[0].contact_id
    clock.advance(timedelta(hours=2))
    reply = note_card(await coach.notes.capture(ALICE, moved))
    assert "Fri 15 Jan 2027" in reply and "didn't spot a name" not in reply
    card = await card_text(coach, priya)
    assert "Fri 15 Jan 2027" in card
    assert "Fri 27 Nov 2026" not in card  # Friday's call is gone
    assert "friday" not in card.casefold().split("notes:")[0]  # no need "friday"
    assert "<b>Needs:</b> a bookkeeper" in card


@pytest.mark.parametrize(
    "moved",
    [
        "push tom's call to next month, not thursday",
        "push tom to next month, not thursday",
    ],
)
async def test_a_follow_up_pushed_days_later_keeps_one_date(
    coach: Coach, clock: FakeClock, moved: str
) -> None:
    first = await coach.notes.capture(
        ALICE, "met tom reyes at the expo, wants an intro to a CPA, call tom thursday next week"
    )
    tom = first.people[0].contact_id
    clock.advance(timedelta(days=2))
    await coach.notes.capture(ALICE, moved)
    card = await card_text(coach, tom)
    assert "Thu 3 Dec 2026" not in card
    assert "Mon 7 Dec 2026" in card  # next month, a sensible day in it
    assert "thursday" not in card.casefold().split("notes:")[0]


async def test_a_correction_in_the_same_note_keeps_only_the_new_date(
    coach: Coach, clock: FakeClock
) -> None:
    result = await coach.notes.capture(
        ALICE, "met Lina Roy at the gala, call lina friday. actually early january not friday"
    )
    reply = note_card(result)
    assert "Mon 4 Jan 2027" in reply and "Fri 27 Nov" not in reply
    card = await card_text(coach, result.people[0].contact_id)
    assert "Mon 4 Jan 2027" in card and "Fri 27 Nov 2026" not in card
