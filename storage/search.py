"""/find's reads: who may fit a question, one pass over the user's facts and contacts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    String,
    any_,
    bindparam,
    cast,
    func,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import Executable

from storage.contacts import escaped
from storage.models import Contact, Fact

MAX_SEARCH_TERMS = 128


def _contains_any(
    column: ColumnElement[str | None] | InstrumentedAttribute[Any],
    patterns: Sequence[BindParameter[str]],
    sqlite: bool,
) -> ColumnElement[bool]:
    """The column contains one of the patterns ("%<escaped term>%"), ignoring case."""
    if sqlite:
        # SQLite's LIKE ignores ASCII case already, as its lower() only lowers ASCII: the same
        # rows as ILIKE's lower(x) LIKE lower(y), without a lower() per row and term.
        return or_(*(column.like(p, escape="\\") for p in patterns))
    # PostgreSQL: lower() once per row, then a plain LIKE per term (backslash is LIKE's
    # default escape there); a chain of ILIKEs lowers the row again for every term.
    lowered = postgresql.array([func.lower(p) for p in patterns])
    return func.lower(column).like(any_(lowered))


@lru_cache(maxsize=64)
def _candidate_statement(sqlite: bool, terms: int, by_kind: bool, with_columns: bool) -> Executable:
    """The search `candidates` runs, for `terms` patterns (like_0, like_1, …): built once
    per shape, as building it cost more than running it on a small Rolodex. Rows are
    (contact id, fact id, kind, text, name, org, met_at, updated_at); a contact matched on
    its own columns comes with no fact (id, kind and text NULL)."""
    patterns = [bindparam(f"like_{i}", type_=String) for i in range(terms)]
    user: BindParameter[int] = bindparam("user_id")
    facts = (
        select(
            Fact.contact_id,
            Fact.id,
            Fact.kind,
            Fact.text,
            Contact.name,
            Contact.org,
            Contact.met_at,
            Contact.updated_at,
        )
        .join(Contact, Contact.id == Fact.contact_id)
        .where(Fact.user_id == user, _contains_any(Fact.text, patterns, sqlite))
        .where(Contact.user_id == user, Fact.superseded_at.is_(None))
    )
    if by_kind:
        facts = facts.where(Fact.kind.in_(bindparam("kinds", expanding=True)))
    if not with_columns:
        return facts
    no_text = cast(null(), String)
    direct = (
        select(
            Contact.id,
            cast(null(), Integer),
            no_text,
            no_text,
            Contact.name,
            Contact.org,
            Contact.met_at,
            Contact.updated_at,
        )
        .where(Contact.user_id == user)
        .where(
            or_(
                *(
                    _contains_any(column, patterns, sqlite)
                    # name_key: the name without accents, so "jose" finds José
                    for column in (Contact.name, Contact.name_key, Contact.org, Contact.met_at)
                )
            )
        )
    )
    # One statement, one trip: the two passes over the user's rows, end to end.
    return union_all(facts, direct)


class FactText(NamedTuple):
    kind: str
    text: str


class SearchCandidate(NamedTuple):
    """A contact that may fit a search: what ranking reads, and the facts that matched."""

    id: int
    name: str
    org: str | None
    met_at: str | None
    facts: list[FactText]


class SearchReads:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def candidates(
        self,
        likes: Sequence[str],
        fact_kinds: Sequence[str] | None,
        with_columns: bool,
        exclude: Sequence[int] = (),
        shapes: Sequence[str] = (),
    ) -> list[SearchCandidate]:
        """Contacts with a fact (of the given kinds) containing one of `likes`, or, when
        `with_columns`, whose name, organisation or where-met contains one; each with the
        facts that matched, least recently updated first. Two queries, each one pass over
        the user's rows: matching facts (with their contact's columns), and matching contacts.
        Plain columns, not ORM objects: a broad question on a big Rolodex matches thousands."""
        if not likes:
            return []
        # SQLite caps an expression's depth at 1000: four columns' ORs of these must fit.
        # `shapes`: LIKE patterns whose _ stands for any one letter ("caf_" for café), for
        # words typed without their accents; letters only, so nothing in them to escape.
        patterns = [f"%{escaped(term)}%" for term in likes]
        patterns += [f"%{shape}%" for shape in shapes if shape.replace("_", "").isalpha()]
        patterns = patterns[:MAX_SEARCH_TERMS]
        sqlite = self.session.get_bind().dialect.name == "sqlite"
        # Padded to a power of two by repeating the last term, so a few statements serve all.
        size = 1 << (len(patterns) - 1).bit_length()
        padded = [*patterns, *[patterns[-1]] * (size - len(patterns))]
        params: dict[str, Any] = {"user_id": self.user_id}
        # The user's words are data: a % or _ in them must not act as a wildcard.
        params.update((f"like_{i}", pattern) for i, pattern in enumerate(padded))
        if fact_kinds:
            params["kinds"] = list(fact_kinds)
        statement = _candidate_statement(sqlite, size, bool(fact_kinds), with_columns)
        columns: dict[int, tuple[str, str | None, str | None, datetime]] = {}
        matched: dict[int, list[tuple[str, int, str]]] = {}
        for cid, fid, kind, text, name, org, met_at, updated in await self.session.execute(
            statement, params
        ):
            columns[cid] = (name, org, met_at, updated)
            if fid is not None:
                matched.setdefault(cid, []).append((kind, fid, text))
        skip = set(exclude)
        # A fixed order (the one SQLite's (user_id, updated_at) index gave): ranking keeps it
        # among equally relevant people.
        order = sorted((c for c in columns if c not in skip), key=lambda c: (columns[c][3], c))
        out = []
        for cid in order:
            name, org, met_at, _ = columns[cid]
            own = matched.get(cid)
            if own is None:
                facts = []
            else:
                if len(own) > 1:
                    own.sort()  # by kind, then id: as the (user_id, kind) index gave them
                facts = [FactText(kind, text) for kind, _, text in own]
            out.append(SearchCandidate(cid, name, org, met_at, facts))
        return out

    async def contacts(self, ids: Sequence[int]) -> dict[int, Contact]:
        """The full rows of a few contacts, by primary key (with user_id in the WHERE clause,
        SQLite without statistics walks the user's whole (user_id, …) index instead)."""
        if not ids:
            return {}
        found = await self.session.scalars(select(Contact).where(Contact.id.in_(ids)))
        return {c.id: c for c in found.all() if c.user_id == self.user_id}
