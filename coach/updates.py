"""Exactly-once handling of Telegram updates across bot processes sharing one database.

A process claims each update (bot id, update id) before handling it, with a lease and the
update itself; a redelivery finds the claim and is skipped. When the process finishes, the
claim is marked done and the payload dropped. A process that died mid-way leaves a claim
whose lease runs out; any process then replays the stored update. Notes carry the message
they came from (their source key), so a replay finishes a half-read note instead of storing
it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from coach.infra.settings import UpdatesSettings
from coach.runtime import Runtime
from coach.views import NoteCard, SavedPerson
from storage.contacts import Contacts
from storage.models import Note, NoteStatus
from storage.notes import Notes
from storage.updates import Inbox

ORPHAN_BATCH = 50


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

    async def receive(self, bot_id: int, update_id: int, payload: dict[str, Any]) -> bool:
        """Claim the update for this process; False if any process has already taken it."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            return await Inbox(session, bot_id).receive(
                update_id, payload, now, now + self.settings.lease, sender_of(payload)
            )

    async def finished(self, bot_id: int, update_id: int) -> None:
        async with self.rt.unit_of_work() as session:
            await Inbox(session, bot_id).finished(update_id)

    async def orphans(self, bot_id: int, in_flight: list[int]) -> list[dict[str, Any]]:
        """Renew the lease on what this process is handling (`in_flight`), then claim the
        updates whose process died before finishing them."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            inbox = Inbox(session, bot_id)
            await inbox.renew(in_flight, now + self.settings.lease)
            return await inbox.orphans(now, now + self.settings.lease, ORPHAN_BATCH)

    async def prune(self, bot_id: int) -> int:
        async with self.rt.unit_of_work() as session:
            return await Inbox(session, bot_id).prune(self.rt.clock() - self.settings.keep)


async def stored_card(session: AsyncSession, user_id: int, note: Note) -> NoteCard:
    """The card of a note already read (a replayed message): who it saved, without re-reading."""
    card = NoteCard(
        note_id=note.id, event=note.event, enrichment_failed=note.status == NoteStatus.FAILED
    )
    contacts = Contacts(session, user_id)
    for link in await Notes(session, user_id).links(note.id):
        contact = await contacts.get(link.contact_id)
        if contact is not None:
            card.people.append(
                SavedPerson(contact.id, contact.name, contact.org, link.created_contact)
            )
    return card
