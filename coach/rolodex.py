"""Looking people up: the paged list, one contact's card, and 'who do I know …?'."""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz, process
from sqlalchemy.ext.asyncio import AsyncSession

from coach.capture import candidate_label
from coach.matching import KnownContact, match_contact
from coach.runtime import Runtime
from coach.views import (
    Candidate,
    ContactLine,
    FactView,
    FindHit,
    FindResult,
    FollowUpView,
    PeoplePage,
    PersonCard,
    PersonLookup,
    TimelineEntry,
)
from storage.models import Contact
from storage.nudges import Nudges
from storage.repositories import Contacts, Notes, name_key

# Words that shape a question ("who do I know into …") rather than say what to look for.
QUESTION_WORDS = frozenset(
    (
        "who whom whose do does did i know knows anyone anybody someone somebody is are was were "
        "into in at on the a an of for with likes like loves love works work from me my to met "
        "meet about any that this good great really people person contact contacts"
    ).split()
)
NEED_WORDS = frozenset(["need", "needs", "needed", "want", "wants", "wanted", "looking", "seeking"])
OFFER_WORDS = frozenset(["offer", "offers", "offered", "offering", "provide", "provides"])
WORD = re.compile(r"[\w'&+.-]+")
MAX_HITS = 10


def line(contact: Contact) -> ContactLine:
    return ContactLine(contact.id, contact.name, contact.org, contact.met_at, contact.met_on)


class Rolodex:
    def __init__(self, runtime: Runtime, page_size: int = 10) -> None:
        self.rt = runtime
        self.page_size = page_size

    async def people(self, user_id: int, page: int = 1) -> PeoplePage:
        """Contacts, most recently met or updated first."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            total = await contacts.count()
            pages = max(1, math.ceil(total / self.page_size))
            page = min(max(page, 1), pages)
            rows = await contacts.recent((page - 1) * self.page_size, self.page_size)
            return PeoplePage([line(c) for c in rows], page, pages, total)

    async def lookup(self, user_id: int, name: str) -> PersonLookup:
        """A card when the name points at one contact; choices or suggestions otherwise."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            known = [KnownContact(*row) for row in await contacts.all_names()]
            match = match_contact(name, None, known)
            if match.contact_id is not None:
                return PersonLookup(card=await self._card(session, user_id, match.contact_id))
            candidates = match.candidates or _by_name_part(name, known)
            if len(candidates) == 1:
                card = await self._card(session, user_id, candidates[0].contact_id)
                return PersonLookup(card=card)
            if candidates:
                return PersonLookup(
                    candidates=[Candidate(c.contact_id, candidate_label(c)) for c in candidates]
                )
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
        nudges = await Nudges(session, user_id).open_for([contact.id])
        notes = await Notes(session, user_id).timeline(contact.id)
        zone = (await self.rt.user_now(session, user_id)).tzinfo
        return PersonCard(
            contact=line(contact),
            facts=[FactView(f.kind, f.text) for f in facts],
            follow_ups=[
                FollowUpView(n.due_at.astimezone(zone).date(), n.reason, contact.name)
                for n in nudges
            ],
            timeline=[TimelineEntry(n.created_at, n.text) for n in notes],
        )

    async def find(self, user_id: int, query: str) -> FindResult:
        """Who do I know into sailing / in real estate / who needs a CPA?"""
        words = [w.strip(".'") for w in WORD.findall(query.casefold())]
        kinds = _kinds_asked(words)
        terms = [w for w in words if w and w not in QUESTION_WORDS | NEED_WORDS | OFFER_WORDS]
        if not terms:
            return FindResult(query=query, hits=[])
        phrase = " ".join(terms)
        async with self.rt.unit_of_work() as session:
            found = await Contacts(session, user_id).matching(terms, kinds)
        hits = []
        for contact, facts in found:
            fields = [contact.name, contact.org or "", contact.met_at or ""]
            fields += [f.text for f in facts]
            haystack = [name_key(f) for f in fields if f]
            if not all(any(t in h for h in haystack) for t in terms):
                continue
            reasons = [
                f"{f.kind}: {f.text}" for f in facts if any(t in name_key(f.text) for t in terms)
            ]
            if contact.org and any(t in name_key(contact.org) for t in terms):
                reasons.append(f"works at {contact.org}")
            if contact.met_at and any(t in name_key(contact.met_at) for t in terms):
                reasons.append(f"met at {contact.met_at}")
            score = len(reasons) + (2 if any(phrase in h for h in haystack) else 0)
            hits.append(FindHit(line(contact), reasons, score))
        hits.sort(
            key=lambda h: (-h.score, -(h.contact.met_on.toordinal() if h.contact.met_on else 0))
        )
        return FindResult(query=query, hits=hits[:MAX_HITS])


def _kinds_asked(words: list[str]) -> list[str] | None:
    if NEED_WORDS.intersection(words):
        return ["need"]
    if OFFER_WORDS.intersection(words):
        return ["offer"]
    return None


def _by_name_part(name: str, known: list[KnownContact]) -> list[KnownContact]:
    """'/person park' finds John Park: any whole word of the stored name."""
    wanted = name_key(name).split()
    return [c for c in known if wanted and set(wanted) <= set(name_key(c.name).split())]
