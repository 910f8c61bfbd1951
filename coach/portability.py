"""The user's data is theirs: export it all (JSON, CSV, vCard, iCalendar), import contacts."""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DataError, IntegrityError

from coach.backup import AccountNotEmpty, Backup, NotABackup, Restored, check, rows
from coach.dispatch import Dispatcher
from coach.infra.formats import (
    FACT_KINDS,
    FACT_LABELS,
    CalendarEvent,
    PortableContact,
    contacts_csv,
    icalendar,
    read_csv,
    read_vcards,
    vcard,
)
from coach.infra.hardening import clean_text
from coach.nudges import view_of
from coach.persons import load_people
from coach.runtime import Runtime
from storage.columns import stored
from storage.contacts import Contacts, NewFact, name_key
from storage.models import Contact, Fact, NudgeStatus
from storage.portability import ExportReads
from storage.users import Users

FORMATS = ("json", "csv", "vcard", "ics")
MAX_IMPORT_BYTES = 5_000_000
MAX_IMPORT_CONTACTS = 20_000
MAX_DETAILS = 20  # phones, e-mails or URLs kept per contact
FACT_LENGTH = 300  # storage/models.py: Fact.text
YIELD_EVERY = 200  # rows an import reads before letting the event loop run other work
STAGES = ("know", "like", "trust")


@dataclass(frozen=True)
class ExportFile:
    file_name: str
    data: bytes


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    # Set when a whole backup was restored: what came back besides the contacts.
    restored: Restored | None = None

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


class UnreadableFile(ValueError):
    """Not a vCard or CSV file Rapport can read."""


class Portability:
    def __init__(self, runtime: Runtime, backup: Backup, dispatcher: Dispatcher) -> None:
        self.rt = runtime
        self.backup = backup
        self.dispatcher = dispatcher

    # --- export ----------------------------------------------------------------------------

    async def export(self, user_id: int, fmt: str) -> ExportFile:
        if fmt == "json":
            data = json.dumps(await self.backup.everything(user_id), ensure_ascii=False, indent=2)
            return ExportFile("rapport.json", data.encode())
        if fmt == "csv":
            # A BOM, so spreadsheet apps read the names as UTF-8.
            text = "\ufeff" + contacts_csv(await self.portable_contacts(user_id))
            return ExportFile("rapport-contacts.csv", text.encode())
        if fmt == "vcard":
            text = vcard(await self.portable_contacts(user_id), self.rt.clock())
            return ExportFile("rapport-contacts.vcf", text.encode())
        if fmt == "ics":
            text = icalendar(await self.follow_up_events(user_id), self.rt.clock())
            return ExportFile("rapport-follow-ups.ics", text.encode())
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")

    async def has_user(self, user_id: int) -> bool:
        """Whether Rapport has ever kept anything for this user id."""
        async with self.rt.unit_of_work() as session:
            return await ExportReads(session, user_id).user() is not None

    async def portable_contacts(self, user_id: int) -> list[PortableContact]:
        async with self.rt.unit_of_work() as session:
            data = ExportReads(session, user_id)
            contacts = await data.contacts()
            facts = await data.facts()
        facts_of: dict[int, list[tuple[str, str]]] = {}
        for fact in facts:
            facts_of.setdefault(fact.contact_id, []).append((fact.kind, fact.text))
        # Relatives ("her son Tobi") are people Rapport knows about, not people the user
        # networks with: as cards of their own they would crowd the phone's address book
        # beside the network. They travel as family on their family member's card instead;
        # the JSON backup keeps them whole.
        for contact in contacts:
            if contact.relation is not None and contact.relative_of_id is not None:
                add_relative(facts_of.setdefault(contact.relative_of_id, []), contact)
        return [portable(c, facts_of.get(c.id, [])) for c in contacts if c.relation is None]

    async def follow_up_events(self, user_id: int) -> list[CalendarEvent]:
        """Follow-ups still to come, each at the time its nudge will arrive."""
        async with self.rt.unit_of_work() as session:
            now = await self.rt.user_now(session, user_id)
            zone = now.tzinfo
            assert isinstance(zone, ZoneInfo)
            user = await Users(session).get_or_create(user_id)
            data = ExportReads(session, user_id)
            contacts = {c.id: c for c in await data.contacts()}
            events = []
            nudges = await data.nudges((NudgeStatus.PENDING, NudgeStatus.CLAIMED))
            about = [contacts[n.contact_id] for n in nudges if n.contact_id in contacts]
            people = await load_people(session, user_id, list({c.id: c for c in about}.values()))
            for nudge in nudges:
                arrives = self.dispatcher.arrival(user, nudge.due_at)
                if arrives < now:
                    continue  # overdue: it goes out at the next dispatch, not on a past day
                contact = contacts.get(nudge.contact_id) if nudge.contact_id else None
                person = people.get(contact.id) if contact else None
                view = view_of(nudge, contact, person, zone, now)
                who = f" with {view.person}" if view.person else ""
                org = f" ({view.org})" if view.org else ""
                events.append(
                    CalendarEvent(
                        uid=f"rapport-nudge-{nudge.id}@rapport",
                        start=arrives,
                        summary=f"Follow up{who}{org}",
                        description=view.idea,
                    )
                )
            return events

    # --- import ----------------------------------------------------------------------------

    async def import_file(self, user_id: int, file_name: str, data: bytes) -> ImportReport:
        """Merge a vCard or CSV file into the user's contacts: no duplicates, no nudges. A
        Rapport JSON export is restored whole into an empty account, and its contacts are
        merged into one that has some."""
        if len(data) > MAX_IMPORT_BYTES:
            raise UnreadableFile("too big")
        text = _decode(data)
        lowered = file_name.lower()
        if lowered.endswith(".json") or text.lstrip()[:1] == "{":
            return await self.import_backup(user_id, text)
        if lowered.endswith((".vcf", ".vcard")) or "BEGIN:VCARD" in text[:2000].upper():
            reader = read_vcards
        elif lowered.endswith((".csv", ".txt")) or "," in text[:2000]:
            reader = read_csv
        else:
            raise UnreadableFile("not vCard or CSV")
        # Parsing a big file takes seconds (vobject is pure Python): on a thread, the bot
        # keeps answering everyone else meanwhile.
        rows = await asyncio.to_thread(lambda: list(reader(text)))
        if not rows:
            raise UnreadableFile("no contacts in it")
        if len(rows) == 1 and isinstance(rows[0], str):
            raise UnreadableFile(rows[0])
        return await self.merge(user_id, rows[:MAX_IMPORT_CONTACTS], len(rows))

    async def import_backup(self, user_id: int, text: str) -> ImportReport:
        try:
            data = json.loads(text)
            check(data)
        except json.JSONDecodeError:
            raise UnreadableFile("not valid JSON") from None
        except NotABackup as exc:
            raise UnreadableFile(str(exc)) from None
        try:
            restored = await self.backup.restore(user_id, data)
        except AccountNotEmpty:
            contacts = [_from_backup(c) for c in rows(data, "contacts")]
            return await self.merge(user_id, contacts[:MAX_IMPORT_CONTACTS], len(contacts))
        except (KeyError, TypeError, ValueError, AttributeError, IntegrityError, DataError) as exc:
            # A damaged or hand-edited file: nothing was written (one transaction).
            raise UnreadableFile("a damaged Rapport export") from exc
        return ImportReport(added=restored.contacts, restored=restored)

    async def merge(
        self, user_id: int, rows: list[PortableContact | str], total: int | None = None
    ) -> ImportReport:
        """Contacts into the user's Rolodex: the same person (by e-mail or phone first, name
        second) gets what is new about them; everyone else is added, without nudges."""
        report = ImportReport()
        async with self.rt.unit_of_work() as session:
            now = await self.rt.user_now(session, user_id)
            contacts = Contacts(session, user_id)
            known = Known()
            by_id = {}
            for contact in await ExportReads(session, user_id).contacts():
                known.add(contact)
                by_id[contact.id] = contact
            known_facts: dict[Contact, set[tuple[str, str]]] = {}
            for fact in await ExportReads(session, user_id).facts():
                about = by_id[fact.contact_id]
                known_facts.setdefault(about, set()).add((fact.kind, fact.text.lower()))
            new_facts: list[tuple[Contact, str, str]] = []
            for index, row in enumerate(rows):
                if index % YIELD_EVERY == YIELD_EVERY - 1:
                    await asyncio.sleep(0)  # other chats' updates run between batches of rows
                if isinstance(row, str):
                    report.skip(row)
                    continue
                row = cleaned(row)
                name = stored(Contact.name, row.name)
                if not name:
                    report.skip("a row without a name")
                    continue
                org = _short(Contact.org, row.org)
                existing = known.find(row, name, org)
                is_new = existing is None
                if existing is None:
                    existing = await contacts.add(
                        name,
                        org=org,
                        met_at=_short(Contact.met_at, row.met_at),
                        met_on=row.met_on,
                        when=now,
                        numbered=False,  # all at once, below
                    )
                    if row.stage in STAGES:
                        existing.stage = row.stage
                changed = fill_in(existing, row)
                have = known_facts.setdefault(existing, set())
                for kind, text in _facts_of(row):
                    if (kind, text.lower()) not in have:
                        new_facts.append((existing, kind, text))
                        have.add((kind, text.lower()))
                        changed = True
                known.add(existing)
                if is_new:
                    report.added.append(name)
                else:
                    (report.merged if changed else report.unchanged).append(existing.name)
            await session.flush()  # the database numbers the new contacts
            await contacts.add_facts(
                [NewFact(c.id, None, kind, text) for c, kind, text in new_facts]
            )
            for _ in range(max(0, (total or len(rows)) - len(rows))):
                report.skip("over the limit of 20,000 contacts per file")
        return report


class Known:
    """The user's contacts by e-mail, phone and name, for finding the one a row is about."""

    def __init__(self) -> None:
        self.by_email: dict[str, Contact] = {}
        self.by_phone: dict[str, Contact] = {}
        self.by_name: dict[str, list[Contact]] = {}

    def add(self, contact: Contact) -> None:
        for email in contact.emails or []:
            self.by_email.setdefault(email.casefold(), contact)
        for phone in contact.phones or []:
            if key := phone_key(phone):
                self.by_phone.setdefault(key, contact)
        same_name = self.by_name.setdefault(contact.name_key, [])
        if contact not in same_name:
            same_name.append(contact)

    def find(self, row: PortableContact, name: str, org: str | None) -> Contact | None:
        for email in row.emails:
            if found := self.by_email.get(email.casefold()):
                return found
        for phone in row.phones:
            if (key := phone_key(phone)) and (found := self.by_phone.get(key)):
                return found
        return _same_person(self.by_name.get(name_key(name), []), org)


def phone_key(phone: str) -> str | None:
    """The last nine digits: "+1 (555) 010-0123" and "555 010 0123" are one number."""
    digits = re.sub(r"\D", "", phone)
    return digits[-9:] if len(digits) >= 7 else None


def cleaned(row: PortableContact) -> PortableContact:
    """The row with the cleaning notes get: no control or invisible characters; one line
    for everything but the note."""

    def line(value: str | None) -> str | None:
        return " ".join(clean_text(value).split()) or None if value else None

    def lines(values: list[str]) -> list[str]:
        return list(dict.fromkeys(v for v in (line(x) for x in values) if v))

    return replace(
        row,
        name=line(row.name) or "",
        org=line(row.org),
        title=line(row.title),
        met_at=line(row.met_at),
        stage=line(row.stage),
        facts=[(kind, text) for kind, text in ((k, line(t)) for k, t in row.facts) if text],
        note=clean_text(row.note).strip() or None if row.note else None,
        phones=lines(row.phones),
        emails=lines(row.emails),
        urls=lines(row.urls),
    )


def fill_in(contact: Contact, row: PortableContact) -> bool:
    """What the row adds to a contact: empty fields filled, new numbers, addresses and links
    appended. True if anything changed."""
    changed = False
    for attribute in ("org", "met_at", "met_on", "title", "birthday"):
        value = getattr(row, attribute)
        if value and not getattr(contact, attribute):
            if isinstance(value, str):
                value = _short(getattr(Contact, attribute), value)
            setattr(contact, attribute, value)
            changed = True
    for attribute, key in (("phones", phone_key), ("emails", str.casefold), ("urls", str)):
        have = list(getattr(contact, attribute) or [])
        keys = {key(v) for v in have}
        new = [v for v in getattr(row, attribute) if key(v) not in keys]
        if new:
            # A new list, so the JSON column sees the change.
            setattr(contact, attribute, list(dict.fromkeys(have + new))[:MAX_DETAILS])
            changed = True
    return changed


def _same_person(candidates: list[Contact], org: str | None) -> Contact | None:
    """The contact with this name whose organisation agrees (or one of them has none)."""
    for contact in candidates:
        if not org or not contact.org or name_key(contact.org) == name_key(org):
            return contact
    return None


def _facts_of(row: PortableContact) -> list[tuple[str, str]]:
    facts = [(kind, stored(Fact.text, text)) for kind, text in row.facts]
    # A Rapport card carries its facts; elsewhere the NOTE field is the user's own note,
    # kept whole: a long one in several facts.
    if row.note and not row.facts and not row.from_rapport:
        facts += [("other", part) for part in _pieces(" ".join(row.note.split()), FACT_LENGTH)]
    return [(kind, text) for kind, text in facts if text]


def _pieces(text: str, size: int) -> list[str]:
    """`text` in pieces of at most `size` characters, split between words."""
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size + 1)
        cut = cut if cut > 0 else size
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*pieces, text] if text else pieces


def _short(attribute: Any, value: str | None) -> str | None:
    """One line, as the column will keep it; None for nothing."""
    return stored(attribute, _one_line(value)) or None if value else None


def _one_line(value: str) -> str:
    """Imported text cleaned as a typed note is (no control or invisible characters), on
    one line."""
    return " ".join(clean_text(value).split())


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # UTF-16 read as UTF-8 is half NULs; a stray NUL in a UTF-8 file is just dirt.
        if text.count("\x00") * 4 < len(text):
            return text
    return data.decode("latin-1")


def _from_backup(row: dict[str, Any]) -> PortableContact | str:
    """A contact of a JSON export, to merge like a contacts file."""
    if not isinstance(row.get("name"), str):
        return "a contact without a name"
    facts = [
        (f["kind"], f["text"])
        for f in row.get("facts") or []
        if isinstance(f, dict)
        and isinstance(f.get("kind"), str)
        and isinstance(f.get("text"), str)
        and not f.get("superseded_at")
    ]

    def text(key: str) -> str | None:
        value = row.get(key)
        return value if isinstance(value, str) else None

    def texts(key: str) -> list[str]:
        return [v for v in row.get(key) or [] if isinstance(v, str)]

    try:
        met_on = date.fromisoformat(text("met_on") or "")
    except ValueError:
        met_on = None
    return PortableContact(
        name=row["name"],
        org=text("org"),
        title=text("title"),
        met_at=text("met_at"),
        met_on=met_on,
        stage=text("stage"),
        facts=facts,
        phones=texts("phones"),
        emails=texts("emails"),
        urls=texts("urls"),
        birthday=text("birthday"),
        from_rapport=True,
    )


def add_relative(facts: list[tuple[str, str]], relative: Contact) -> None:
    """A family fact naming the relative ("husband Tom"), unless one names them already."""
    said = " ".join(text.casefold() for kind, text in facts if kind == "family")
    if relative.name.casefold() not in said:
        facts.append(("family", f"{relative.relation} {relative.name}"))


def portable(contact: Contact, facts: list[tuple[str, str]]) -> PortableContact:
    """A contact as it leaves: its details, and a NOTE summing up where you met and its facts."""
    summary = []
    if contact.met_at or contact.met_on:
        where = f" at {contact.met_at}" if contact.met_at else ""
        when = f" on {contact.met_on.isoformat()}" if contact.met_on else ""
        summary.append(f"Met{where}{when}.")
    for kind in FACT_KINDS:
        texts = [t for k, t in facts if k == kind]
        if texts:
            summary.append(f"{FACT_LABELS[kind]}: {', '.join(texts)}.")
    return PortableContact(
        name=contact.name,
        org=contact.org,
        met_at=contact.met_at,
        met_on=contact.met_on,
        stage=contact.stage,
        facts=facts,
        note=" ".join(summary) or None,
        uid=f"rapport-contact-{contact.id}",
        title=contact.title,
        phones=list(contact.phones or []),
        emails=list(contact.emails or []),
        urls=list(contact.urls or []),
        birthday=contact.birthday,
    )
