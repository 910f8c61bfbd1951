"""Forgetting one contact and erasing a user, every row of them.

Tables are found through the metadata, so a table added later with a ``user_id`` column is
erased (and exported, storage/portability.py) without changes here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Base,
    Contact,
    Fact,
    Interaction,
    Note,
    NoteContact,
    Nudge,
    NudgeStatus,
    PendingMention,
    User,
)


def owned_tables() -> list[Table]:
    """Every table whose rows belong to one user (has a user_id column), children first."""
    return [t for t in reversed(Base.metadata.sorted_tables) if "user_id" in t.c]


@dataclass(frozen=True)
class ContactFootprint:
    """What forgetting a contact removes, and the shared notes it keeps."""

    facts: int
    notes: int
    nudges: int
    shared_notes: int


class PrivateData:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def count(self, table: Table) -> int:
        query = select(func.count()).select_from(table).where(table.c.user_id == self.user_id)
        return int(await self.session.scalar(query) or 0)

    # --- forgetting one contact ----------------------------------------------------------

    async def _notes_of(self, contact_id: int) -> tuple[list[int], list[int]]:
        """The user's notes linked to this contact: (only to it, also to others)."""
        linked = (
            await self.session.scalars(
                select(NoteContact.note_id)
                .join(Note, Note.id == NoteContact.note_id)
                .where(NoteContact.contact_id == contact_id, Note.user_id == self.user_id)
            )
        ).all()
        if not linked:
            return [], []
        shared = set(
            (
                await self.session.scalars(
                    select(NoteContact.note_id).where(
                        NoteContact.note_id.in_(linked), NoteContact.contact_id != contact_id
                    )
                )
            ).all()
        )
        return sorted(set(linked) - shared), sorted(shared)

    async def footprint(self, contact: Contact) -> ContactFootprint:
        only, shared = await self._notes_of(contact.id)
        facts = await self.session.scalar(
            select(func.count())
            .select_from(Fact)
            .where(Fact.user_id == self.user_id, Fact.contact_id == contact.id)
        )
        nudges = await self.session.scalar(
            select(func.count())
            .select_from(Nudge)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.contact_id == contact.id,
                Nudge.status.in_(
                    (
                        NudgeStatus.PENDING,
                        NudgeStatus.CLAIMED,
                        NudgeStatus.SENT,
                        NudgeStatus.DRAFTED,
                    )
                ),
            )
        )
        return ContactFootprint(int(facts or 0), len(only), int(nudges or 0), len(shared))

    async def forget_contact(self, contact: Contact) -> None:
        """Delete the contact, its facts, nudges and interactions, and the notes only about it.

        Notes that also name other people stay (their facts are about those people too);
        their link to this contact goes.
        """
        assert contact.user_id == self.user_id
        only, _shared = await self._notes_of(contact.id)
        for model in (Fact, Nudge, Interaction):
            await self.session.execute(
                delete(model).where(model.user_id == self.user_id, model.contact_id == contact.id)
            )
        await self.session.execute(delete(NoteContact).where(NoteContact.contact_id == contact.id))
        if only:
            for derived in (Fact, Nudge, Interaction, PendingMention):
                await self.session.execute(
                    delete(derived).where(
                        derived.user_id == self.user_id, derived.note_id.in_(only)
                    )
                )
            await self.session.execute(
                delete(Note).where(Note.user_id == self.user_id, Note.id.in_(only))
            )
        await self.session.execute(
            delete(Contact).where(Contact.user_id == self.user_id, Contact.id == contact.id)
        )

    # --- erasing the user ------------------------------------------------------------------

    async def erase(self) -> dict[str, int]:
        """Delete every row about the user, in every table; returns rows deleted per table."""
        deleted: dict[str, int] = {}
        notes = select(Note.id).where(Note.user_id == self.user_id).scalar_subquery()
        contacts = select(Contact.id).where(Contact.user_id == self.user_id).scalar_subquery()
        result = await self.session.execute(
            delete(NoteContact).where(
                NoteContact.note_id.in_(notes) | NoteContact.contact_id.in_(contacts)
            )
        )
        deleted[NoteContact.__tablename__] = _rowcount(result)
        for table in owned_tables():
            result = await self.session.execute(
                delete(table).where(table.c.user_id == self.user_id)
            )
            deleted[table.name] = _rowcount(result)
        result = await self.session.execute(delete(User).where(User.id == self.user_id))
        deleted[User.__tablename__] = _rowcount(result)
        return deleted


def _rowcount(result: Any) -> int:
    return max(int(getattr(result, "rowcount", 0) or 0), 0)
