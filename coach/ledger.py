"""Give first: the give/get ledger from notes and /gave, /got, and /balance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.ideas import Person, idea
from coach.intros import Intros
from coach.matching import KnownContact, match_contact
from coach.nudges import NotFound
from coach.planner import NudgePlanner
from coach.runtime import Runtime
from coach.stages import StageKeeper, signals_from
from coach.views import FactView, LedgerLine, NoteCard
from nlp.schema import NoteExtraction
from storage.contacts import Contacts, name_key
from storage.ledger import Entry, Ledger
from storage.models import Contact, Note

MAX_NAME_WORDS = 4
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
        for mention in extraction.people:
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
            entries.append(Entry(contact_id, entry.direction, entry.what, note.id, when))
            written.setdefault(contact_id, []).append(entry.direction)
            name = next(p.name for p in card.people if p.contact_id == contact_id)
            card.ledger.append(LedgerLine(entry.direction, contact_id, name, entry.what))
        contacts = Contacts(session, user_id)
        people = []
        for person in card.people:
            contact = await contacts.get(person.contact_id)
            if contact is not None:
                people.append((person, contact))
                entries.append(Entry(contact.id, "note", "", note.id, when))
                written.setdefault(contact.id, []).append("note")
        # All in one statement, before the stage counts below read them back.
        await ledger.add_all(entries)
        for person, contact in people:
            kinds = written[contact.id]
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

    async def record(self, user_id: int, direction: str, words: list[str]) -> Recorded:
        """/gave <name> <what>, /got <name> <what>: the longest name that fits wins."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            known = [KnownContact(*row) for row in await contacts.all_names()]
            contact, rest = _leading_contact(words, known)
            found = await contacts.get(contact)
            assert found is not None
            what = " ".join(rest).strip(" :-–") or ("something" if direction == "gave" else "help")
            now = self.rt.clock()
            await Ledger(session, user_id).add(found.id, direction, what, when=now)
            await self.planner.touched(session, user_id, found, now)
            await contacts.touch(found, now)
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
            )

    async def balance(self, user_id: int) -> Balance:
        """Where you have only taken, and where you could give first."""
        async with self.rt.unit_of_work() as session:
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
                hint = await self._hint(contacts, cid, brief.name, brief.met_at)
                if latest:
                    hint = f"they gave you {latest[0]}. {hint}"
                out.only_taken.append(BalanceLine(cid, brief.name, brief.org, g, r, hint))
            needy = [(c, f) for c, f in await contacts.needs(200) if not balances.get(c.id, [0])[0]]
            seen: set[int] = set()
            for contact, fact in needy:
                if contact.id in seen or len(out.give_first) >= BALANCE_SHOWN:
                    continue
                seen.add(contact.id)
                g, r = balances.get(contact.id, [0, 0])
                hint = await self._give_hint(session, user_id, contact, fact.text)
                out.give_first.append(
                    BalanceLine(contact.id, contact.name, contact.org, g, r, hint)
                )
            return out

    async def _hint(
        self, contacts: Contacts, contact_id: int, name: str, met_at: str | None
    ) -> str:
        facts = await contacts.facts([contact_id])
        person = Person(name, met_at, [FactView(f.kind, f.text) for f in facts])
        return idea(person, "give_value")

    async def _give_hint(
        self, session: AsyncSession, user_id: int, contact: Contact, need: str
    ) -> str:
        found = await self.intros.for_need(session, user_id, contact, need)
        first = contact.name.split()[0]
        if found:
            return f"needs {need}: introduce {first} to {found[0].match_name}"
        return f"needs {need}: who could you point {first} to?"


def _leading_contact(words: list[str], known: list[KnownContact]) -> tuple[int, list[str]]:
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
            first_miss = NotFound(name, [c.name for c in match.candidates])
    raise first_miss or NotFound(words[0] if words else "")
