"""Give first: the give/get ledger from notes and /gave, /got, and /balance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.ideas import Person, idea, picks
from coach.intros import Intros
from coach.matching import KnownContact, match_contact
from coach.notes import candidate_label, told_apart
from coach.nudges import NotFound
from coach.persons import load_people
from coach.planner import NudgePlanner
from coach.promises import close_kept, owed, received
from coach.runtime import Runtime
from coach.sentences import Who, follow_up, got_line, introduce, proper
from coach.stages import StageKeeper, signals_from
from coach.views import Candidate, LedgerLine, NoteCard, Resolution
from nlp.schema import NoteExtraction, PersonMention
from storage.contacts import Contacts, name_key
from storage.ledger import Entry, Ledger
from storage.models import Contact, Interaction, Note
from storage.nudges import Nudges

MAX_NAME_WORDS = 4
# A give said in a note and again with /gave within these days is one give (trial 29).
SAID_AGAIN = timedelta(days=3)
BALANCE_SHOWN = 8


@dataclass
class Recorded:
    direction: str
    name: str
    what: str
    gave: int
    got: int
    stage: str
    moved_from: str | None = None
    again: bool = False  # said already, in a note or a /gave, and counted once


@dataclass(frozen=True)
class BalanceLine:
    contact_id: int
    name: str
    org: str | None
    gave: int
    got: int
    hint: str


@dataclass
class Balance:
    only_taken: list[BalanceLine] = field(default_factory=list)
    give_first: list[BalanceLine] = field(default_factory=list)
    # gives the user promised and has not made yet ("Send Cathal 3 devops CVs")
    promised: list[BalanceLine] = field(default_factory=list)
    total_gave: int = 0
    total_got: int = 0


class LedgerBook:
    def __init__(
        self, runtime: Runtime, planner: NudgePlanner, stages: StageKeeper, intros: Intros
    ) -> None:
        self.rt = runtime
        self.planner = planner
        self.stages = stages
        self.intros = intros

    async def on_note(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        extraction: NoteExtraction,
        card: NoteCard,
        now: datetime,
    ) -> None:
        """After a note is read: record its gives and gets, move stages, suggest intros."""
        asked = {q.name for q in card.questions}
        saved = iter(card.people)
        by_name: dict[str, int] = {}
        # card.people is in the order the note was read in: relatives after everyone else
        # (coach/notes.py). Paired in the note's own order, "her nephew khoa" before "duc le"
        # would give each the other's contact, and a touch to the one only mentioned.
        for mention in sorted(extraction.people, key=lambda p: p.relation is not None):
            if mention.name in asked:
                continue
            person = next(saved, None)
            if person is None:
                break
            by_name[name_key(mention.name)] = person.contact_id
            by_name.setdefault(name_key(person.name), person.contact_id)
        ledger = Ledger(session, user_id)
        when = now.astimezone(UTC)
        entries: list[Entry] = []
        written: dict[int, list[str]] = {}  # contact id -> kinds of the entries this note adds
        for entry in extraction.ledger:
            contact_id = by_name.get(name_key(entry.person))
            if contact_id is None:
                continue
            name = next(p.name for p in card.people if p.contact_id == contact_id)
            earlier = await ledger.entries(contact_id)
            if said_already(earlier, entry.direction, entry.what, when):
                # logged with /gave or /got a little earlier: one give, counted once
                card.ledger.append(
                    LedgerLine(entry.direction, contact_id, name, entry.what, again=True)
                )
                continue
            entries.append(Entry(contact_id, entry.direction, entry.what, note.id, when))
            written.setdefault(contact_id, []).append(entry.direction)
            card.ledger.append(LedgerLine(entry.direction, contact_id, name, entry.what))
        # Only real contact is a touch: a note of meeting or talking with them (the rule:
        # nlp/contact.py). News heard about someone, a correction, a name in passing is not.
        met = {
            by_name[name_key(m.name)]
            for m in extraction.people
            if m.met and m.relation is None and name_key(m.name) in by_name
        }
        contacts = Contacts(session, user_id)
        people = []
        for person in card.people:
            contact = await contacts.get(person.contact_id)
            if contact is not None:
                people.append((person, contact))
                if contact.id in met:
                    entries.append(Entry(contact.id, "note", "", note.id, when))
                    written.setdefault(contact.id, []).append("note")
        # All in one statement, before the stage counts below read them back.
        await ledger.add_all(entries)
        for person, contact in people:
            kinds = written.get(contact.id, [])
            if person.created:
                # Someone met in this very note has no history but this note's own entries.
                times = [when] * len(kinds)
                signals = signals_from(times, kinds.count("gave"), kinds.count("got"), when)
                _, change = self.stages.settle(contact, signals, when)
            else:
                _, change = await self.stages.update(session, user_id, contact, when)
            if change is not None:
                card.stage_changes.append(change)
            for fact in person.facts:
                if fact.kind == "need":
                    card.intros += await self.intros.for_need(session, user_id, contact, fact.text)
            # a give made, or one they thank the user for, keeps the promise of it
            gives = [e.summary for e in entries if e.contact_id == contact.id and e.kind == "gave"]
            if contact.relation is None:
                gives += received(note.text)
            if gives:
                await close_kept(session, user_id, contact.id, gives, note.id, now)

    async def on_resolved(
        self,
        session: AsyncSession,
        user_id: int,
        note: Note,
        mention: PersonMention,
        resolution: Resolution,
        now: datetime,
    ) -> None:
        """ "sent Eleni the article", Eleni picked from two: the note's gives and gets with
        her (and its touch, if it met her) are recorded now, as on_note would have."""
        person = resolution.person
        contact = await Contacts(session, user_id).get(person.contact_id) if person else None
        if person is None or contact is None:
            return
        when = now.astimezone(UTC)
        said = (note.extraction or {}).get("ledger", [])
        entries = [
            Entry(contact.id, e["direction"], e["what"], note.id, when)
            for e in said
            if name_key(e["person"]) == name_key(mention.name)
        ]
        if mention.met and mention.relation is None:
            entries.append(Entry(contact.id, "note", "", note.id, when))
        await Ledger(session, user_id).add_all(entries)
        for e in entries:
            if e.kind != "note":
                resolution.ledger.append(LedgerLine(e.kind, contact.id, contact.name, e.summary))
        if entries:
            await self.stages.update(session, user_id, contact, when)

    async def record(self, user_id: int, direction: str, words: list[str]) -> Recorded:
        """/gave <name> <what>, /got <name> <what>: the longest name that fits wins. A name
        several contacts fit raises NotFound with them as choices and what was said, for
        record_to once the user picks."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            known = [KnownContact(*row) for row in await contacts.all_names()]
            try:
                contact, rest = _leading_contact(words, known, direction)
            except NotFound as miss:
                if not miss.choices:
                    raise
                # two contacts of one name are told apart (trial 10: "Amara" and "Amara")
                asked = {c.contact_id for c in miss.choices}
                fits: dict[int, KnownContact] = {}
                for row in known:  # a contact's name, not the rows of their nicknames
                    if row.contact_id in asked:
                        fits.setdefault(row.contact_id, row)
                choices = await told_apart(contacts, list(fits.values()))
                labels = [c.label for c in choices]
                raise NotFound(miss.name, labels, choices, miss.what) from None
            found = await contacts.get(contact)
            assert found is not None
            return await self._record(session, user_id, direction, found, _what(rest, direction))

    async def record_to(self, user_id: int, direction: str, contact_id: int, what: str) -> Recorded:
        """The give or get of an ambiguous /gave, /got, to the contact the user picked."""
        async with self.rt.unit_of_work() as session:
            found = await Contacts(session, user_id).get(contact_id)
            if found is None:
                raise NotFound(str(contact_id))
            return await self._record(session, user_id, direction, found, what)

    async def _record(
        self, session: AsyncSession, user_id: int, direction: str, found: Contact, what: str
    ) -> Recorded:
        now = self.rt.clock()
        earlier = await Ledger(session, user_id).entries(found.id)
        again = said_already(earlier, direction, what, now)
        if not again:
            await Ledger(session, user_id).add(found.id, direction, what, when=now)
        await self.planner.touched(session, user_id, found, now)
        if direction == "gave":
            await close_kept(session, user_id, found.id, [what], None, now)
        await Contacts(session, user_id).touch(found, now)
        before = found.stage
        assessment, change = await self.stages.update(session, user_id, found, now)
        gave, got = (await Ledger(session, user_id).balances([found.id])).get(found.id, [0, 0])
        return Recorded(
            direction,
            found.name,
            what,
            gave,
            got,
            assessment.stage,
            before if change is not None else None,
            again,
        )

    async def balance(self, user_id: int) -> Balance:
        """Where you have only taken, and where you could give first: the same advice the
        nudges give (whom to introduce for a need; needs met and intros made left out)."""
        async with self.rt.unit_of_work() as session:
            now = self.rt.clock()
            contacts = Contacts(session, user_id)
            balances = await Ledger(session, user_id).balances()
            briefs = {b.id: b for b in await contacts.briefs()}
            out = Balance(
                total_gave=sum(g for g, _ in balances.values()),
                total_got=sum(r for _, r in balances.values()),
            )
            taken = [(cid, g, r) for cid, (g, r) in balances.items() if r > g and cid in briefs]
            taken.sort(key=lambda t: (-(t[2] - t[1]), briefs[t[0]].name))
            for cid, g, r in taken[:BALANCE_SHOWN]:
                brief = briefs[cid]
                latest = [
                    e.summary
                    for e in await Ledger(session, user_id).entries(cid)
                    if e.kind == "got"
                ]
                contact = await contacts.get(cid)
                assert contact is not None
                found = await load_people(session, user_id, [contact], self.intros, give=True)
                person = found[cid]
                hint = idea(_fresh(person), "give_value", now=now).text
                if latest:
                    got = proper(got_line(person.who.name, latest[0]), person.proper_names)
                    hint = f"{got[:1].upper()}{got[1:]}. {hint}"
                out.only_taken.append(BalanceLine(cid, brief.name, brief.org, g, r, hint))
            for nudge, contact in await Nudges(session, user_id).upcoming(
                now + timedelta(days=366), limit=200
            ):
                if nudge.kind != "follow_up" or contact is None or not owed(nudge.reason):
                    continue
                line = follow_up(Who(contact.name), nudge.reason)
                if line is not None and len(out.promised) < BALANCE_SHOWN:
                    g, r = balances.get(contact.id, [0, 0])
                    out.promised.append(
                        BalanceLine(contact.id, contact.name, contact.org, g, r, line)
                    )
            needy = list(
                {
                    c.id: c
                    for c, _ in await contacts.needs(200)
                    # a relative only mentioned is given to through the contact, not here
                    if not balances.get(c.id, [0])[0] and c.relation is None
                }.values()
            )
            for at in range(0, len(needy), BALANCE_SHOWN):
                if len(out.give_first) >= BALANCE_SHOWN:
                    break
                chunk = needy[at : at + BALANCE_SHOWN]
                people = await load_people(session, user_id, chunk, self.intros, give=True)
                for contact in chunk:
                    line = give_first(people[contact.id], now)
                    if line is None or len(out.give_first) >= BALANCE_SHOWN:
                        continue  # every need of theirs is met
                    if any(t.contact_id == contact.id and line in t.hint for t in out.only_taken):
                        continue  # said already, where they gave more than they got
                    g, r = balances.get(contact.id, [0, 0])
                    out.give_first.append(
                        BalanceLine(contact.id, contact.name, contact.org, g, r, line)
                    )
            return out


def _fresh(person: Person) -> Person:
    """The person as /balance sees them: no nudge's last detail to avoid, but never one
    the user has acted on already (a congratulation sent is not advised again)."""
    return replace(person, last_used=None, used_before=person.acted_on)


def give_first(person: Person, now: datetime) -> str | None:
    """Their open need as a give-first line: "Introduce Tom to Sarah Kim, the CPA you know:
    he needs a bookkeeper"; None when every need is met (or none reads as a sentence)."""
    for pick in picks(_fresh(person), now, give=True):
        if pick.detail.kind == "need" and pick.detail.fact_id in person.yours:
            # the user's own work: theirs to offer (trial 11: a realtor and a 3 bedroom)
            if pick.talk is not None:
                return pick.talk.line(person.who)
            continue
        if pick.detail.kind == "need":
            return introduce(person.who, pick.detail.text, pick.helper)
    return None


def said_already(earlier: Sequence[Interaction], direction: str, what: str, now: datetime) -> bool:
    """The same give or get, with the same person, logged within the last few days: said
    once by a note and once by /gave or /got (either first), it is one give (trial 30)."""
    return any(
        e.kind == direction
        and abs(now - _utc(e.created_at)) <= SAID_AGAIN
        and same_give(e.summary, what)
        for e in earlier
    )


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)  # SQLite drops it


_FILLER = frozenset("a an the some my our his her their to for of with".split())


def same_give(one: str, other: str) -> bool:
    """ "ravi's number for the will" and "Ravi Mehta's number for the will": one give said
    twice, the words of one all in the other."""

    def words(text: str) -> set[str]:
        said = {w.strip('.,!?:;"“”').casefold() for w in text.split()}
        return {w.removesuffix("'s").removesuffix("’s") for w in said} - _FILLER - {""}

    first, second = words(one), words(other)
    return bool(first) and bool(second) and (first <= second or second <= first)


def _what(rest: list[str], direction: str) -> str:
    return " ".join(rest).strip(" :-–") or ("something" if direction == "gave" else "help")


def _leading_contact(
    words: list[str], known: list[KnownContact], direction: str
) -> tuple[int, list[str]]:
    by_id = {c.contact_id: c for c in known}
    longest = min(MAX_NAME_WORDS, len(words))
    # A full name said exactly ("Dana Lee") first, then the usual first-name and typo rules.
    for size in range(longest, 0, -1):
        match = match_contact(" ".join(words[:size]), None, known)
        if match.contact_id is not None and name_key(by_id[match.contact_id].name) == name_key(
            " ".join(words[:size])
        ):
            return match.contact_id, words[size:]
    first_miss: NotFound | None = None
    for size in range(1, longest + 1):
        name = " ".join(words[:size])
        match = match_contact(name, None, known)
        if match.contact_id is not None:
            return match.contact_id, words[size:]
        if match.candidates and first_miss is None:
            choices = [Candidate(c.contact_id, candidate_label(c)) for c in match.candidates]
            what = _what(words[size:], direction)
            first_miss = NotFound(name, [c.name for c in match.candidates], choices, what)
    raise first_miss or NotFound(words[0] if words else "")
