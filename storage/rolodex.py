"""Reads across the whole Rolodex: search candidates, events, the weekly review's numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.models import Contact, Fact, Interaction, Note, Nudge, User


def _contains(
    column: ColumnElement[str | None] | InstrumentedAttribute[Any], term: str
) -> ColumnElement[bool]:
    # The user's words are data: a % or _ in them must not act as a wildcard.
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


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


class RolodexReads:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def candidates(
        self,
        likes: Sequence[str],
        fact_kinds: Sequence[str] | None,
        with_columns: bool,
        exclude: Sequence[int] = (),
    ) -> list[tuple[Contact, list[Fact]]]:
        """Contacts with a fact (of the given kinds) containing one of `likes`, or, when
        `with_columns`, whose name, organisation or where-met contains one. Two queries,
        whatever the Rolodex size: the facts that matched, and their contacts."""
        if not likes:
            return []
        fact_filter = [Fact.user_id == self.user_id, or_(*(_contains(Fact.text, t) for t in likes))]
        if fact_kinds:
            fact_filter.append(Fact.kind.in_(fact_kinds))
        facts = (await self.session.scalars(select(Fact).where(*fact_filter))).all()
        by_contact: dict[int, list[Fact]] = {}
        for fact in facts:
            by_contact.setdefault(fact.contact_id, []).append(fact)
        matched: list[ColumnElement[bool]] = [
            Contact.id.in_(select(Fact.contact_id).where(*fact_filter))
        ]
        if with_columns:
            columns = (Contact.name, Contact.org, Contact.met_at)
            matched += [_contains(column, t) for column in columns for t in likes]
        query = select(Contact).where(Contact.user_id == self.user_id, or_(*matched))
        if exclude:
            query = query.where(Contact.id.not_in(exclude))
        contacts = (await self.session.scalars(query)).all()
        return [(c, by_contact.get(c.id, [])) for c in contacts]

    async def briefs(self) -> list[ContactBrief]:
        rows = await self.session.execute(select(*_BRIEF).where(Contact.user_id == self.user_id))
        return [ContactBrief(*row) for row in rows.all()]

    async def stage_counts(self) -> dict[str, int]:
        rows = await self.session.execute(
            select(Contact.stage, func.count())
            .where(Contact.user_id == self.user_id)
            .group_by(Contact.stage)
        )
        return {stage: int(n) for stage, n in rows.all()}

    async def needs(self, limit: int = 50) -> list[tuple[Contact, Fact]]:
        """Open needs, from the most recently touched contacts first."""
        rows = await self.session.execute(
            select(Contact, Fact)
            .join(Fact, Fact.contact_id == Contact.id)
            .where(Contact.user_id == self.user_id, Fact.user_id == self.user_id)
            .where(Fact.kind == "need")
            .order_by(Contact.updated_at.desc(), Fact.id.desc())
            .limit(limit)
        )
        return [(c, f) for c, f in rows.all()]

    async def nudges_due(self, start: datetime, end: datetime) -> Sequence[Nudge]:
        return (
            await self.session.scalars(
                select(Nudge).where(
                    Nudge.user_id == self.user_id,
                    Nudge.due_at >= start,
                    Nudge.due_at < end,
                    Nudge.status != "cancelled",
                )
            )
        ).all()

    async def last_note_at(self) -> dict[int, datetime]:
        """contact id -> when the latest note about them was written."""
        rows = await self.session.execute(
            select(Interaction.contact_id, func.max(Interaction.created_at))
            .where(Interaction.user_id == self.user_id, Interaction.kind == "note")
            .group_by(Interaction.contact_id)
        )
        return {cid: when for cid, when in rows.all()}

    async def event_notes(self) -> Sequence[tuple[str, datetime]]:
        rows = await self.session.execute(
            select(Note.event, Note.created_at).where(
                Note.user_id == self.user_id,
                Note.event.is_not(None),
                Note.status != "undone",
            )
        )
        return [(event, when) for event, when in rows.all() if event]


async def review_candidates(session: AsyncSession) -> Sequence[User]:
    """Users who may get a weekly review: not opted out, not blocking the bot, with contacts."""
    has_contacts = select(Contact.id).where(Contact.user_id == User.id).exists()
    return (
        await session.scalars(
            select(User).where(
                User.review_opt_out == false(), User.blocked == false(), has_contacts
            )
        )
    ).all()
