"""Deciding whether a name in a note is someone the user already knows."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from coach.phrases import FAMILY_FIRST, given_at
from nlp.known import SURNAME_TITLES
from storage.contacts import name_key

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


class NameIndex:
    """The user's contacts, laid out once for matching several names against them: plain
    lists of name keys and first names, scanned without building a KnownContact per row,
    and typos screened in rapidfuzz's C code. Rows are (id, name, org, name_key); a contact
    becomes a KnownContact only when a name matches it. No container per name is built: at
    100,000 contacts, dictionaries of lists spent 140 ms of a 208 ms build collecting
    garbage (bench/matching_scale.py)."""

    def __init__(self, rows: Iterable[Sequence[Any]] = ()) -> None:
        self._rows: list[Sequence[Any]] = list(rows)
        self._keys = [_stored_key(row) for row in self._rows]
        self._firsts = [_first_word(key) for key in self._keys]
        self._givens = [_given_word(key) for key in self._keys]

    def add(self, row: Sequence[Any]) -> None:
        """One more contact (saved by the note being read)."""
        self._rows.append(row)
        self._keys.append(_stored_key(row))
        self._firsts.append(_first_word(self._keys[-1]))
        self._givens.append(_given_word(self._keys[-1]))

    def _contacts(self, positions: Iterable[int]) -> list[KnownContact]:
        return [
            KnownContact(self._rows[at][0], self._rows[at][1], self._rows[at][2], self._keys[at])
            for at in positions
        ]

    def exact(self, key: str) -> list[KnownContact]:
        return self._contacts(at for at, stored in enumerate(self._keys) if stored == key)

    def by_first_name(self, key: str) -> list[KnownContact]:
        first = _first_word(key)
        if first == key:
            # "john" could be any John the user knows; "thanh" is Nguyen Van Thanh.
            return self._contacts(
                at
                for at, (stored, given) in enumerate(zip(self._firsts, self._givens, strict=True))
                if first in (stored, given)
            )
        # "john park" is the contact saved as just "John", unless that John has another surname;
        # "juan carlos" and "gurpreet sandhu" are Juan Carlos Mendoza Ruiz and Gurpreet Kaur
        # Sandhu: the words said, in order, of a longer name with the same first word.
        words = key.split()
        return self._contacts(
            at
            for at, stored in enumerate(self._firsts)
            if stored == first
            and (self._keys[at] == first or _in_order(words, self._keys[at].split()))
        )

    def by_typo(self, key: str) -> list[KnownContact]:
        parts = key.split()
        if len(parts) == 1:
            # Only the first word counts; a slip per part means at most one edit.
            near = process.extract(
                key, self._firsts, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None
            )
        else:
            # One slip per part is at most as many edits over the whole name: a safe screen.
            near = process.extract(
                key,
                self._keys,
                scorer=DamerauLevenshtein.distance,
                score_cutoff=len(parts),
                limit=None,
            )
        screened = sorted(at for _, _, at in near)
        return [c for c in self._contacts(screened) if _is_typo_match(parts, c.key)]


# Words before "name" a note puts a surname right with: "his last name is Nakamura".
_SURNAME_SAID = frozenset("last family".split())


def names_in_reach(rows: Iterable[Sequence[Any]], words: Collection[str]) -> list[str]:
    """Names of the contacts (id, name, org, name_key rows) a note with these words could
    mention: those whose first name is one of the words (nlp.people.name_words), and in a
    note that speaks of a surname, those whose surname is."""
    surnames = (
        "surname" in words
        or ("name" in words and not _SURNAME_SAID.isdisjoint(words))
        or not SURNAME_TITLES.isdisjoint(words)  # "dr whitfield"
    )
    reachable = []
    for row in rows:
        key = _stored_key(row)
        surname = key.rsplit(" ", 1)[1] if surnames and " " in key else ""
        if _first_word(key) in words or _given_word(key) in words or (surname and surname in words):
            reachable.append(row[1])
    return reachable


def _in_order(said: list[str], stored: list[str]) -> bool:
    """Every word said is in the stored name, in the same order ("gurpreet sandhu" in
    "gurpreet kaur sandhu"); a longer name than the stored one never is."""
    rest = iter(stored)
    return len(said) < len(stored) and all(word in rest for word in said)


def called(said: str, stored: str) -> bool:
    """Is a name as said (a name_key) the stored name as people say it: whole, its first or
    given name alone, or its words in order ("juan carlos" of "juan carlos mendoza ruiz")?
    Unlike matching a note, "john park" is not the contact saved as just "John"."""
    if said == stored:
        return True
    words = said.split()
    if len(words) == 1:
        return said in (_first_word(stored), _given_word(stored))
    stored_words = stored.split()
    return stored_words[0] == words[0] and _in_order(words, stored_words)


def _given_word(key: str) -> str:
    """The given name of a name written family name first ("nguyen van thanh": "thanh"),
    else "" (the first word is the given name)."""
    if _first_word(key) not in FAMILY_FIRST:
        return ""  # most names: no need to split them
    words = key.split()
    at = given_at(words)
    return words[at] if at else ""


def _stored_key(row: Sequence[Any]) -> str:
    return row[3] if len(row) > 3 and row[3] else name_key(row[1])


def _first_word(key: str) -> str:
    space = key.find(" ")
    return key if space < 0 else key[:space]


def match_contact(
    name: str,
    org: str | None,
    known: Sequence[KnownContact] | NameIndex,
    *,
    typos: bool = True,
) -> Match:
    """Exact name, then unambiguous first name, then small typos; several hits ask the user.

    Without `typos`, `known` need only hold the contacts Contacts.named(name) returns: every
    contact the first two steps could find, so a big Rolodex needn't load every name for a
    plain lookup."""
    index = known if isinstance(known, NameIndex) else NameIndex(known)
    key = name_key(name)
    if not key:
        return Match()
    finders = (index.exact, index.by_first_name, index.by_typo)
    for finder in finders if typos else finders[:2]:
        hits = finder(key)
        if hits:
            return _pick(hits, org)
    return Match()


def _pick(hits: list[KnownContact], org: str | None) -> Match:
    if len(hits) == 1:
        return Match(contact_id=hits[0].contact_id)
    if org:
        same_org = [h for h in hits if h.org and name_key(h.org) == name_key(org)]
        if len(same_org) == 1:
            return Match(contact_id=same_org[0].contact_id)
    return Match(candidates=hits)


def _is_typo_match(parts: list[str], stored_key: str) -> bool:
    """Each part of the typed name is its stored part or one slip from it."""
    key = " ".join(parts)
    # One slip per part changes a part's length by at most one: most names fail this first.
    if len(parts) > 1 and abs(len(stored_key) - len(key)) > len(parts):
        return False
    stored = stored_key.split()
    if len(parts) == 1:
        stored = stored[:1]
    return len(stored) == len(parts) and all(map(_is_typo_of, parts, stored))


def _is_typo_of(typed: str, stored: str) -> bool:
    if typed == stored:
        return True
    if min(len(typed), len(stored)) < MIN_LENGTH_FOR_TYPOS:
        return False
    return DamerauLevenshtein.distance(typed, stored) <= MAX_TYPOS_PER_NAME_PART
