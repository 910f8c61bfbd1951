"""Events: who the user met where, how many they followed up, and a nudge against
hop-in/hop-out networking (going once, following up with no one)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from coach.ideas import idea
from coach.persons import load_people
from coach.runtime import Runtime
from storage.contacts import Contacts
from storage.ledger import Ledger
from storage.notes import Notes

FOLLOW_UP_KINDS = ("nudge_done", "gave", "got")
# A note written this long after meeting counts as having followed up.
LATER_NOTE = timedelta(hours=12)
# Don't coach about an event the user is still following up from.
GRACE = timedelta(days=3)
MAX_EVENTS = 15
# Said after an event's name, they name the same gathering as the bare name ("bni lunch"
# and "bni"), but two of them ("chamber breakfast", "chamber lunch") may be two events.
GENERIC_TAIL = frozenset(
    "lunch breakfast dinner mixer meeting meetup meet-up event events networking night "
    "social happy hour luncheon brunch coffee drinks session".split()
)
_LEADING = ("the ", "a ", "an ")


def _plain(name: str) -> str:
    """ "The BNI Lunch" and "bni lunch": one key, case, "the" and punctuation aside."""
    key = " ".join(name.casefold().replace(".", " ").replace(",", " ").split())
    for lead in _LEADING:
        if key.startswith(lead):
            key = key[len(lead) :]
    return key


def event_keys(names: list[str]) -> dict[str, str]:
    """Each event name as said -> the key of the event it names. Names differing only in
    case or "the" are one event; "bni lunch" joins "bni" when the bare name was said too and
    no other "bni <lunch/breakfast/…>" could be meant."""
    plain = {name: _plain(name) for name in names}
    keys = set(plain.values())
    bare: dict[str, set[str]] = {}
    for key in keys:
        words = key.split()
        while len(words) > 1 and words[-1] in GENERIC_TAIL:
            words = words[:-1]
        stem = " ".join(words)
        if stem != key:
            bare.setdefault(stem, set()).add(key)
    merged = {
        next(iter(variants)): stem
        for stem, variants in bare.items()
        if stem in keys and len(variants) == 1
    }
    return {name: merged.get(key, key) for name, key in plain.items()}


@dataclass(frozen=True)
class MetPerson:
    contact_id: int
    name: str
    followed_up: bool


@dataclass
class EventSummary:
    name: str
    first: date
    last: date
    visits: int  # distinct days with a note from this event
    days: list[date] = field(default_factory=list)  # those days, oldest first
    people: list[MetPerson] = field(default_factory=list)

    @property
    def followed(self) -> int:
        return sum(p.followed_up for p in self.people)


@dataclass
class EventsView:
    events: list[EventSummary]
    coaching: str | None = None


class Events:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    async def summary(self, user_id: int) -> EventsView:
        async with self.rt.unit_of_work() as session:
            now = await self.rt.user_now(session, user_id)
            # Relatives were mentioned, not met there.
            briefs = [
                b for b in await Contacts(session, user_id).briefs(relatives=False) if b.met_at
            ]
            ledger = Ledger(session, user_id)
            touched = await ledger.contacts_with(FOLLOW_UP_KINDS)
            last_note = await ledger.last_note_at()
            visits: dict[str, set[date]] = {}
            names: dict[str, str] = {}
            noted = sorted(await Notes(session, user_id).events(), key=lambda ew: ew[1])
            keys = event_keys([e for e, _ in noted] + [b.met_at for b in briefs if b.met_at])
            for event, when in noted:
                key = keys[event]
                names.setdefault(key, event)
                visits.setdefault(key, set()).add(when.astimezone(now.tzinfo).date())
            events: dict[str, EventSummary] = {}
            for b in sorted(briefs, key=lambda b: (b.created_at, b.id)):
                assert b.met_at is not None
                key = keys[b.met_at]
                met = b.met_on or b.created_at.astimezone(now.tzinfo).date()
                summary = events.get(key)
                if summary is None:
                    days = sorted(visits.get(key) or {met})
                    summary = events[key] = EventSummary(
                        names.get(key, b.met_at), days[0], days[-1], len(days), days
                    )
                later = last_note.get(b.id)
                followed = b.id in touched or (
                    later is not None and later - b.created_at >= LATER_NOTE
                )
                summary.people.append(MetPerson(b.id, b.name, followed))
            ordered = sorted(events.values(), key=lambda e: (e.last, e.name), reverse=True)
        coaching = await self._coaching(user_id, ordered, now)
        return EventsView(ordered[:MAX_EVENTS], coaching)

    async def _coaching(
        self, user_id: int, events: list[EventSummary], now: datetime
    ) -> str | None:
        """One kind, specific prompt about the event most in need of follow-up."""
        due = [
            e
            for e in events
            if e.people and e.followed < len(e.people) and now.date() - e.last >= GRACE
        ]
        if not due:
            return None
        worst = max(due, key=lambda e: (len(e.people) - e.followed, len(e.people), e.last))
        waiting = [p for p in worst.people if not p.followed_up]
        target = waiting[0]
        async with self.rt.unit_of_work() as inner:
            contact = await Contacts(inner, user_id).get(target.contact_id)
            if contact is None:
                return None
            known = (await load_people(inner, user_id, [contact]))[contact.id]
        person = replace(known, met_at=worst.name)
        step = idea(person, "first", now=now).text
        met = len(worst.people)
        lines = [
            f"You met {met} {'person' if met == 1 else 'people'} at the {worst.name} and "
            f"followed up with {worst.followed}. The room only pays off in the follow-up: "
            f"{step[0].lower() + step[1:]}."
        ]
        if worst.visits == 1:
            lines.append(
                f"Going back to the next {worst.name} helps too: the second visit is when "
                "faces become friends."
            )
        return " ".join(lines)
