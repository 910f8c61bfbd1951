"""Each Telegram update handled once, across bot processes sharing one database and crashes.

A process claims each update (bot id, update id) before handling it (and, polling, before
Telegram is told it arrived), with the update itself, a lease and the process's name; a
redelivery finds the claim and is skipped. When the update is answered, the claim is marked
done and the payload dropped. Every process writes a heartbeat row every
`updates.recover_interval`; the updates of a process that went quiet (it was killed, or lost
power) are replayed by another at once, and a live process's claim only when its lease
runs out. Notes carry the message they came from (their source key), so a replay finishes a
half-read note instead of storing it again, and answers with the card the note was given.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncSession

from coach.infra.settings import UpdatesSettings
from coach.runtime import Runtime
from coach.views import NoteCard, SavedPerson
from storage.contacts import Contacts
from storage.models import Note, NoteStatus
from storage.notes import Notes
from storage.updates import Heartbeats, Inbox, Incoming

ORPHAN_BATCH = 50
# Heartbeats a process may miss before its claims are taken for abandoned.
MISSED_BEATS = 3
CARDS = TypeAdapter(NoteCard)


def sender_of(payload: dict[str, Any]) -> int | None:
    """The Telegram user an update comes from, read from its JSON."""
    for kind in ("message", "edited_message", "callback_query"):
        sender = (payload.get(kind) or {}).get("from") or {}
        if isinstance(sender.get("id"), int):
            return int(sender["id"])
    return None


class UpdateInbox:
    def __init__(self, runtime: Runtime, settings: UpdatesSettings) -> None:
        self.rt = runtime
        self.settings = settings
        # This process, as its heartbeat row and its claims name it.
        self.process_id = uuid.uuid4().hex

    async def receive(self, bot_id: int, updates: Sequence[tuple[int, dict[str, Any]]]) -> set[int]:
        """Claim a batch of updates (id, payload) for this process in one transaction; the
        ids returned are the fresh ones, the rest some process has taken before."""
        now = self.rt.clock()
        incoming = [Incoming(uid, payload, sender_of(payload)) for uid, payload in updates]
        async with self.rt.unit_of_work() as session:
            return await Inbox(session, bot_id).receive(
                incoming, self.process_id, now, now + self.settings.lease
            )

    async def finished(self, bot_id: int, update_id: int) -> None:
        """The update is answered. Recorded before any other waiting write: until it is, a
        crash would send its answer again."""
        async with self.rt.unit_of_work(first=True) as session:
            await Inbox(session, bot_id).finished(update_id)

    async def keep_alive(self, bot_id: int, holding: Sequence[int]) -> list[dict[str, Any]]:
        """Write this process's heartbeat and renew the leases of what it holds (`holding`),
        then claim the updates a dead process left, or whose lease ran out."""
        now = self.rt.clock()
        quiet_for = self.settings.recover_interval * MISSED_BEATS
        async with self.rt.unit_of_work() as session:
            await Heartbeats(session).beat(self.process_id, bot_id, now)
            inbox = Inbox(session, bot_id)
            await inbox.renew(holding, now + self.settings.lease)
            return await inbox.orphans(
                self.process_id,
                now,
                now + self.settings.lease,
                ORPHAN_BATCH,
                alive_since=now - quiet_for,
            )

    async def take_over(self, bot_id: int) -> list[dict[str, Any]]:
        """Everything earlier processes left unfinished, claimed for this one. Only for a
        polling process as it starts: Telegram hands updates to one poller at a time, and a
        webhook excludes polling, so no other process can still be working on them."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            await Heartbeats(session).beat(self.process_id, bot_id, now)
            return await Inbox(session, bot_id).left_by_others(
                self.process_id, now + self.settings.lease, ORPHAN_BATCH
            )

    async def leave(self) -> None:
        """A clean stop: whatever this process still holds is replayed by the next at once."""
        async with self.rt.unit_of_work() as session:
            await Heartbeats(session).leave(self.process_id)

    async def prune(self, bot_id: int) -> int:
        before = self.rt.clock() - self.settings.keep
        async with self.rt.unit_of_work() as session:
            await Heartbeats(session).forget_dead(before)
            return await Inbox(session, bot_id).prune(before)


def card_json(card: NoteCard) -> dict[str, Any]:
    """A note's card as stored with the note."""
    return CARDS.dump_python(card, mode="json")


async def stored_card(session: AsyncSession, user_id: int, note: Note) -> NoteCard:
    """The card of a note already read (a replayed message), marked as sent again: the card
    it was answered with, or for a note read before cards were kept, who it saved."""
    if note.card is not None and note.status == NoteStatus.ENRICHED:
        card = CARDS.validate_python(note.card)
        card.replayed = True
        return card
    card = NoteCard(
        note_id=note.id,
        event=note.event,
        enrichment_failed=note.status == NoteStatus.FAILED,
        replayed=True,
    )
    contacts = Contacts(session, user_id)
    for link in await Notes(session, user_id).links(note.id):
        contact = await contacts.get(link.contact_id)
        if contact is not None:
            card.people.append(
                SavedPerson(contact.id, contact.name, contact.org, link.created_contact)
            )
    return card
