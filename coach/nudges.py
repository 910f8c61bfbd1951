"""The user's side of nudges: what's coming, acting on one, follow-ups by hand, pauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.ideas import Person, as_sent, idea, opener
from coach.infra.durations import parse_clock, parse_duration, parse_quiet_hours
from coach.infra.settings import NudgeSettings
from coach.matching import KnownContact, match_contact
from coach.persons import load_people
from coach.phrases import goes_by
from coach.planner import NudgePlanner, keeps_in_touch
from coach.runtime import Runtime
from coach.same_follow_up import update, waiting_for_the_same
from coach.sentences import Detail, proper
from coach.stages import StageKeeper
from coach.views import Candidate, NudgeActionResult, NudgeDraft, NudgeView
from nlp.dates import resolve_date
from storage.contacts import Contacts
from storage.models import Contact, Fact, Interaction, Nudge, NudgeStatus
from storage.nudges import GENERIC_KINDS, Nudges
from storage.users import Users

if TYPE_CHECKING:
    from coach.intros import Intros

SNOOZES = {"day": timedelta(days=1), "week": timedelta(weeks=1)}
# How long a sent nudge nobody answered stays on /nudges, with its buttons, unless a newer
# one about the same person was sent since: an ignored nudge must not drop out of sight
# before the user had a chance to look back (a busy week, a holiday).
SENT_LISTED_FOR = timedelta(days=14)


class NotFound(LookupError):
    """No contact by that name, or several (then `candidates` lists them)."""

    def __init__(
        self,
        name: str,
        candidates: list[str] | None = None,
        choices: list[Candidate] | None = None,
        what: str = "",
    ) -> None:
        super().__init__(name)
        self.name = name
        self.candidates = candidates or []
        # For a command that can wait for the pick (/gave, /got): whom to offer, and what
        # the command said besides the name, so the pick saves it without retyping.
        self.choices = choices or []
        self.what = what


class BadWhen(ValueError):
    pass


async def nudge_view(
    session: AsyncSession,
    user_id: int,
    nudge: Nudge,
    contact: Contact | None,
    zone: ZoneInfo,
    intros: Intros | None = None,
    now: datetime | None = None,
) -> NudgeView:
    give = nudge.kind == "give_value"
    people = await load_people(session, user_id, [contact], intros, give=give) if contact else {}
    return view_of(nudge, contact, people.get(contact.id) if contact else None, zone, now)


def view_of(
    nudge: Nudge,
    contact: Contact | None,
    person: Person | None,
    zone: ZoneInfo,
    now: datetime | None = None,
) -> NudgeView:
    """The nudge as the user will read it, from what is already loaded."""
    if contact is None or person is None:
        text = f"Follow up: {nudge.reason}" if nudge.reason else "Time for a follow-up"
        return NudgeView(
            nudge.id, nudge.kind, None, None, None, None, text, nudge.due_at.astimezone(zone)
        )
    if was_sent(nudge):
        # The very line that was sent: from the detail it used, as of when it went.
        person, now = as_sent(person, nudge.fact_id), nudge.sent_at or now
    today = now is not None and nudge.due_at.astimezone(zone).date() == now.astimezone(zone).date()
    said = idea(person, nudge.kind, nudge.reason, now, today)
    return NudgeView(
        nudge_id=nudge.id,
        kind=nudge.kind,
        person=contact.name,
        org=contact.org,
        # "the Women in Business lunch" as the notes wrote it, not as it was stored
        met_at=proper(contact.met_at, person.proper_names) if contact.met_at else None,
        met_on=contact.met_on,
        idea=said.text,
        due=nudge.due_at.astimezone(zone),
        fact_id=said.fact_id,
        gives=said.gives,
    )


async def with_sent_fact(
    session: AsyncSession, person: Person, nudge: Nudge, contact: Contact
) -> Person:
    """The person with the fact a sent nudge used, even one a later note replaced since
    (those are not loaded): the sent line is rebuilt from it all the same."""
    if nudge.fact_id is None or any(d.fact_id == nudge.fact_id for d in person.details):
        return person
    fact = await session.get(Fact, nudge.fact_id)
    if fact is None or fact.contact_id != contact.id or fact.user_id != nudge.user_id:
        return person
    told = Detail(fact.kind, fact.text, fact.id, fact.created_at)
    return replace(person, details=(*person.details, told))


def latest_per_person(
    sent: Sequence[tuple[Nudge, Contact | None]], newest: dict[int, int] | None = None
) -> list[tuple[Nudge, Contact | None]]:
    """Of the unanswered sent nudges (oldest first), the newest about each person: it
    replaces the ones before it. `newest`: contact id -> the nudge about them sent last,
    answered or not; one the user has handled since still replaces the older ones, which
    don't come back. Follow-ups without a person all stay."""
    newest = {
        **{n.contact_id: n.id for n, _ in sent if n.contact_id is not None},
        **(newest or {}),
    }
    return [(n, c) for n, c in sent if n.contact_id is None or newest[n.contact_id] == n.id]


# Nudges still waiting for the user to act on them.
OPEN = (NudgeStatus.PENDING, NudgeStatus.CLAIMED, NudgeStatus.SENT)


def was_sent(nudge: Nudge) -> bool:
    """Sent (and maybe answered since): its words are fixed. A snoozed one is worded anew."""
    return nudge.sent_at is not None and nudge.status in (
        NudgeStatus.SENT,
        NudgeStatus.DONE,
        NudgeStatus.SKIPPED,
        NudgeStatus.DRAFTED,
    )


class NudgeBook:
    def __init__(
        self,
        runtime: Runtime,
        planner: NudgePlanner,
        settings: NudgeSettings,
        stages: StageKeeper | None = None,
        intros: Intros | None = None,
    ) -> None:
        """`stages`: a done follow-up can move a relationship's stage. `intros`: needs
        in nudges name whom to introduce, as /balance and /review do."""
        self.rt = runtime
        self.planner = planner
        self.settings = settings
        self.stages = stages
        self.intros = intros

    async def _zone(self, session: AsyncSession, user_id: int) -> ZoneInfo:
        zone = (await self.rt.user_now(session, user_id)).tzinfo
        assert isinstance(zone, ZoneInfo)
        return zone

    async def upcoming(self, user_id: int) -> list[NudgeView]:
        """Nudges sent in the last two weeks and not answered yet (their buttons scrolled
        away, or a later menu closed them in the console), then everything due within
        the next two weeks (or whatever upcoming_window says); a person whose first name
        another contact shares is named in full."""
        async with self.rt.unit_of_work() as session:
            zone = await self._zone(session, user_id)
            now = self.rt.clock()
            nudges = Nudges(session, user_id)
            since = now - SENT_LISTED_FOR
            unanswered = await nudges.sent_unanswered(since)
            newest = await nudges.newest_sent(
                [n.contact_id for n, _ in unanswered if n.contact_id is not None], since
            )
            sent = latest_per_person(unanswered, newest)
            rows = [
                (n, c)
                for n, c in [*sent, *await nudges.upcoming(now + self.settings.upcoming_window)]
                # A relative's generic nudges (from before they were known as one) wait for
                # the dispatcher to drop them; one the user asked for stays.
                if c is None or keeps_in_touch(c) or n.kind not in GENERIC_KINDS
            ]
            contacts = list({c.id: c for _, c in rows if c is not None}.values())
            giving = {n.contact_id for n, _ in rows if n.kind == "give_value" and n.contact_id}
            people = await load_people(
                session, user_id, contacts, self.intros, full_names=True, give=giving
            )
            views = []
            listed: dict[int, set[int]] = {}  # contact -> the details lines above used
            for n, c in rows:
                person = people.get(c.id) if c else None
                if person is not None and c is not None and not was_sent(n) and listed.get(c.id):
                    # Two coming nudges to one person never say the same thing (trial 11:
                    # "how buying in Pearland is going" on 7 and 14 Dec): the later one
                    # as it will be, once the earlier has gone.
                    used = frozenset(listed[c.id])
                    earlier = {person.last_used} if person.last_used is not None else set()
                    person = replace(
                        person,
                        last_used=next(iter(used)),
                        used_before=person.used_before | used | earlier,
                    )
                if person is not None and c is not None and was_sent(n):
                    # As the nudge saw them when it went (what they gave since isn't
                    # thanked for in it), as its draft does: the line listed is the one sent.
                    then = await load_people(
                        session,
                        user_id,
                        [c],
                        self.intros,
                        full_names=True,
                        give=n.kind == "give_value",
                        sent_at=n.sent_at,
                    )
                    person = await with_sent_fact(session, then.get(c.id, person), n, c)
                view = view_of(n, c, person, zone, now)
                if c is not None and view.fact_id is not None:
                    listed.setdefault(c.id, set()).add(view.fact_id)
                views.append(replace(view, sent=n.status == NudgeStatus.SENT))
            return views

    async def act(self, user_id: int, nudge_id: int, action: str) -> NudgeActionResult | None:
        """Done, snooze (day/week) or skip; None if the nudge isn't this user's or is finished."""
        async with self.rt.unit_of_work() as session:
            nudge = await Nudges(session, user_id).get(nudge_id)
            if nudge is None or nudge.status in (
                NudgeStatus.DONE,
                NudgeStatus.SKIPPED,
                NudgeStatus.CANCELLED,
            ):
                return None
            now = self.rt.clock()
            contact = (
                await Contacts(session, user_id).get(nudge.contact_id) if nudge.contact_id else None
            )
            if action == "done":
                nudge.status = NudgeStatus.DONE
                if contact is not None:
                    session.add(
                        Interaction(
                            user_id=user_id,
                            contact_id=contact.id,
                            kind="nudge_done",
                            summary=nudge.reason,
                            # The coach's clock, as every other time: the review counts it.
                            created_at=now,
                        )
                    )
                    await self.planner.touched(session, user_id, contact, now)
                    if self.stages is not None:
                        await self.stages.update(session, user_id, contact, now)
            elif action in SNOOZES:
                # Back on the morning of the day it is snoozed to.
                zone = await self._zone(session, user_id)
                nudge.status, nudge.due_at, nudge.claimed_until = (
                    NudgeStatus.PENDING,
                    self.planner.morning(now + SNOOZES[action], zone),
                    None,
                )
            elif action == "skip":
                nudge.status = NudgeStatus.SKIPPED
            else:
                return None
            if contact is not None and action in ("done", "skip"):
                await self.planner.keep_going(session, [contact], now, skipped=action == "skip")
            await session.flush()
            zone = await self._zone(session, user_id)
            view = await nudge_view(session, user_id, nudge, contact, zone, None, now)
            next_due = None
            if contact is not None:
                waiting = await Nudges(session, user_id).waiting(
                    contact.id, (*GENERIC_KINDS, "follow_up")
                )
                next_due = min((n.due_at for n in waiting), default=None)
            return NudgeActionResult(action, view, next_due.astimezone(zone) if next_due else None)

    async def draft(self, user_id: int, nudge_id: int) -> NudgeDraft | None:
        """A short opener the user can copy. Taking it means they are reaching out, so the
        nudge counts as acted on and stops coming back; the touch is logged only when they
        say they sent it (Done), since a draft may never leave their phone."""
        async with self.rt.unit_of_work() as session:
            nudge = await Nudges(session, user_id).get(nudge_id)
            if nudge is None or nudge.contact_id is None:
                return None
            contact = await Contacts(session, user_id).get(nudge.contact_id)
            if contact is None:
                return None
            text = await self._opener(session, user_id, nudge, contact)
            await self._drafted(session, nudge, contact)
            return NudgeDraft(nudge.id, text, contact.name, goes_by(contact.name, contact.aka))

    async def _opener(
        self, session: AsyncSession, user_id: int, nudge: Nudge, contact: Contact
    ) -> str:
        give = nudge.kind == "give_value"
        sent_at = nudge.sent_at if was_sent(nudge) else None
        people = await load_people(
            session, user_id, [contact], self.intros, give=give, sent_at=sent_at
        )
        person = people[contact.id]
        if was_sent(nudge):
            # The draft says what the nudge said, from the same detail.
            person = as_sent(await with_sent_fact(session, person, nudge, contact), nudge.fact_id)
        return opener(person, nudge.kind, nudge.reason, self.rt.clock(), fact_id=nudge.fact_id)

    async def _drafted(self, session: AsyncSession, nudge: Nudge, contact: Contact) -> None:
        """An open nudge becomes drafted: off the unanswered list, not counted as ignored,
        and the next keep-in-touch nudge waits a cadence rather than repeating in a week."""
        if nudge.status not in OPEN:
            return  # done, skipped or already drafted: nothing to change
        nudge.status, nudge.claimed_until = NudgeStatus.DRAFTED, None
        await session.flush()
        await self.planner.keep_going(session, [contact], self.rt.clock(), skipped=True)

    async def add_follow_up(
        self, user_id: int, name: str, when: str, reason: str, *, guess: bool = True
    ) -> NudgeView:
        """/followup <name> <when> [reason]. ``guess``: see resolve_date."""
        async with self.rt.unit_of_work() as session:
            contact = await self._contact_named(session, user_id, name)
            local_now = await self.rt.user_now(session, user_id)
            day = resolve_date(when, local_now, guess=guess)
            if day is None:
                raise BadWhen(when)
            due_at = datetime.combine(
                day, parse_clock(self.settings.send_time), tzinfo=local_now.tzinfo
            )
            if due_at <= local_now:
                due_at = local_now + timedelta(minutes=1)
            due_at = due_at.astimezone(UTC)
            await self.planner.follow_up_asked(session, user_id, contact.id, due_at)
            nudge = await waiting_for_the_same(
                session, user_id, contact.id, due_at, reason, local_now.tzinfo
            )
            if nudge is not None:
                update(nudge, due_at, reason)  # the note's "follow up friday", now about…
                await session.flush()
            else:
                nudge = await Nudges(session, user_id).add(
                    contact_id=contact.id,
                    note_id=None,
                    kind="follow_up",
                    reason=reason,
                    due_at=due_at,
                )
            assert isinstance(local_now.tzinfo, ZoneInfo)
            return await nudge_view(
                session, user_id, nudge, contact, local_now.tzinfo, self.intros, self.rt.clock()
            )

    async def set_cadence(self, user_id: int, name: str, every: str) -> tuple[str, timedelta]:
        """/cadence <name> <every 30d>: the keep-in-touch rhythm for one contact."""
        span = parse_duration(every)
        if span < timedelta(days=1):
            raise ValueError("a keep-in-touch cadence is at least a day")
        async with self.rt.unit_of_work() as session:
            contact = await self._contact_named(session, user_id, name)
            contact.cadence_days = max(1, round(span / timedelta(days=1)))
            await self.planner.touched(
                session, user_id, contact, contact.last_touch_at or self.rt.clock()
            )
            await self.planner.keep_going(session, [contact], self.rt.clock())
            return contact.name, timedelta(days=contact.cadence_days)

    async def pause(self, user_id: int, span: str) -> datetime:
        """/pause 7d: hold every nudge until then (they arrive after, nothing is dropped)."""
        length = parse_duration(span)
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.paused_until = self.rt.clock() + length
            return user.paused_until.astimezone(await self._zone(session, user_id))

    async def resume(self, user_id: int) -> bool:
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            was_paused = user.paused_until is not None and user.paused_until > self.rt.clock()
            user.paused_until = None
            return was_paused

    async def set_digest(self, user_id: int, at: str | None) -> str | None:
        """/digest on 08:30 groups the day's nudges in one morning message; None turns it off."""
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.digest_time = parse_clock(at).strftime("%H:%M") if at else None
            return user.digest_time

    async def set_quiet_hours(self, user_id: int, hours: str) -> str:
        start, end = parse_quiet_hours(hours)
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.quiet_hours = f"{start:%H:%M}-{end:%H:%M}"
            return user.quiet_hours

    async def _contact_named(self, session: AsyncSession, user_id: int, name: str) -> Contact:
        contacts = Contacts(session, user_id)
        known = [KnownContact(*row) for row in await contacts.all_names()]
        match = match_contact(name, None, known)
        if match.contact_id is None:
            raise NotFound(name, [c.name for c in match.candidates])
        contact = await contacts.get(match.contact_id)
        assert contact is not None
        return contact


FILLER = {"about", "re", "to", "for", "regarding", "-", "–", ":"}


async def follow_up_from_words(book: NudgeBook, user_id: int, words: list[str]) -> NudgeView:
    """'/followup sarah chen next tuesday about the mentoring program': find where the name
    ends and the date begins by trying the splits, longest date phrase first. Every split
    is read with the note reader's grammar before any is guessed at with dateparser, so
    "by the 12th about the speaker slot" means what it means in a note: the 12th."""
    if len(words) < 2:
        raise BadWhen(" ".join(words))
    first_miss: NotFound | None = None
    someone_matched = False
    for name_len in range(1, min(4, len(words))):
        name, rest = " ".join(words[:name_len]), words[name_len:]
        try:
            for guess in (False, True):
                view = await _first_date_split(book, user_id, name, rest, guess=guess)
                if view is not None:
                    return view
            # add_follow_up finds the contact before reading the date.
            someone_matched = True
        except NotFound as exc:
            first_miss = first_miss or exc
    if someone_matched or first_miss is None:
        raise BadWhen(" ".join(words[1:]))
    raise first_miss


async def _first_date_split(
    book: NudgeBook, user_id: int, name: str, rest: list[str], *, guess: bool
) -> NudgeView | None:
    """The follow-up for the longest date phrase that starts ``rest``; None if none reads."""
    for when_len in range(min(4, len(rest)), 0, -1):
        reason_words = rest[when_len:]
        while reason_words and reason_words[0].lower() in FILLER:
            reason_words = reason_words[1:]
        when, reason = " ".join(rest[:when_len]), " ".join(reason_words)
        try:
            return await book.add_follow_up(user_id, name, when, reason, guess=guess)
        except BadWhen:
            continue
    return None
