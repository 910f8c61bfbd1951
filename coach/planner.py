"""When the next nudge about a contact is due. Runs inside the caller's unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.infra.settings import NudgeSettings
from storage.models import Contact, Nudge, NudgeStatus
from storage.nudges import GENERIC_KINDS, Dispatch, NewNudge, Nudges


class NudgePlanner:
    def __init__(self, settings: NudgeSettings) -> None:
        self.settings = settings

    def cadence(self, contact: Contact) -> timedelta:
        if contact.cadence_days:
            return timedelta(days=contact.cadence_days)
        return getattr(self.settings.cadence, contact.stage, self.settings.cadence.know)

    def met(self, contact: Contact, note_id: int, now: datetime) -> list[NewNudge]:
        """A new contact: 'nice to meet you' soon, then 'give value' a little later.

        Planned, not stored: a follow-up asked for in the same note may replace one first.
        """
        # A contact added touched has its clock started already; setting it again would
        # make the session flush a row that has not changed.
        if contact.last_touch_at != now:
            contact.last_touch_at = now
        return [
            NewNudge(contact_id=contact.id, note_id=note_id, kind=kind, reason="", due_at=due)
            for kind, due in (
                ("first", now + self.settings.first_follow_up_after),
                ("give_value", now + self.settings.second_follow_up_after),
            )
        ]

    async def touched(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        """Any note or interaction restarts the keep-in-touch clock."""
        contact.last_touch_at = now
        for nudge in await Nudges(session, user_id).waiting(contact.id, ["keep_in_touch"]):
            nudge.due_at = now + self.cadence(contact)

    async def follow_up_asked(
        self,
        session: AsyncSession,
        user_id: int,
        contact_id: int,
        due_at: datetime,
        waiting: Sequence[Nudge | NewNudge] | None = None,
    ) -> None:
        """An explicit follow-up replaces the generic nudge due around the same time.

        `waiting`: the contact's generic nudges when the caller already holds them all
        (a contact met in this very note), saving the query.
        """
        window = self.settings.replace_window
        if waiting is None:
            waiting = await Nudges(session, user_id).waiting(contact_id, GENERIC_KINDS)
        for nudge in waiting:
            if abs(nudge.due_at - due_at) <= window:
                nudge.status = NudgeStatus.CANCELLED

    async def keep_going(
        self, session: AsyncSession, contacts: Sequence[Contact], now: datetime
    ) -> None:
        """After generic nudges are sent, done or skipped, make sure another one is coming for
        each of their contacts: one query for what is already waiting."""
        waiting = await Dispatch(session).with_generic_waiting([c.id for c in contacts])
        for contact in {c.id: c for c in contacts}.values():
            if contact.id not in waiting:
                await Nudges(session, contact.user_id).add(
                    contact_id=contact.id,
                    note_id=None,
                    kind="keep_in_touch",
                    reason="",
                    due_at=self.next_touch(contact, now),
                    flush=False,
                )

    def next_touch(self, contact: Contact, now: datetime) -> datetime:
        cadence = self.cadence(contact)
        since = contact.last_touch_at or now
        return max(since + cadence, now + min(cadence, timedelta(days=1)))
