"""Claiming due nudges and recording what became of each send.

The table is the truth: a nudge is claimed in a transaction with a lease, sent, then marked
sent. A dispatcher that dies mid-way leaves a claim whose lease runs out, and the nudge is
sent again later rather than lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from coach.durations import in_quiet_hours, parse_clock, parse_quiet_hours
from coach.nudges import nudge_view
from coach.planner import NudgePlanner
from coach.runtime import Runtime
from coach.settings import NudgeSettings
from coach.views import Outgoing
from storage.models import Contact, Nudge, User
from storage.nudges import GENERIC_KINDS, Dispatch, Nudges
from storage.repositories import Contacts, Users

# Most important first when a day has more nudges than max_per_day.
PRIORITY = {"follow_up": 0, "first": 1, "give_value": 2, "keep_in_touch": 3}
CLAIM_BATCH = 500


class Dispatcher:
    def __init__(self, runtime: Runtime, planner: NudgePlanner, settings: NudgeSettings) -> None:
        self.rt = runtime
        self.planner = planner
        self.settings = settings

    async def claim_due(self) -> list[Outgoing]:
        """Claim what may be sent now, user by user, within their hours and daily limit."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            dispatch = Dispatch(session)
            by_user: dict[int, list[tuple[Nudge, Contact | None]]] = defaultdict(list)
            users: dict[int, User] = {}
            for nudge, user, contact in await dispatch.due(now, CLAIM_BATCH):
                by_user[user.id].append((nudge, contact))
                users[user.id] = user
            outgoing, claimed = [], []
            for user_id, rows in by_user.items():
                user = users[user_id]
                zone = ZoneInfo(user.timezone or self.rt.default_timezone)
                chosen = await self._allowed(
                    session_nudges=Nudges(session, user_id),
                    user=user,
                    rows=rows,
                    now=now,
                    zone=zone,
                )
                if not chosen:
                    continue
                views = [await nudge_view(session, user_id, n, c, zone) for n, c in chosen]
                outgoing.append(Outgoing(user_id, views, digest=user.digest_time is not None))
                claimed += [n.id for n, _ in chosen]
            await dispatch.claim(claimed, now + self.settings.claim_lease)
            return outgoing

    async def _allowed(
        self,
        *,
        session_nudges: Nudges,
        user: User,
        rows: list[tuple[Nudge, Contact | None]],
        now: datetime,
        zone: ZoneInfo,
    ) -> list[tuple[Nudge, Contact | None]]:
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
        midnight = datetime.combine(local.date(), datetime.min.time(), tzinfo=zone)
        room = self.settings.max_per_day - await session_nudges.sent_since(midnight)
        rows.sort(key=lambda row: (PRIORITY.get(row[0].kind, 9), row[0].due_at, row[0].id))
        return rows[: max(room, 0)]

    async def sent(self, nudge_ids: Sequence[int], message_id: int) -> None:
        """Telegram accepted the message: record it and line up the next touch."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            for nudge_id in nudge_ids:
                nudge = await Dispatch(session).get(nudge_id)
                if nudge is None:
                    continue
                if nudge.status == "claimed":
                    nudge.status = "sent"
                nudge.sent_at, nudge.message_id, nudge.claimed_until = now, message_id, None
                if nudge.contact_id is not None and nudge.kind in GENERIC_KINDS:
                    contact = await Contacts(session, nudge.user_id).get(nudge.contact_id)
                    if contact is not None:
                        await session.flush()
                        await self.planner.keep_going(session, nudge.user_id, contact, now)

    async def retry_later(self, nudge_ids: Sequence[int]) -> None:
        """A temporary failure (rate limit, network): back to pending, with growing backoff."""
        now = self.rt.clock()
        async with self.rt.unit_of_work() as session:
            for nudge_id in nudge_ids:
                nudge = await Dispatch(session).get(nudge_id)
                if nudge is not None and nudge.status == "claimed":
                    nudge.status = "pending"
                    nudge.claimed_until = now + self.settings.retry_backoff * max(nudge.attempts, 1)

    async def user_unreachable(self, user_id: int, nudge_ids: Sequence[int]) -> None:
        """The user blocked the bot: hold their nudges instead of retrying forever."""
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.blocked = True
            for nudge_id in nudge_ids:
                nudge = await Dispatch(session).get(nudge_id)
                if nudge is not None and nudge.status == "claimed":
                    nudge.status, nudge.claimed_until = "pending", None
