"""What the user has with one contact, counted, for coaching a draft to them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.ledger import TOUCH_KINDS
from storage.models import Contact, Interaction, NoteContact


@dataclass(frozen=True)
class History:
    notes: int  # notes of meeting or talking with them
    interactions: int  # rows in `interactions` other than per-note ones
    gave: int


class Relationships:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def history(self, contact: Contact) -> History:
        """Touches only (storage.ledger.TOUCH_KINDS): a note that merely names them is none,
        and neither is the note that added someone never met (no meeting date): they were
        only mentioned in it, whatever touch an older version recorded for it."""
        conditions = [
            Interaction.user_id == self.user_id,
            Interaction.contact_id == contact.id,
            Interaction.kind.in_(TOUCH_KINDS),
            # A follow-up a note of meeting closed is that same conversation.
            ~((Interaction.kind == "nudge_done") & Interaction.note_id.is_not(None)),
        ]
        if contact.met_on is None:
            created_by = select(NoteContact.note_id).where(
                NoteContact.contact_id == contact.id, NoteContact.created_contact.is_(True)
            )
            conditions.append(
                ~(
                    (Interaction.kind == "note")
                    & Interaction.note_id.is_not(None)
                    & Interaction.note_id.in_(created_by)
                )
            )
        rows = await self.session.execute(
            select(Interaction.kind, func.count()).where(*conditions).group_by(Interaction.kind)
        )
        by_kind = {kind: int(n) for kind, n in rows.all()}
        others = sum(n for kind, n in by_kind.items() if kind != "note")
        return History(
            notes=by_kind.get("note", 0), interactions=others, gave=by_kind.get("gave", 0)
        )
