"""The JSON export is a full backup: every row Rapport keeps about the user, written out, and
restored whole into an empty account (contacts with their details and facts, relatives,
notes, follow-ups with their state, gives and gets, pending questions, settings).

Rows keep their database ids in the file, so references between them (a fact's note, a
nudge's contact) can be followed; a restore gives each row a new id and maps references.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from coach.runtime import Runtime
from storage.backup import MODELS, Restore
from storage.models import Fact, NoteContact
from storage.portability import ExportReads
from storage.privacy import owned_tables
from storage.users import Users

FORMAT = "rapport-export"
VERSION = 2
# The rows these tables hold are exported in their own sections.
STRUCTURED = {"contacts", "facts", "notes", "nudges", "interactions", "pending_mentions"}
# The user's own settings and what the coach remembers about them, restored with the rest.
SETTINGS = (
    "timezone",
    "my_work",
    "quiet_hours",
    "digest_time",
    "paused_until",
    "last_tip_at",
    "review_opt_out",
    "last_review_at",
    "created_at",
)
# About the account, not the user's data: never exported.
ACCOUNT_ONLY = {"invite_hash", "blocked", "erase_requested_at"}


class NotABackup(ValueError):
    """A JSON file that is not a Rapport export (the reason is in the message)."""


class AccountNotEmpty(Exception):
    """A backup is restored whole only into an account with no contacts or notes yet."""


@dataclass(frozen=True)
class Restored:
    contacts: list[str]
    notes: int
    follow_ups: int
    ledger: int  # gives, gets and other touches


class Backup:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    async def everything(self, user_id: int) -> dict[str, Any]:
        """Every row Rapport keeps about the user, note text decrypted."""
        async with self.rt.unit_of_work() as session:
            data = ExportReads(session, user_id)
            user = await data.user()
            contacts = await data.contacts()
            facts_of: dict[int, list[Fact]] = {}
            for fact in await data.facts():
                facts_of.setdefault(fact.contact_id, []).append(fact)
            links_of: dict[int, list[NoteContact]] = {}
            for link in await data.note_links():
                links_of.setdefault(link.note_id, []).append(link)
            more = {
                table.name: [plain(row) for row in await data.rows(table)]
                for table in owned_tables()
                if table.name not in STRUCTURED
            }
            account = {"user_id", "name_key"}
            return {
                "format": FORMAT,
                "version": VERSION,
                "exported_at": plain(self.rt.clock()),
                "user": row_of(user, exclude=ACCOUNT_ONLY) if user else {"id": user_id},
                "contacts": [
                    {
                        **row_of(c, exclude=account),
                        "facts": [
                            row_of(f, exclude={"user_id", "contact_id"})
                            for f in facts_of.get(c.id, [])
                        ],
                    }
                    for c in contacts
                ],
                "notes": [
                    {
                        # The card a note was answered with is for replays after a crash,
                        # not a backup: it names the note's old ids.
                        **row_of(n, exclude={"user_id", "card"}),
                        "links": [
                            row_of(link, exclude={"id", "note_id"})
                            for link in links_of.get(n.id, [])
                        ],
                    }
                    for n in await data.notes()
                ],
                "nudges": [row_of(n, exclude={"user_id"}) for n in await data.nudges()],
                "interactions": [row_of(i, exclude={"user_id"}) for i in await data.interactions()],
                "pending_questions": [row_of(p, exclude={"user_id"}) for p in await data.pending()],
                "more": {name: rows for name, rows in more.items() if rows},
            }

    async def restore(self, user_id: int, backup: dict[str, Any]) -> Restored:
        """The backup's rows as the user's own, in one transaction: all of it or nothing."""
        check(backup)
        async with self.rt.unit_of_work() as session:
            await Users(session).take_turn(user_id)
            restore = Restore(session, user_id)
            user = await Users(session).get_or_create(user_id)
            if not await restore.is_empty():
                raise AccountNotEmpty(user_id)
            restore.settings(user, backup.get("user") or {}, SETTINGS)
            contacts = rows(backup, "contacts")
            # Relatives point at contacts that may come later in the file: set once all exist.
            alone = [{**c, "relative_of_id": None} for c in contacts]
            new_contact = _ids(contacts, await restore.add(MODELS["contacts"], alone))
            relatives = {
                new_contact[c["id"]]: new_contact[c["relative_of_id"]]
                for c in contacts
                if c.get("relative_of_id") in new_contact
            }
            await restore.relatives(relatives)
            notes = rows(backup, "notes")
            new_note = _ids(notes, await restore.add(MODELS["notes"], notes))

            def contact(old: Any) -> int | None:
                return new_contact.get(old) if old is not None else None

            def note(old: Any) -> int | None:
                return new_note.get(old) if old is not None else None

            links = []
            for n in notes:
                # Version 1 files listed only the contacts a note touched.
                for link in n.get("links") or [{"contact_id": c} for c in n.get("contact_ids", [])]:
                    if contact(link.get("contact_id")) is not None:
                        links.append(
                            {
                                **link,
                                "note_id": new_note[n["id"]],
                                "contact_id": contact(link["contact_id"]),
                            }
                        )
            await restore.links(links)
            facts = [
                {
                    **f,
                    "contact_id": new_contact[c["id"]],
                    "note_id": note(f.get("note_id")),
                    "superseded_by_note_id": note(f.get("superseded_by_note_id")),
                }
                for c in contacts
                for f in c.get("facts") or []
            ]
            await restore.add(MODELS["facts"], facts)
            nudges = [
                {**n, "contact_id": contact(n.get("contact_id")), "note_id": note(n.get("note_id"))}
                for n in rows(backup, "nudges")
            ]
            await restore.add(MODELS["nudges"], nudges)
            touches = [
                {**i, "contact_id": contact(i.get("contact_id")), "note_id": note(i.get("note_id"))}
                for i in rows(backup, "interactions")
                if contact(i.get("contact_id")) is not None
            ]
            await restore.add(MODELS["interactions"], touches)
            pending = [
                {
                    **p,
                    "note_id": note(p.get("note_id")),
                    "candidate_ids": [
                        new_contact[c] for c in p.get("candidate_ids") or [] if c in new_contact
                    ],
                }
                for p in rows(backup, "pending_questions")
                if note(p.get("note_id")) is not None
            ]
            await restore.add(MODELS["pending_questions"], pending)
            return Restored([c["name"] for c in contacts], len(notes), len(nudges), len(touches))


def check(backup: Any) -> None:
    """Raise NotABackup unless this reads as a Rapport export this release can restore."""
    if not isinstance(backup, dict) or backup.get("format") != FORMAT:
        raise NotABackup("not a Rapport export")
    if not isinstance(backup.get("version"), int) or backup["version"] > VERSION:
        raise NotABackup("made by a newer Rapport")
    for section in MODELS:
        if section in backup and not isinstance(backup[section], list):
            raise NotABackup(f"its {section} are damaged")
    if any(not isinstance(c.get("name"), str) for c in rows(backup, "contacts")):
        raise NotABackup("its contacts are damaged")


def rows(backup: dict[str, Any], section: str) -> list[dict[str, Any]]:
    """A section's rows that have an id: what a restore can place."""
    return [r for r in backup.get(section) or [] if isinstance(r, dict) and "id" in r]


def _ids(rows: list[dict[str, Any]], new: list[int]) -> dict[Any, int]:
    return {row["id"]: new_id for row, new_id in zip(rows, new, strict=True)}


def row_of(obj: Any, exclude: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    columns = obj.__table__.columns
    return {c.key: plain(getattr(obj, c.key)) for c in columns if c.key not in exclude}


def plain(value: Any) -> Any:
    """A value as JSON writes it: times in UTC ISO 8601, dates ISO, bytes in hex."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value
