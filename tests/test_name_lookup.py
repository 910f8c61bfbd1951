"""Finding a contact by name the way the user types it: without accents or capitals, or by
the nickname or initials the notes gave them (/person, /merge, /gave, /check, /forget)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from coach.service import Coach
from storage.contacts import Contacts
from storage.db import create_engine, upgrade
from storage.users import Users

ALICE = 1001


async def seed(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "met Zofia Wiśniewska from PKO at the chamber lunch, she wants manufacturing clients"
    )
    await coach.notes.capture(ALICE, "coffee with Søren Dahl, he runs a brewery in logan square")
    await coach.notes.capture(ALICE, "lunch with jose alvarez, he sells restaurant equipment")


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("wisniewska", "Zofia Wiśniewska"),
        ("ZOFIA WISNIEWSKA", "Zofia Wiśniewska"),
        ("soren", "Søren Dahl"),
        ("José Álvarez", "Jose Alvarez"),
    ],
)
async def test_a_name_is_found_without_its_accents_or_capitals(
    coach: Coach, asked: str, name: str
) -> None:
    await seed(coach)
    card = (await coach.people.lookup(ALICE, asked)).card
    assert card is not None and card.contact.name == name
    forget = await coach.privacy.find_to_forget(ALICE, asked)
    assert forget.preview is not None and forget.preview.name == name


async def test_merge_gave_and_check_find_a_name_typed_without_accents(coach: Coach) -> None:
    await seed(coach)
    # A split person: a later note named her by first name only, as someone new.
    await coach.notes.capture(ALICE, "zoom with Bartek from byline bank, he lends to factories")
    found = await coach.merging.find(ALICE, "bartek and wisniewska")
    assert found.plan is not None and len(found.candidates) == 2, found
    recorded = await coach.ledger.record(
        ALICE, "gave", ["zofia", "wisniewska", "an", "intro", "to", "Jose"]
    )
    assert recorded.name == "Zofia Wiśniewska"
    check = await coach.drafts.check_draft(ALICE, "Hi Soren, great to meet you at the brewery!")
    assert check.contact_name == "Søren Dahl"


async def test_initials_the_notes_gave_find_the_contact(coach: Coach) -> None:
    card = await coach.notes.capture(
        ALICE,
        "met jae-won park at the restaurant assn mixer. jae-won (JW) owns a korean bbq place "
        "in west loop, wife soo-jin runs the front of house. ping him monday",
    )
    assert (card.people[0].name, card.people[0].org) == ("Jae-Won Park", None)
    recorded = await coach.ledger.record(
        ALICE, "gave", ["JW", "an", "intro", "to", "a", "contractor"]
    )
    assert recorded.name == "Jae-Won Park"
    check = await coach.drafts.check_draft(ALICE, "Hey JW! Good to meet you at the mixer.")
    assert check.contact_name == "Jae-Won Park"
    assert (await coach.people.lookup(ALICE, "jw")).card is not None


async def test_the_migration_keys_stored_names_without_accents(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    await upgrade(engine, "0012")
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO users (id, timezone, blocked, created_at) "
                "VALUES (1001, 'Europe/Warsaw', false, '2026-11-01 09:00:00+00')"
            )
        )
        await conn.execute(
            text(
                "INSERT INTO contacts (id, user_id, name, name_key, stage, created_at, "
                "updated_at) VALUES (1, 1001, 'Łukasz Żółć', 'łukasz żółć', 'know', "
                "'2026-11-01 09:00:00+00', '2026-11-01 09:00:00+00')"
            )
        )
    await upgrade(engine)
    async with engine.connect() as conn:
        assert (await conn.execute(text("SELECT name_key FROM contacts"))).scalar() == (
            "lukasz zolc"
        )
    await engine.dispose()


async def test_a_corrected_name_renames_the_contact(coach: Coach) -> None:
    async with coach.rt.unit_of_work() as session:
        await Users(session).get_or_create(ALICE)
        contact = await Contacts(session, ALICE).add(
            "Hoon Kim", org="JK Advisory", met_at="the gym", met_on=None
        )
        contact.aka = ["Jay"]
    await coach.notes.capture(
        ALICE, "correction: jay's real name is ji-hoon kim, not hoon. he's still at jk advisory"
    )
    card = (await coach.people.lookup(ALICE, "jay")).card
    assert card is not None and card.contact.name == "Ji-Hoon Kim"
    assert (await coach.people.lookup(ALICE, "ji-hoon kim")).card is not None
    async with coach.rt.unit_of_work() as session:
        assert len(await Contacts(session, ALICE).all_names()) == 2  # the name and Jay
