"""Queries, each scoped to the user who owns the data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    and_,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

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


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


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

    async def mark_enriched(
        self, note_id: int, event: str | None, extraction: dict[str, Any]
    ) -> bool:
        """Store what reading the note found, if it is still waiting to be read; False if
        another process replaying the same message finished it first."""
        done = await self.session.execute(
            update(Note)
            .where(Note.id == note_id, Note.user_id == self.user_id, Note.status == "saved")
            .values(status="enriched", event=event, extraction=extraction)
            .returning(Note.id)
        )
        return done.first() is not None

    async def mark_failed(self, note_id: int, error: str) -> None:
        """Reading the note failed: it stays saved as typed, with why."""
        await self.session.execute(
            update(Note)
            .where(Note.id == note_id, Note.user_id == self.user_id, Note.status == "saved")
            .values(status="failed", error=error)
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
        """Links of the user's own notes and contacts."""
        self.session.add_all(NoteContact(**link._asdict()) for link in links)

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
    ) -> Contact:
        """A new contact; `touched`: met just now, so the keep-in-touch clock starts `when`."""
        when = when or utcnow()
        contact = Contact(
            user_id=self.user_id,
            name=name,
            name_key=name_key(name),
            org=org,
            met_at=met_at,
            met_on=met_on,
            # Set, though empty: a column left out would be loaded lazily on first use.
            cadence_days=None,
            last_touch_at=when if touched else None,
            created_at=when,
            updated_at=when,
        )
        self.session.add(contact)
        await self.session.flush()  # the database numbers it
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

    async def add_fact(self, contact_id: int, note_id: int | None, kind: str, text: str) -> None:
        await self.add_facts([NewFact(contact_id, note_id, kind, text)])

    async def add_facts(self, facts: Sequence[NewFact]) -> None:
        """Facts about the user's own contacts."""
        self.session.add_all(Fact(user_id=self.user_id, **fact._asdict()) for fact in facts)


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
