"""Everything of one user's, read for /export: the whole rows, decrypted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, select
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
)


class ExportReads:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def user(self) -> User | None:
        return await self.session.get(User, self.user_id)

    async def rows(self, table: Table) -> list[dict[str, Any]]:
        """Every row of `table` owned by the user, as plain dicts (decrypted)."""
        primary = list(table.primary_key.columns)
        result = await self.session.execute(
            select(table).where(table.c.user_id == self.user_id).order_by(*primary)
        )
        return [dict(row) for row in result.mappings()]

    async def contacts(self) -> Sequence[Contact]:
        return (
            await self.session.scalars(
                select(Contact).where(Contact.user_id == self.user_id).order_by(Contact.id)
            )
        ).all()

    async def facts(self) -> Sequence[Fact]:
        return (
            await self.session.scalars(
                select(Fact).where(Fact.user_id == self.user_id).order_by(Fact.id)
            )
        ).all()

    async def notes(self) -> Sequence[Note]:
        return (
            await self.session.scalars(
                select(Note).where(Note.user_id == self.user_id).order_by(Note.id)
            )
        ).all()

    async def note_links(self) -> Sequence[NoteContact]:
        """Which contacts each of the user's notes touched, and what undo would restore."""
        return (
            await self.session.scalars(
                select(NoteContact)
                .join(Note, Note.id == NoteContact.note_id)
                .where(Note.user_id == self.user_id)
                .order_by(NoteContact.note_id, NoteContact.contact_id)
            )
        ).all()

    async def nudges(self, statuses: Sequence[str] | None = None) -> Sequence[Nudge]:
        query = select(Nudge).where(Nudge.user_id == self.user_id)
        if statuses is not None:
            query = query.where(Nudge.status.in_(statuses))
        return (await self.session.scalars(query.order_by(Nudge.due_at, Nudge.id))).all()

    async def interactions(self) -> Sequence[Interaction]:
        return (
            await self.session.scalars(
                select(Interaction)
                .where(Interaction.user_id == self.user_id)
                .order_by(Interaction.id)
            )
        ).all()

    async def pending(self) -> Sequence[PendingMention]:
        return (
            await self.session.scalars(
                select(PendingMention)
                .where(PendingMention.user_id == self.user_id)
                .order_by(PendingMention.id)
            )
        ).all()
