"""What the user has with one contact, counted, for coaching a draft to them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.ledger import TOUCH_KINDS
from storage.models import Contact, Interaction


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
        """Touches only (storage.ledger.TOUCH_KINDS): a note that merely names them is none."""
        rows = await self.session.execute(
            select(Interaction.kind, func.count())
            .where(
                Interaction.user_id == self.user_id,
                Interaction.contact_id == contact.id,
                Interaction.kind.in_(TOUCH_KINDS),
                # A follow-up a note of meeting closed is that same conversation.
                ~((Interaction.kind == "nudge_done") & Interaction.note_id.is_not(None)),
            )
            .group_by(Interaction.kind)
        )
        by_kind = {kind: int(n) for kind, n in rows.all()}
        others = sum(n for kind, n in by_kind.items() if kind != "note")
        return History(
            notes=by_kind.get("note", 0), interactions=others, gave=by_kind.get("gave", 0)
        )
