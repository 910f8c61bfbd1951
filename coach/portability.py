"""The user's data is theirs: export it all (JSON, CSV, vCard, iCalendar), import contacts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

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
from coach.nudges import nudge_view
from coach.runtime import Runtime
from storage.columns import stored
from storage.contacts import Contacts, name_key
from storage.models import Contact, Fact, NudgeStatus
from storage.portability import ExportReads
from storage.privacy import owned_tables
from storage.users import Users

FORMATS = ("json", "csv", "vcard", "ics")
MAX_IMPORT_BYTES = 5_000_000
MAX_IMPORT_CONTACTS = 20_000
STAGES = ("know", "like", "trust")
# The rows these tables hold are exported in their own sections.
_STRUCTURED = {"contacts", "facts", "notes", "nudges", "interactions", "pending_mentions"}


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

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


class UnreadableFile(ValueError):
    """Not a vCard or CSV file Rapport can read."""


class Portability:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    # --- export ----------------------------------------------------------------------------

    async def export(self, user_id: int, fmt: str) -> ExportFile:
        if fmt == "json":
            data = json.dumps(await self.everything(user_id), ensure_ascii=False, indent=2)
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

    async def everything(self, user_id: int) -> dict[str, Any]:
        """Every row Rapport keeps about the user, note text decrypted."""
        async with self.rt.unit_of_work() as session:
            data = ExportReads(session, user_id)
            user = await data.user()
            contacts = await data.contacts()
            facts = await data.facts()
            notes = await data.notes()
            links = await data.note_links()
            more = {
                table.name: [_plain(row) for row in await data.rows(table)]
                for table in owned_tables()
                if table.name not in _STRUCTURED
            }
            facts_of: dict[int, list[Fact]] = {}
            for fact in facts:
                facts_of.setdefault(fact.contact_id, []).append(fact)
            contacts_of: dict[int, list[int]] = {}
            for note_id, contact_id in links:
                contacts_of.setdefault(note_id, []).append(contact_id)
            return {
                "format": "rapport-export",
                "version": 1,
                "exported_at": _plain(self.rt.clock()),
                "user": _row(user, exclude={"invite_hash"}) if user else {"id": user_id},
                "contacts": [
                    {
                        **_row(c, exclude={"user_id", "name_key"}),
                        "facts": [
                            _row(f, exclude={"user_id", "contact_id"})
                            for f in facts_of.get(c.id, [])
                        ],
                    }
                    for c in contacts
                ],
                "notes": [
                    {**_row(n, exclude={"user_id"}), "contact_ids": contacts_of.get(n.id, [])}
                    for n in notes
                ],
                "nudges": [_row(n, exclude={"user_id"}) for n in await data.nudges()],
                "interactions": [_row(i, exclude={"user_id"}) for i in await data.interactions()],
                "pending_questions": [_row(p, exclude={"user_id"}) for p in await data.pending()],
                "more": {name: rows for name, rows in more.items() if rows},
            }

    async def portable_contacts(self, user_id: int) -> list[PortableContact]:
        async with self.rt.unit_of_work() as session:
            data = ExportReads(session, user_id)
            contacts = await data.contacts()
            facts = await data.facts()
        facts_of: dict[int, list[tuple[str, str]]] = {}
        for fact in facts:
            facts_of.setdefault(fact.contact_id, []).append((fact.kind, fact.text))
        return [_portable(c, facts_of.get(c.id, [])) for c in contacts]

    async def follow_up_events(self, user_id: int) -> list[CalendarEvent]:
        async with self.rt.unit_of_work() as session:
            zone = (await self.rt.user_now(session, user_id)).tzinfo
            assert isinstance(zone, ZoneInfo)
            data = ExportReads(session, user_id)
            contacts = {c.id: c for c in await data.contacts()}
            events = []
            for nudge in await data.nudges((NudgeStatus.PENDING, NudgeStatus.CLAIMED)):
                contact = contacts.get(nudge.contact_id) if nudge.contact_id else None
                view = await nudge_view(session, user_id, nudge, contact, zone)
                who = f" with {view.person}" if view.person else ""
                org = f" ({view.org})" if view.org else ""
                events.append(
                    CalendarEvent(
                        uid=f"rapport-nudge-{nudge.id}@rapport",
                        start=nudge.due_at,
                        summary=f"Follow up{who}{org}",
                        description=view.idea,
                    )
                )
            return events

    # --- import ----------------------------------------------------------------------------

    async def import_file(self, user_id: int, file_name: str, data: bytes) -> ImportReport:
        """Merge a vCard or CSV file into the user's contacts: no duplicates, no nudges."""
        if len(data) > MAX_IMPORT_BYTES:
            raise UnreadableFile("too big")
        text = _decode(data)
        lowered = file_name.lower()
        if lowered.endswith((".vcf", ".vcard")) or "BEGIN:VCARD" in text[:2000].upper():
            rows = list(read_vcards(text))
        elif lowered.endswith((".csv", ".txt")) or "," in text[:2000]:
            rows = list(read_csv(text))
        else:
            raise UnreadableFile("not vCard or CSV")
        if not rows:
            raise UnreadableFile("no contacts in it")
        if len(rows) == 1 and isinstance(rows[0], str):
            raise UnreadableFile(rows[0])
        return await self.merge(user_id, rows[:MAX_IMPORT_CONTACTS], len(rows))

    async def merge(
        self, user_id: int, rows: list[PortableContact | str], total: int | None = None
    ) -> ImportReport:
        report = ImportReport()
        async with self.rt.unit_of_work() as session:
            now = await self.rt.user_now(session, user_id)
            await Users(session).get_or_create(user_id)
            contacts = Contacts(session, user_id)
            data = ExportReads(session, user_id)
            by_key: dict[str, list[Contact]] = {}
            for contact in await data.contacts():
                by_key.setdefault(contact.name_key, []).append(contact)
            known_facts: dict[int, set[tuple[str, str]]] = {}
            for fact in await data.facts():
                known_facts.setdefault(fact.contact_id, set()).add((fact.kind, fact.text.lower()))
            for row in rows:
                if isinstance(row, str):
                    report.skip(row)
                    continue
                name = stored(Contact.name, _one_line(row.name))
                if not name:
                    report.skip("a row without a name")
                    continue
                facts = _facts_of(row)
                org = _short(Contact.org, row.org)
                existing = _same_person(by_key.get(name_key(name), []), org)
                if existing is None:
                    contact = await contacts.add(
                        name,
                        org=org,
                        met_at=_short(Contact.met_at, row.met_at),
                        met_on=row.met_on,
                        when=now,
                    )
                    if row.stage in STAGES:
                        contact.stage = row.stage
                    by_key.setdefault(contact.name_key, []).append(contact)
                    have = known_facts.setdefault(contact.id, set())
                    for kind, text in facts:
                        if (kind, text.lower()) not in have:
                            await contacts.add_fact(contact.id, None, kind, text)
                            have.add((kind, text.lower()))
                    report.added.append(name)
                    continue
                changed = False
                for attribute in ("org", "met_at", "met_on"):
                    value = getattr(row, attribute)
                    if value and not getattr(existing, attribute):
                        setattr(
                            existing,
                            attribute,
                            _short(getattr(Contact, attribute), value)
                            if isinstance(value, str)
                            else value,
                        )
                        changed = True
                have = known_facts.setdefault(existing.id, set())
                for kind, text in facts:
                    if (kind, text.lower()) not in have:
                        await contacts.add_fact(existing.id, None, kind, text)
                        have.add((kind, text.lower()))
                        changed = True
                (report.merged if changed else report.unchanged).append(existing.name)
            for _ in range(max(0, (total or len(rows)) - len(rows))):
                report.skip("over the limit of 20,000 contacts per file")
        return report


def _same_person(candidates: list[Contact], org: str | None) -> Contact | None:
    """The contact with this name whose organisation agrees (or one of them has none)."""
    for contact in candidates:
        if not org or not contact.org or name_key(contact.org) == name_key(org):
            return contact
    return None


def _facts_of(row: PortableContact) -> list[tuple[str, str]]:
    facts = [(kind, stored(Fact.text, _one_line(text))) for kind, text in row.facts]
    if row.title:
        facts.append(("work", stored(Fact.text, _one_line(row.title))))
    # A Rapport card carries its facts; elsewhere the NOTE field is the user's own note.
    if row.note and not row.facts and not row.from_rapport:
        facts.append(("other", stored(Fact.text, _one_line(row.note))))
    return [(kind, text) for kind, text in facts if text]


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


def _portable(contact: Contact, facts: list[tuple[str, str]]) -> PortableContact:
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
    )


def _row(obj: Any, exclude: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    columns = obj.__table__.columns
    return {c.key: _plain(getattr(obj, c.key)) for c in columns if c.key not in exclude}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value
