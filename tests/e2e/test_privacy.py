"""The user's data is theirs: export, import, forget, erase; access control; groups; secrets."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import timedelta

import pytest
from pydantic import SecretStr

from bot import texts
from bot import trust_texts as tt
from coach.infra.formats import read_vcards, unfold
from coach.infra.settings import AccessSettings, LimitSettings, Settings
from tests.conftest import FakeClock
from tests.e2e.trust import replies, snapshot, total
from tests.fakebot.server import FakeTelegram

NOTE = (
    "met Sarah Chen from Acme Robotics at the chamber breakfast, loves sailing, "
    "her daughter is applying to college. follow up friday"
)


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    access = getattr(request, "param", AccessSettings())
    return settings.model_copy(
        update={"access": access, "limits": LimitSettings(burst=200, per_minute=6000)}
    )


async def test_export_sends_four_valid_files(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send(NOTE)
    await alice.next_reply()
    await alice.send("met John Park, CFO at Globex; Smith, Jr. & Co; into golf")
    await alice.next_reply()
    await alice.send("/export")
    got = await replies(alice)
    files = {m.document.file_name: m.document.data for m in got if m.document is not None}
    assert set(files) == {
        "rapport.json",
        "rapport-contacts.csv",
        "rapport-contacts.vcf",
        "rapport-follow-ups.ics",
    }
    everything = json.loads(files["rapport.json"])
    assert {c["name"] for c in everything["contacts"]} >= {"Sarah Chen"}
    assert any("daughter" in n["text"] for n in everything["notes"])
    assert everything["nudges"]

    rows = list(csv.DictReader(io.StringIO(files["rapport-contacts.csv"].decode("utf-8-sig"))))
    sarah = next(r for r in rows if r["Name"] == "Sarah Chen")
    assert sarah["Organization"] == "Acme Robotics" and "sailing" in sarah["Interests"]

    vcf = files["rapport-contacts.vcf"].decode()
    assert vcf.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert all(line.endswith("\r") or not line for line in vcf.split("\n")[:-1])
    assert all(len(line.encode()) <= 75 for line in vcf.split("\r\n"))
    assert "ORG:Acme Robotics" in unfold(vcf)
    cards = [c for c in read_vcards(vcf) if not isinstance(c, str)]
    assert {c.name for c in cards} == {r["Name"] for r in rows}

    ics = files["rapport-follow-ups.ics"].decode()
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    open_nudges = [n for n in everything["nudges"] if n["status"] in ("pending", "claimed")]
    assert ics.count("BEGIN:VEVENT") == len(open_nudges)
    assert "DTSTART:20261127T090000Z" in lines
    assert any(line.startswith("SUMMARY:Follow up with Sarah Chen") for line in lines)
    assert sum(line.startswith("UID:rapport-nudge-") for line in lines) == len(open_nudges)
    assert sum(line.startswith("DTSTAMP:2026") for line in lines) == len(open_nudges)

    await alice.send("/export csv")
    only = await replies(alice)
    assert [m.document.file_name for m in only if m.document] == ["rapport-contacts.csv"]
    await alice.send("/export pdf")
    assert "/export json" in (await alice.next_reply()).text


async def test_the_json_export_restores_a_new_account_through_import(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    await alice.send(NOTE)
    await alice.next_reply()
    await alice.send("/export json")
    backup = next(m for m in await replies(alice) if m.document is not None).document
    assert backup is not None and backup.file_name == "rapport.json"

    bob = fake.user(2002)
    await bob.send("/import")
    assert "rapport.json" in (await bob.next_reply()).text
    await bob.send_document(backup.data, "rapport.json", "application/json")
    report = await bob.next_reply()
    assert report.text.startswith("📥 Restored your backup rapport.json: 1 contact, 1 note")
    await bob.send("/person sarah")
    card = (await bob.next_reply()).text
    assert "Acme Robotics" in card and "daughter is applying to college" in card
    # Into an account that has contacts now, the same file merges its contacts.
    await bob.send_document(backup.data, "rapport.json", "application/json")
    again = (await bob.next_reply()).text
    assert "added: 0" in again and "1 already in your Rolodex" in again


async def test_vcard_export_imports_into_a_fresh_user_as_the_same_contacts(
    fake: FakeTelegram, database_url: str
) -> None:
    alice = fake.user(1001)
    for note in (NOTE, "met John Park from Globex, into golf", "met Ana María Núñez, likes tango"):
        await alice.send(note)
        await alice.next_reply()
    await alice.send("/export vcard")
    vcf = next(m for m in await replies(alice) if m.document is not None).document
    assert vcf is not None

    bob = fake.user(2002)
    await bob.send_document(vcf.data, "rapport-contacts.vcf", "text/vcard")
    report = await bob.next_reply()
    assert "added: 3" in report.text and "merged into existing contacts: 0" in report.text
    # Importing the same file again adds nothing.
    await bob.send_document(vcf.data, "rapport-contacts.vcf", "text/vcard")
    again = await bob.next_reply()
    assert "added: 0" in again.text and "3 already in your Rolodex" in again.text

    a, b = await snapshot(database_url, 1001), await snapshot(database_url, 2002)
    # contacts: (id, user_id, name, name_key, org, met_at, met_on, stage, ...)
    assert sorted(r[2:8] for r in a["contacts"]) == sorted(r[2:8] for r in b["contacts"])
    facts = lambda rows: sorted(r[4:6] for r in rows)  # noqa: E731 - (kind, text)
    assert facts(a["facts"]) == facts(b["facts"])
    assert not b["nudges"], "imported contacts get no nudges"


async def test_import_linkedin_csv_merges_without_duplicates(
    fake: FakeTelegram, database_url: str
) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen at the mixer")
    await alice.next_reply()
    linkedin = (
        b"Notes:\r\n"
        b'"When exporting your connection data, you may notice that some of the email '
        b'addresses are missing."\r\n\r\n'
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        b"Sarah,Chen,https://www.linkedin.com/in/sarah,,Acme Robotics,CTO,12 Mar 2024\r\n"
        b"Raj,Patel,https://www.linkedin.com/in/raj,,Initech,Head of Sales,01 Feb 2023\r\n"
        b"Raj,Patel,https://www.linkedin.com/in/raj,,Initech,Head of Sales,01 Feb 2023\r\n"
        b",,https://www.linkedin.com/in/nobody,,,,\r\n"
    )
    await alice.send_document(linkedin, "Connections.csv", "text/csv")
    report = await alice.next_reply()
    assert "added: 1 (Raj Patel)" in report.text
    assert "merged into existing contacts: 1 (Sarah Chen)" in report.text
    assert "skipped: 2" in report.text and "1 × a row without a name" in report.text
    rows = await snapshot(database_url, 1001)
    names = sorted(r[2] for r in rows["contacts"])
    assert names == ["Raj Patel", "Sarah Chen"]
    await alice.send("/person sarah chen")
    card = await alice.next_reply()
    assert "Acme Robotics" in card.text and "CTO" in card.text

    await alice.send("/import")
    assert "Connections.csv" in (await alice.next_reply()).text
    await alice.send_document(b"\x89PNG\r\n\x1a\n\x00\x00", "photo.csv", "text/csv")
    assert "couldn't read contacts" in (await alice.next_reply()).text
    await alice.send_document(b"%PDF-1.4", "cv.pdf", "application/pdf")
    assert ".vcf or .csv" in (await alice.next_reply()).text


async def test_forget_deletes_one_contact_after_the_button(
    fake: FakeTelegram, database_url: str
) -> None:
    alice = fake.user(1001)
    for note in (NOTE, "met John Park from Globex", "lunch with Sarah Chen and John Park"):
        await alice.send(note)
        await alice.next_reply()
    before = await snapshot(database_url, 1001)
    await alice.send("/forget sarah chen")
    ask = await alice.next_reply()
    assert "Forget Sarah Chen (Acme Robotics)?" in ask.text
    assert "1 note that also mentions other people stays" in ask.text, ask.text
    query = await alice.press(ask, "Keep")
    assert (await alice.callback_answer(query)).text == "Kept"
    await alice.next_edit()
    assert await snapshot(database_url, 1001) == before

    await alice.send("/forget sarah chen")
    ask = await alice.next_reply()
    await alice.press(ask, "Forget")
    done = await alice.next_edit()
    assert "Forgotten: Sarah Chen" in done.text
    after = await snapshot(database_url, 1001)
    assert [r[2] for r in after["contacts"]] == ["John Park"]
    sarah_id = next(r[0] for r in before["contacts"] if r[2] == "Sarah Chen")
    for table in ("facts", "nudges", "interactions"):
        assert all(r[2] != sarah_id for r in after[table]), table
    assert all(r[2] != sarah_id for r in after["note_contacts"])
    texts_left = [r[2] for r in after["notes"]]
    assert not any("daughter" in t for t in texts_left), "the note only about Sarah is gone"
    assert any("lunch with" in t for t in texts_left), "the shared note stays"

    await alice.send("/forget")
    assert "Whom should I forget" in (await alice.next_reply()).text
    await alice.send("/forget Nobody Atall")
    assert "don't know anyone called" in (await alice.next_reply()).text


async def test_deleteme_erases_every_row_after_typed_confirmation(
    fake: FakeTelegram, database_url: str, clock: FakeClock
) -> None:
    alice, bob = fake.user(1001), fake.user(2002)
    for user in (alice, bob):
        await user.send(NOTE)
        await user.next_reply()
    bobs = await snapshot(database_url, 2002)
    await alice.send("delete everything")
    assert "/deleteme first" in (await alice.next_reply()).text
    await alice.send("/deleteme")
    ask = await alice.next_reply()
    assert "1 contact, 1 note" in ask.text and "delete everything" in ask.text
    # Too late: the window has closed.
    clock.advance(timedelta(minutes=11))
    await alice.send("delete everything")
    assert "/deleteme first" in (await alice.next_reply()).text
    assert total(await snapshot(database_url, 1001)) > 3

    await alice.send("/deleteme")
    await alice.next_reply()
    await alice.send("Delete everything")
    assert "erased everything" in (await alice.next_reply()).text
    assert total(await snapshot(database_url, 1001)) == 0
    assert await snapshot(database_url, 2002) == bobs
    await alice.send("/people")
    assert "No contacts yet" in (await alice.next_reply()).text


@pytest.mark.parametrize(
    "settings",
    [AccessSettings(allowed_user_ids=[1001], invite_codes=[SecretStr("join-rapport-2026")])],
    indirect=True,
)
async def test_access_control_and_invite_codes(fake: FakeTelegram, database_url: str) -> None:
    alice, mallory, carol = fake.user(1001), fake.user(6666), fake.user(3003)
    await alice.send("/people")
    assert "No contacts yet" in (await alice.next_reply()).text
    await mallory.send("met Sarah Chen")
    assert "private to its community" in (await mallory.next_reply()).text
    await mallory.send("met Sarah Chen again")  # told once a minute, not per message
    await mallory.expect_no_reply()
    await mallory.send("/start wrong-code")
    assert "isn't valid" in (await mallory.next_reply()).text
    assert total(await snapshot(database_url, 6666)) == 0

    await carol.send("/start join-rapport-2026")
    assert "You're in" in (await carol.next_reply()).text
    assert "Rapport" in (await carol.next_reply()).text  # the usual welcome
    await carol.send("met Dana Lee from Initech")
    assert "New contact: Dana Lee" in (await carol.next_reply()).text
    rows = await snapshot(database_url, 3003)
    assert "join-rapport-2026" not in repr(rows), "only a hash of the code is kept"


@pytest.mark.parametrize("settings", [AccessSettings(allow_groups=True)], indirect=True)
async def test_groups_allowed_keep_notes_but_never_show_them(
    fake: FakeTelegram, database_url: str
) -> None:
    alice = fake.user(1001)
    await alice.send(NOTE)
    await alice.next_reply()
    group = fake.group(-100555)
    alice_in_group = fake.user(1001, chat=group)
    await alice_in_group.send("Sarah Chen's son plays hockey")
    reply = await alice_in_group.next_reply()
    assert reply.text == tt.GROUP_SAVED and not reply.buttons
    for command in ("/person sarah", "/find sailing", "/people", "/export", "/nudges"):
        await alice_in_group.send(command)
        answer = await alice_in_group.next_reply()
        assert answer.text == texts.ONLY_PRIVATE and answer.document is None
    notes = (await snapshot(database_url, 1001))["notes"]
    assert any("hockey" in r[2] for r in notes)
    for message in alice_in_group.history:
        assert "Acme" not in message.text and "sailing" not in message.text


async def test_groups_refused_by_default(fake: FakeTelegram, database_url: str) -> None:
    group = fake.group(-100556)
    carol = fake.user(3003, chat=group)
    await carol.send("met Sarah Chen from Acme")
    assert "private chat" in (await carol.next_reply()).text
    assert total(await snapshot(database_url, 3003)) == 0


async def test_the_token_never_reaches_logs_or_replies(
    fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    alice = fake.user(1001)
    await alice.send(NOTE)
    await alice.next_reply()
    # An error path: Telegram refuses the reply, the handler fails and is logged.
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found", retry_after=None)
    await alice.send("/people")
    await alice.send("/help")
    await replies(alice)
    secret = fake.token.split(":", 1)[1]
    assert caplog.records, "DEBUG logging was captured"
    assert any(r.levelno >= logging.ERROR for r in caplog.records), "the error was logged"
    for record in caplog.records:
        assert secret not in record.getMessage()
    assert secret not in caplog.text
    for message in alice.history:
        assert secret not in message.text
    # Even a record that tries to print the token is redacted.
    logging.getLogger("rapport.test").warning("token is %s", fake.token)
    assert secret not in caplog.records[-1].getMessage()
    assert "[redacted]" in caplog.records[-1].getMessage()
