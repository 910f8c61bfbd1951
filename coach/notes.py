"""Capturing a note: save the raw text first, then enrich it into contacts, facts and follow-ups."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from coach.facts import about_the_same, supersedes
from coach.ideas import HARD_DAYS, met_in_mourning
from coach.infra import metrics
from coach.infra.durations import parse_clock
from coach.infra.spool import NoteKept, Spool, is_outage
from coach.kin_facts import family_said_once
from coach.matching import KnownContact, NameIndex, match_contact, names_in_reach
from coach.planner import NudgePlanner
from coach.remarks import without_remark
from coach.runtime import Runtime
from coach.same_follow_up import update, waiting_for_the_same
from coach.talk import dark
from coach.updates import card_json, stored_card
from coach.views import (
    Candidate,
    FactView,
    FollowUpView,
    NoteCard,
    Question,
    Resolution,
    SavedPerson,
    UndoResult,
)
from nlp.dates import resolve_when
from nlp.events import goes_on_from_before
from nlp.known import name_words
from nlp.schema import Change, Fact, FollowUp, NoteExtraction, PersonMention
from storage.contacts import Contacts, NewFact, name_key
from storage.ledger import Ledger
from storage.models import Contact, Note, NoteStatus, NudgeStatus
from storage.models import Fact as StoredFact
from storage.notes import NewLink, Notes, Pending, note_by_source
from storage.nudges import NewNudge, Nudges
from storage.users import Users

log = logging.getLogger(__name__)
# What a note of meeting or talking with someone does when due today or overdue: a follow-up
# asked for, the nice-to-meet-you and the keep-in-touch nudge (a give is no meeting).
CLOSED_BY_MEETING = ("follow_up", "first", "keep_in_touch")
CLOSED_PREFIX = "closed by note: nudge "
# A follow-up a note said was not needed, cancelled by it (no touch, nothing done).
CANCELLED_KIND = "nudge_cancelled"
# A relative a correction moved to someone else: "<whose she was>:<relation>" for /undo.
FAMILY_MOVED = "family_moved"
# "follow up friday" says when, not what about: no reason worth repeating back.
GENERIC_FOLLOW_UPS = frozenset({"follow up", "follow-up", "followup", "f/u", "fu", "check in"})


# A follow-up said as only itself: "follow up with adaeze", "circle back", "follow up w
# hank" (trial 15 showed "about “follow up with adaeze”" and "about the circle back").
_ONLY_ITSELF = re.compile(
    r"^(?:(?:i )?(?:should|will|need to|must|gotta|to) )?(?:follow[ -]?up|f/u|circle back|"
    r"check in|touch base|reach out|ping|get back)"
    # "with hank" (a name the card may know only as theirs), "with him", "on her"
    r"(?: (?:with|w/?)(?: [\w'-]+)?| (?:to|on) (?:him|her|them))?$"
)
# A reason cut off before its noun: "breakfast every 2nd" (of "every 2nd tuesday").
_CUT_OFF = re.compile(r"\b(?:every|each|the|a|an|\d+(?:st|nd|rd|th))$")


def _only_itself(what: str, person: SavedPerson | None) -> bool:
    """The reason says nothing but the follow-up (with their name), or is cut off."""
    said = name_key(what)
    if said in GENERIC_FOLLOW_UPS or _CUT_OFF.search(said):
        return True
    names = set(name_key(person.name).split()) if person is not None else set()
    kept = " ".join(w for w in said.split() if w not in names)
    return bool(_ONLY_ITSELF.match(kept.strip()))


class EmptyNote(ValueError):
    """The note has no text worth keeping."""


def candidate_label(contact: KnownContact) -> str:
    return f"{contact.name} ({contact.org})" if contact.org else contact.name


async def told_apart(contacts: Contacts, found: Sequence[KnownContact]) -> list[Candidate]:
    """Each contact as a choice in a menu, labelled so that two with one name can be told
    apart (trial 10: "Amara" and "Amara"): whose relative they are, else where or when they
    were met, else when they were added."""
    labels = [candidate_label(c) for c in found]
    seen = [label.casefold() for label in labels]
    for at, contact in enumerate(found):
        if seen.count(seen[at]) < 2:
            continue
        row = await contacts.get(contact.contact_id)
        if row is None:
            continue
        labels[at] = await _distinct_label(contacts, labels[at], row)
    repeated = [label.casefold() for label in labels]
    return [
        Candidate(
            c.contact_id,
            label if repeated.count(label.casefold()) < 2 else f"{label} (no. {c.contact_id})",
        )
        for c, label in zip(found, labels, strict=True)
    ]


async def _distinct_label(contacts: Contacts, label: str, contact: Contact) -> str:
    if contact.relation and contact.relative_of_id:
        principal = await contacts.get(contact.relative_of_id)
        if principal is not None:
            return f"{label}, {principal.name}'s {contact.relation}"
    if contact.relation:
        return f"{label}, your {contact.relation}"
    if contact.met_at:
        return f"{label}, met at {contact.met_at}"
    if contact.met_on:
        return f"{label}, met {contact.met_on.day} {contact.met_on:%b %Y}"
    added = contact.created_at
    return f"{label}, added {added.day} {added:%b %Y}"


# After a note is read, in its transaction: gives and gets, stages, intros (coach.ledger).
AfterReading = Callable[
    [AsyncSession, int, Note, NoteExtraction, NoteCard, datetime], Awaitable[None]
]
# After a "Which John?" is answered, in its transaction: what the note gave or got from
# the person picked, held back until now (coach.ledger).
AfterResolving = Callable[
    [AsyncSession, int, Note, PersonMention, Resolution, datetime], Awaitable[None]
]


@dataclass
class _NewRows:
    """What reading a note adds and never reads back, added to the session together."""

    links: list[NewLink] = field(default_factory=list)
    facts: list[NewFact] = field(default_factory=list)
    nudges: list[NewNudge] = field(default_factory=list)

    async def store(self, session: AsyncSession, user_id: int, planner: NudgePlanner) -> None:
        await Notes(session, user_id).add_links(self.links)
        await Contacts(session, user_id).add_facts(self.facts)
        # Only now, with this note's follow-ups known: they keep their day, the rest make room.
        await planner.spread(session, user_id, self.nudges)
        await Nudges(session, user_id).add_all(self.nudges)
        self.links, self.facts, self.nudges = [], [], []


class NoteCapture:
    def __init__(
        self,
        runtime: Runtime,
        planner: NudgePlanner,
        spool: Spool | None = None,
        after_reading: AfterReading | None = None,
        after_resolving: AfterResolving | None = None,
    ) -> None:
        """`spool`: where notes wait while the database is unreachable. `after_reading`: what
        else a note's reading adds, in its transaction (the Coach passes LedgerBook.on_note)."""
        self.rt = runtime
        self.planner = planner
        self.spool = spool
        self.after_reading = after_reading
        self.after_resolving = after_resolving
        # A follow-up for "friday" is sent on Friday morning in the user's timezone.
        self.follow_up_time = parse_clock(planner.settings.send_time)

    async def capture(
        self, user_id: int, text: str, *, source_key: str | None = None, spool: bool = True
    ) -> NoteCard:
        """Keep the note, then read it; a failed read leaves the note saved and says so.

        `source_key` (the message the note came from) makes a redelivered or replayed
        message finish its note instead of storing it twice. With the database
        unreachable, the note goes to the local spool and NoteKept is raised.
        """
        text = text.strip()
        if not text:
            raise EmptyNote
        # 1. The note is kept before anything else, and the names it may mention read.
        try:
            async with self.rt.unit_of_work() as session:
                now = await self.rt.user_now(session, user_id)
                note = await note_by_source(session, user_id, source_key) if source_key else None
                if note is not None and note.status != NoteStatus.SAVED:
                    return await stored_card(session, user_id, note)
                fresh = note is None
                if note is None:
                    note = await Notes(session, user_id).add(
                        text, when=now.astimezone(UTC), source_key=source_key
                    )
                contacts = Contacts(session, user_id)
                hints = names_in_reach(await contacts.all_keyed(), name_words(note.text))
                traits = await contacts.traits(hints)
        except Exception as exc:
            if not spool or self.spool is None or not is_outage(exc):
                raise
            self.spool.keep(user_id, text, source_key, self.rt.clock().isoformat())
            metrics.NOTES_SPOOLED.inc()
            raise NoteKept from exc
        if fresh:
            metrics.NOTES_SAVED.inc()
        # 2. Read it (a replay reads the text it stored before).
        try:
            extraction = await self.rt.extraction.extract(note.text, now, hints, traits)
        except Exception as exc:
            log.exception("could not read note %s", note.id)
            async with self.rt.unit_of_work() as session:
                await Notes(session, user_id).mark_failed(note.id, f"{type(exc).__name__}: {exc}")
            return NoteCard(note_id=note.id, enrichment_failed=True)
        # 3. Enrich it, in one transaction.
        async with self.rt.unit_of_work() as session:
            # The user's notes are enriched one at a time: two notes about someone new
            # must not both add them.
            await Users(session).take_turn(user_id)
            notes = Notes(session, user_id)
            if extraction.event is None and goes_on_from_before(note.text):
                extraction.event = await _gathering_just_before(notes, now)
            data = extraction.to_dict()
            if not await notes.mark_enriched(note.id, extraction.event, data):
                # Another process replaying this message finished it meanwhile.
                stored = await notes.get(note.id)
                assert stored is not None, "the note was saved by this user a moment ago"
                return await stored_card(session, user_id, stored)
            # `note` is the first transaction's copy: it mirrors what was just stored.
            note.status, note.event, note.extraction = NoteStatus.ENRICHED, extraction.event, data
            known = NameIndex(await Contacts(session, user_id).all_keyed())
            card = await self._enrich(session, user_id, note, extraction, now, known, _NewRows())
            # Kept with the note: a replay after a crash answers with this same card.
            await notes.keep_card(note.id, card_json(card))
            return card

    async def _enrich(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        extraction: NoteExtraction,
        now: datetime,
        known: NameIndex,
        rows: _NewRows,
    ) -> NoteCard:
        """`known`: the user's contacts as they stand in this transaction."""
        note_id = note.id
        card = NoteCard(note_id=note_id, topics=extraction.topics, event=extraction.event)
        named = {name_key(p.name) for p in extraction.people}
        # "KD got the loan": a person's name or nickname is never anyone's organisation.
        called = _names_said(extraction.people)
        for mention in extraction.people:
            if mention.org and name_key(mention.org) in called:
                mention.org = None
            mention.facts = family_said_once(mention, extraction.people)
        changes = [
            c
            for c in extraction.changes
            if not (c.field == "org" and c.new and name_key(c.new) in called)
        ]
        lone_person = extraction.people[0].name if len(extraction.people) == 1 else None
        saved: dict[str, SavedPerson] = {}
        # Relatives after everyone else: who they belong to is saved by then.
        ordered = sorted(extraction.people, key=lambda p: p.relation is not None)
        for mention in ordered:
            follow_ups = [
                f
                for f in extraction.follow_ups
                if mention.relation is None
                and (
                    (f.person and name_key(f.person) == name_key(mention.name))
                    or (
                        lone_person is not None
                        and (f.person is None or name_key(f.person) not in named)
                    )
                )
            ]
            if mention.unsure:
                card.questions.append(
                    await self._ask(session, user_id, note_id, mention, follow_ups, [])
                )
                continue
            if mention.relation is not None:
                contact_id = await self._relative_known(session, user_id, mention, saved)
                if contact_id is None and _corrects(note.text, extraction):
                    contact_id = await _said_to_be_family(session, user_id, mention, saved)
            else:
                match = match_contact(mention.name, mention.org, known)
                if match.is_ambiguous:
                    card.questions.append(
                        await self._ask(
                            session, user_id, note_id, mention, follow_ups, match.candidates
                        )
                    )
                    continue
                contact_id = match.contact_id
                if contact_id is not None and await _someone_elses_namesake(
                    session, contact_id, mention.name
                ):
                    contact_id = None  # "met arjun mehta": not Priya's brother Arjun
            person, planned = await self._save_person(
                session, user_id, note, mention, contact_id, now, rows
            )
            if person.created:
                known.add((person.contact_id, person.name, person.org, name_key(person.name)))
            saved[name_key(mention.name)] = person
            card.people.append(person)
            card.follow_ups += await self._add_follow_ups(
                session, user_id, note_id, person, follow_ups, now, rows, planned
            )
        await self._link_relatives(session, user_id, extraction.people, saved)
        await rows.store(session, user_id, self.planner)
        await self._apply_changes(session, user_id, note, changes, saved, now)
        if not extraction.people:
            card.follow_ups += await self._add_follow_ups(
                session, user_id, note_id, None, extraction.follow_ups, now, rows
            )
        await rows.store(session, user_id, self.planner)
        card.people.sort(key=lambda p: p.relation is not None)
        if self.after_reading is not None:
            await self.after_reading(session, user_id, note, extraction, card, now)
        return card

    async def _ask(
        self,
        session: AsyncSession,
        user_id: int,
        note_id: int,
        mention: PersonMention,
        follow_ups: list[FollowUp],
        candidates: Sequence[KnownContact],
    ) -> Question:
        """ "Which Mike?" among `candidates`, or with none "Is 'Loan' a person?": the
        mention waits, with its facts and follow-ups, for the user's answer."""
        pending_id = await Pending(session, user_id).add(
            note_id, _mention_to_json(mention, follow_ups), [c.contact_id for c in candidates]
        )
        return Question(
            pending_id=pending_id,
            name=mention.name,
            candidates=await told_apart(Contacts(session, user_id), candidates),
        )

    async def _relative_known(
        self,
        session: AsyncSession,
        user_id: int,
        mention: PersonMention,
        saved: dict[str, SavedPerson],
    ) -> int | None:
        """A relative already recorded ("her husband Tom" again): only among the family of
        the same person, so another Tom the user knows is never taken for him. A full name
        said ("his daughter Lena Bishop") is the contact of that name: one person, one card."""
        contacts = Contacts(session, user_id)
        key = name_key(mention.name)
        principal = saved.get(name_key(mention.of)) if mention.of else None
        if principal is not None:
            for relative in await contacts.relatives([principal.contact_id]):
                if name_key(relative.name).split()[0] == key.split()[0]:
                    return relative.id
        if " " in key:
            same = [
                cid for cid, name, _ in await contacts.named(mention.name) if name_key(name) == key
            ]
            if len(same) == 1:
                return same[0]
        return None

    async def _link_relatives(
        self,
        session: AsyncSession,
        user_id: int,
        people: Sequence[PersonMention],
        saved: dict[str, SavedPerson],
    ) -> None:
        """ "her husband Tom": Tom is recorded as Gloria's husband."""
        contacts = Contacts(session, user_id)
        for mention in people:
            person = saved.get(name_key(mention.name))
            if person is None or mention.relation is None:
                continue
            principal = saved.get(name_key(mention.of)) if mention.of not in (None, "me") else None
            if mention.of != "me" and principal is None:
                continue  # whose relative waits on a "Which X?" answer: left unlinked
            contact = await contacts.get(person.contact_id)
            if contact is None:
                continue
            contact.relation = mention.relation
            contact.relative_of_id = principal.contact_id if principal else None
            # A relative gets no nudges unless the user asks, or met them ("met segun,
            # tunde's brother in law"): the generic ones go.
            if not mention.met:
                for nudge in await Nudges(session, user_id).waiting(contact.id):
                    nudge.status = NudgeStatus.CANCELLED
            person.relation = mention.relation
            person.relative_of = principal.name if principal else "you"

    async def _apply_changes(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        changes: Sequence[Change],
        saved: dict[str, SavedPerson],
        now: datetime,
    ) -> None:
        """News and corrections: a new organisation, a corrected role or detail replacing
        the old one (kept for undo), a corrected name."""
        contacts = Contacts(session, user_id)
        # "sue is gareth's wife, not wes's": Sue moves first, and Wes, whom she was wrongly
        # family of, is then renamed by no change of this note (trial 29).
        wrongly_theirs: set[int] = set()
        for change in changes:
            if change.field == "relation" and change.whose:
                moved = await self._moved_to(session, user_id, note, change, saved, now)
                wrongly_theirs |= set(moved)
        for change in changes:
            person = saved.get(name_key(change.person))
            contact = await contacts.get(person.contact_id) if person is not None else None
            if person is None or contact is None or change.whose:
                continue
            if change.field in ("name", "detail") and contact.id in wrongly_theirs:
                continue  # the move said it all: no rename of him, no family line on her
            if change.field == "org" and change.new:
                if _org_put_right(contact.org, change):
                    if contact.org and person.previous_org is None:
                        person.previous_org = contact.org
                    contact.org = person.org = change.new
                said = [
                    f
                    for f in await contacts.facts([contact.id])
                    if f.note_id == note.id and _works_at(f.text, change.new)
                ]
                await contacts.supersede(said, note.id, now.astimezone(UTC))
                person.facts = [f for f in person.facts if not _works_at(f.text, change.new)]
            elif change.field in ("role", "detail") and change.old:
                old = change.old.casefold()
                stale = [
                    f
                    for f in await contacts.facts([contact.id])
                    if f.note_id != note.id and old in f.text.casefold()
                ]
                await contacts.supersede(stale, note.id, now.astimezone(UTC))
                person.replaced += [f.text for f in stale]
                kind = "work" if change.field == "role" else (change.kind or "other")
                if (kind, change.new.lower()) not in await contacts.fact_keys(contact.id):
                    await contacts.add_fact(contact.id, note.id, kind, change.new)
                    person.facts.append(FactView(kind, change.new))
            elif change.field == "met" and change.old:
                # "no longer needs a chef": the need goes, with nothing in its place.
                needs = [f for f in await contacts.facts([contact.id]) if f.kind == "need"]
                met = [f for f in needs if _same_need(change.old, f.text)]
                await contacts.supersede(met, note.id, now.astimezone(UTC))
                person.replaced += [f.text for f in met]
            elif change.field == "follow_up":
                person.cancelled += await _cancel_follow_ups(
                    session, user_id, contact.id, note.id, change.old, now
                )
            elif change.field == "relation" and contact.relation and change.old:
                await self._relation_corrected(contacts, contact, change, note, now)
                person.relation = change.new
            elif change.field == "pronoun" and change.new:
                # "tama is a he not a she": said outright, it beats the one guessed from
                # the name on the first note
                contact.pronoun = change.new
            elif change.field == "name" and change.correction and change.new:
                # "KD's full name is Kuldeep Singh Sandhu": "kd" still finds him; a name
                # said wrong ("ji-hoon kim, not hoon") is not kept
                if change.old is None and name_key(contact.name) != name_key(change.new):
                    contact.aka = sorted({*(contact.aka or []), contact.name})
                contact.name, contact.name_key = change.new, name_key(change.new)
                person.name = change.new

    async def _moved_to(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        change: Change,
        saved: dict[str, SavedPerson],
        now: datetime,
    ) -> tuple[int, ...]:
        """ "sue is gareth jones's wife, not wes's": Sue, kept as someone's relative, becomes
        Gareth's (made if unknown); the family line on Wes's card that named her goes. Her id
        and whose she was, or none when she is nobody's relative (then the note renames her
        relative instead: "priya's husband is Rohan not Rahul")."""
        contacts = Contacts(session, user_id)
        person = saved.get(name_key(change.person))
        relative = await contacts.get(person.contact_id) if person is not None else None
        if person is None or relative is None or relative.relative_of_id is None:
            return ()
        assert change.whose is not None
        principal = await self._principal(session, user_id, note, change.whose, saved, now)
        was = relative.relative_of_id
        if principal.id == relative.id or principal.id == was:
            return ()
        if principal.relative_of_id == relative.id:
            # read in this very note as her husband: he is a contact of his own
            principal.relation, principal.relative_of_id = None, None
        first = relative.name.split()[0].casefold()
        stale = [
            f
            for f in await contacts.facts([was])
            if f.kind == "family" and first in re.findall(r"\w+", f.text.casefold())
        ]
        await contacts.supersede(stale, note.id, now.astimezone(UTC))
        # what /undo puts back: whose she was, and how
        await Ledger(session, user_id).add(
            relative.id,
            FAMILY_MOVED,
            f"{was}:{relative.relation or ''}",
            note_id=note.id,
            when=now.astimezone(UTC),
        )
        relative.relative_of_id, relative.relation = principal.id, change.new
        await contacts.add_fact(principal.id, note.id, "family", f"{change.new} {relative.name}")
        person.relation, person.relative_of = change.new, principal.name
        return relative.id, was

    async def _principal(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        name: str,
        saved: dict[str, SavedPerson],
        now: datetime,
    ) -> Contact:
        """Whom a relative is moved to: saved from this note, the one contact of that name,
        or someone new (taken away again by /undo of the note)."""
        contacts = Contacts(session, user_id)
        key = name_key(name)
        said = saved.get(key)
        found = await contacts.get(said.contact_id) if said is not None else None
        if found is not None:
            return found
        same = [cid for cid, kept, _ in await contacts.named(name) if name_key(kept) == key]
        found = await contacts.get(same[0]) if len(same) == 1 else None
        if found is not None:
            return found
        contact = await contacts.add(name, org=None, met_at=None, met_on=None, when=now)
        await Notes(session, user_id).add_links([NewLink(note.id, contact.id, True)])
        return contact

    async def _relation_corrected(
        self, contacts: Contacts, relative: Contact, change: Change, note: Note, now: datetime
    ) -> None:
        """ "Ama is his wife, not girlfriend": the relation, and the family fact that says
        the old one on the card of the person she is family of."""
        relative.relation = change.new
        if relative.relative_of_id is None or change.old is None:
            return
        first = relative.name.split()[0].casefold()
        old = change.old.casefold()
        stale = [
            f
            for f in await contacts.facts([relative.relative_of_id])
            if f.kind == "family" and old in f.text.casefold() and first in f.text.casefold()
        ]
        await contacts.supersede(stale, note.id, now.astimezone(UTC))
        if stale:
            await contacts.add_fact(
                relative.relative_of_id, note.id, "family", f"{change.new} {relative.name}"
            )

    async def _save_person(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        mention: PersonMention,
        contact_id: int | None,
        now: datetime,
        rows: _NewRows,
    ) -> tuple[SavedPerson, list[NewNudge] | None]:
        """The contact saved (as shown and as stored), and the nudges planned if it is new."""
        contacts = Contacts(session, user_id)
        planned = None
        closed = False
        existing = await contacts.get(contact_id) if contact_id is not None else None
        # Only meeting or talking is a touch (the rule: nlp/contact.py); news heard about
        # someone, a mention in passing, or their relatives, start no keep-in-touch clock
        # and plan no nudges.
        met = mention.met  # ("met segun, tunde's brother in law": a relative met)
        previous_org = None
        stale: list[StoredFact] = []
        # the user's remark after a fact ("…send me leads, lovely") is no part of it
        said = [replace(f, text=without_remark(f.text)) for f in mention.facts]
        if existing is None:
            contact = await contacts.add(
                mention.name,
                org=mention.org,
                met_at=note.event if met else None,
                met_on=now.date() if met else None,
                when=now.astimezone(UTC),
                touched=met,
            )
            rows.links.append(NewLink(note.id, contact.id, created_contact=True))
            if met:
                planned = self.planner.met(contact, note.id, now)
                rows.nudges += planned
            kept: set[tuple[str, str]] = set()
        else:
            # What earlier mentions in this note added must be there for the queries below.
            await rows.store(session, user_id, self.planner)
            contact = existing
            if not await Notes(session, user_id).is_linked(note.id, contact.id):
                rows.links.append(
                    NewLink(note.id, contact.id, False, contact.name, previous_org=contact.org)
                )
            if _is_fuller_name(mention.name, contact.name):
                contact.name, contact.name_key = mention.name, name_key(mention.name)
            if not mention.org or not contact.org:
                contact.org = mention.org or contact.org
            elif not _same_org(contact.org, mention.org):
                previous_org, contact.org = contact.org, mention.org
            elif len(mention.org) > len(contact.org):  # "compass" keeps "Compass"; said in
                contact.org = mention.org  # full, "Harbourside" is "Harbourside Surgery"
            if met:
                contact.met_at = contact.met_at or note.event
                contact.met_on = contact.met_on or now.date()
                # in a hard time, and a day after they were last seen (not a second note
                # about the same meeting): the gentle check-in this touch was
                last = contact.last_touch_at
                again = last is not None and last.astimezone(now.tzinfo).date() < now.date()
                again = again and await _in_a_hard_time(contacts, contact, now)
                closed = await self._close_due(session, user_id, contact.id, note.id, now, again)
                await contacts.touch(contact, now)
                await self.planner.touched(session, user_id, contact, now.astimezone(UTC))
                if closed:  # a keep-in-touch nudge it closed has a next one
                    await self.planner.keep_going(session, [contact], now.astimezone(UTC))
            known_facts = await contacts.facts([contact.id])
            kept = {(f.kind, f.text.lower()) for f in known_facts}
            news = [f for f in said if (f.kind, f.text.lower()) not in kept]
            stale = [old for old in known_facts if any(supersedes(new, old) for new in news)]
            await contacts.supersede(stale, note.id, now.astimezone(UTC))
        if mention.pronoun and not contact.pronoun:
            contact.pronoun = mention.pronoun
        if mention.aka:
            contact.aka = sorted({*(contact.aka or []), *mention.aka})
        new_facts = []
        for fact in said:
            if (fact.kind, fact.text.lower()) not in kept:
                kept.add((fact.kind, fact.text.lower()))
                rows.facts.append(
                    NewFact(contact.id, note.id, fact.kind, fact.text, now.astimezone(UTC))
                )
                new_facts.append(FactView(fact.kind, fact.text))
        saved = SavedPerson(
            contact.id,
            contact.name,
            contact.org,
            existing is None,
            new_facts,
            previous_org=previous_org,
            replaced=[f.text for f in stale],
            follow_up_done=closed,
        )
        return saved, planned

    async def _close_due(
        self,
        session: AsyncSession,
        user_id: int,
        contact_id: int,
        note_id: int,
        now: datetime,
        again: bool = False,
    ) -> bool:
        """A note of meeting or talking with someone is the follow-up due with them today or
        overdue, and, seen `again` on a later day in a hard time, the gentle check-in still
        to come after meeting them: it is done, and counted so (the weekly review's "N done
        of M due"). One dated after today waits. Undoing the note reopens it."""
        end_of_today = datetime.combine(now.date() + timedelta(days=1), time(0), now.tzinfo)
        nudges = Nudges(session, user_id)
        due = list(await nudges.due_by(contact_id, end_of_today.astimezone(UTC), CLOSED_BY_MEETING))
        # Seen again before the nice-to-meet-you fell due ("popped round to see Norrie" the
        # day after meeting him): that was the hello, and it never comes after it.
        if again:
            due += [n for n in await nudges.waiting(contact_id, ["first"]) if n not in due]
        for nudge in due:
            # The nudge and how it stood, in the summary: undo reopens it (see _unwind).
            summary = f"{CLOSED_PREFIX}{nudge.id}:{nudge.status}"
            nudge.status = NudgeStatus.DONE
            await Ledger(session, user_id).add(
                contact_id, "nudge_done", summary, note_id=note_id, when=now.astimezone(UTC)
            )
        return bool(due)

    async def _add_follow_ups(
        self,
        session: AsyncSession,
        user_id: int,
        note_id: int,
        person: SavedPerson | None,
        follow_ups: list[FollowUp],
        now: datetime,
        rows: _NewRows,
        planned: list[NewNudge] | None = None,
    ) -> list[FollowUpView]:
        """Follow-ups asked for in a note become nudges on that day, at the usual hour."""
        views = []
        for follow_up in follow_ups:
            due_at = datetime.combine(follow_up.due, self.follow_up_time, tzinfo=now.tzinfo)
            due_at = due_at.astimezone(UTC)
            whose = person
            if follow_up.instead_of:  # "actually mid january, not friday": Friday's goes
                moved = await _move_follow_up(session, user_id, person, follow_up, now)
                whose = whose or moved
            if whose is not None:
                await self.planner.follow_up_asked(
                    session, user_id, whose.contact_id, due_at, planned
                )
            reason = "" if _only_itself(follow_up.what, whose) else follow_up.what
            if whose is None or not await _asked_already(
                session, user_id, whose, due_at, now, reason
            ):
                rows.nudges.append(
                    NewNudge(
                        contact_id=whose.contact_id if whose else None,
                        note_id=note_id,
                        kind="follow_up",
                        reason=reason,
                        due_at=due_at,
                    )
                )
            views.append(
                FollowUpView(
                    follow_up.due,
                    reason,
                    whose.name if whose else follow_up.person,
                    follow_up.said if follow_up.vague else "",
                )
            )
        return views

    async def resolve(
        self, user_id: int, pending_id: int, contact_id: int | None
    ) -> Resolution | None:
        """Answer 'Which John?': an existing contact's id, or None for a new contact."""
        async with self.rt.unit_of_work() as session:
            pending_repo = Pending(session, user_id)
            pending = await pending_repo.get(pending_id)
            if pending is None or (
                contact_id is not None and contact_id not in pending.candidate_ids
            ):
                return None
            note = await Notes(session, user_id).get(pending.note_id)
            if note is None:
                return None
            now = await self.rt.user_now(session, user_id)
            mention, follow_ups = _mention_from_json(pending.mention)
            rows = _NewRows()
            person, planned = await self._save_person(
                session, user_id, note, mention, contact_id, now, rows
            )
            views = await self._add_follow_ups(
                session, user_id, note.id, person, follow_ups, now, rows, planned
            )
            await rows.store(session, user_id, self.planner)
            await pending_repo.remove(pending)
            resolution = Resolution(person=person, follow_ups=views)
            if self.after_resolving is not None:
                await self.after_resolving(session, user_id, note, mention, resolution, now)
            return resolution

    async def dismiss(self, user_id: int, pending_id: int) -> bool:
        """ "Is 'Loan' a person?" No: the name is dropped; False if it was answered already."""
        async with self.rt.unit_of_work() as session:
            pending_repo = Pending(session, user_id)
            pending = await pending_repo.get(pending_id)
            if pending is None:
                return False
            await pending_repo.remove(pending)
            return True

    async def undo(self, user_id: int, note_id: int | None = None) -> UndoResult | None:
        """Take back a note (the latest by default): its new contacts go, its changes revert."""
        async with self.rt.unit_of_work() as session:
            notes = Notes(session, user_id)
            note = (
                await notes.get(note_id) if note_id is not None else await notes.latest_undoable()
            )
            if note is None or note.status in (NoteStatus.UNDONE, NoteStatus.REPLACED):
                return None
            result = await self._unwind(session, user_id, note)
            note.status = NoteStatus.UNDONE
            return result

    async def fixable(self, user_id: int, note_id: int) -> bool:
        async with self.rt.unit_of_work() as session:
            note = await Notes(session, user_id).get(note_id)
            return note is not None and note.status not in (NoteStatus.UNDONE, NoteStatus.REPLACED)

    async def replace(
        self, user_id: int, note_id: int, text: str, *, source_key: str | None = None
    ) -> NoteCard:
        """Fix a note: its old reading is unwound and the corrected text captured in its place.

        If the old note is gone meanwhile, the text is still kept, as a new note.
        """
        if not text.strip():
            raise EmptyNote
        async with self.rt.unit_of_work() as session:
            note = await Notes(session, user_id).get(note_id)
            linked = note is not None and bool(await Notes(session, user_id).links(note.id))
            now = await self.rt.user_now(session, user_id)
        # A fix that names nobody ("it's two buildings, not one") would take the note's
        # people with it: the note stays, and the fix is kept as a note of its own.
        if linked and not (await self.rt.extraction.extract(text, now, ())).people:
            card = await self.capture(user_id, text, source_key=source_key)
            card.kept_earlier = True
            return card
        async with self.rt.unit_of_work() as session:
            note = await Notes(session, user_id).get(note_id)
            if note is not None and note.status not in (NoteStatus.UNDONE, NoteStatus.REPLACED):
                await self._unwind(session, user_id, note)
                note.status = NoteStatus.REPLACED
        return await self.capture(user_id, text, source_key=source_key)

    async def _unwind(self, session: AsyncSession, user_id: int, note: Note) -> UndoResult:
        notes, contacts = Notes(session, user_id), Contacts(session, user_id)
        result = UndoResult(note_text=note.text)
        zone = (await self.rt.user_now(session, user_id)).tzinfo
        # Before anyone the note added goes: a relative it moved is theirs again.
        for moved in await Ledger(session, user_id).of_note(note.id, FAMILY_MOVED):
            relative = await contacts.get(moved.contact_id)
            was, _, relation = moved.summary.partition(":")
            if relative is not None and was.isdigit():
                relative.relative_of_id, relative.relation = int(was), relation or None
        for link in await notes.links(note.id):
            contact = await contacts.get(link.contact_id)
            if contact is None:
                continue
            if link.created_contact and await notes.other_links_count(contact.id, note.id) == 0:
                if await contacts.kept_elsewhere(contact.id, note.id):
                    # Deleting them would take what was saved since: only the note goes.
                    result.kept.append(contact.name)
                    continue
                result.removed.append(contact.name)
                await contacts.delete(contact)
                continue
            if link.previous_name:
                contact.name, contact.name_key = link.previous_name, name_key(link.previous_name)
                # the old name, kept as an aka by the rename, is the name again
                aka = [a for a in contact.aka or [] if name_key(a) != contact.name_key]
                contact.aka = aka or None
            contact.org = link.previous_org
            await _unmeet(notes, contact, note, zone)
            result.updated.append(contact.name)
        await session.flush()
        await _reopen_closed(session, user_id, note.id)
        await contacts.restore_superseded(note.id)
        await notes.drop_derived(note.id)
        return result


async def _in_a_hard_time(contacts: Contacts, contact: Contact, now: datetime) -> bool:
    """Met at a funeral, or the notes told of a death or an illness in the last weeks: the
    nudge after meeting them is a gentle check-in (coach/ideas.py), which a visit is."""
    if met_in_mourning(contact.met_at):
        return True
    since = now.astimezone(UTC) - timedelta(days=HARD_DAYS)
    facts = await contacts.facts([contact.id])
    return any(f.created_at >= since and dark(f.text) for f in facts)


async def _unmeet(notes: Notes, contact: Contact, note: Note, zone: tzinfo | None) -> None:
    """Where and when a note said the contact was met goes with it, unless another note
    still standing says the same: the note only ever filled these in when they were empty."""
    others = await notes.others_of(contact.id, note.id)
    if note.event and contact.met_at == note.event and all(o.event != note.event for o in others):
        contact.met_at = None
    day = note.created_at.astimezone(zone).date()
    same_day = any(o.created_at.astimezone(zone).date() == day for o in others)
    if contact.met_on == day and contact.met_at is None and not same_day:
        contact.met_on = None


async def _reopen_closed(session: AsyncSession, user_id: int, note_id: int) -> None:
    """The follow-ups a note of meeting closed, or a note cancelled, as they stood before."""
    nudges, ledger = Nudges(session, user_id), Ledger(session, user_id)
    closed = [(e, NudgeStatus.DONE) for e in await ledger.of_note(note_id, "nudge_done")]
    closed += [(e, NudgeStatus.CANCELLED) for e in await ledger.of_note(note_id, CANCELLED_KIND)]
    for entry, now_status in closed:
        if not entry.summary.startswith(CLOSED_PREFIX):
            continue
        nudge_id, _, status = entry.summary.removeprefix(CLOSED_PREFIX).partition(":")
        nudge = await nudges.get(int(nudge_id)) if nudge_id.isdigit() else None
        if nudge is not None and nudge.status == now_status:
            nudge.status = (
                NudgeStatus(status) if status in set(NudgeStatus) else NudgeStatus.PENDING
            )


# Words of a note that puts right what was said before.
_CORRECTING = frozenset("actually correction oops typo mistaken".split())


def _corrects(text: str, extraction: NoteExtraction) -> bool:
    return any(c.correction for c in extraction.changes) or not _CORRECTING.isdisjoint(
        re.findall(r"[a-z]+", text.casefold())
    )


async def _said_to_be_family(
    session: AsyncSession, user_id: int, mention: PersonMention, saved: dict[str, SavedPerson]
) -> int | None:
    """ "actually pastor femi's wife is Yewande, not a separate person": a correction that
    says a contact the user keeps on their own is someone's relative means that contact,
    not a second Yewande. Only one of that name, and nobody's relative yet."""
    key = name_key(mention.name)
    principal = saved.get(name_key(mention.of)) if mention.of else None
    contacts = Contacts(session, user_id)
    same = [cid for cid, name, _ in await contacts.named(mention.name) if name_key(name) == key]
    if len(same) != 1 or (principal is not None and same[0] == principal.contact_id):
        return None
    contact = await contacts.get(same[0])
    if contact is None or contact.relative_of_id is not None or contact.relation:
        return None
    return contact.id


def _is_fuller_name(mentioned: str, stored: str) -> bool:
    """'John Park' completes a contact saved as just 'John'."""
    said, kept = name_key(mentioned).split(), name_key(stored).split()
    return len(said) > len(kept) and said[: len(kept)] == kept


async def _asked_already(
    session: AsyncSession,
    user_id: int,
    whose: SavedPerson,
    due_at: datetime,
    now: datetime,
    reason: str,
) -> bool:
    """ "its femi i need to call wednesday not her" when Femi's Wednesday call is already
    asked for, or "call him friday" said again in another note: the follow-up waiting on
    that day is the one asked for, not a second (trial 27); so is one the user asked for
    with /followup about the same thing on a near day, which this note updates (console
    trial 33)."""
    tz = now.tzinfo
    day = due_at.astimezone(tz).date()
    waiting = await Nudges(session, user_id).waiting(whose.contact_id, ("follow_up",))
    if any(n.due_at.astimezone(tz).date() == day for n in waiting):
        same = next(n for n in waiting if n.due_at.astimezone(tz).date() == day)
        same.reason = same.reason or reason  # "call him friday" gives a reason it lacked
        return True
    near = await waiting_for_the_same(session, user_id, whose.contact_id, due_at, reason, tz)
    if near is None:
        return False
    update(near, due_at, reason)
    return True


async def _move_follow_up(
    session: AsyncSession,
    user_id: int,
    person: SavedPerson | None,
    follow_up: FollowUp,
    now: datetime,
) -> SavedPerson | None:
    """ "push tom's call to next month, not thursday": the follow-up asked for on the day
    it names is cancelled, the new one takes its place. With nobody named ("actually mid
    january not friday"), the one contact whose follow-up falls on that day; who that is,
    when it is nobody in the note."""
    nudges = Nudges(session, user_id)
    if person is not None:
        waiting = list(await nudges.waiting(person.contact_id, ("follow_up",)))
    else:
        ahead = now.astimezone(UTC) + timedelta(days=400)
        waiting = [
            n
            for n, _ in await nudges.upcoming(ahead, limit=500)
            if n.kind == "follow_up" and n.contact_id is not None
        ]
    tz = now.tzinfo
    on_day = [n for n in waiting if _on_the_day(n.due_at.astimezone(tz).date(), follow_up)]
    if not on_day and person is not None and len(waiting) == 1:
        on_day = waiting  # the one follow-up asked for, whatever day it was said as
    whose = {n.contact_id for n in on_day}
    if not on_day or len(whose) > 1:
        return None
    for nudge in on_day:
        nudge.status = NudgeStatus.CANCELLED
    if person is not None:
        return person
    contact = await Contacts(session, user_id).get(next(iter(whose)))  # type: ignore[arg-type]
    if contact is None:
        return None
    return SavedPerson(contact.id, contact.name, contact.org, created=False)


async def _cancel_follow_ups(
    session: AsyncSession,
    user_id: int,
    contact_id: int,
    note_id: int,
    said: str | None,
    now: datetime,
) -> list[date]:
    """ "no need to ring gary in march": his follow-ups waiting in March (all of them, when
    no date is said) are cancelled; one this note asks for stays. Their days, in order."""
    when = resolve_when(said, now) if said else None
    if said and when is None:
        return []
    cancelled = []
    for nudge in await Nudges(session, user_id).waiting(contact_id, ("follow_up",)):
        day = nudge.due_at.astimezone(now.tzinfo).date()
        if nudge.note_id == note_id or (when is not None and not when.first <= day <= when.last):
            continue
        nudge.status = NudgeStatus.CANCELLED
        cancelled.append(day)
        # undo takes the note back and the follow-up with it (see _reopen_closed)
        await Ledger(session, user_id).add(
            contact_id,
            CANCELLED_KIND,
            f"{CLOSED_PREFIX}{nudge.id}:{NudgeStatus.PENDING}",
            note_id=note_id,
            when=now.astimezone(UTC),
        )
    return sorted(cancelled)


def _on_the_day(day: date, follow_up: FollowUp) -> bool:
    """ "not friday": the day it was asked for, or any Friday when only the weekday is said
    (a Friday asked for last week is still "friday")."""
    old = follow_up.instead_due
    if old is None:
        return False
    if day == old:
        return True
    return follow_up.instead_of.casefold().strip() in _WEEKDAY_WORDS and day.weekday() == (
        old.weekday()
    )


_WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun".split()
)


def _mention_to_json(mention: PersonMention, follow_ups: list[FollowUp]) -> dict[str, Any]:
    return {
        "person": asdict(mention),
        "follow_ups": [
            {
                "due": f.due.isoformat(),
                "what": f.what,
                "person": f.person,
                "said": f.said,
                "vague": f.vague,
                "instead_of": f.instead_of,
                "instead_due": f.instead_due.isoformat() if f.instead_due else None,
            }
            for f in follow_ups
        ],
    }


def _mention_from_json(data: dict[str, Any]) -> tuple[PersonMention, list[FollowUp]]:
    person = data["person"]
    mention = PersonMention(
        name=person["name"],
        org=person.get("org"),
        facts=[Fact(kind=f["kind"], text=f["text"]) for f in person.get("facts", [])],
        met=person.get("met", True),
        aka=list(person.get("aka", [])),
        pronoun=person.get("pronoun"),
    )
    follow_ups = [
        FollowUp(
            due=date.fromisoformat(f["due"]),
            what=f["what"],
            person=f.get("person"),
            said=f.get("said", ""),
            vague=f.get("vague", False),
            instead_of=f.get("instead_of", ""),
            instead_due=date.fromisoformat(f["instead_due"]) if f.get("instead_due") else None,
        )
        for f in data.get("follow_ups", [])
    ]
    return mention, follow_ups


_ARTICLES = frozenset("a an the some".split())


def _same_need(said: str, kept: str) -> bool:
    """ "no longer looking for a new job" meets "looking for a new job": the same thing,
    even in words too short or common to be a subject ("new job")."""
    if about_the_same(said, kept):
        return True
    words = [w for w in said.casefold().split() if w not in _ARTICLES]
    return bool(words) and f" {' '.join(words)} " in f" {kept.casefold()} "


def _org_put_right(kept: str | None, change: Change) -> bool:
    """A new firm, or one put right from the one kept: "works at mistry & co, not mistry &
    co on belgrave" is a change, though one name starts the other (trial 29)."""
    if not _same_org(kept, change.new):
        return True
    return (
        change.correction
        and kept is not None
        and change.old is not None
        and kept.casefold() == change.old.casefold()
        and kept.casefold() != change.new.casefold()
    )


def _works_at(fact: str, org: str) -> bool:
    """ "works at mistry & co": the firm said again as a work line, once it is the firm."""
    said = fact.casefold().split()
    return said[:2] in (["works", "at"], ["works", "for"]) and " ".join(said[2:]) == org.casefold()


def _same_org(kept: str | None, said: str | None) -> bool:
    """The same organisation, whatever its case or a word left off the end: "compass" is
    Compass, "Harbourside" is Harbourside Surgery. A note saying it so changes nothing."""
    if not (kept and said):
        return False
    a, b = kept.casefold().split(), said.casefold().split()
    return a[: len(b)] == b or b[: len(a)] == a


def _names_said(people: Sequence[PersonMention]) -> set[str]:
    """The name keys a note calls its people by: whole names, each word, and nicknames."""
    out: set[str] = set()
    for person in people:
        for name in [person.name, *person.aka]:
            key = name_key(name)
            out.add(key)
            out.update(key.split())
    return out


# How long after a gathering's note "also met …" is still said of the same gathering.
_SAME_GATHERING = timedelta(hours=8)


async def _gathering_just_before(notes: Notes, now: datetime) -> str | None:
    """The gathering the user's last notes of the last few hours were written at, if any:
    "also met aisha …" after "chamber breakfast this morning, met wojciech …"."""
    since = now.astimezone(UTC) - _SAME_GATHERING
    recent = [(when, event) for event, when in await notes.events() if _utc(when) >= since]
    return max(recent)[1] if recent else None


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


async def _someone_elses_namesake(session: AsyncSession, contact_id: int, name: str) -> bool:
    """ "met arjun mehta, no relation to priya's brother": a full name said where the match is
    a relative saved by one name is someone new; the relative keeps their name and family."""
    contact = await session.get(Contact, contact_id)
    return (
        contact is not None
        and contact.relation is not None
        and len(contact.name.split()) == 1
        and len(name.split()) > 1
    )
