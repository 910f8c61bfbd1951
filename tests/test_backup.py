"""The JSON export is a full backup: restored into an empty account, it exports again as the
same file apart from ids and the export time."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from coach.portability import UnreadableFile
from coach.service import Coach
from storage.contacts import Contacts
from tests.conftest import FakeClock
from tests.test_contact_details import PHONE_VCARD

ALICE, BOB = 1001, 2002
# Which rows each reference points at, for comparing two exports apart from their ids.
CONTACT_REFS = {"contact_id", "relative_of_id", "contact_ids", "candidate_ids"}
NOTE_REFS = {"note_id", "superseded_by_note_id"}


async def a_full_account(coach: Coach, clock: FakeClock) -> None:
    """Something of everything a user can have."""
    await coach.set_timezone(ALICE, "America/Chicago")
    await coach.nudges.set_quiet_hours(ALICE, "22:00-07:00")
    await coach.nudges.set_digest(ALICE, "08:30")
    await coach.reviews.set_enabled(ALICE, False)
    await coach.notes.capture(
        ALICE, "met John Park from Acme at the mixer, into golf. follow up friday"
    )
    await coach.notes.capture(ALICE, "coffee with John Smith, needs a CPA, wife runs a bakery")
    # Two Johns: a question waits for the user's pick.
    card = await coach.notes.capture(ALICE, "John called about the golf trip")
    assert card.questions
    await coach.notes.capture(ALICE, "introduced Dana Lee to John Park, Dana is a CPA")
    await coach.ledger.record(ALICE, "got", ["John", "Park", "a", "referral"])
    await coach.nudges.set_cadence(ALICE, "John Park", "14d")
    await coach.portability.import_file(ALICE, "phone.vcf", PHONE_VCARD.encode())
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, ALICE)
        ann = await contacts.add("Ann Smith", org=None, met_at=None, met_on=None, when=clock())
        ann.relation = "wife"
        ann.relative_of_id = next(
            c.id for c in await contacts.recent(0, 10) if c.name == "John Smith"
        )
    clock.advance(timedelta(days=3))
    [due, *_] = await coach.nudges.upcoming(ALICE) or [None]
    assert due is not None
    await coach.nudges.act(ALICE, due.nudge_id, "done")
    await coach.nudges.pause(ALICE, "7d")


def without_ids(export: dict[str, Any]) -> dict[str, Any]:
    """The export with each id replaced by the row's place in its section."""
    contacts = {c["id"]: i for i, c in enumerate(export["contacts"])}
    notes = {n["id"]: i for i, n in enumerate(export["notes"])}

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if key in CONTACT_REFS and isinstance(value, int):
            return f"contact {contacts[value]}"
        if key in NOTE_REFS and isinstance(value, int):
            return f"note {notes[value]}"
        return value

    shown = walk(export)
    del shown["exported_at"]
    return shown


async def test_a_backup_restores_another_account_to_an_identical_export(
    coach: Coach, clock: FakeClock
) -> None:
    await a_full_account(coach, clock)
    first = await coach.portability.export(ALICE, "json")
    assert first.file_name == "rapport.json"
    report = await coach.portability.import_file(BOB, "rapport.json", first.data)
    assert report.restored is not None
    assert "María Rodríguez" in report.added and "Ann Smith" in report.added
    clock.advance(timedelta(minutes=5))
    again = json.loads((await coach.portability.export(BOB, "json")).data)
    original = json.loads(first.data)
    assert again["exported_at"] != original["exported_at"]
    assert without_ids(again) == without_ids(original)
    # Everything came back, not just the contacts.
    assert original["user"]["timezone"] == "America/Chicago"
    assert original["user"]["paused_until"] and original["user"]["review_opt_out"] is True
    assert original["pending_questions"] and original["interactions"]
    assert {n["status"] for n in original["nudges"]} >= {"pending", "done"}
    ann = next(c for c in original["contacts"] if c["name"] == "Ann Smith")
    assert ann["relation"] == "wife" and ann["relative_of_id"] is not None
    maria = next(c for c in original["contacts"] if c["name"] == "María Rodríguez")
    assert maria["phones"] == ["+1 312 555 0142", "(312) 555-0199"]

    # The restored account works: its question can be answered, its card read.
    bob_card = await coach.people.lookup(BOB, "John Park")
    assert bob_card.card is not None and bob_card.card.received == ["a referral"]
    [question] = again["pending_questions"]
    park = next(c["id"] for c in again["contacts"] if c["name"] == "John Park")
    resolution = await coach.notes.resolve(BOB, question["id"], park)
    assert resolution is not None and resolution.person is not None
    assert resolution.person.name == "John Park"


async def test_a_backup_into_an_account_with_contacts_merges_them(
    coach: Coach, clock: FakeClock
) -> None:
    await a_full_account(coach, clock)
    data = (await coach.portability.export(ALICE, "json")).data
    await coach.notes.capture(BOB, "met John Park from Acme at the golf club")
    report = await coach.portability.import_file(BOB, "rapport.json", data)
    assert report.restored is None
    assert report.merged == ["John Park"] and "John Smith" in report.added
    park = await coach.people.lookup(BOB, "John Park")
    assert park.card is not None
    assert any(f.text == "golf" for f in park.card.facts)
    # A hand-edited backup merges what it can.
    edited = json.loads(data)
    edited["contacts"][0]["met_on"] = "last spring"
    edited["contacts"][0]["name"] = "Zed Quill"
    again = await coach.portability.import_file(BOB, "rapport.json", json.dumps(edited).encode())
    assert again.added == ["Zed Quill"]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something else"}', "not a Rapport export"),
        (b'{"format": "rapport-export", "version": 99}', "made by a newer Rapport"),
        (b'{"format": "rapport-export", "version": 2, "contacts": [{"id": 1}]}', "damaged"),
        (
            b'{"format": "rapport-export", "version": 2, "contacts": [{"id": 1, "name": "Al"}],'
            b' "notes": [{"id": 1, "text": "x", "links": ["not a link"]}]}',
            "damaged",
        ),
        (
            b'{"format": "rapport-export", "version": 2,'
            b' "contacts": [{"id": 1, "name": "Al", "met_on": "last spring"}]}',
            "damaged",
        ),
    ],
)
async def test_a_file_that_is_no_backup_is_refused_and_nothing_is_kept(
    coach: Coach, data: bytes, why: str
) -> None:
    with pytest.raises(UnreadableFile, match=why):
        await coach.portability.import_file(BOB, "rapport.json", data)
    assert (await coach.people.page(BOB)).total == 0
