"""Nudge rows: what the bot will send, when, and what became of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Contact, Nudge, User

OPEN_STATUSES = ("pending", "claimed", "sent")
# The sequence every new contact starts with; at most one of these is waiting per contact.
GENERIC_KINDS = ("first", "give_value", "keep_in_touch")


class Nudges:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(
        self,
        *,
        contact_id: int | None,
        note_id: int | None,
        kind: str,
        reason: str,
        due_at: datetime,
        flush: bool = True,
    ) -> Nudge:
        nudge = Nudge(
            user_id=self.user_id,
            contact_id=contact_id,
            note_id=note_id,
            kind=kind,
            reason=reason,
            due_at=due_at,
        )
        self.session.add(nudge)
        if flush:  # only callers that need the id pay for the round trip
            await self.session.flush()
        return nudge

    async def get(self, nudge_id: int) -> Nudge | None:
        """The nudge, row-locked: the user's button and the dispatcher's 'sent' must not
        overwrite each other's status."""
        return await self.session.scalar(
            select(Nudge)
            .where(Nudge.id == nudge_id, Nudge.user_id == self.user_id)
            .with_for_update()
        )

    async def open_for(self, contact_ids: Sequence[int]) -> Sequence[Nudge]:
        return (
            await self.session.scalars(
                select(Nudge)
                .where(
                    Nudge.user_id == self.user_id,
                    Nudge.contact_id.in_(contact_ids),
                    Nudge.status.in_(("pending", "claimed")),
                )
                .order_by(Nudge.due_at)
            )
        ).all()

    async def waiting(
        self, contact_id: int, kinds: Sequence[str] = GENERIC_KINDS
    ) -> Sequence[Nudge]:
        return (
            await self.session.scalars(
                select(Nudge).where(
                    Nudge.user_id == self.user_id,
                    Nudge.contact_id == contact_id,
                    Nudge.kind.in_(kinds),
                    Nudge.status == "pending",
                )
            )
        ).all()

    async def upcoming(
        self, until: datetime, limit: int = 30
    ) -> Sequence[tuple[Nudge, Contact | None]]:
        rows = await self.session.execute(
            select(Nudge, Contact)
            .outerjoin(Contact, Contact.id == Nudge.contact_id)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.status == "pending",
                Nudge.due_at <= until,
            )
            .order_by(Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        return [(nudge, contact) for nudge, contact in rows]

    async def sent_since(self, since: datetime) -> int:
        return (
            await self.session.scalar(
                select(func.count())
                .select_from(Nudge)
                .where(Nudge.user_id == self.user_id, Nudge.sent_at >= since)
            )
            or 0
        )


class Dispatch:
    """Claims across all users: the dispatcher's view of the table."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def due(self, now: datetime, limit: int) -> Sequence[tuple[Nudge, User, Contact | None]]:
        """Pending nudges that are due (or claims whose lease ran out), locked for this claim.

        On PostgreSQL the rows are locked with SKIP LOCKED, so several dispatchers never take
        the same nudge; SQLite serialises writers and runs one dispatcher.
        """
        ready = or_(
            and_(
                Nudge.status == "pending",
                or_(Nudge.claimed_until.is_(None), Nudge.claimed_until <= now),
            ),
            and_(Nudge.status == "claimed", Nudge.claimed_until <= now),
        )
        query = (
            select(Nudge, User, Contact)
            .join(User, User.id == Nudge.user_id)
            .outerjoin(Contact, Contact.id == Nudge.contact_id)
            .where(Nudge.due_at <= now, ready, User.blocked.is_(False))
            .order_by(Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=Nudge)
        rows = await self.session.execute(query)
        return [(nudge, user, contact) for nudge, user, contact in rows]

    async def sent_since(
        self, user_ids: Sequence[int], since: dict[int, datetime]
    ) -> dict[int, int]:
        counts: dict[int, int] = {}
        for user_id in user_ids:
            counts[user_id] = await Nudges(self.session, user_id).sent_since(since[user_id])
        return counts

    async def claim(self, nudge_ids: Sequence[int], until: datetime) -> None:
        if nudge_ids:
            await self.session.execute(
                update(Nudge)
                .where(Nudge.id.in_(nudge_ids))
                .values(status="claimed", claimed_until=until, attempts=Nudge.attempts + 1)
            )

    async def get(self, nudge_id: int) -> Nudge | None:
        return await self.session.get(Nudge, nudge_id, with_for_update=True)
