"""A relative's relative is theirs: "jun's wife mina" is Jun's family, not Grace's, even in a
note about Grace (user trials: after "her son Jun plays hockey", the note "talked to grace
again, jun's wife mina is expecting" put "wife Mina" on Grace's card)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import person_card
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def card_text(coach: Coach, contact_id: int) -> str:
    card = await coach.people.card(ALICE, contact_id)
    assert card is not None
    return person_card(card).split("Notes:")[0]


@pytest.mark.parametrize(
    ("news", "kin", "relation"),
    [
        ("talked to grace again, jun's wife mina is expecting", "Mina", "Jun’s wife"),
        ("saw grace at church, jun's daughter ella turned 5", "Ella", "Jun’s daughter"),
        ("coffee with grace lee. jun's mother-in-law hana runs a bakery", "Hana", "Jun’s mother"),
    ],
)
async def test_a_later_note_puts_the_relative_on_the_relatives_card(
    coach: Coach, clock: FakeClock, news: str, kin: str, relation: str
) -> None:
    first = await coach.notes.capture(ALICE, "met Grace Lee at the rink, her son Jun plays hockey")
    grace, jun = (p.contact_id for p in first.people)
    clock.advance(timedelta(days=1))
    card = await coach.notes.capture(ALICE, news)
    assert kin not in await card_text(coach, grace)
    assert kin in await card_text(coach, jun)
    relative = next(p for p in card.people if p.name == kin)
    assert relation in await card_text(coach, relative.contact_id)


@pytest.mark.parametrize(
    ("note", "kin"),
    [
        ("talked to Grace Lee, her son Jun plays hockey, Jun's mom-in-law Hana is a nurse", "Hana"),
        ("Grace Lee's son Jun plays hockey. Jun's wife Mina is a dentist", "Mina"),
    ],
)
async def test_in_one_note_the_relatives_relative_is_theirs(
    coach: Coach, note: str, kin: str
) -> None:
    card = await coach.notes.capture(ALICE, note)
    by_name = {p.name: p.contact_id for p in card.people}
    assert kin not in await card_text(coach, by_name["Grace Lee"])
    assert kin in await card_text(coach, by_name["Jun"])
    assert "Jun’s" in await card_text(coach, by_name[kin])
