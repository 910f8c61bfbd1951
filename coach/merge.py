"""/merge: two (or more) contacts that are one person become one. The kept contact gains the
others' details, facts, notes, gives and gets and follow-ups; duplicates are removed."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from coach.matching import KnownContact
from coach.notes import candidate_label
from coach.portability import fill_in, portable
from coach.runtime import Runtime
from coach.stages import STAGES
from coach.views import Candidate
from storage.contacts import Contacts, name_key
from storage.merge import Merge
from storage.models import Contact

MAX_MERGED = 4  # contacts offered at once: their ids must fit in one button's data


@dataclass
class MergeLookup:
    """The contacts a name fits: two or more can be merged; one alone can't; none found
    comes with the names it nearly fits."""

    candidates: list[Candidate] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Merged:
    name: str
    org: str | None
    others: list[str]


class Merging:
    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime

    async def find(self, user_id: int, name: str) -> MergeLookup:
        """Every contact the name fits: by its first word ("Priya"), or the whole name."""
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            found = [KnownContact(*row) for row in await contacts.named(name)]
            if len(found) < 2:
                wanted = set(name_key(name).split())
                found = [
                    KnownContact(*row)
                    for row in await contacts.all_names()
                    if wanted and wanted <= set(name_key(row[1]).split())
                ]
            if not found:
                names = [row[1] for row in await contacts.all_names()]
                close = process.extract(name, names, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
                return MergeLookup(suggestions=[hit[0] for hit in close])
        return MergeLookup(
            [Candidate(c.contact_id, candidate_label(c)) for c in found[:MAX_MERGED]]
        )

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
                _combine(keep, other)
                names.append(other.name)
                await Merge(session, user_id).move(keep, other)
            return Merged(keep.name, keep.org, names)


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
    if keep.relation is None and other.relation is not None:
        keep.relation, keep.relative_of_id = other.relation, other.relative_of_id
