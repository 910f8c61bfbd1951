"""Merging two of a user's contacts: every row about one moves to the other, duplicates go,
then the emptied contact is deleted. Each statement is scoped to the user."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Contact,
    Fact,
    Interaction,
    Note,
    NoteContact,
    Nudge,
    NudgeStatus,
    PendingMention,
)
from storage.nudges import GENERIC_KINDS

# Nudges a contact has once: a second "nice to meet you" reads as if the user forgot them.
_ONCE_KINDS = frozenset({"first", "give_value"})


class Merge:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def mentioned_with(self, contact_id: int) -> list[tuple[str, str]]:
        """(note text, name) of every other contact, not a relative, in a note about this
        one: a contact wrongly split in two was most often split by one note."""
        about = select(NoteContact.note_id).where(NoteContact.contact_id == contact_id)
        rows = await self.session.execute(
            select(Note.text, Contact.name)
            .join(NoteContact, NoteContact.note_id == Note.id)
            .join(Contact, Contact.id == NoteContact.contact_id)
            .where(
                Note.user_id == self.user_id,
                Contact.user_id == self.user_id,
                NoteContact.note_id.in_(about),
                Contact.id != contact_id,
                Contact.relation.is_(None),
            )
            .order_by(Note.id, Contact.id)
        )
        return [(text, name) for text, name in rows]

    async def move(self, keep: Contact, other: Contact) -> None:
        """Everything of `other` onto `keep`; `other` is deleted."""
        assert keep.user_id == other.user_id == self.user_id
        await self._facts(keep.id, other.id)
        await self._links(keep.id, other.id)
        for model in (Interaction, Nudge):
            await self.session.execute(
                update(model)
                .where(model.user_id == self.user_id, model.contact_id == other.id)
                .values(contact_id=keep.id)
            )
        await self._one_generic_nudge_each(keep.id)
        # Their relatives are the kept contact's now (and never their own relative).
        await self.session.execute(
            update(Contact)
            .where(
                Contact.user_id == self.user_id,
                Contact.relative_of_id == other.id,
                Contact.id != keep.id,
            )
            .values(relative_of_id=keep.id)
        )
        if keep.relative_of_id == other.id:
            keep.relative_of_id = None
        for pending in (
            await self.session.scalars(
                select(PendingMention).where(PendingMention.user_id == self.user_id)
            )
        ).all():
            if other.id in pending.candidate_ids:
                ids = [keep.id if c == other.id else c for c in pending.candidate_ids]
                pending.candidate_ids = list(dict.fromkeys(ids))  # a new list: JSON sees it
        await self.session.delete(other)
        await self.session.flush()

    async def _facts(self, keep_id: int, other_id: int) -> None:
        """The other's facts move, except those `keep` already has (same kind and words)."""
        facts = (
            await self.session.scalars(
                select(Fact)
                .where(Fact.user_id == self.user_id, Fact.contact_id.in_((keep_id, other_id)))
                .order_by(Fact.contact_id != keep_id, Fact.id)
            )
        ).all()
        seen: set[tuple[str, str]] = set()
        for fact in facts:
            key = (fact.kind, fact.text.casefold())
            if fact.contact_id == other_id:
                if key in seen:
                    await self.session.delete(fact)
                    continue
                fact.contact_id = keep_id
            seen.add(key)

    async def _links(self, keep_id: int, other_id: int) -> None:
        """Notes about the other are about `keep` now; a note about both keeps one link. No
        note counts as having created the merged contact any more."""
        links = (
            await self.session.scalars(
                select(NoteContact)
                .join(Contact, Contact.id == NoteContact.contact_id)
                .where(Contact.user_id == self.user_id)
                .where(NoteContact.contact_id.in_((keep_id, other_id)))
            )
        ).all()
        kept = {link.note_id for link in links if link.contact_id == keep_id}
        for link in links:
            if link.contact_id == other_id and link.note_id in kept:
                await self.session.delete(link)
                continue
            if link.contact_id == other_id:
                link.contact_id = keep_id
                kept.add(link.note_id)
            # Undoing one note must not delete the merged contact, nor rename it to what
            # one of the two was called before that note.
            link.created_contact = False
            link.previous_name = link.previous_org = None

    async def _one_generic_nudge_each(self, contact_id: int) -> None:
        """Both contacts had a 'nice to meet you' or keep-in-touch nudge waiting: the
        earliest of each kind stays, the others are cancelled. A 'nice to meet you' or
        'give first' one of them already had is not had again (trial 13: "Nice to meet you,
        Gurpreet" 17 days after the first one, for the half merged in)."""
        generic = (
            await self.session.scalars(
                select(Nudge)
                .where(
                    Nudge.user_id == self.user_id,
                    Nudge.contact_id == contact_id,
                    Nudge.kind.in_(GENERIC_KINDS),
                    Nudge.status != NudgeStatus.CANCELLED,
                )
                .order_by(Nudge.due_at, Nudge.id)
            )
        ).all()
        waiting = [n for n in generic if n.status == NudgeStatus.PENDING]
        kinds = {
            n.kind for n in generic if n.status != NudgeStatus.PENDING and n.kind in _ONCE_KINDS
        }
        for nudge in waiting:
            if nudge.kind in kinds:
                nudge.status = NudgeStatus.CANCELLED
            kinds.add(nudge.kind)
