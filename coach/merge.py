"""/merge: two (or more) contacts that are one person become one. The kept contact takes the
fuller name, keeps the other names as nicknames, and gains the others' details, facts, notes,
relatives, gives and gets and follow-ups; duplicates are removed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz, process
from sqlalchemy.ext.asyncio import AsyncSession

from coach.matching import KnownContact
from coach.notes import candidate_label, told_apart
from coach.phrases import given_name, goes_by
from coach.portability import fill_in, portable
from coach.runtime import Runtime
from coach.stages import STAGES
from coach.views import Candidate
from nlp.lexicon import surname_likeness
from storage.contacts import Contacts, name_key
from storage.merge import Merge
from storage.models import Contact

MAX_MERGED = 4  # contacts offered at once: their ids must fit in one button's data


# "/merge Duke and Duc Anh Tran", "Rashid + Al-Amin", "A, B", "Al-Amin into Rashid".
PAIR = re.compile(r"\s*(?:,|\+|&)\s*|\s+(?:and|into|with)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class MergePlan:
    """Two named contacts who are one person: the name and nickname they'll share."""

    name: str
    goes_by: str | None


@dataclass
class MergeLookup:
    """The contacts a name fits: two or more can be merged; one alone comes with the name of
    a likely other half; none found comes with the names it nearly fits. `asked` is the
    name the answer is about (one side of a pair)."""

    candidates: list[Candidate] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    asked: str = ""
    # Set when two names were given (or one full name fits two contacts): keep the first
    # candidate, merge the second into it.
    plan: MergePlan | None = None
    # One contact fits: a likely other half, for an example of naming both.
    partner: str | None = None
    # One side of a pair fits several contacts, listed as candidates.
    ambiguous: bool = False
    # Both names are one contact already.
    same: bool = False


@dataclass(frozen=True)
class Merged:
    name: str
    org: str | None
    others: list[str]
    goes_by: str | None = None


class Merging:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    async def find(self, user_id: int, text: str) -> MergeLookup:
        """'A and B' (or +, a comma, into): those two; one name: every contact it fits."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            pair = split_names(text)
            if pair is not None:
                return await _pair(contacts, *pair)
            return await _one(session, contacts, text)

    async def owns(self, user_id: int, contact_id: int) -> bool:
        async with self.rt.unit_of_work() as session:
            return await Contacts(session, user_id).get(contact_id) is not None

    async def merge(self, user_id: int, keep_id: int, other_ids: list[int]) -> Merged | None:
        """Join the others into `keep_id`; None if any of them is not the user's any more."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            keep = await contacts.get(keep_id)
            others = [await contacts.get(i) for i in dict.fromkeys(other_ids) if i != keep_id]
            if keep is None or not others or any(o is None for o in others):
                return None
            names = []
            for other in others:
                assert other is not None
                names += [n for n in (keep.name, other.name) if n not in names]
                _rename(keep, other)
                _combine(keep, other)
                await Merge(session, user_id).move(keep, other)
            names = [n for n in names if n != keep.name] or [keep.name]
            return Merged(keep.name, keep.org, names, _nickname(keep.name, keep.aka))


def _combine(keep: Contact, other: Contact) -> None:
    """The kept contact's own fields, with what only the other had, the furthest stage,
    the earliest meeting and the latest touch."""
    fill_in(keep, portable(other, []))
    if other.stage in STAGES and STAGES.index(other.stage) > STAGES.index(keep.stage):
        keep.stage = other.stage
    if other.met_on and keep.met_on and other.met_on < keep.met_on:
        keep.met_on, keep.met_at = other.met_on, other.met_at or keep.met_at
    touches = [t for t in (keep.last_touch_at, other.last_touch_at) if t is not None]
    keep.last_touch_at = max(touches, default=None)
    keep.created_at = min(keep.created_at, other.created_at)
    keep.cadence_days = keep.cadence_days or other.cadence_days
    keep.pronoun = keep.pronoun or other.pronoun
    if keep.relation is None and other.relation is not None:
        keep.relation, keep.relative_of_id = other.relation, other.relative_of_id


def split_names(text: str) -> tuple[str, str, bool] | None:
    """The two names of 'A and B', and whether it was 'A into B' (B is kept); None for one."""
    match = PAIR.search(text)
    if match is None:
        return None
    left, right = text[: match.start()].strip(), text[match.end() :].strip()
    if not left or not right:
        return None
    return left, right, match.group().strip().casefold() == "into"


def joined_name(first: str, second: str) -> str:
    """The name two contacts of one person share: the fuller ('Priya Shah' over 'Priya'),
    a first name and a surname joined ('Rashid Al-Amin'), the full name over a one-word
    nickname ('Duc Anh Tran' over 'Duke'), else the first."""
    a, b = set(name_key(first).split()), set(name_key(second).split())
    if b <= a:
        return first
    if a <= b:
        return second
    if len(a) == len(b) == 1:
        # A stable sort: on a tie the order the user gave.
        return " ".join(sorted((first, second), key=surname_likeness))
    return second if len(a) == 1 else first


def nicknames(name: str, said: list[str]) -> list[str] | None:
    """The names said that are not part of `name`: 'Duke' for Duc Anh Tran, so he is still
    found and greeted by it; 'Rashid' is part of 'Rashid Al-Amin' and needs no alias."""
    words = set(name_key(name).split())
    kept = {name_key(n): n for n in said if not set(name_key(n).split()) <= words}
    return sorted(kept.values()) or None


def _nickname(name: str, aka: list[str] | None) -> str | None:
    called = goes_by(name, aka)
    return None if called == given_name(name) else called


def _shared_name(keep: Contact, other: Contact) -> tuple[str, list[str] | None]:
    """The joined name of the two and the names left out of it, kept as nicknames."""
    name = joined_name(keep.name, other.name)
    return name, nicknames(name, [*(keep.aka or []), keep.name, *(other.aka or []), other.name])


def _rename(keep: Contact, other: Contact) -> None:
    name, keep.aka = _shared_name(keep, other)
    keep.name, keep.name_key = name, name_key(name)


async def _fitting(contacts: Contacts, name: str) -> list[KnownContact]:
    """Every contact the name fits: by its first word ("Priya"), the whole name, or a name
    they go by; each once."""
    found = [KnownContact(*row) for row in await contacts.named(name)]
    wanted = set(name_key(name).split())
    found += [
        KnownContact(*row)
        for row in await contacts.all_names()
        if wanted and wanted <= set(name_key(row[1]).split())
    ]
    return list({c.contact_id: c for c in found}.values())


async def _close(contacts: Contacts, name: str) -> list[str]:
    names = [row[1] for row in await contacts.all_names()]
    close = process.extract(name, names, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    return [hit[0] for hit in close]


def _label(contact: KnownContact) -> Candidate:
    return Candidate(contact.contact_id, candidate_label(contact))


async def _one(session: AsyncSession, contacts: Contacts, name: str) -> MergeLookup:
    found = await _fitting(contacts, name)
    if len(found) >= 2:
        return MergeLookup(await told_apart(contacts, found[:MAX_MERGED]), asked=name)
    halves = await _covering(contacts, name)
    if halves is not None:
        return await _plan(contacts, *halves)
    if not found:
        return MergeLookup(suggestions=await _close(contacts, name), asked=name)
    partner = await _partner(session, contacts, found[0])
    return MergeLookup([_label(found[0])], asked=name, partner=partner)


async def _pair(contacts: Contacts, left: str, right: str, into: bool) -> MergeLookup:
    lefts, rights = await _fitting(contacts, left), await _fitting(contacts, right)
    # "Priya and Priya Shah": the side that fits one contact takes it from the other side.
    if len(rights) == 1:
        lefts = [c for c in lefts if c.contact_id != rights[0].contact_id] or lefts
    if len(lefts) == 1:
        rights = [c for c in rights if c.contact_id != lefts[0].contact_id] or rights
    for name, found in ((left, lefts), (right, rights)):
        if not found:
            return MergeLookup(suggestions=await _close(contacts, name), asked=name)
        if len(found) > 1:
            return MergeLookup(await told_apart(contacts, found), asked=name, ambiguous=True)
    a, b = lefts[0], rights[0]
    if a.contact_id == b.contact_id:
        return MergeLookup([_label(a)], asked=f"{left} and {right}", same=True)
    return await _plan(contacts, *((b, a) if into else _fuller_first(a, b)))


def _fuller_first(a: KnownContact, b: KnownContact) -> tuple[KnownContact, KnownContact]:
    """The contact with the longer name is kept; on a tie the one named first."""
    return (b, a) if len(b.name.split()) > len(a.name.split()) else (a, b)


async def _covering(contacts: Contacts, name: str) -> tuple[KnownContact, KnownContact] | None:
    """'Rashid Al-Amin' when a note made 'Rashid' and 'Al-Amin': two contacts whose names are
    the parts of the full name, in its order."""
    wanted = name_key(name).split()
    if len(wanted) < 2:
        return None
    parts = [
        KnownContact(*row)
        for row in await contacts.all_keyed()
        if set(row[3].split()) <= set(wanted)
    ]
    for a, b in combinations(parts, 2):
        words = set(name_key(a.name).split()) | set(name_key(b.name).split())
        if a.contact_id != b.contact_id and words == set(wanted):
            first = wanted.index(name_key(a.name).split()[0])
            return (a, b) if first <= wanted.index(name_key(b.name).split()[0]) else (b, a)
    return None


async def _plan(contacts: Contacts, keep: KnownContact, other: KnownContact) -> MergeLookup:
    kept, merged = await contacts.get(keep.contact_id), await contacts.get(other.contact_id)
    assert kept is not None and merged is not None
    name, aka = _shared_name(kept, merged)
    plan = MergePlan(name, _nickname(name, aka))
    return MergeLookup(await told_apart(contacts, [keep, other]), asked=name, plan=plan)


async def _partner(session: AsyncSession, contacts: Contacts, one: KnownContact) -> str | None:
    """A likely other half of `one`, to show how to name both: the contact named nearest to
    it in a note about it (the note that split them), else the most similar name."""
    nearest: tuple[int, str] | None = None
    for text, name in await Merge(session, contacts.user_id).mentioned_with(one.contact_id):
        gap = _gap(text.casefold(), one.name.casefold(), name.casefold())
        if gap is not None and (nearest is None or gap < nearest[0]):
            nearest = (gap, name)
    if nearest is not None:
        return nearest[1]
    others = [row[1] for row in await contacts.all_names() if row[0] != one.contact_id]
    best = process.extractOne(one.name, others, scorer=fuzz.WRatio) if others else None
    return best[0] if best else None


def _gap(text: str, one: str, other: str) -> int | None:
    """How far apart the two names are said in the text; None if either is not in it."""
    at, there = text.find(one), text.find(other)
    if at < 0 or there < 0:
        return None
    return abs(at - there)
