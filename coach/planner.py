"""When the next nudge about a contact is due. Runs inside the caller's unit of work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.infra.durations import parse_clock
from coach.infra.settings import NudgeSettings
from storage.models import Contact, Nudge, NudgeStatus
from storage.nudges import GENERIC_KINDS, Dispatch, NewNudge, Nudges
from storage.users import Users

# An ignored keep-in-touch nudge comes back once, this much later; then the next cadence.
REPEAT_AFTER = timedelta(weeks=1)


# People met at one event all fall due the same morning. A new generic nudge goes to the
# first day from its own with fewer than this many planned (or the daily cap, if lower),
# so a week reads as a steady trickle instead of six on Wednesday and none till Monday.
SPREAD_PER_DAY = 3
# How far ahead the planned days are counted: past it a nudge keeps its day.
SPREAD_HORIZON = timedelta(days=120)


# Days nobody wants a networking nudge: one the planner chose lands the day after.
_DAYS_OFF = frozenset({(12, 25), (1, 1)})


def keeps_in_touch(contact: Contact) -> bool:
    """A relative ("her husband Tom", the user's own wife) gets no generic nudges, unless
    the user met them as someone's relative ("met segun, tunde's brother in law"); a
    follow-up the user asks for always goes."""
    if contact.relation is None:
        return True
    return contact.met_on is not None and contact.relative_of_id is not None


class NudgePlanner:
    def __init__(self, settings: NudgeSettings, default_timezone: str = "UTC") -> None:
        self.settings = settings
        self.default_timezone = default_timezone
        self.send_time = parse_clock(settings.send_time)
        self.per_day = min(SPREAD_PER_DAY, settings.max_per_day)

    def morning(self, when: datetime, zone: ZoneInfo) -> datetime:
        """The user's send time (nudges.send_time, 09:00) on the day `when` falls on, in
        their timezone: nudges arrive in the morning, not at the hour a note was written."""
        day = when.astimezone(zone).date()
        while (day.month, day.day) in _DAYS_OFF:
            day += timedelta(days=1)  # no "keep in touch" on Christmas morning
        return datetime.combine(day, self.send_time, tzinfo=zone).astimezone(UTC)

    async def spread(
        self, session: AsyncSession, user_id: int, planned: Sequence[NewNudge]
    ) -> None:
        """Move new first/keep-in-touch nudges off days that already have their share.

        Follow-ups the user dated keep their date; they count towards their day's share.
        """
        waiting = [n for n in planned if n.status == NudgeStatus.PENDING]
        movable = [n for n in waiting if n.kind in GENERIC_KINDS]
        if not movable:
            return
        zone = await self.zone(session, user_id)
        load = await self.day_load(session, user_id, zone, min(n.due_at for n in movable))
        load.update(
            n.due_at.astimezone(zone).date() for n in waiting if n.kind not in GENERIC_KINDS
        )
        for nudge in sorted(movable, key=lambda n: n.due_at):
            nudge.due_at = self.free_day(nudge.due_at, zone, load)

    async def day_load(
        self, session: AsyncSession, user_id: int, zone: ZoneInfo, since: datetime
    ) -> Counter[date]:
        """How many nudges are planned on each of the user's days from `since` on."""
        stored = await Nudges(session, user_id).due_between(since, since + SPREAD_HORIZON)
        return Counter(
            n.due_at.astimezone(zone).date() for n in stored if n.status == NudgeStatus.PENDING
        )

    def free_day(self, due_at: datetime, zone: ZoneInfo, load: Counter[date]) -> datetime:
        """`due_at`, or the morning of the first later day with room; counted in `load`."""
        day = due_at.astimezone(zone).date()
        moved = day
        while load[moved] >= self.per_day or (moved.month, moved.day) in _DAYS_OFF:
            moved += timedelta(days=1)
        load[moved] += 1
        if moved == day:
            return due_at
        return datetime.combine(moved, self.send_time, tzinfo=zone).astimezone(UTC)

    async def zone(self, session: AsyncSession, user_id: int) -> ZoneInfo:
        user = await Users(session).get_or_create(user_id)
        return ZoneInfo(user.timezone or self.default_timezone)

    def cadence(self, contact: Contact) -> timedelta:
        if contact.cadence_days:
            return timedelta(days=contact.cadence_days)
        return getattr(self.settings.cadence, contact.stage, self.settings.cadence.know)

    def met(self, contact: Contact, note_id: int, now: datetime) -> list[NewNudge]:
        """A new contact: 'nice to meet you' soon, then 'give value' a little later, each
        on the morning of its day in `now`'s timezone (the user's).

        Planned, not stored: a follow-up asked for in the same note may replace one first.
        """
        # A contact added touched has its clock started already; setting it again would
        # make the session flush a row that has not changed.
        if contact.last_touch_at != now:
            contact.last_touch_at = now
        zone = now.tzinfo if isinstance(now.tzinfo, ZoneInfo) else ZoneInfo("UTC")
        return [
            NewNudge(
                contact_id=contact.id,
                note_id=note_id,
                kind=kind,
                reason="",
                # Days land on the morning; a delay under a day ("4s" in a demo or a test) is
                # kept as set, not moved to a send time already past (due at once).
                due_at=now + after
                if after < timedelta(days=1)
                else self.morning(now + after, zone),
            )
            for kind, after in (
                ("first", self.settings.first_follow_up_after),
                ("give_value", self.settings.second_follow_up_after),
            )
        ]

    async def touched(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        """Real contact (meeting, talking, a done follow-up, a give or a get) restarts the
        keep-in-touch clock."""
        contact.last_touch_at = now
        await self._wait_a_cadence(session, user_id, contact, now)

    async def skipped(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        """A skipped nudge: the next keep-in-touch one waits for the next cadence."""
        await self._wait_a_cadence(session, user_id, contact, now)

    async def _wait_a_cadence(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> None:
        waiting = await Nudges(session, user_id).waiting(contact.id, ["keep_in_touch"])
        if waiting:
            zone = await self.zone(session, user_id)
            for nudge in waiting:
                nudge.due_at = self.morning(now + self.cadence(contact), zone)

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
        self,
        session: AsyncSession,
        contacts: Sequence[Contact],
        now: datetime,
        *,
        skipped: bool = False,
    ) -> None:
        """After generic nudges are sent, done or skipped, make sure another one is coming for
        each of their contacts: one query for what is already waiting. `skipped`: the user
        skipped one, so the next waits for the next cadence."""
        waiting = await Dispatch(session).with_generic_waiting([c.id for c in contacts])
        zones: dict[int, ZoneInfo] = {}
        loads: dict[int, Counter[date]] = {}  # each user's nudges per day, as they are added
        for contact in {c.id: c for c in contacts}.values():
            if not keeps_in_touch(contact):
                continue
            if contact.id in waiting:
                if skipped:
                    await self.skipped(session, contact.user_id, contact, now)
                continue
            nudges = Nudges(session, contact.user_id)
            ignored = 0 if skipped else await nudges.ignored(contact.id, contact.last_touch_at)
            if contact.user_id not in zones:
                zones[contact.user_id] = await self.zone(session, contact.user_id)
                loads[contact.user_id] = await self.day_load(
                    session, contact.user_id, zones[contact.user_id], now
                )
            zone = zones[contact.user_id]
            due = self.morning(
                self.next_touch(contact, now, ignored=ignored, skipped=skipped), zone
            )
            await nudges.add(
                contact_id=contact.id,
                note_id=None,
                kind="keep_in_touch",
                reason="",
                due_at=self.free_day(due, zone, loads[contact.user_id]),
                flush=False,
            )

    def next_touch(
        self, contact: Contact, now: datetime, *, ignored: int = 0, skipped: bool = False
    ) -> datetime:
        """When the next keep-in-touch nudge is due. `ignored`: keep-in-touch nudges sent
        since the last touch and not answered. One ignored comes back once, a week later;
        after that, or a skip, it waits for the next cadence."""
        cadence = self.cadence(contact)
        if skipped or ignored >= 2:
            return now + cadence
        if ignored == 1:
            return now + min(REPEAT_AFTER, cadence)
        since = contact.last_touch_at or now
        return max(since + cadence, now + min(cadence, timedelta(days=1)))
