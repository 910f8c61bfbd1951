"""When the next nudge about a contact is due. Runs inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.settings import NudgeSettings
from storage.models import Contact
from storage.nudges import GENERIC_KINDS, Nudges


class NudgePlanner:
    def __init__(self, settings: NudgeSettings) -> None:
        self.settings = settings

    def cadence(self, contact: Contact) -> timedelta:
        if contact.cadence_days:
            return timedelta(days=contact.cadence_days)
        return getattr(self.settings.cadence, contact.stage, self.settings.cadence.know)

    async def met(
        self, session: AsyncSession, user_id: int, contact: Contact, note_id: int, now: datetime
    ) -> None:
        """A new contact: 'nice to meet you' soon, then 'give value' a little later."""
        contact.last_touch_at = now
        nudges = Nudges(session, user_id)
        for kind, after in (
            ("first", self.settings.first_follow_up_after),
            ("give_value", self.settings.second_follow_up_after),
        ):
            await nudges.add(
                contact_id=contact.id,
                note_id=note_id,
                kind=kind,
                reason="",
                due_at=now + after,
                flush=False,
            )

    async def touched(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        """Any note or interaction restarts the keep-in-touch clock."""
        contact.last_touch_at = now
        for nudge in await Nudges(session, user_id).waiting(contact.id, ["keep_in_touch"]):
            nudge.due_at = now + self.cadence(contact)

    async def follow_up_asked(
        self, session: AsyncSession, user_id: int, contact_id: int, due_at: datetime
    ) -> None:
        """An explicit follow-up replaces the generic nudge due around the same time."""
        window = self.settings.replace_window
        for nudge in await Nudges(session, user_id).waiting(contact_id, GENERIC_KINDS):
            if abs(nudge.due_at - due_at) <= window:
                nudge.status = "cancelled"

    async def keep_going(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        """After a generic nudge is sent, done or skipped, make sure another one is coming."""
        nudges = Nudges(session, user_id)
        if await nudges.waiting(contact.id, GENERIC_KINDS):
            return
        cadence = self.cadence(contact)
        since = contact.last_touch_at or now
        due_at = max(since + cadence, now + min(cadence, timedelta(days=1)))
        await nudges.add(
            contact_id=contact.id, note_id=None, kind="keep_in_touch", reason="", due_at=due_at
        )
