"""A console trial (a mortgage adviser in Leicester): "correction: …, not …" notes that
renamed the wrong contact or changed nothing. A relative said to be someone else's spouse
moves to them (made if unknown), and the contact they were wrongly family of keeps his name;
a firm put right replaces the one kept, not a work line beside it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import person_card
from coach.service import Coach
from storage.contacts import Contacts
from storage.models import Contact
from tests.conftest import FakeClock

ADVISER = 2902


async def names(coach: Coach) -> list[str]:
    async with coach.rt.unit_of_work() as session:
        keyed = await Contacts(session, ADVISER).all_keyed()
        return sorted(row[1] for row in keyed)


async def contact(coach: Coach, name: str) -> Contact:
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, ADVISER)
        found = [cid for cid, said, _ in await contacts.named(name) if said == name]
        assert len(found) == 1, found
        got = await contacts.get(found[0])
        assert got is not None
        return got


async def wrongly_his_wife(coach: Coach, clock: FakeClock) -> None:
    """Moira kept as Callum's wife, though she is Angus's."""
    await coach.notes.capture(
        ADVISER, "met Callum Reid at the golf club, plumber, his wife moira's dad is poorly"
    )
    moira = await contact(coach, "Moira")
    assert moira.relative_of_id == (await contact(coach, "Callum Reid")).id
    clock.advance(timedelta(days=1))


@pytest.mark.parametrize("old", ["callum", "callum reid"])
async def test_a_spouse_said_by_her_husbands_name_moves_her(
    coach: Coach, clock: FakeClock, old: str
) -> None:
    await wrongly_his_wife(coach, clock)
    await coach.notes.capture(ADVISER, f"correction: moira's husband is angus fraser, not {old}")
    assert await names(coach) == ["Angus Fraser", "Callum Reid", "Moira"]
    moira = await contact(coach, "Moira")
    angus = await contact(coach, "Angus Fraser")
    assert (moira.relation, moira.relative_of_id) == ("wife", angus.id)
    card = await coach.people.card(ADVISER, (await contact(coach, "Callum Reid")).id)
    assert card is not None
    assert "Moira" not in person_card(card).split("Notes:")[0], person_card(card)


async def test_a_spouse_said_to_be_anothers_wife_moves_to_the_known_one(
    coach: Coach, clock: FakeClock
) -> None:
    await wrongly_his_wife(coach, clock)
    await coach.notes.capture(
        ADVISER, "correction: moira is angus fraser's wife, not callum reid's"
    )
    assert await names(coach) == ["Angus Fraser", "Callum Reid", "Moira"]
    moira = await contact(coach, "Moira")
    angus = await contact(coach, "Angus Fraser")
    assert (moira.relation, moira.relative_of_id) == ("wife", angus.id)


async def test_a_relative_moved_to_a_relative(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        ADVISER, "coffee with Yasmin Ali from Boots, her brother tariq wants a remortgage"
    )
    clock.advance(timedelta(days=2))
    await coach.notes.capture(
        ADVISER, "met tariq re the remortgage, he drives a cab. yasmin's wife leila is due in may"
    )
    clock.advance(timedelta(days=1))
    await coach.notes.capture(ADVISER, "correction: leila is tariq's wife, not yasmin's")
    assert await names(coach) == ["Leila", "Tariq", "Yasmin Ali"]
    leila = await contact(coach, "Leila")
    tariq = await contact(coach, "Tariq")
    assert (leila.relation, leila.relative_of_id) == ("wife", tariq.id)


async def test_a_firm_put_right_replaces_the_one_kept(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        ADVISER, "rotary lunch, sat with anil shah (accountant, shah & co on granby rd)"
    )
    clock.advance(timedelta(days=1))
    await coach.notes.capture(
        ADVISER, "correction: anil shah works at shah & co, not shah & co on granby"
    )
    anil = await contact(coach, "Anil Shah")
    assert anil.org == "Shah & Co"
    card = await coach.people.card(ADVISER, anil.id)
    assert card is not None
    shown = person_card(card).split("Notes:")[0]
    assert "works at" not in shown.casefold(), shown


async def test_undo_puts_a_moved_relative_back(coach: Coach, clock: FakeClock) -> None:
    await wrongly_his_wife(coach, clock)
    callum = await contact(coach, "Callum Reid")
    await coach.notes.capture(
        ADVISER, "correction: moira is angus fraser's wife, not callum reid's"
    )
    await coach.notes.undo(ADVISER)
    assert await names(coach) == ["Callum Reid", "Moira"]
    moira = await contact(coach, "Moira")
    assert (moira.relation, moira.relative_of_id) == ("wife", callum.id)
