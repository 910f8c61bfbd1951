"""Know, like, trust: where a relationship stands, why, and how healthy it is.

The rules (shown on the card in plain words):

* Everyone starts at **know**.
* **know → like**: 3 touches on different days spanning at least 2 weeks, or a give either way
  and 3 touches on different days however close. A give is one touch: alone, or with the
  one meeting, it is a kindness, not yet a relationship. A touch is real contact: a note of
  meeting or talking with them (who that is: nlp/contact.py), a done follow-up, a give or a
  get.
* **like → trust**: gives both ways (you gave and they gave) and 4 touches over at least
  30 days, or 8 touches over at least 60 days.
* Touches older than a year no longer count.
* **Drifting**: no touch for 3 times the stage's cadence (know 21 days → 63, like 30 → 90,
  trust 60 → 180) drops the relationship one stage. The next touch counts everything again.

Health: recency against the cadence (in touch / due / drifting) and reciprocity (who gave).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.planner import NudgePlanner
from coach.views import StageMove
from storage.ledger import Ledger
from storage.models import Contact

STAGES = ("know", "like", "trust")
STAGE_ICONS = {"know": "👋", "like": "🙂", "trust": "🤝"}
LIKE_TOUCHES, LIKE_SPAN = 3, timedelta(days=14)
TRUST_TOUCHES, TRUST_SPAN = 4, timedelta(days=30)
TRUST_TOUCHES_ALONE, TRUST_SPAN_ALONE = 8, timedelta(days=60)
COUNTED_FOR = timedelta(days=365)
DRIFT_AFTER = 3  # times the cadence


@dataclass(frozen=True)
class Signals:
    touches: int  # distinct days
    span: timedelta  # first to last counted touch
    gave: int
    got: int
    last_touch: datetime | None


@dataclass(frozen=True)
class Assessment:
    stage: str
    why: str
    next_step: str | None
    drifted: bool = False


@dataclass(frozen=True)
class Health:
    icon: str
    recency: str
    reciprocity: str
    ratio: float  # time since last touch / cadence


def signals_from(times: Sequence[datetime], gave: int, got: int, now: datetime) -> Signals:
    recent = [t for t in times if now - t <= COUNTED_FOR]
    days = sorted({t.date() for t in recent})
    span = (max(recent) - min(recent)) if recent else timedelta(0)
    return Signals(len(days), span, gave, got, max(times) if times else None)


def _weeks(span: timedelta) -> str:
    days = span.days
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    return f"{days // 7} weeks"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def earned_stage(s: Signals) -> str:
    """The stage the history has earned, before any drift."""
    both_gave = s.gave >= 1 and s.got >= 1
    if (both_gave and s.touches >= TRUST_TOUCHES and s.span >= TRUST_SPAN) or (
        s.touches >= TRUST_TOUCHES_ALONE and s.span >= TRUST_SPAN_ALONE
    ):
        return "trust"
    # A give waives the two weeks, never the touches: met once and given to once is 2.
    if s.touches >= LIKE_TOUCHES and (s.span >= LIKE_SPAN or s.gave + s.got >= 1):
        return "like"
    return "know"


def assess(s: Signals, cadence_of: dict[str, timedelta], now: datetime) -> Assessment:
    earned = earned_stage(s)
    history = f"{_plural(s.touches, 'touch').replace('touchs', 'touches')} over {_weeks(s.span)}"
    if s.touches == 0:
        history = "no touches yet"  # not "0 touches over 0 days"
    gives = f"you gave {s.gave}, received {s.got}"
    stage, drifted = earned, False
    if s.last_touch is not None and earned != "know":
        silence = now - s.last_touch
        if silence > cadence_of[earned] * DRIFT_AFTER:
            stage, drifted = STAGES[STAGES.index(earned) - 1], True
    if drifted:
        quiet = (now - s.last_touch).days if s.last_touch else 0
        why = f"was {earned}, but {quiet} days without a touch; one catch-up brings it back"
    else:
        why = f"{history}; {gives}"
    if stage == "know":
        step = (
            "like: 3 touches over 2 weeks, or a give and 3 touches sooner" if not drifted else None
        )
    elif stage == "like":
        step = "trust: gives both ways and 4 touches over a month (or 8 over two months)"
        if s.gave == 0:
            step += "; give first"
        elif s.got == 0:
            step += "; they haven't given yet, keep giving"
    else:
        step = None
    return Assessment(stage, why, step, drifted)


def health(contact: Contact, cadence: timedelta, gave: int, got: int, now: datetime) -> Health:
    # A touch stamped after now (a clock ahead, a note dated "today" in a zone further east)
    # happened today: never "-1 days ago".
    if contact.last_touch_at is None:
        # heard of, never met or talked to: no "last touch 5 days ago" (trial 25)
        return Health("⚪", "no touch yet", _reciprocity(gave, got), 0.0)
    since = max(now - contact.last_touch_at, timedelta(0))
    ratio = since / cadence if cadence else 0.0
    days = since.days
    ago = "today" if days == 0 else f"{days} day{'s' if days != 1 else ''} ago"
    if ratio < 1:
        icon, recency = "🟢", f"in touch (last touch {ago}, every {cadence.days}d)"
    elif ratio < 2:
        icon, recency = "🟡", f"due for a catch-up (last touch {ago}, every {cadence.days}d)"
    else:
        icon, recency = "🔴", f"drifting (last touch {ago}, every {cadence.days}d)"
    return Health(icon, recency, _reciprocity(gave, got), ratio)


def _reciprocity(gave: int, got: int) -> str:
    if gave == 0 and got == 0:
        return "no gives yet: give first"
    if gave == 0:
        return "you've only received so far: time to give back"
    if got > gave:
        return f"they've given more ({got} vs {gave})"
    if gave > got:
        return f"you give first ({gave} vs {got})"
    return f"balanced ({gave} each)"


class StageKeeper:
    """Recomputes a contact's stage from its history; called on every touch, give and get."""

    def __init__(self, planner: NudgePlanner) -> None:
        self.planner = planner

    def cadences(self) -> dict[str, timedelta]:
        c = self.planner.settings.cadence
        return {"know": c.know, "like": c.like, "trust": c.trust}

    async def signals(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> Signals:
        touches = await Ledger(session, user_id).touches(contact.id)
        kinds = [kind for kind, _ in touches]
        return signals_from(
            [when for _, when in touches], kinds.count("gave"), kinds.count("got"), now
        )

    async def update(
        self, session: AsyncSession, user_id: int, contact: Contact, now: datetime
    ) -> tuple[Assessment, StageMove | None]:
        await session.flush()
        return self.settle(contact, await self.signals(session, user_id, contact, now), now)

    def settle(
        self, contact: Contact, signals: Signals, now: datetime
    ) -> tuple[Assessment, StageMove | None]:
        """Move the contact to the stage its history has earned; the caller read the history."""
        assessment = assess(signals, self.cadences(), now)
        change = None
        if assessment.stage != contact.stage:
            change = StageMove(contact.id, contact.name, contact.stage, assessment.stage)
            contact.stage = assessment.stage
        return assessment, change

    def drifted_stage(self, stage: str, last_touch: datetime | None, now: datetime) -> str:
        """The weekly pass: only drift down (a full recount happens on the next touch)."""
        if stage == "know" or last_touch is None or stage not in STAGES:
            return stage
        if now - last_touch > self.cadences()[stage] * DRIFT_AFTER:
            return STAGES[STAGES.index(stage) - 1]
        return stage
