"""The weekly review: who is drifting away, intros you could make, gives you owe, and the
numbers for a picture of the week (follow-ups done vs due, the network by stage).

Sent on Sunday evening in each user's own timezone (settings.review), once a week: the
users row remembers when it was last sent, so a restart neither skips nor repeats it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.infra.durations import parse_clock
from coach.infra.settings import ReviewSettings
from coach.intros import Intros
from coach.runtime import Runtime
from coach.stages import STAGES, StageKeeper
from coach.views import IntroSuggestion
from storage.contacts import Contacts
from storage.ledger import Ledger
from storage.models import Contact, NudgeStatus, User
from storage.nudges import Nudges
from storage.users import Users, review_candidates

DRIFT_RATIO = 1.5  # this many cadences without a touch
SHOWN = 5
DAYS = 7
# A follow-up still waiting is listed in the reviews of the two weeks after it fell due.
STILL_WAITING = timedelta(days=13)


@dataclass(frozen=True)
class DayCount:
    day: date
    due: int
    done: int


@dataclass(frozen=True)
class Drifting:
    contact_id: int
    name: str
    org: str | None
    stage: str
    days_quiet: int


@dataclass(frozen=True)
class Owed:
    contact_id: int
    name: str
    gave: int
    got: int
    what: str  # the latest thing they gave you


@dataclass(frozen=True)
class OpenFollowUp:
    """A follow-up that fell due and is still waiting for the user."""

    name: str
    due: date
    drafted: bool = False  # a draft was taken; the user hasn't said it was sent


@dataclass
class WeeklyReview:
    start: date
    end: date
    days: list[DayCount]
    stages: dict[str, int]
    drifting: list[Drifting] = field(default_factory=list)
    intros: list[IntroSuggestion] = field(default_factory=list)
    owed: list[Owed] = field(default_factory=list)
    dropped: int = 0  # relationships that slipped a stage this week
    # Due or overdue and not done: the first few people, one line each, and how many in all.
    open_follow_ups: list[OpenFollowUp] = field(default_factory=list)
    open_count: int = 0

    @property
    def due(self) -> int:
        return sum(d.due for d in self.days)

    @property
    def done(self) -> int:
        return sum(d.done for d in self.days)


class Reviews:
    def __init__(
        self, runtime: Runtime, stages: StageKeeper, intros: Intros, settings: ReviewSettings
    ) -> None:
        self.rt = runtime
        self.stages = stages
        self.intros = intros
        self.settings = settings
        self.at = parse_clock(settings.time)

    async def build(self, user_id: int) -> WeeklyReview:
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            zone = ZoneInfo(user.timezone or self.rt.default_timezone)
            now = self.rt.clock().astimezone(UTC)
            local = now.astimezone(zone)
            contacts = Contacts(session, user_id)
            ledger = Ledger(session, user_id)
            # Drift first, so the stage picture is this week's.
            briefs = await contacts.briefs(relatives=False)
            dropped = 0
            cadence_of = self.stages.cadences()
            drifting: list[tuple[float, Drifting]] = []
            for b in briefs:
                last = b.last_touch_at or b.created_at
                stage = self.stages.drifted_stage(b.stage, last, now)
                if stage != b.stage:
                    contact = await contacts.get(b.id)
                    assert contact is not None
                    contact.stage = stage
                    dropped += 1
                cadence = (
                    timedelta(days=b.cadence_days) if b.cadence_days else cadence_of.get(stage)
                ) or cadence_of["know"]
                ratio = (now - last) / cadence
                if ratio >= DRIFT_RATIO:
                    weight = ratio * (1 + STAGES.index(stage) if stage in STAGES else 1)
                    drifting.append(
                        (weight, Drifting(b.id, b.name, b.org, stage, (now - last).days))
                    )
            drifting.sort(key=lambda t: (-t[0], t[1].name))
            end_day = local.date()
            start_day = end_day - timedelta(days=DAYS - 1)
            start = datetime.combine(start_day, time(0), tzinfo=zone).astimezone(UTC)
            end = datetime.combine(end_day + timedelta(days=1), time(0), tzinfo=zone).astimezone(
                UTC
            )
            due_by_day: dict[date, int] = {}
            done_by_day: dict[date, int] = {}
            touches: dict[int, list[tuple[str, datetime]]] = {}
            for nudge in await Nudges(session, user_id).due_between(start, end):
                day = nudge.due_at.astimezone(zone).date()
                due_by_day[day] = due_by_day.get(day, 0) + 1
                # Done as the waiting list reads it: marked done, or in touch since it
                # fell due (a note, a give or a get, and not one undone), so "1 done of 14"
                # never sits above people the user has been in touch with (trial 29).
                touched = False
                if nudge.contact_id is not None and nudge.status != NudgeStatus.DONE:
                    if nudge.contact_id not in touches:
                        touches[nudge.contact_id] = await ledger.touches(nudge.contact_id)
                    touched = any(
                        when.astimezone(zone).date() >= day for _, when in touches[nudge.contact_id]
                    )
                if nudge.status == NudgeStatus.DONE or touched:
                    done_by_day[day] = done_by_day.get(day, 0) + 1
            days = [
                DayCount(d, due_by_day.get(d, 0), done_by_day.get(d, 0))
                for d in (start_day + timedelta(days=i) for i in range(DAYS))
            ]
            await session.flush()
            stages = await contacts.stage_counts()
            review = WeeklyReview(
                start_day,
                end_day,
                days,
                {s: stages.get(s, 0) for s in STAGES},
                drifting=[d for _, d in drifting[:SHOWN]],
                dropped=dropped,
            )
            await self._open_follow_ups(Nudges(session, user_id), review, now, zone)
            balances = await ledger.balances()
            names = {b.id: b.name for b in briefs}
            owed = sorted(
                ((cid, g, r) for cid, (g, r) in balances.items() if r > g and cid in names),
                key=lambda t: (-(t[2] - t[1]), names[t[0]]),
            )
            for cid, g, r in owed[:SHOWN]:
                got = [e.summary for e in await ledger.entries(cid) if e.kind == "got"]
                review.owed.append(Owed(cid, names[cid], g, r, got[0] if got else ""))
            seen: set[tuple[int, int]] = set()
            for contact, fact in await contacts.needs(20):
                if len(review.intros) >= SHOWN:
                    break
                if contact.relation is not None:
                    continue  # a relative only mentioned, as on /balance: never an intro
                # The nudges' and /balance's advice: intros made and needs met left out.
                advice = await self.intros.advise(
                    session,
                    user_id,
                    contact,
                    fact.text,
                    fact.created_at,
                    await contacts.facts([contact.id]),
                )
                for s in advice.suggestions:
                    pair = (s.need_id, s.match_id)
                    if pair not in seen and len(review.intros) < SHOWN:
                        seen.add(pair)
                        review.intros.append(s)
            return review

    async def _open_follow_ups(
        self, nudges: Nudges, review: WeeklyReview, now: datetime, zone: ZoneInfo
    ) -> None:
        """Whom the user still owes a follow-up, one line per person, so the review never
        says all is well while they wait."""
        first: dict[str, OpenFollowUp] = {}
        oldest = now.astimezone(zone).date() - STILL_WAITING
        for nudge, contact in await nudges.open_due_by(now):
            due = nudge.due_at.astimezone(zone).date()
            if due < oldest:
                continue  # told twice already: it waits in /nudges, not every week (trial 29)
            # In touch on the day it fell due or since (a give, a get, another nudge done):
            # as a note of meeting them closes it, they are owed nothing.
            if _touched_since(contact, due, zone):
                continue
            drafted = nudge.status == NudgeStatus.DRAFTED
            first.setdefault(contact.name, OpenFollowUp(contact.name, due, drafted))
        review.open_count = len(first)
        review.open_follow_ups = list(first.values())[:SHOWN]

    async def set_enabled(self, user_id: int, enabled: bool) -> None:
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.review_opt_out = not enabled

    async def claim_due(self, user_id: int | None = None) -> list[tuple[int, datetime | None]]:
        """Users whose weekly review is due now; each is marked sent (returns the previous
        mark, to put back if sending fails). ``user_id``: that user only, if due."""
        if not self.settings.enabled:
            return []
        now = self.rt.clock()
        due: list[tuple[int, datetime | None]] = []
        async with self.rt.unit_of_work() as session:
            for user in await review_candidates(session):
                if user_id is not None and user.id != user_id:
                    continue
                if self._is_due(user, now):
                    due.append((user.id, user.last_review_at))
                    user.last_review_at = now
        return due

    def _is_due(self, user: User, now: datetime) -> bool:
        zone = ZoneInfo(user.timezone or self.rt.default_timezone)
        local = now.astimezone(zone)
        if local.weekday() != self.settings.weekday or local.time() < self.at:
            return False
        this_week = datetime.combine(local.date(), self.at, tzinfo=zone)
        return user.last_review_at is None or user.last_review_at < this_week

    async def unclaim(self, user_id: int, previous: datetime | None) -> None:
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.last_review_at = previous

    async def has_contacts(self, user_id: int) -> bool:
        async with self.rt.unit_of_work() as session:
            return await Contacts(session, user_id).count() > 0


def _touched_since(contact: Contact | None, day: date, zone: ZoneInfo) -> bool:
    """In touch with them on `day` or since: a note about them, a give, a get, a done nudge."""
    touched = contact.last_touch_at if contact is not None else None
    return touched is not None and touched.astimezone(zone).date() >= day
