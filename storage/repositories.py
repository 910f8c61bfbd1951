"""Queries, each scoped to the user who owns the data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnDefault,
    ColumnElement,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, make_transient_to_detached

from storage.guards import clip, guarded_rows, scrub
from storage.models import (
    Contact,
    Fact,
    Interaction,
    Note,
    NoteContact,
    Nudge,
    PendingMention,
    User,
    utcnow,
)
from storage.sqlite_driver import WRITE_BEHIND


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _contains(
    column: ColumnElement[str | None] | InstrumentedAttribute[Any], term: str
) -> ColumnElement[bool]:
    # The user's words are data: a % or _ in them must not act as a wildcard.
    return column.ilike(f"%{_escaped(term)}%", escape="\\")


def _escaped(term: str) -> str:
    """`term` for a LIKE pattern: its own % and _ match only themselves."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _first_word_range(
    dialect: str, word: ColumnElement[str], end: ColumnElement[str]
) -> ColumnElement[bool]:
    """name_key is `word` or starts with `word` and a space, as an index range. `end` is
    word + "!" on SQLite, else the escaped LIKE pattern for `word` and a space."""
    if dialect == "sqlite":
        # Binary collation: one range, holding besides only keys that go on with a
        # control character (callers that care filter those out).
        return and_(Contact.name_key >= word, Contact.name_key < end)
    return or_(Contact.name_key == word, Contact.name_key.like(end, escape="\\"))


def _range_end(dialect: str, word: str) -> str:
    """The `end` _first_word_range takes for `word`."""
    return word + "!" if dialect == "sqlite" else _escaped(word + " ") + "%"


_NOTES = cast(Table, Note.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_FACTS = cast(Table, Fact.__table__)
_NOTE_CONTACTS = cast(Table, NoteContact.__table__)
# Their own results (ids, counts) are never read: on SQLite they ride along with the next trip.
_INSERT_FACTS = insert(_FACTS).execution_options(**{WRITE_BEHIND: True})
_INSERT_LINKS = insert(_NOTE_CONTACTS).execution_options(**{WRITE_BEHIND: True})
_INSERT_CONTACT = insert(_CONTACTS).execution_options(**{WRITE_BEHIND: True})
# A new contact's row before it is filled in: every column, with its default if it has
# one (stage "know"), else NULL, as an INSERT that leaves it out would store.
_BLANK_CONTACT = {
    column.key: column.default.arg
    if isinstance(column.default, ColumnDefault) and column.default.is_scalar
    else None
    for column in _CONTACTS.columns
}


class RolodexVersion(NamedTuple):
    """Where a user's Rolodex stands: it moves whenever a contact is added or removed, or
    renamed by a note (which touches updated_at). Names read at one version still hold at
    the same version."""

    contacts: int
    last_id: int | None
    last_update: datetime | None


def _owners_contacts(column: Any) -> Any:
    return select(column).where(_CONTACTS.c.user_id == bindparam("owner")).scalar_subquery()


_VERSION_COLUMNS = (
    _owners_contacts(func.count(_CONTACTS.c.id)),
    _owners_contacts(func.max(_CONTACTS.c.id)),
    # Aggregated in the database: parsing every contact's timestamp cost more than this.
    _owners_contacts(func.max(_CONTACTS.c.updated_at)),
)
_ROLODEX_VERSION = select(*_VERSION_COLUMNS)


class Enriched(NamedTuple):
    """A note marked enriched: the owner's RolodexVersion as of now, and on SQLite the
    first contact id nobody holds. That transaction holds SQLite's write lock, so it can
    number the contacts it adds itself, as SQLite would (the largest id plus one), and
    write them behind; elsewhere (None) the database's sequence numbers them."""

    version: RolodexVersion
    free_contact_id: int | None


class NewFact(NamedTuple):
    contact_id: int
    note_id: int | None
    kind: str
    text: str


class NewLink(NamedTuple):
    """A note mentions a contact; `previous_*` are what /undo puts back."""

    note_id: int
    contact_id: int
    created_contact: bool
    previous_name: str | None = None
    previous_org: str | None = None


# Plain Core statements, built once: the ORM's bulk-update path cost more than the write.
# Marking a note enriched also reads the owner's RolodexVersion, saving a trip to check
# names read earlier; what was read is stored after, written behind.
_MARK_ENRICHED = (
    update(_NOTES)
    .where(
        _NOTES.c.id == bindparam("note_id"),
        _NOTES.c.user_id == bindparam("owner"),
        _NOTES.c.status == "saved",
    )
    .values(status="enriched")
    .returning(*_VERSION_COLUMNS, select(func.max(_CONTACTS.c.id)).scalar_subquery())
)
_STORE_READING = (
    update(_NOTES)
    .where(_NOTES.c.id == bindparam("note_id"), _NOTES.c.user_id == bindparam("owner"))
    .values(
        event=bindparam("new_event", type_=_NOTES.c.event.type),
        extraction=bindparam("new_extraction", type_=_NOTES.c.extraction.type),
    )
    .execution_options(**{WRITE_BEHIND: True})
)


class Users:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def take_turn(self, user_id: int) -> None:
        """Hold the user's row lock until this transaction ends: transactions that take
        their turn this way run one at a time per user, each seeing what the one before
        wrote. SQLite's write transactions take turns anyway (BEGIN IMMEDIATE): no trip."""
        if self.session.get_bind().dialect.name != "sqlite":
            await self.session.execute(select(User.id).where(User.id == user_id).with_for_update())

    async def get_or_create(self, user_id: int) -> User:
        user = await self.session.get(User, user_id)
        if user is not None:
            return user
        try:
            # A savepoint, so losing the race to a concurrent first message keeps our transaction.
            async with self.session.begin_nested():
                user = User(id=user_id)
                self.session.add(user)
        except IntegrityError:
            user = await self.session.get(User, user_id, populate_existing=True)
            assert user is not None, "the concurrent insert that beat us is committed"
        return user


class Notes:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(self, text: str, *, when: datetime, source_key: str | None = None) -> Note:
        """A note as sent, dated by the coach's clock (`when`), not the machine's."""
        note = Note(
            user_id=self.user_id, text=text, status="saved", source_key=source_key, created_at=when
        )
        self.session.add(note)
        await self.session.flush()
        return note

    async def mark_enriched(self, note_id: int) -> Enriched | None:
        """The note goes from saved to enriched in one statement, which also takes its row
        lock, and returns the user's RolodexVersion as of now (see Enriched). None if the
        note was not waiting to be read: another process replaying the same message
        finished it. What was read goes in with store_reading, in the same transaction."""
        result = await self.session.execute(
            _MARK_ENRICHED, {"note_id": note_id, "owner": self.user_id}
        )
        row = result.first()
        if row is None:
            return None
        *version, largest_id = row
        on_sqlite = self.session.get_bind().dialect.name == "sqlite"
        return Enriched(RolodexVersion(*version), (largest_id or 0) + 1 if on_sqlite else None)

    async def store_reading(
        self, note_id: int, event: str | None, extraction: dict[str, Any]
    ) -> None:
        """What reading the note found (its event and extraction), as it is shown later."""
        await self.session.execute(
            _STORE_READING,
            {
                "note_id": note_id,
                "owner": self.user_id,
                # What the guards do for ORM writes: the text read may hold a NUL byte.
                "new_event": clip(scrub(event), 200) if event else None,
                "new_extraction": scrub(extraction),
            },
        )

    async def mark_failed(self, note_id: int, error: str) -> None:
        """Reading the note failed: it stays saved as typed, with why."""
        await self.session.execute(
            update(_NOTES)
            .where(_NOTES.c.id == note_id, _NOTES.c.user_id == self.user_id)
            .values(status="failed", error=clip(scrub(error), 500))
        )

    async def get(self, note_id: int) -> Note | None:
        note = await self.session.get(Note, note_id)
        return note if note is not None and note.user_id == self.user_id else None

    async def latest_undoable(self) -> Note | None:
        return await self.session.scalar(
            select(Note)
            .where(Note.user_id == self.user_id, Note.status.in_(("enriched", "failed")))
            .order_by(Note.created_at.desc(), Note.id.desc())
            .limit(1)
        )

    async def links(self, note_id: int) -> Sequence[NoteContact]:
        return (
            await self.session.scalars(
                select(NoteContact)
                .join(Note, Note.id == NoteContact.note_id)
                .where(NoteContact.note_id == note_id, Note.user_id == self.user_id)
            )
        ).all()

    async def is_linked(self, note_id: int, contact_id: int) -> bool:
        found = await self.session.scalar(
            select(NoteContact.id)
            .join(Note, Note.id == NoteContact.note_id)
            .where(
                NoteContact.note_id == note_id,
                NoteContact.contact_id == contact_id,
                Note.user_id == self.user_id,
            )
        )
        return found is not None

    async def add_links(self, links: Sequence[NewLink]) -> None:
        """Links of the user's own notes and contacts, in one statement."""
        if links:
            rows = guarded_rows(_NOTE_CONTACTS, (link._asdict() for link in links))
            await self.session.execute(_INSERT_LINKS, rows)

    async def timeline(self, contact_id: int, limit: int = 10) -> Sequence[Note]:
        return (
            await self.session.scalars(
                select(Note)
                .join(NoteContact, NoteContact.note_id == Note.id)
                .where(
                    NoteContact.contact_id == contact_id,
                    Note.user_id == self.user_id,
                    Note.status != "undone",
                )
                .order_by(Note.created_at.desc(), Note.id.desc())
                .limit(limit)
            )
        ).all()

    async def other_links_count(self, contact_id: int, note_id: int) -> int:
        return (
            await self.session.scalar(
                select(func.count())
                .select_from(NoteContact)
                .join(Note, Note.id == NoteContact.note_id)
                .where(
                    NoteContact.contact_id == contact_id,
                    NoteContact.note_id != note_id,
                    Note.status != "undone",
                )
            )
            or 0
        )

    async def drop_derived(self, note_id: int) -> None:
        """Remove what enriching a note added, keeping the raw note itself."""
        for model in (Fact, Nudge, PendingMention, Interaction):
            await self.session.execute(
                delete(model).where(model.note_id == note_id, model.user_id == self.user_id)
            )
        await self.session.execute(delete(NoteContact).where(NoteContact.note_id == note_id))


class Contacts:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def all_names(self) -> Sequence[tuple[int, str, str | None]]:
        rows = await self.session.execute(
            select(Contact.id, Contact.name, Contact.org)
            .where(Contact.user_id == self.user_id)
            .order_by(Contact.id)
        )
        return rows.all()

    async def all_keyed(self) -> Sequence[tuple[int, str, str | None, str]]:
        """all_names, each with its stored name_key, for matching a mention against them."""
        rows = await self.session.execute(
            select(Contact.id, Contact.name, Contact.org, Contact.name_key)
            .where(Contact.user_id == self.user_id)
            .order_by(Contact.id)
        )
        return rows.all()

    async def all_keyed_with_version(
        self,
    ) -> tuple[Sequence[tuple[int, str, str | None, str]], RolodexVersion]:
        """all_keyed, and a version it was read at or after (see mark_enriched)."""
        # The version first: each PostgreSQL statement sees what was committed before it
        # started, so a contact added in between makes the version look old, not new.
        version = (await self.session.execute(_ROLODEX_VERSION, {"owner": self.user_id})).one()
        return await self.all_keyed(), RolodexVersion(*version)

    async def named(self, name: str) -> Sequence[tuple[int, str, str | None]]:
        """Like all_names, but only contacts whose name is `name` or its first word, or starts
        with its first word and a space: all an exact or first-name match can find, read from
        the (user_id, name_key) index instead of the whole Rolodex."""
        key = name_key(name)
        if not key:
            return []
        first = key.split()[0]
        # "john park": John Park, or the contact saved as just "John"; "john": every John.
        same = Contact.name_key.in_((key, first)) if key != first else self._first_word_is(first)
        rows = await self.session.execute(
            select(Contact.id, Contact.name, Contact.org)
            .where(Contact.user_id == self.user_id, same)
            .order_by(Contact.id)
        )
        return [(row.id, row.name, row.org) for row in rows]

    def _first_word_is(self, word: str) -> ColumnElement[bool]:
        """name_key is `word` or starts with `word` and a space, as an index range."""
        dialect = self.session.get_bind().dialect.name
        return _first_word_range(dialect, literal(word), literal(_range_end(dialect, word)))

    async def get(self, contact_id: int) -> Contact | None:
        # The session's identity map first: within a unit of work a contact is read once.
        contact = await self.session.get(Contact, contact_id)
        return contact if contact is not None and contact.user_id == self.user_id else None

    async def get_many(self, contact_ids: Sequence[int]) -> Sequence[Contact]:
        return (
            await self.session.scalars(
                select(Contact).where(Contact.id.in_(contact_ids), Contact.user_id == self.user_id)
            )
        ).all()

    async def add(
        self,
        name: str,
        *,
        org: str | None,
        met_at: str | None,
        met_on: date | None,
        when: datetime | None = None,
        touched: bool = False,
        number: int | None = None,
    ) -> Contact:
        """A new contact; `touched`: met just now, so the keep-in-touch clock starts `when`.

        With `number` (Enriched.free_contact_id onwards), the contact takes that id and is
        written behind: no trip of its own and no flush."""
        when = when or utcnow()
        # Every column set, so nothing is ever loaded lazily.
        row = _BLANK_CONTACT | {
            "id": number,
            "user_id": self.user_id,
            "name": name,
            "name_key": name_key(name),
            "org": org,
            "met_at": met_at,
            "met_on": met_on,
            "last_touch_at": when if touched else None,
            "created_at": when,
            "updated_at": when,
        }
        if number is None:
            contact = Contact(**row)
            self.session.add(contact)
            await self.session.flush()
            return contact
        [row] = guarded_rows(_CONTACTS, [row])
        await self.session.execute(_INSERT_CONTACT, [row])
        # The row as the session would have loaded it; later changes flush as UPDATEs,
        # which run after the INSERT waiting ahead of them.
        contact = Contact(**row)
        make_transient_to_detached(contact)
        self.session.add(contact)
        return contact

    async def touch(self, contact: Contact, when: datetime | None = None) -> None:
        contact.updated_at = when or utcnow()

    async def delete(self, contact: Contact) -> None:
        await self.session.delete(contact)

    async def count(self) -> int:
        return (
            await self.session.scalar(
                select(func.count()).select_from(Contact).where(Contact.user_id == self.user_id)
            )
            or 0
        )

    async def recent(self, offset: int, limit: int) -> Sequence[Contact]:
        return (
            await self.session.scalars(
                select(Contact)
                .where(Contact.user_id == self.user_id)
                .order_by(Contact.updated_at.desc(), Contact.id.desc())
                .offset(offset)
                .limit(limit)
            )
        ).all()

    async def facts(self, contact_ids: Sequence[int]) -> Sequence[Fact]:
        return (
            await self.session.scalars(
                select(Fact)
                .where(Fact.user_id == self.user_id, Fact.contact_id.in_(contact_ids))
                .order_by(Fact.created_at, Fact.id)
            )
        ).all()

    async def fact_keys(self, contact_id: int) -> set[tuple[str, str]]:
        """(kind, lowercased text) of every fact already kept about a contact."""
        rows = await self.session.execute(
            select(Fact.kind, Fact.text).where(
                Fact.user_id == self.user_id, Fact.contact_id == contact_id
            )
        )
        return {(kind, text.lower()) for kind, text in rows}

    async def has_fact(self, contact_id: int, kind: str, text: str) -> bool:
        found = await self.session.scalar(
            select(Fact.id).where(
                Fact.user_id == self.user_id,
                Fact.contact_id == contact_id,
                Fact.kind == kind,
                func.lower(Fact.text) == text.lower(),
            )
        )
        return found is not None

    async def add_fact(self, contact_id: int, note_id: int | None, kind: str, text: str) -> None:
        await self.add_facts([NewFact(contact_id, note_id, kind, text)])

    async def add_facts(self, facts: Sequence[NewFact]) -> None:
        """Facts about the user's own contacts, in one statement (the ORM would insert one
        row per statement, to read back ids nobody here needs)."""
        if facts:
            rows = guarded_rows(_FACTS, (f._asdict() | {"user_id": self.user_id} for f in facts))
            await self.session.execute(_INSERT_FACTS, rows)

    async def matching(
        self, terms: Sequence[str], kinds: Sequence[str] | None = None
    ) -> list[tuple[Contact, list[Fact]]]:
        """Contacts whose name, organisation, event or facts contain any of the terms."""
        if not terms:
            return []
        fact_filter = [
            Fact.user_id == self.user_id,
            or_(*(_contains(Fact.text, t) for t in terms)),
        ]
        if kinds:
            fact_filter.append(Fact.kind.in_(kinds))
        facts = (await self.session.scalars(select(Fact).where(*fact_filter))).all()
        by_contact: dict[int, list[Fact]] = {}
        for fact in facts:
            by_contact.setdefault(fact.contact_id, []).append(fact)
        ids = set(by_contact)
        if not kinds:
            columns = (Contact.name, Contact.org, Contact.met_at)
            direct = await self.session.scalars(
                select(Contact.id).where(
                    Contact.user_id == self.user_id,
                    or_(*(_contains(column, t) for column in columns for t in terms)),
                )
            )
            ids.update(direct.all())
        contacts = await self.get_many(sorted(ids)) if ids else []
        return [(contact, by_contact.get(contact.id, [])) for contact in contacts]


class Pending:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(self, note_id: int, mention: dict[str, object], candidate_ids: list[int]) -> int:
        pending = PendingMention(
            user_id=self.user_id, note_id=note_id, mention=mention, candidate_ids=candidate_ids
        )
        self.session.add(pending)
        await self.session.flush()
        return pending.id

    async def get(self, pending_id: int) -> PendingMention | None:
        return await self.session.scalar(
            select(PendingMention).where(
                PendingMention.id == pending_id, PendingMention.user_id == self.user_id
            )
        )

    async def remove(self, pending: PendingMention) -> None:
        await self.session.delete(pending)
