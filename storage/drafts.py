"""What the user has with one contact, counted, for coaching a draft to them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Contact, Interaction, Note, NoteContact, NoteStatus


@dataclass(frozen=True)
class History:
    notes: int
    interactions: int  # rows in `interactions` other than per-note ones
    gave: int


class Relationships:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def history(self, contact: Contact) -> History:
        notes = await self.session.scalar(
            select(func.count())
            .select_from(NoteContact)
            .join(Note, Note.id == NoteContact.note_id)
            .where(
                NoteContact.contact_id == contact.id,
                Note.user_id == self.user_id,
                Note.status != NoteStatus.UNDONE,
            )
        )
        rows = await self.session.execute(
            select(Interaction.kind, func.count())
            .where(Interaction.user_id == self.user_id, Interaction.contact_id == contact.id)
            .group_by(Interaction.kind)
        )
        by_kind = {kind: int(n) for kind, n in rows.all()}
        # A "note" interaction mirrors a linked note, which is already counted above.
        others = sum(n for kind, n in by_kind.items() if kind != "note")
        return History(notes=int(notes or 0), interactions=others, gave=by_kind.get("gave", 0))
