"""Deciding whether a name in a note is someone the user already knows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from storage.repositories import name_key

# One slip (a missing, extra, wrong or swapped letter) per name is a typo: "Micheal" finds
# "Michael", "Sarah Chne" finds "Sarah Chen". Short names are left alone: "Jon" may not be "John".
MAX_TYPOS_PER_NAME_PART = 1
MIN_LENGTH_FOR_TYPOS = 4


class KnownContact(NamedTuple):
    """A contact as matching sees it; a plain tuple, as a big Rolodex makes thousands."""

    contact_id: int
    name: str
    org: str | None
    # The stored name_key, so the Rolodex isn't normalised again for every mention.
    stored_key: str = ""

    @property
    def key(self) -> str:
        return self.stored_key or name_key(self.name)


@dataclass
class Match:
    contact_id: int | None = None
    candidates: list[KnownContact] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.contact_id is None and not self.candidates

    @property
    def is_ambiguous(self) -> bool:
        return self.contact_id is None and len(self.candidates) > 1


def match_contact(name: str, org: str | None, known: Sequence[KnownContact]) -> Match:
    """Exact name, then unambiguous first name, then small typos; several hits ask the user."""
    key = name_key(name)
    for finder in (_exact, _by_first_name, _by_typo):
        hits = finder(key, known)
        if hits:
            return _pick(hits, org)
    return Match()


def match_by_name(name: str, org: str | None, known: Sequence[KnownContact]) -> Match | None:
    """match_contact's first two steps (exact name, first name), or None if neither finds
    anyone. `known` need only hold the contacts Contacts.named(name) returns: every contact
    those steps could find, so a big Rolodex needn't load every name for a plain lookup."""
    key = name_key(name)
    if not key:
        return None
    for finder in (_exact, _by_first_name):
        hits = finder(key, known)
        if hits:
            return _pick(hits, org)
    return None


def _pick(hits: list[KnownContact], org: str | None) -> Match:
    if len(hits) == 1:
        return Match(contact_id=hits[0].contact_id)
    if org:
        same_org = [h for h in hits if h.org and name_key(h.org) == name_key(org)]
        if len(same_org) == 1:
            return Match(contact_id=same_org[0].contact_id)
    return Match(candidates=hits)


def _exact(key: str, known: Sequence[KnownContact]) -> list[KnownContact]:
    return [c for c in known if c.key == key]


def _by_first_name(key: str, known: Sequence[KnownContact]) -> list[KnownContact]:
    parts = key.split()
    first = parts[0]
    if len(parts) == 1:
        # "john" could be any John the user knows.
        return [c for c in known if c.key.partition(" ")[0] == first]
    # "john park" is the contact saved as just "John", unless that John has another surname.
    return [c for c in known if c.key == first]


def _by_typo(key: str, known: Sequence[KnownContact]) -> list[KnownContact]:
    parts = key.split()
    # One slip per part changes a part's length by at most one: most names fail this first.
    slack = len(parts) if len(parts) > 1 else 0
    hits = []
    for contact in known:
        if len(parts) > 1 and abs(len(contact.key) - len(key)) > slack:
            continue
        stored = contact.key.split()
        if len(parts) == 1:
            stored = stored[:1]
        if len(stored) == len(parts) and all(map(_is_typo_of, parts, stored)):
            hits.append(contact)
    return hits


def _is_typo_of(typed: str, stored: str) -> bool:
    if typed == stored:
        return True
    if min(len(typed), len(stored)) < MIN_LENGTH_FOR_TYPOS:
        return False
    return DamerauLevenshtein.distance(typed, stored) <= MAX_TYPOS_PER_NAME_PART
