"""Notes as sent, what each touched, and the "Which John?" questions they left; each query
scoped to the user who owns them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    delete,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Contact,
    Fact,
    Interaction,
    Note,
    NoteContact,
    NoteStatus,
    Nudge,
    PendingMention,
)


class NewLink(NamedTuple):
    """A note mentions a contact; `previous_*` are what /undo puts back."""

    note_id: int
    contact_id: int
    created_contact: bool
    previous_name: str | None = None
    previous_org: str | None = None


class Notes:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(self, text: str, *, when: datetime, source_key: str | None = None) -> Note:
        """A note as sent, dated by the coach's clock (`when`), not the machine's."""
        note = Note(
            user_id=self.user_id,
            text=text,
            status=NoteStatus.SAVED,
            source_key=source_key,
            created_at=when,
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
            .where(
                Note.id == note_id, Note.user_id == self.user_id, Note.status == NoteStatus.SAVED
            )
            .values(status=NoteStatus.ENRICHED, event=event, extraction=extraction)
            .returning(Note.id)
        )
        return done.first() is not None

    async def keep_card(self, note_id: int, card: dict[str, Any]) -> None:
        """The card the note was answered with, for a replay to send again."""
        await self.session.execute(
            update(Note).where(Note.id == note_id, Note.user_id == self.user_id).values(card=card)
        )

    async def mark_failed(self, note_id: int, error: str) -> None:
        """Reading the note failed: it stays saved as typed, with why."""
        await self.session.execute(
            update(Note)
            .where(
                Note.id == note_id, Note.user_id == self.user_id, Note.status == NoteStatus.SAVED
            )
            .values(status=NoteStatus.FAILED, error=error)
        )

    async def get(self, note_id: int) -> Note | None:
        note = await self.session.get(Note, note_id)
        return note if note is not None and note.user_id == self.user_id else None

    async def latest_undoable(self) -> Note | None:
        return await self.session.scalar(
            select(Note)
            .where(
                Note.user_id == self.user_id,
                Note.status.in_((NoteStatus.ENRICHED, NoteStatus.FAILED)),
            )
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
                    Note.status != NoteStatus.UNDONE,
                )
                .order_by(Note.created_at.desc(), Note.id.desc())
                .limit(limit)
            )
        ).all()

    async def latest(self, limit: int) -> Sequence[Note]:
        """The user's newest notes, undone ones left out."""
        return (
            await self.session.scalars(
                select(Note)
                .where(Note.user_id == self.user_id, Note.status != NoteStatus.UNDONE)
                .order_by(Note.created_at.desc(), Note.id.desc())
                .limit(limit)
            )
        ).all()

    async def linked(self, note_ids: Sequence[int]) -> dict[int, set[int]]:
        """note id -> the contacts each of these notes names."""
        found: dict[int, set[int]] = {}
        if not note_ids:
            return found
        rows = await self.session.execute(
            select(NoteContact.note_id, NoteContact.contact_id)
            .join(Note, Note.id == NoteContact.note_id)
            .where(NoteContact.note_id.in_(set(note_ids)), Note.user_id == self.user_id)
        )
        for note_id, contact_id in rows.all():
            found.setdefault(note_id, set()).add(contact_id)
        return found

    async def only_about(
        self, contact_ids: Sequence[int], per_contact: int = 5, *, shared: bool = False
    ) -> dict[int, list[str]]:
        """contact id -> the text of their latest notes that name no one else but their
        relatives: what those notes call them ("she", "his") is about them. `shared`: the
        notes that name others too, instead."""
        if not contact_ids:
            return {}
        rows = await self.session.execute(
            select(NoteContact.contact_id, NoteContact.note_id)
            .join(Note, Note.id == NoteContact.note_id)
            .where(
                Note.user_id == self.user_id,
                NoteContact.contact_id.in_(set(contact_ids)),
                Note.status == NoteStatus.ENRICHED,
            )
            .order_by(Note.created_at.desc(), Note.id.desc())
        )
        recent: dict[int, list[int]] = {}
        for contact_id, note_id in rows.all():
            if len(recent.setdefault(contact_id, [])) < per_contact * 2:
                recent[contact_id].append(note_id)
        note_ids = {n for ids in recent.values() for n in ids}
        if not note_ids:
            return {}
        principals = await self.session.execute(
            select(NoteContact.note_id, func.count())
            .join(Contact, Contact.id == NoteContact.contact_id)
            .where(
                NoteContact.note_id.in_(note_ids),
                Contact.user_id == self.user_id,
                Contact.relation.is_(None),
            )
            .group_by(NoteContact.note_id)
        )
        sole = {note_id for note_id, n in principals.all() if n == 1}
        wanted = {n for n in note_ids if (n not in sole) == shared}
        texts = dict(
            (
                await self.session.execute(select(Note.id, Note.text).where(Note.id.in_(wanted)))
            ).all()
            if wanted
            else []
        )
        return {
            contact_id: [texts[n] for n in ids if n in texts][:per_contact]
            for contact_id, ids in recent.items()
        }

    async def others_of(self, contact_id: int, note_id: int) -> Sequence[Note]:
        """The contact's other notes still standing (not undone or replaced)."""
        return (
            await self.session.scalars(
                select(Note)
                .join(NoteContact, NoteContact.note_id == Note.id)
                .where(
                    Note.user_id == self.user_id,
                    NoteContact.contact_id == contact_id,
                    Note.id != note_id,
                    Note.status.not_in((NoteStatus.UNDONE, NoteStatus.REPLACED)),
                )
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
                    Note.status != NoteStatus.UNDONE,
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

    async def events(self) -> Sequence[tuple[str, datetime]]:
        rows = await self.session.execute(
            select(Note.event, Note.created_at).where(
                Note.user_id == self.user_id,
                Note.event.is_not(None),
                Note.status != NoteStatus.UNDONE,
            )
        )
        return [(event, when) for event, when in rows.all() if event]


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


async def note_by_source(session: AsyncSession, user_id: int, source_key: str) -> Note | None:
    """The note stored from this message, row-locked so two replays can't both enrich it."""
    return await session.scalar(
        select(Note).where(Note.user_id == user_id, Note.source_key == source_key).with_for_update()
    )
