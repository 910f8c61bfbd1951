"""Gives and gets (interactions of kind gave/got), and the touches a relationship is made of."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Interaction, utcnow

LEDGER_KINDS = ("gave", "got")
# What counts as a touch: a note about them (one "note" interaction per contact and note,
# removed with the note on /undo), a done follow-up, a give, a get.
TOUCH_KINDS = ("note", "nudge_done", "gave", "got")


class Ledger:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(
        self,
        contact_id: int,
        kind: str,
        summary: str,
        *,
        note_id: int | None = None,
        when: datetime | None = None,
    ) -> Interaction:
        entry = Interaction(
            user_id=self.user_id,
            contact_id=contact_id,
            note_id=note_id,
            kind=kind,
            summary=summary[:300],
            created_at=when or utcnow(),
        )
        # No flush of its own: the next query autoflushes, and callers don't need the id.
        self.session.add(entry)
        return entry

    async def entries(self, contact_id: int, limit: int = 20) -> Sequence[Interaction]:
        """Gives and gets with one contact, newest first."""
        return (
            await self.session.scalars(
                select(Interaction)
                .where(
                    Interaction.user_id == self.user_id,
                    Interaction.contact_id == contact_id,
                    Interaction.kind.in_(LEDGER_KINDS),
                )
                .order_by(Interaction.created_at.desc(), Interaction.id.desc())
                .limit(limit)
            )
        ).all()

    async def balances(self, contact_ids: Sequence[int] | None = None) -> dict[int, list[int]]:
        """contact id -> [given, received], for contacts with at least one entry."""
        if contact_ids is not None and not contact_ids:
            return {}  # no one asked about: no query
        query = (
            select(Interaction.contact_id, Interaction.kind, func.count())
            .where(Interaction.user_id == self.user_id, Interaction.kind.in_(LEDGER_KINDS))
            .group_by(Interaction.contact_id, Interaction.kind)
        )
        if contact_ids is not None:
            query = query.where(Interaction.contact_id.in_(contact_ids))
        out: dict[int, list[int]] = {}
        for contact_id, kind, n in (await self.session.execute(query)).all():
            out.setdefault(contact_id, [0, 0])[0 if kind == "gave" else 1] = int(n)
        return out

    async def touch_times(self, contact_id: int) -> list[datetime]:
        """When the user was in touch: notes about them, done follow-ups, gives and gets."""
        times = await self.session.scalars(
            select(Interaction.created_at).where(
                Interaction.user_id == self.user_id,
                Interaction.contact_id == contact_id,
                Interaction.kind.in_(TOUCH_KINDS),
            )
        )
        return sorted(times.all())

    async def in_window(self, kind: str, start: datetime, end: datetime) -> Sequence[datetime]:
        return (
            await self.session.scalars(
                select(Interaction.created_at).where(
                    Interaction.user_id == self.user_id,
                    Interaction.kind == kind,
                    Interaction.created_at >= start,
                    Interaction.created_at < end,
                )
            )
        ).all()

    async def contacts_with(self, kinds: Sequence[str]) -> set[int]:
        rows = await self.session.scalars(
            select(Interaction.contact_id)
            .where(Interaction.user_id == self.user_id, Interaction.kind.in_(kinds))
            .distinct()
        )
        return set(rows.all())
