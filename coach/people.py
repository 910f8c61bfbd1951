"""People: the paged list (/people), one contact's card (/person), and 'who do I know …?'
(/find)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, tzinfo

from rapidfuzz import fuzz, process
from sqlalchemy.ext.asyncio import AsyncSession

from coach.excerpts import about
from coach.facts import what_changed
from coach.intros import Intros
from coach.matching import KnownContact, match_contact
from coach.notes import told_apart
from coach.nudges import SENT_LISTED_FOR
from coach.persons import needs_met
from coach.phrases import Shape, goes_by, verb_form
from coach.runtime import Runtime
from coach.search import BASE_WEIGHTS, Query, Ranked, Search, Weights
from coach.sentences import FIRST_PERSON, read_need, wants
from coach.stages import StageKeeper, health
from coach.views import (
    ChangeView,
    ContactDetails,
    ContactLine,
    FactView,
    FindHit,
    FindResult,
    FollowUpView,
    PeoplePage,
    PersonCard,
    PersonLookup,
    RelationshipView,
    RelativeView,
    TimelineEntry,
)
from nlp.lexicon import FAMILY_NOUNS
from nlp.synonyms import words
from storage.contacts import Contacts, name_key
from storage.ledger import Ledger
from storage.models import Contact, Fact, NudgeStatus
from storage.notes import Notes
from storage.nudges import Nudges

MAX_HITS = 10


def line(contact: Contact) -> ContactLine:
    return ContactLine(contact.id, contact.name, contact.org, contact.met_at, contact.met_on)


class People:
    def __init__(
        self, runtime: Runtime, page_size: int, stages: StageKeeper, search: Search
    ) -> None:
        self.rt = runtime
        self.page_size = page_size
        self.stages = stages
        self.search = search
        self.intros = Intros(search)

    async def page(self, user_id: int, page: int = 1) -> PeoplePage:
        """Contacts, most recently touched first (a note, a give or get, a follow-up done)."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            total = await contacts.count(relatives=False)
            pages = max(1, math.ceil(total / self.page_size))
            page = min(max(page, 1), pages)
            rows = await contacts.recent((page - 1) * self.page_size, self.page_size)
            relatives = await contacts.count(relatives=True)
            return PeoplePage([line(c) for c in rows], page, pages, total, relatives)

    async def lookup(self, user_id: int, name: str) -> PersonLookup:
        """A card when the name points at one contact; choices or suggestions otherwise."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            # The usual case, a name or first name as saved, reads only those contacts; typos,
            # name parts and suggestions need every name.
            named = [KnownContact(*r) for r in await contacts.named(name)]
            quick = match_contact(name, None, named, typos=False)
            if not quick.is_new:
                match, known = quick, []
            else:
                known = [KnownContact(*row) for row in await contacts.all_names()]
                match = match_contact(name, None, known)
            if match.contact_id is not None:
                return PersonLookup(card=await self._card(session, user_id, match.contact_id))
            candidates = match.candidates or _by_name_part(name, known)
            if len(candidates) == 1:
                card = await self._card(session, user_id, candidates[0].contact_id)
                return PersonLookup(card=card)
            if candidates:
                return PersonLookup(candidates=await told_apart(contacts, candidates))
            names = [c.name for c in known]
            close = process.extract(name, names, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
            return PersonLookup(suggestions=[hit[0] for hit in close])

    async def card(self, user_id: int, contact_id: int) -> PersonCard | None:
        async with self.rt.unit_of_work() as session:
            return await self._card(session, user_id, contact_id)

    async def _card(
        self, session: AsyncSession, user_id: int, contact_id: int
    ) -> PersonCard | None:
        contact = await Contacts(session, user_id).get(contact_id)
        if contact is None:
            return None
        facts = await Contacts(session, user_id).facts([contact.id])
        # a need the user has met (a number given, an intro made) is done, as nudges know
        met = await needs_met(session, user_id, contact, facts, self.intros)
        facts = [f for f in facts if f.id not in met]
        now = self.rt.clock()
        # a follow-up sent and not answered yet is still the user's to do (as /nudges lists)
        nudges = await Nudges(session, user_id).open_for([contact.id], now - SENT_LISTED_FOR)
        notes = await Notes(session, user_id).timeline(contact.id)
        zone = (await self.rt.user_now(session, user_id)).tzinfo
        contacts = Contacts(session, user_id)
        relatives = await contacts.relatives([contact.id])
        relatives_work = {
            f.contact_id: f.text
            for f in await contacts.facts([r.id for r in relatives])
            if f.kind == "work"
        }
        principal = await contacts.get(contact.relative_of_id) if contact.relative_of_id else None
        names = [contact.name, *(contact.aka or [])]
        shown = line(contact)
        if contact.relation:  # a relative was mentioned, never met
            shown = ContactLine(contact.id, contact.name, contact.org, None, None)
        card = PersonCard(
            contact=shown,
            family=[
                RelativeView(r.id, r.name, r.relation or "relative", relatives_work.get(r.id))
                for r in relatives
            ],
            relation=contact.relation,
            relative_of=principal.name if principal else ("you" if contact.relation else None),
            facts=[FactView(f.kind, f.text) for f in facts],
            # the user's own follow-ups; the nudges the coach plans are one "next" line
            # (trial 25: three "Follow up with Bisola" lines for one "follow up next week")
            follow_ups=[
                FollowUpView(n.due_at.astimezone(zone).date(), n.reason, contact.name)
                for n in nudges
                if n.kind == "follow_up"
            ],
            next_nudge=min(
                (
                    n.due_at.astimezone(zone).date()
                    for n in nudges
                    if n.kind != "follow_up" and n.status != NudgeStatus.SENT  # still to come
                ),
                default=None,
            ),
            timeline=[
                # A group note is shown by the part about this person, not its start.
                TimelineEntry(n.created_at.astimezone(zone), about(n.text, names))
                for n in notes
            ],
            details=ContactDetails(
                contact.title,
                list(contact.phones or []),
                list(contact.emails or []),
                list(contact.urls or []),
                contact.birthday,
            ),
        )
        card.changes = await _what_changed(contacts, contact, facts, zone)
        if not contact.relation:  # a relative has no stage of their own with you
            await self._relationship(session, user_id, contact, card)
        return card

    async def _relationship(
        self, session: AsyncSession, user_id: int, contact: Contact, card: PersonCard
    ) -> None:
        """The card's give/get ledger, stage (with why) and health."""
        now = self.rt.clock()
        for entry in await Ledger(session, user_id).entries(contact.id):
            (card.given if entry.kind == "gave" else card.received).append(entry.summary)
        assessment, _ = await self.stages.update(session, user_id, contact, now)
        gave, got = (await Ledger(session, user_id).balances([contact.id])).get(contact.id, [0, 0])
        cadence = self.stages.planner.cadence(contact)
        said = health(contact, cadence, gave, got, now)
        card.relationship = RelationshipView(
            stage=assessment.stage,
            why=assessment.why,
            next_step=_said_of(assessment.next_step, contact) if assessment.next_step else None,
            health=replace(said, reciprocity=_said_of(said.reciprocity, contact)),
        )

    async def find(self, user_id: int, query: str) -> FindResult:
        """Who do I know into sailing / in real estate / who needs a CPA?"""
        parsed = await self.search.parse(query)
        if not parsed.concepts:
            return FindResult(query=query, hits=[])
        async with self.rt.unit_of_work() as session:
            ranked = await self.search.rank(session, user_id, parsed, limit=MAX_HITS)
            if parsed.mode == "interest" and len(ranked) < MAX_HITS:
                ranked += await self._pastimes_as_work(session, user_id, parsed, ranked)
            whose = await _whose(Contacts(session, user_id), [r.contact for r in ranked])
            kept = [await self._still_needed(session, user_id, r) for r in ranked]
            ranked = [r for r in kept if r is not None]
            if parsed.mode in ("any", "interest", "event") and len(ranked) < MAX_HITS:
                ranked += await _said_in_notes(session, user_id, parsed, ranked)
        if parsed.mode != "need":
            # "/find land use attorney": who is one first, then who needs one (trial 16)
            ranked.sort(key=lambda r: any(w.startswith(_NEED) for w in r.reasons))
        hits = [
            FindHit(
                line(r.contact),
                [*whose.get(r.contact.id, []), *_needing(r.reasons, r.contact)],
                round(r.score, 2),
            )
            for r in ranked
        ]
        if parsed.mode == "need":
            # who needs it, each with the need said: never a name with no why (trial 25)
            hits = [h for h in hits if h.reasons]
        return FindResult(query=query, hits=hits)

    async def _still_needed(
        self, session: AsyncSession, user_id: int, found: Ranked
    ) -> Ranked | None:
        """The hit without the needs of theirs the user has met already, None when nothing
        else found them: "who needs a solicitor" is not answered with someone given a
        solicitor's number (trial 30)."""
        if not any(why.startswith(_NEED) for why in found.reasons):
            return found
        facts = await Contacts(session, user_id).facts([found.contact.id])
        met = await needs_met(session, user_id, found.contact, facts, self.intros)
        done = {_NEED + f.text for f in facts if f.id in met}
        left = [why for why in found.reasons if why not in done]
        return replace(found, reasons=left) if left else None

    async def _pastimes_as_work(
        self, session: AsyncSession, user_id: int, parsed: Query, ranked: Sequence[Ranked]
    ) -> list[Ranked]:
        """A pastime the notes put down as work ("plays rep hockey with the Markham
        Waxers"): found by the word itself, whole, never by a word form of it ("runs a
        catering company" is no runner, trial 18)."""
        weights = Weights(BASE_WEIGHTS, {k: 0.0 for k in BASE_WEIGHTS if k != "work"})
        found = await self.search.rank(
            session,
            user_id,
            replace(parsed, mode="work"),
            weights=weights,
            exclude=[r.contact.id for r in ranked],
            limit=MAX_HITS - len(ranked),
        )
        said = [
            re.compile(rf"(?<!\w){re.escape(c.text)}s?(?!\w)", re.IGNORECASE)
            for c in parsed.concepts
        ]
        return [r for r in found if all(any(p.search(why) for why in r.reasons) for p in said)]


# How many of the newest notes a search reads whole, when no kept detail says the word.
NOTES_READ = 300
# Open follow-ups are read up to this day, whenever they fall due.
FOLLOW_UPS_UNTIL = datetime(9999, 1, 1, tzinfo=UTC)


async def _said_in_notes(
    session: AsyncSession, user_id: int, parsed: Query, ranked: Sequence[Ranked]
) -> list[Ranked]:
    """Whom the notes say the words of, where no detail kept them: "padel with emeka",
    "he's from gdańsk" (trial 33). Only the part of the note about them counts, so a group
    note finds the one it says it of; a relative only mentioned is not found."""
    # Each word whole, or a phrase of its group ("polish": "krakow"), never a word form of
    # it: "runs a catering company" is no one who is into running.
    wanted = [
        re.compile(
            r"(?<!\w)(?:"
            + "|".join(
                re.escape(name_key(p))
                for p in {c.text, *(a.phrase for a in c.alternatives if not a.exact)}
            )
            + r")s?(?!\w)"
        )
        for c in parsed.concepts
    ]

    def says(text: str) -> bool:
        key = name_key(text)
        return all(p.search(key) for p in wanted)

    notes = Notes(session, user_id)
    latest = await notes.latest(NOTES_READ)
    said = [n for n in latest if says(n.text)]
    links = await notes.linked([n.id for n in said])
    have = {r.contact.id for r in ranked}
    contacts = Contacts(session, user_id)
    out: list[Ranked] = []
    for note in said:
        named = {cid: await contacts.get(cid) for cid in sorted(links.get(note.id, ()))}
        calls = {cid: [c.name, goes_by(c.name, c.aka)] for cid, c in named.items() if c is not None}
        for contact_id, contact in named.items():
            if contact is None or contact_id in have or contact.relation is not None:
                continue
            part = about(note.text, calls[contact_id])
            others = [n for cid, names in calls.items() if cid != contact_id for n in names]
            if not any(says(c) and _of(c, calls[contact_id], others) for c in _CLAUSE.split(part)):
                continue
            have.add(contact_id)
            out.append(Ranked(contact, [f"noted: “{part}”"], 0.5))
    # A follow-up the user set about it: "/followup Cathal … about the devops lead".
    for nudge, contact in await Nudges(session, user_id).upcoming(FOLLOW_UPS_UNTIL, limit=200):
        if nudge.kind != "follow_up" or contact is None or contact.id in have:
            continue
        if contact.relation is None and nudge.reason and says(nudge.reason):
            have.add(contact.id)
            out.append(Ranked(contact, [f"follow-up: {nudge.reason}"], 0.5))
    return out[: MAX_HITS - len(ranked)]


# Relatives a clause says a thing of ("her son plays hockey"); "lads" and "guys" are
# anyone's, never whose ("met two lads from the polish it community").
_KIN = FAMILY_NOUNS - frozenset("lad lads guy guys girls boys folks".split())
# Where a note's run-on sentence breaks into what it says of each one.
_CLAUSE = re.compile(r"[,;]|\s+(?:and then|but|also)\s+")


def _of(clause: str, names: Sequence[str], others: Sequence[str]) -> bool:
    """The clause says it of them: it names them, or names no one else nor a relative
    ("met two lads from the polish it community"); "padel with tomasz tonight" is not said
    of Ngozi, nor "her son plays hockey" of his mother."""
    key = name_key(clause)

    def named(name: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(name_key(name))}(?!\w)", key) is not None

    kin = not _KIN.isdisjoint(words(key))  # "her son plays hockey": the son's
    return any(named(n) for n in names) or not (kin or any(named(n) for n in others))


async def _whose(contacts: Contacts, found: Sequence[Contact]) -> dict[int, list[str]]:
    """A relative found is said as whose: "Desmond Campbell’s son" (trial 18)."""
    said: dict[int, list[str]] = {}
    for contact in found:
        if contact.relation and contact.relative_of_id is not None:
            of = await contacts.get(contact.relative_of_id)
            if of is not None:
                said[contact.id] = [f"{of.name}’s {contact.relation}"]
    return said


_NEED = "need: "


def _needing(reasons: Sequence[str], contact: Contact) -> list[str]:
    """A need said as one: "Omar needs a land use attorney", not "need: a land use
    attorney"; a need that makes no sentence is left out."""
    said = []
    name = goes_by(contact.name, contact.aka)
    for reason in reasons:
        if reason.startswith(_NEED):
            text = reason.removeprefix(_NEED)
            need = wants(text, name) or _needs_as_said(text, name)
            if need is not None:
                said.append(need)
        else:
            said.append(reason)
    return said


def _needs_as_said(need: str, name: str) -> str | None:
    """A need the reader cannot shape, said in the note's own words: "Ji-woo needs
    catering", "Bisola needs “a caterer for like 300 people”"; None for one said of the
    user ("take me to lunch"), which no such line can say (trial 25: hits with no why)."""
    phrase = read_need(need)
    if phrase.shape is Shape.THING or (phrase.shape is Shape.DOING and len(phrase.words) == 1):
        return f"{name} needs {' '.join(phrase.words)}"
    low = need.casefold().split()
    if not low or FIRST_PERSON & set(low):
        return None
    if low[0] in _A_THING:
        return f"{name} needs “{need.strip()}”"
    found = verb_form(low[0])
    if found is not None and found[1] == "base":
        return f"{name} wants to “{need.strip()}”"  # "get his books cleaned up…"
    return None


# How a need for a thing or a person starts: "a caterer for like 300 people", "someone to
# do the books for his bakery".
_A_THING = frozenset("a an some more someone somebody help".split())


def _said_of(text: str, contact: Contact) -> str:
    """The card's "they" said with the pronoun the notes give, else the name they go by:
    "they've given more" -> "she's given more" or "Kiran has given more"."""
    if contact.pronoun == "they":
        return text
    who = contact.pronoun if contact.pronoun in ("he", "she") else None
    name = goes_by(contact.name, contact.aka)
    text = re.sub(r"\bthey haven't\b", f"{who or name} hasn't", text)
    return re.sub(r"\bthey've\b", f"{who}'s" if who else f"{name} has", text)


def _by_name_part(name: str, known: list[KnownContact]) -> list[KnownContact]:
    """'/person park' finds John Park: any whole word of the stored name."""
    wanted = name_key(name).split()
    return [c for c in known if wanted and set(wanted) <= set(name_key(c.name).split())]


async def _what_changed(
    contacts: Contacts, contact: Contact, live: Sequence[Fact], zone: tzinfo | None
) -> list[ChangeView]:
    """Each replaced plan or need said with the news that replaced it, so the card shows
    why it is gone ("Dana was training for a marathon, then finished the marathon")."""
    replaced = await contacts.replaced(contact.id)
    known = [*live, *replaced]
    first = contact.name.split()[0]
    changes = []
    for old in replaced:
        news = [f for f in known if f.note_id == old.superseded_by_note_id and f is not old]
        said = what_changed(first, old, news)
        if said is not None and old.superseded_at is not None:
            changes.append(ChangeView(said, old.superseded_at.astimezone(zone).date()))
    return changes
