"""Nudge rows: what the bot will send, when, and what became of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import ColumnElement

from storage.models import Contact, Nudge, NudgeStatus, User

# The sequence every new contact starts with; at most one of these is waiting per contact.
GENERIC_KINDS = ("first", "give_value", "keep_in_touch")


@dataclass
class NewNudge:
    """A nudge planned but not stored yet: it may still be cancelled before it is."""

    contact_id: int | None
    note_id: int | None
    kind: str
    reason: str
    due_at: datetime
    status: str = NudgeStatus.PENDING


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

    async def add_all(self, nudges: Sequence[NewNudge]) -> None:
        """Nudges about the user's own contacts."""
        self.session.add_all(
            Nudge(
                user_id=self.user_id,
                contact_id=n.contact_id,
                note_id=n.note_id,
                kind=n.kind,
                reason=n.reason,
                due_at=n.due_at,
                status=n.status,
            )
            for n in nudges
        )

    async def get(self, nudge_id: int) -> Nudge | None:
        """The nudge, row-locked: the user's button and the dispatcher's 'sent' must not
        overwrite each other's status."""
        return await self.session.scalar(
            select(Nudge)
            .where(Nudge.id == nudge_id, Nudge.user_id == self.user_id)
            .with_for_update()
        )

    async def open_for(
        self, contact_ids: Sequence[int], sent_since: datetime | None = None
    ) -> Sequence[Nudge]:
        """Their nudges still to come, and those sent since `sent_since` and not answered."""
        waiting: ColumnElement[bool] = Nudge.status.in_((NudgeStatus.PENDING, NudgeStatus.CLAIMED))
        if sent_since is not None:
            waiting = or_(
                waiting, and_(Nudge.status == NudgeStatus.SENT, Nudge.sent_at >= sent_since)
            )
        return (
            await self.session.scalars(
                select(Nudge)
                .where(
                    Nudge.user_id == self.user_id,
                    Nudge.contact_id.in_(contact_ids),
                    waiting,
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
                    Nudge.status == NudgeStatus.PENDING,
                )
            )
        ).all()

    async def due_by(
        self, contact_id: int, until: datetime, kinds: Sequence[str]
    ) -> Sequence[Nudge]:
        """A contact's nudges of these kinds due by `until`, not yet done: waiting, or sent
        and unanswered."""
        return (
            await self.session.scalars(
                select(Nudge).where(
                    Nudge.user_id == self.user_id,
                    Nudge.contact_id == contact_id,
                    Nudge.kind.in_(kinds),
                    # One being sent (claimed) is left to its dispatcher.
                    Nudge.status.in_((NudgeStatus.PENDING, NudgeStatus.SENT, NudgeStatus.DRAFTED)),
                    Nudge.due_at < until,
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
                Nudge.status == NudgeStatus.PENDING,
                Nudge.due_at <= until,
            )
            .order_by(Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        return [(nudge, contact) for nudge, contact in rows]

    async def sent_unanswered(
        self, since: datetime, limit: int = 30
    ) -> Sequence[tuple[Nudge, Contact | None]]:
        """Nudges sent since `since` and not answered yet (no Done, snooze or Skip), oldest
        first: an earlier one of a batch can still be answered from /nudges."""
        rows = await self.session.execute(
            select(Nudge, Contact)
            .outerjoin(Contact, Contact.id == Nudge.contact_id)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.status == NudgeStatus.SENT,
                Nudge.sent_at >= since,
            )
            .order_by(Nudge.sent_at, Nudge.id)
            .limit(limit)
        )
        return [(nudge, contact) for nudge, contact in rows]

    async def with_contacts(self, nudge_ids: Sequence[int]) -> list[tuple[Nudge, Contact | None]]:
        """These nudges of the user's, each with its contact, in the order given."""
        if not nudge_ids:
            return []
        rows = await self.session.execute(
            select(Nudge, Contact)
            .outerjoin(Contact, Contact.id == Nudge.contact_id)
            .where(Nudge.user_id == self.user_id, Nudge.id.in_(set(nudge_ids)))
        )
        found = {nudge.id: (nudge, contact) for nudge, contact in rows}
        return [found[i] for i in nudge_ids if i in found]

    async def used_details(
        self, contact_ids: Sequence[int], count: int
    ) -> tuple[dict[int, int], dict[int, frozenset[int]], dict[int, frozenset[int]]]:
        """For each contact, the fact the latest nudge sent about them was built from, the
        facts the latest `count` were built from, and of those the ones the user acted on
        (done, or a draft taken): said already, so no advice says them again (one query)."""
        if not contact_ids:
            return {}, {}, {}
        rows = await self.session.execute(
            select(Nudge.contact_id, Nudge.fact_id, Nudge.status)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.contact_id.in_(set(contact_ids)),
                Nudge.sent_at.is_not(None),
            )
            .order_by(Nudge.sent_at.desc(), Nudge.id.desc())
        )
        latest: dict[int, int] = {}
        seen: dict[int, int] = {}
        used: dict[int, set[int]] = {}
        acted: dict[int, set[int]] = {}
        for contact_id, fact_id, status in rows.all():
            if contact_id is None or seen.get(contact_id, 0) >= count:
                continue
            first = contact_id not in seen
            seen[contact_id] = seen.get(contact_id, 0) + 1
            if fact_id is None:
                continue
            if first:
                latest[contact_id] = fact_id
            used.setdefault(contact_id, set()).add(fact_id)
            if status in (NudgeStatus.DONE, NudgeStatus.DRAFTED):
                acted.setdefault(contact_id, set()).add(fact_id)
        return (
            latest,
            {c: frozenset(f) for c, f in used.items()},
            {c: frozenset(f) for c, f in acted.items()},
        )

    async def newest_sent(self, contact_ids: Sequence[int], since: datetime) -> dict[int, int]:
        """contact id -> the nudge about them sent most recently since `since`, whether the
        user has answered it (done, drafted, snoozed, skipped) or not."""
        if not contact_ids:
            return {}
        rows = await self.session.execute(
            select(Nudge.contact_id, Nudge.id)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.contact_id.in_(set(contact_ids)),
                Nudge.sent_at >= since,
            )
            .order_by(Nudge.sent_at, Nudge.id)
        )
        return {c: nudge_id for c, nudge_id in rows.all() if c is not None}

    async def last_sent(
        self, contact_ids: Sequence[int], before: datetime | None = None
    ) -> dict[int, datetime]:
        """contact id -> when the latest nudge about them was sent (`before`: earlier than
        that time)."""
        if not contact_ids:
            return {}
        rows = await self.session.execute(
            select(Nudge.contact_id, func.max(Nudge.sent_at))
            .where(
                Nudge.user_id == self.user_id,
                Nudge.contact_id.in_(set(contact_ids)),
                Nudge.sent_at.is_not(None),
                Nudge.sent_at < before if before is not None else Nudge.sent_at.is_not(None),
            )
            .group_by(Nudge.contact_id)
        )
        return {c: at for c, at in rows.all() if c is not None and at is not None}

    async def ignored(self, contact_id: int, since: datetime | None) -> int:
        """Keep-in-touch nudges sent about a contact since `since` and never answered."""
        query = select(func.count()).where(
            Nudge.user_id == self.user_id,
            Nudge.contact_id == contact_id,
            Nudge.kind == "keep_in_touch",
            Nudge.status == NudgeStatus.SENT,
        )
        if since is not None:
            query = query.where(Nudge.sent_at > since)
        return int(await self.session.scalar(query) or 0)

    async def open_due_by(self, until: datetime, limit: int = 50) -> list[tuple[Nudge, Contact]]:
        """Follow-ups about a contact due by `until` that the user has not done or skipped
        (waiting, being sent, sent and unanswered, or drafted and not said sent), oldest
        first."""
        rows = await self.session.execute(
            select(Nudge, Contact)
            .join(Contact, Contact.id == Nudge.contact_id)
            .where(
                Nudge.user_id == self.user_id,
                Nudge.status.in_(
                    (
                        NudgeStatus.PENDING,
                        NudgeStatus.CLAIMED,
                        NudgeStatus.SENT,
                        NudgeStatus.DRAFTED,
                    )
                ),
                Nudge.due_at < until,
            )
            .order_by(Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        return [(nudge, contact) for nudge, contact in rows]

    async def due_between(self, start: datetime, end: datetime) -> Sequence[Nudge]:
        return (
            await self.session.scalars(
                select(Nudge).where(
                    Nudge.user_id == self.user_id,
                    Nudge.due_at >= start,
                    Nudge.due_at < end,
                    Nudge.status != NudgeStatus.CANCELLED,
                )
            )
        ).all()


class Dispatch:
    """Claims across all users: the dispatcher's view of the table, a batch at a time."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    async def due(
        self,
        now: datetime,
        limit: int,
        after: tuple[datetime, int] | None = None,
        user_id: int | None = None,
    ) -> Sequence[tuple[Nudge, User, Contact | None]]:
        """Pending nudges that are due (or claims whose lease ran out), locked for this claim.

        ``after`` continues past the last (due_at, id) of an earlier page. On PostgreSQL the
        rows are locked with SKIP LOCKED, so several dispatchers never take the same nudge;
        SQLite serialises writers and runs one dispatcher. ``user_id``: that user's alone
        (the console coach, which may share a database with the bot).
        """
        ready = or_(
            and_(
                Nudge.status == NudgeStatus.PENDING,
                or_(Nudge.claimed_until.is_(None), Nudge.claimed_until <= now),
            ),
            and_(Nudge.status == NudgeStatus.CLAIMED, Nudge.claimed_until <= now),
        )
        query = (
            select(Nudge, User, Contact)
            .join(User, User.id == Nudge.user_id)
            .outerjoin(Contact, Contact.id == Nudge.contact_id)
            .where(Nudge.due_at <= now, ready, User.blocked.is_(False))
            .order_by(Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        if user_id is not None:
            query = query.where(Nudge.user_id == user_id)
        if after is not None:
            due_at, nudge_id = after
            query = query.where(
                or_(Nudge.due_at > due_at, and_(Nudge.due_at == due_at, Nudge.id > nudge_id))
            )
        if self._postgres:
            query = query.with_for_update(skip_locked=True, of=Nudge)
        rows = await self.session.execute(query)
        return [(nudge, user, contact) for nudge, user, contact in rows]

    async def counted_today(
        self, user_ids: Sequence[int], since: datetime, now: datetime
    ) -> Sequence[tuple[int, datetime | None]]:
        """(user, sent_at) of every nudge that counts against a daily limit starting at or
        after ``since``: sent since then, or claimed by a dispatcher whose lease still holds
        (sent_at None). The caller compares sent_at with each user's own midnight."""
        if not user_ids:
            return []
        in_lease = and_(Nudge.status == NudgeStatus.CLAIMED, Nudge.claimed_until > now)
        rows = await self.session.execute(
            select(Nudge.user_id, Nudge.sent_at, in_lease).where(
                Nudge.user_id.in_(user_ids), or_(Nudge.sent_at >= since, in_lease)
            )
        )
        return [(user_id, None if leased else sent_at) for user_id, sent_at, leased in rows]

    async def claim(self, nudge_ids: Sequence[int], until: datetime) -> None:
        if nudge_ids:
            await self.session.execute(
                update(Nudge)
                .where(Nudge.id.in_(nudge_ids))
                .values(
                    status=NudgeStatus.CLAIMED, claimed_until=until, attempts=Nudge.attempts + 1
                )
            )

    async def lock(self, nudge_ids: Sequence[int]) -> Sequence[Nudge]:
        """These nudges, row-locked in id order (so two writers can't deadlock)."""
        if not nudge_ids:
            return []
        return (
            await self.session.scalars(
                select(Nudge)
                .where(Nudge.id.in_(set(nudge_ids)))
                .order_by(Nudge.id)
                .with_for_update()
            )
        ).all()

    async def contacts(self, contact_ids: Sequence[int]) -> Sequence[Contact]:
        if not contact_ids:
            return []
        return (
            await self.session.scalars(select(Contact).where(Contact.id.in_(set(contact_ids))))
        ).all()

    async def with_generic_waiting(self, contact_ids: Sequence[int]) -> set[int]:
        """Which of these contacts already have a generic nudge waiting."""
        if not contact_ids:
            return set()
        rows = await self.session.scalars(
            select(Nudge.contact_id).where(
                Nudge.contact_id.in_(set(contact_ids)),
                Nudge.kind.in_(GENERIC_KINDS),
                Nudge.status == NudgeStatus.PENDING,
            )
        )
        return {contact_id for contact_id in rows if contact_id is not None}


async def pending_nudges(session: AsyncSession) -> int:
    """Nudges waiting to be sent or being sent, across all users."""
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Nudge)
            .where(Nudge.status.in_((NudgeStatus.PENDING, NudgeStatus.CLAIMED)))
        )
        or 0
    )
