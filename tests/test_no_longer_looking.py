"""A search given up or over closes the need, as "no longer needs" does (user trials: after
"Dana is no longer looking for a bookkeeper" the card still said she needed one, and the
next nudge offered to keep an eye out for a bookkeeper)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import person_card
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def later(coach: Coach, clock: FakeClock, first: str, then: str) -> int:
    card = await coach.notes.capture(ALICE, first)
    clock.advance(timedelta(days=4))
    await coach.notes.capture(ALICE, then)
    return card.people[0].contact_id


async def needs(coach: Coach, contact_id: int) -> list[str]:
    person = await coach.people.card(ALICE, contact_id)
    assert person is not None
    return [f.text for f in person.facts if f.kind == "need"]


async def ideas(coach: Coach, clock: FakeClock) -> str:
    clock.advance(timedelta(days=60))
    return " | ".join(n.idea for n in await coach.nudges.upcoming(ALICE))


@pytest.mark.parametrize(
    ("first", "news", "thing"),
    [
        (
            "Met Dana Ruiz at the chamber lunch, she's looking for a bookkeeper.",
            "Dana is no longer looking for a bookkeeper",
            "bookkeeper",
        ),
        (
            "Met Dana Ruiz at the chamber lunch, she needs a bookkeeper.",
            "dana's not searching for a bookkeeper anymore",
            "bookkeeper",
        ),
        (
            "coffee with sam lee, he's looking for a new job",
            "sam isn't looking for a new job anymore",
            "job",
        ),
        (
            "Met Raj Patel at the expo, planning his daughter's wedding, needs a caterer.",
            "Raj Patel: they found a caterer, so no longer need one",
            "caterer",
        ),
        (
            "Met Raj Patel at the expo, planning his daughter's wedding, needs a caterer.",
            "raj found a caterer, so he no longer needs one",
            "caterer",
        ),
    ],
)
async def test_a_search_over_closes_the_need(
    coach: Coach, clock: FakeClock, first: str, news: str, thing: str
) -> None:
    contact_id = await later(coach, clock, first, news)
    assert not [n for n in await needs(coach, contact_id) if thing in n.casefold()]
    card = await coach.people.card(ALICE, contact_id)
    assert card is not None
    text = person_card(card).split("Notes:")[0]
    assert "Needs:" not in text
    assert "no longer does" in text or "then found a caterer" in text
    balance = await coach.ledger.balance(ALICE)
    assert all(thing not in (line.hint or "") for line in balance.give_first)
    said = await ideas(coach, clock)
    # (congratulating Raj on finding a caterer is fine; offering to find one is not)
    assert "keep an eye out" not in said and "think of someone" not in said
