"""Who someone is to a person, said after where they are from: "met Chidi from Adaeze's
team - Adaeze's husband actually" makes Chidi Adaeze's husband (user trials: the card said
Chidi's family was "husband actually" and Adaeze's job was "team -")."""

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
    return person_card(card).split("Notes:")[0]


@pytest.mark.parametrize(
    ("note", "name", "label", "whose", "family"),
    [
        (
            "met Chidi from Adaeze's team - Adaeze's husband actually",
            "Chidi",
            "Adaeze’s husband",
            "Adaeze",
            "husband Chidi",
        ),
        (
            "met Chidi from Adaeze's team - actually Adaeze's husband",
            "Chidi",
            "Adaeze’s husband",
            "Adaeze",
            "husband Chidi",
        ),
        (
            "met Tomas from Lucia's office, Lucia's brother actually",
            "Tomas",
            "Lucia’s brother",
            "Lucia",
            "brother Tomas",
        ),
    ],
)
async def test_from_someones_team_then_their_relative(
    coach: Coach, note: str, name: str, label: str, whose: str, family: str
) -> None:
    card = await coach.notes.capture(ALICE, note)
    reply = note_card(card)
    assert f"New contact: <b>{name}</b> — {label}" in reply
    assert "actually" not in reply and "team -" not in reply
    by_name = {p.name: p.contact_id for p in card.people}
    assert label in await card_text(coach, by_name[name])
    their = await card_text(coach, by_name[whose])
    assert family in their and "Work:" not in their


async def test_the_relative_of_someone_known_joins_their_card(
    coach: Coach, clock: FakeClock
) -> None:
    first = await coach.notes.capture(ALICE, "met Adaeze Obi at the summit, she leads data science")
    adaeze = first.people[0].contact_id
    clock.advance(timedelta(days=3))
    card = await coach.notes.capture(
        ALICE, "met Chidi from Adaeze's team - Adaeze's husband actually"
    )
    chidi = next(p for p in card.people if p.name == "Chidi")
    assert "Adaeze Obi’s husband" in await card_text(coach, chidi.contact_id)
    assert "husband Chidi" in await card_text(coach, adaeze)
    assert (await coach.people.page(ALICE)).total + (await coach.people.page(ALICE)).relatives == 2
