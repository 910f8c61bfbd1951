"""Contacts and their facts, each query scoped to the user who owns them."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Contact, Fact, Interaction, utcnow

# Letters NFD leaves whole: "Łukasz" is found as "lukasz", "Đặng" as "dang", "Søren" as
# "soren".
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def name_key(name: str) -> str:
    """A name as matched: case, accents and spacing ignored, so "zielinski" finds
    Bartek Zieliński and "JOSÉ" finds Jose. Migration 0013 keys stored names the same way."""
    folded = unicodedata.normalize("NFD", name.casefold().translate(_UNDECOMPOSED))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


# A fact a later note replaced is kept (undo brings it back) but no longer said.
LIVE = Fact.superseded_at.is_(None)


def escaped(term: str) -> str:
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
    return word + "!" if dialect == "sqlite" else escaped(word + " ") + "%"


class NewFact(NamedTuple):
    contact_id: int
    note_id: int | None
    kind: str
    text: str
    # When the note said it, by the coach's clock (the database's own clock otherwise).
    created_at: datetime | None = None


@dataclass(frozen=True)
class ContactBrief:
    """The columns ranking, health and the review need, without facts or notes."""

    id: int
    name: str
    org: str | None
    met_at: str | None
    met_on: date | None
    stage: str
    cadence_days: int | None
    last_touch_at: datetime | None
    created_at: datetime


# A relative ("her husband Tom", "my sister Jo") is family of a contact, not a contact of
# the network: left out of /people, the review's stage counts and the nudges.
IS_RELATIVE = Contact.relation.is_not(None)
NOT_RELATIVE = Contact.relation.is_(None)
_BRIEF = (
    Contact.id,
    Contact.name,
    Contact.org,
    Contact.met_at,
    Contact.met_on,
    Contact.stage,
    Contact.cadence_days,
    Contact.last_touch_at,
    Contact.created_at,
)


class Contacts:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def all_names(self) -> Sequence[tuple[int, str, str | None]]:
        """(id, name, org) of every contact, and a row more for each name they go by."""
        return [(i, name, org) for i, name, org, _ in await self.all_keyed()]

    async def traits(self, names: Collection[str]) -> dict[str, tuple[str | None, bool]]:
        """Pronoun and whether they are someone's relative, by name, for the contacts with
        these names: what helps read a note about them."""
        if not names:
            return {}
        rows = await self.session.execute(
            select(Contact.name, Contact.pronoun, Contact.relation).where(
                Contact.user_id == self.user_id, Contact.name.in_(list(names))
            )
        )
        return {name: (pronoun, relation is not None) for name, pronoun, relation in rows}

    async def all_keyed(self) -> Sequence[tuple[int, str, str | None, str]]:
        """all_names, each with its name_key, for matching a mention against them: a
        contact who goes by "Wendy" is found by that name too."""
        rows = await self.session.execute(
            select(Contact.id, Contact.name, Contact.org, Contact.name_key, Contact.aka)
            .where(Contact.user_id == self.user_id)
            .order_by(Contact.id)
        )
        out: list[tuple[int, str, str | None, str]] = []
        for contact_id, name, org, key, aka in rows:
            out.append((contact_id, name, org, key))
            out += [(contact_id, alias, org, name_key(alias)) for alias in aka or []]
        return out

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

    async def add(
        self,
        name: str,
        *,
        org: str | None,
        met_at: str | None,
        met_on: date | None,
        when: datetime | None = None,
        touched: bool = False,
        numbered: bool = True,
    ) -> Contact:
        """A new contact; `touched`: met just now, so the keep-in-touch clock starts `when`.
        `numbered=False` leaves its id to the next flush (an import adds thousands at once)."""
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
            relation=None,
            relative_of_id=None,
            last_touch_at=when if touched else None,
            created_at=when,
            updated_at=when,
            title=None,
            phones=[],
            emails=[],
            urls=[],
            birthday=None,
            aka=None,
            pronoun=None,
        )
        self.session.add(contact)
        if numbered:
            await self.session.flush()  # the database numbers it
        return contact

    async def touch(self, contact: Contact, when: datetime | None = None) -> None:
        contact.updated_at = when or utcnow()

    async def delete(self, contact: Contact) -> None:
        await self.session.delete(contact)

    async def kept_elsewhere(self, contact_id: int, note_id: int) -> bool:
        """Something about the contact came from outside this note: a fact or a give, get
        or touch logged by a command or another note, which undoing the note must not take."""
        for model in (Fact, Interaction):
            found = await self.session.scalar(
                select(model.id)
                .where(model.user_id == self.user_id, model.contact_id == contact_id)
                .where(or_(model.note_id.is_(None), model.note_id != note_id))
                .limit(1)
            )
            if found is not None:
                return True
        return False

    async def count(self, *, relatives: bool | None = None) -> int:
        """Every contact; with `relatives` False the network alone, True relatives alone."""
        query = select(func.count()).select_from(Contact).where(Contact.user_id == self.user_id)
        if relatives is not None:
            query = query.where(IS_RELATIVE if relatives else NOT_RELATIVE)
        return await self.session.scalar(query) or 0

    async def recent(self, offset: int, limit: int) -> Sequence[Contact]:
        """The network (no relatives), most recently touched first; contacts never touched
        (imported ones) after them."""
        return (
            await self.session.scalars(
                select(Contact)
                .where(Contact.user_id == self.user_id, NOT_RELATIVE)
                .order_by(
                    Contact.last_touch_at.desc().nulls_last(),
                    Contact.met_on.desc().nulls_last(),
                    Contact.id.desc(),
                )
                .offset(offset)
                .limit(limit)
            )
        ).all()

    async def facts(self, contact_ids: Sequence[int]) -> Sequence[Fact]:
        """What is known about these contacts now (replaced facts left out), oldest first."""
        return (
            await self.session.scalars(
                select(Fact)
                .where(Fact.user_id == self.user_id, Fact.contact_id.in_(contact_ids), LIVE)
                .order_by(Fact.created_at, Fact.id)
            )
        ).all()

    async def replaced(self, contact_id: int) -> Sequence[Fact]:
        """What later notes replaced about a contact, in the order it was replaced."""
        return (
            await self.session.scalars(
                select(Fact)
                .where(
                    Fact.user_id == self.user_id,
                    Fact.contact_id == contact_id,
                    Fact.superseded_at.is_not(None),
                )
                .order_by(Fact.superseded_at, Fact.id)
            )
        ).all()

    async def fact_keys(self, contact_id: int) -> set[tuple[str, str]]:
        """(kind, lowercased text) of every fact known about a contact now."""
        rows = await self.session.execute(
            select(Fact.kind, Fact.text).where(
                Fact.user_id == self.user_id, Fact.contact_id == contact_id, LIVE
            )
        )
        return {(kind, text.lower()) for kind, text in rows}

    async def supersede(self, facts: Sequence[Fact], note_id: int, when: datetime) -> None:
        """A later note replaced these facts: kept, but no longer said."""
        for fact in facts:
            fact.superseded_at, fact.superseded_by_note_id = when, note_id

    async def restore_superseded(self, note_id: int) -> None:
        """Undo of `note_id`: the facts it replaced are said again."""
        await self.session.execute(
            update(Fact)
            .where(Fact.user_id == self.user_id, Fact.superseded_by_note_id == note_id)
            .values(superseded_at=None, superseded_by_note_id=None)
        )

    async def relatives(self, contact_ids: Sequence[int]) -> Sequence[Contact]:
        """The relatives recorded for these contacts ("her husband Tom")."""
        if not contact_ids:
            return []
        return (
            await self.session.scalars(
                select(Contact)
                .where(Contact.user_id == self.user_id, Contact.relative_of_id.in_(contact_ids))
                .order_by(Contact.id)
            )
        ).all()

    async def add_fact(self, contact_id: int, note_id: int | None, kind: str, text: str) -> None:
        await self.add_facts([NewFact(contact_id, note_id, kind, text)])

    async def add_facts(self, facts: Sequence[NewFact]) -> None:
        """Facts about the user's own contacts."""
        self.session.add_all(
            Fact(user_id=self.user_id, **{k: v for k, v in fact._asdict().items() if v is not None})
            for fact in facts
        )

    async def briefs(self, *, relatives: bool = True) -> list[ContactBrief]:
        """`relatives` False: the network alone (relatives are mentioned, not met)."""
        query = select(*_BRIEF).where(Contact.user_id == self.user_id)
        if not relatives:
            query = query.where(NOT_RELATIVE)
        rows = await self.session.execute(query)
        return [ContactBrief(*row) for row in rows.all()]

    async def stage_counts(self) -> dict[str, int]:
        """The network by stage: relatives are no part of it."""
        rows = await self.session.execute(
            select(Contact.stage, func.count())
            .where(Contact.user_id == self.user_id, NOT_RELATIVE)
            .group_by(Contact.stage)
        )
        return {stage: int(n) for stage, n in rows.all()}

    async def needs(self, limit: int = 50) -> list[tuple[Contact, Fact]]:
        """Open needs, from the most recently touched contacts first."""
        rows = await self.session.execute(
            select(Contact, Fact)
            .join(Fact, Fact.contact_id == Contact.id)
            .where(Contact.user_id == self.user_id, Fact.user_id == self.user_id, LIVE)
            .where(Fact.kind == "need")
            .order_by(Contact.updated_at.desc(), Fact.id.desc())
            .limit(limit)
        )
        return [(c, f) for c, f in rows.all()]
