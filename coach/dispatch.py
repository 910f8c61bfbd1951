"""Claiming due nudges and recording what became of each send.

The table is the truth: a nudge is claimed in a transaction with a lease, sent, then marked
sent. A dispatcher that dies mid-way leaves a claim whose lease runs out, and the nudge is
sent again later rather than lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from coach.infra.durations import in_quiet_hours, parse_clock, parse_quiet_hours
from coach.infra.settings import NudgeSettings
from coach.nudges import view_of
from coach.persons import load_people
from coach.planner import NudgePlanner, keeps_in_touch
from coach.runtime import Runtime
from coach.views import Outgoing
from storage.models import Contact, Nudge, NudgeStatus, User
from storage.nudges import GENERIC_KINDS, Dispatch, Nudges
from storage.users import Users

if TYPE_CHECKING:
    from coach.intros import Intros

# Most important first when a day has more nudges than max_per_day.
PRIORITY = {"follow_up": 0, "first": 1, "give_value": 2, "keep_in_touch": 3}
CLAIM_BATCH = 500
# Due rows read per claim at most, in pages: nudges held back (quiet hours, a full day, a
# digest not yet due) must not hide the sendable ones queued behind them.
SCAN_PAGES = 4


class Dispatcher:
    def __init__(
        self,
        runtime: Runtime,
        planner: NudgePlanner,
        settings: NudgeSettings,
        intros: Intros | None = None,
    ) -> None:
        """`intros`: needs in nudges name whom to introduce, as /balance and /review do."""
        self.rt = runtime
        self.planner = planner
        self.settings = settings
        self.intros = intros

    async def claim_due(
        self, limit: int = CLAIM_BATCH, user_id: int | None = None
    ) -> list[Outgoing]:
        """Claim up to ``limit`` nudges that may be sent now, within each user's hours and
        daily limit (a few queries per batch, whatever its size); then word each user's
        nudges in a short transaction of their own, so a big batch never holds the database
        for long. ``user_id``: one user's only (the console)."""
        now = self.rt.clock()
        claims = await self._claim(limit, now, user_id)
        return [await self._words(owner, ids, user, now) for owner, user, ids in claims]

    async def _claim(
        self, limit: int, now: datetime, only: int | None = None
    ) -> list[tuple[int, User, list[int]]]:
        """(user id, user, nudge ids) of what this run claims, each user's most important
        first."""
        async with self.rt.unit_of_work() as session:
            dispatch = Dispatch(session)
            chosen: dict[int, list[tuple[Nudge, Contact | None]]] = defaultdict(list)
            users: dict[int, User] = {}
            room: dict[int, int] = {}
            after: tuple[datetime, int] | None = None
            for _ in range(SCAN_PAGES):
                page = await dispatch.due(now, CLAIM_BATCH, after, only)
                if not page:
                    break
                after = (page[-1][0].due_at, page[-1][0].id)
                by_user: dict[int, list[tuple[Nudge, Contact | None]]] = defaultdict(list)
                for nudge, user, contact in page:
                    if (
                        contact is not None
                        and not keeps_in_touch(contact)
                        and nudge.kind in GENERIC_KINDS
                    ):
                        # A relative gets no nudges unless the user asks (a follow-up).
                        nudge.status = NudgeStatus.CANCELLED
                        continue
                    by_user[user.id].append((nudge, contact))
                    users[user.id] = user
                await self._count_room(
                    dispatch, [u for u in by_user if u not in room], users, room, now
                )
                taken = sum(len(rows) for rows in chosen.values())
                for user_id, rows in by_user.items():
                    user = users[user_id]
                    allowed = self._allowed(user, rows, now)[: max(room[user_id], 0)]
                    if user.digest_time is None:  # a digest goes whole, even past the limit
                        allowed = allowed[: max(limit - taken, 0)]
                    room[user_id] -= len(allowed)
                    taken += len(allowed)
                    chosen[user_id] += allowed
                if taken >= limit or len(page) < CLAIM_BATCH:
                    break
            claims, claimed = [], []
            for user_id, rows in chosen.items():
                if not rows:
                    continue
                rows.sort(key=lambda row: (PRIORITY.get(row[0].kind, 9), row[0].due_at, row[0].id))
                claims.append((user_id, users[user_id], [n.id for n, _ in rows]))
                claimed += [n.id for n, _ in rows]
            await dispatch.claim(claimed, now + self.settings.claim_lease)
            return claims

    async def _words(
        self, user_id: int, nudge_ids: list[int], user: User, now: datetime
    ) -> Outgoing:
        """One user's claimed nudges as they will read them; each remembers the detail its
        line used, so the next nudge to that person says something else."""
        async with self.rt.unit_of_work() as session:
            rows = await Nudges(session, user_id).with_contacts(nudge_ids)
            contacts = list({c.id: c for _, c in rows if c is not None}.values())
            giving = {n.contact_id for n, _ in rows if n.kind == "give_value" and n.contact_id}
            people = await load_people(session, user_id, contacts, self.intros, give=giving)
            views = []
            for nudge, contact in rows:
                person = people.get(contact.id) if contact is not None else None
                view = view_of(nudge, contact, person, self._zone(user), now)
                if nudge.fact_id != view.fact_id:
                    nudge.fact_id = view.fact_id
                views.append(view)
        return Outgoing(user_id, views, digest=user.digest_time is not None)

    def arrival(self, user: User, due: datetime) -> datetime:
        """When a nudge due at `due` reaches the user: after a pause, outside quiet hours, and
        at the digest's time for a user who takes one."""
        zone = self._zone(user)
        at = max(due, user.paused_until) if user.paused_until else due
        local = at.astimezone(zone)
        if user.digest_time is not None:
            digest_at = datetime.combine(local.date(), parse_clock(user.digest_time), tzinfo=zone)
            local = digest_at if digest_at >= local else digest_at + timedelta(days=1)
        start, end = parse_quiet_hours(user.quiet_hours or self.settings.quiet_hours)
        if in_quiet_hours(local.time(), (start, end)):
            wake = datetime.combine(local.date(), end, tzinfo=zone)
            local = wake if wake > local else wake + timedelta(days=1)
        return local

    def _zone(self, user: User) -> ZoneInfo:
        return ZoneInfo(user.timezone or self.rt.default_timezone)

    async def _count_room(
        self,
        dispatch: Dispatch,
        user_ids: list[int],
        users: dict[int, User],
        room: dict[int, int],
        now: datetime,
    ) -> None:
        """How many more nudges each user may get today: max_per_day less what was sent
        since their local midnight and what another claim is holding."""
        midnights = {}
        for user_id in user_ids:
            local = now.astimezone(self._zone(users[user_id]))
            midnights[user_id] = datetime.combine(local.date(), datetime.min.time(), local.tzinfo)
            room[user_id] = self.settings.max_per_day
        if not user_ids:
            return
        for user_id, sent_at in await dispatch.counted_today(
            user_ids, min(midnights.values()), now
        ):
            if sent_at is None or sent_at >= midnights[user_id]:
                room[user_id] -= 1

    def _allowed(
        self, user: User, rows: list[tuple[Nudge, Contact | None]], now: datetime
    ) -> list[tuple[Nudge, Contact | None]]:
        """The user's due nudges that may go now, most important first."""
        zone = self._zone(user)
        local = now.astimezone(zone)
        if user.paused_until is not None and user.paused_until > now:
            return []
        quiet = parse_quiet_hours(user.quiet_hours or self.settings.quiet_hours)
        if in_quiet_hours(local.time(), quiet):
            return []
        if user.digest_time is not None:
            # Only what was due by this morning's digest time goes into today's digest.
            digest_at = datetime.combine(local.date(), parse_clock(user.digest_time), tzinfo=zone)
            if local < digest_at:
                digest_at -= timedelta(days=1)
            rows = [(n, c) for n, c in rows if n.due_at <= digest_at]
        return sorted(
            rows, key=lambda row: (PRIORITY.get(row[0].kind, 9), row[0].due_at, row[0].id)
        )

    async def sent_many(self, deliveries: Sequence[tuple[Sequence[int], int]]) -> None:
        """Record many accepted messages (nudge ids, message id) in one transaction."""
        message_of = {nudge_id: message_id for ids, message_id in deliveries for nudge_id in ids}
        if not message_of:
            return
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            dispatch = Dispatch(session)
            generic = []
            for nudge in await dispatch.lock(list(message_of)):
                if nudge.status == NudgeStatus.CLAIMED:
                    nudge.status = NudgeStatus.SENT
                nudge.sent_at, nudge.claimed_until = now, None
                nudge.message_id = message_of[nudge.id]
                if nudge.contact_id is not None and nudge.kind in GENERIC_KINDS:
                    generic.append(nudge.contact_id)
            if generic:
                await session.flush()
                contacts = await dispatch.contacts(generic)
                await self.planner.keep_going(session, contacts, now)

    async def retry_later(self, nudge_ids: Sequence[int]) -> None:
        """A temporary failure (rate limit, network): back to pending, with growing backoff."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            for nudge in await Dispatch(session).lock(nudge_ids):
                if nudge.status == NudgeStatus.CLAIMED:
                    nudge.status = NudgeStatus.PENDING
                    nudge.claimed_until = now + self.settings.retry_backoff * max(nudge.attempts, 1)

    async def user_unreachable(self, user_id: int, nudge_ids: Sequence[int]) -> None:
        """The user blocked the bot: hold their nudges instead of retrying forever."""
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.blocked = True
            for nudge in await Dispatch(session).lock(nudge_ids):
                if nudge.status == NudgeStatus.CLAIMED:
                    nudge.status, nudge.claimed_until = NudgeStatus.PENDING, None
