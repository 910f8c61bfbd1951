"""Which stored contact a name in a note refers to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from coach.matching import (
    MIN_LENGTH_FOR_TYPOS,
    KnownContact,
    Match,
    NameIndex,
    _pick,
    match_contact,
)
from coach.phrases import FAMILY_FIRST, given_name
from storage.contacts import name_key

KNOWN = [
    KnownContact(1, "John Park", "Acme"),
    KnownContact(2, "John Smith", None),
    KnownContact(3, "Sarah Chen", "Acme Robotics"),
    KnownContact(4, "Priya", None),
    KnownContact(5, "Michael Brown", None),
]


def test_exact_names_match_case_insensitively() -> None:
    assert match_contact("sarah chen", None, KNOWN).contact_id == 3
    assert match_contact("SARAH  CHEN", None, KNOWN).contact_id == 3


def test_an_unambiguous_first_name_matches() -> None:
    assert match_contact("sarah", None, KNOWN).contact_id == 3


def test_a_shared_first_name_is_ambiguous_unless_the_org_decides() -> None:
    match = match_contact("John", None, KNOWN)
    assert match.is_ambiguous and {c.contact_id for c in match.candidates} == {1, 2}
    assert match_contact("john", "acme", KNOWN).contact_id == 1


def test_a_full_name_completes_a_first_name_only_contact() -> None:
    assert match_contact("Priya Patel", None, KNOWN).contact_id == 4


def test_a_name_said_the_way_people_say_it_finds_the_longer_stored_name() -> None:
    known = [
        KnownContact(1, "Nguyen Van Thanh", "Pho 79"),
        KnownContact(2, "Juan Carlos Mendoza Ruiz", None),
        KnownContact(3, "Gurpreet Kaur Sandhu", "Allina"),
        KnownContact(4, "Lee Anderson", None),
    ]
    assert match_contact("thanh", None, known).contact_id == 1  # his given name, said last
    assert match_contact("juan carlos", None, known).contact_id == 2
    assert match_contact("Gurpreet Sandhu", None, known).contact_id == 3
    assert match_contact("lee", None, known).contact_id == 4  # Lee is his given name
    assert match_contact("Anderson", None, known).is_new
    assert match_contact("Gurpreet Singh", None, known).is_new
    assert match_contact("Juan Ruiz Carlos", None, known).is_new


def test_small_typos_match_but_short_names_and_strangers_do_not() -> None:
    assert match_contact("Micheal", None, KNOWN).contact_id == 5
    assert match_contact("Sarah Chne", None, KNOWN).contact_id == 3
    assert match_contact("Sarha Chne", None, KNOWN).contact_id == 3  # a slip in each part
    assert match_contact("Jon", None, KNOWN).is_new
    assert match_contact("Dana Lee", None, KNOWN).is_new
    assert match_contact("John Parker", None, KNOWN).is_new


def _reference_match(name: str, org: str | None, known: list[KnownContact]) -> Match:
    """The plain reading of the matching rules, one contact at a time: what NameIndex's
    dictionaries and rapidfuzz screening must agree with exactly."""
    key = name_key(name)
    parts = key.split()

    def typo(typed: str, stored: str) -> bool:
        if typed == stored:
            return True
        if min(len(typed), len(stored)) < MIN_LENGTH_FOR_TYPOS:
            return False
        return DamerauLevenshtein.distance(typed, stored) <= 1

    def by_typo(c: KnownContact) -> bool:
        if len(parts) > 1 and abs(len(c.key) - len(key)) > len(parts):
            return False
        stored = c.key.split()[: 1 if len(parts) == 1 else None]
        return len(stored) == len(parts) and all(map(typo, parts, stored))

    def given(c: KnownContact) -> str:
        """Family name first ("chen sarah"): the given name after it."""
        words = c.key.split()
        return name_key(given_name(c.key)) if len(words) > 1 and words[0] in FAMILY_FIRST else ""

    def longer(c: KnownContact) -> bool:
        """The words said, in order, in a longer stored name with the same first word."""
        stored = c.key.split()
        if len(stored) <= len(parts) or stored[0] != parts[0]:
            return False
        rest = iter(stored)
        return all(word in rest for word in parts)

    steps = (
        lambda c: c.key == key,
        (lambda c: parts[0] in (c.key.partition(" ")[0], given(c)))
        if len(parts) == 1
        else (lambda c: c.key == parts[0] or longer(c)),
        by_typo,
    )
    for step in steps:
        hits = [c for c in known if step(c)]
        if hits:
            return _pick(hits, org)
    return Match()


_WORDS = st.sampled_from(
    ["john", "jon", "joan", "johm", "sarah", "sara", "sarha", "chen", "chne", "park", "parks"]
)
_NAMES = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)


@settings(deadline=None)  # the first call loads the surname list
@given(
    stored=st.lists(st.tuples(_NAMES, st.sampled_from([None, "Acme", "Globex"])), max_size=12),
    typed=_NAMES,
    org=st.sampled_from([None, "acme", "globex"]),
)
def test_the_index_matches_exactly_as_the_rules_read(
    stored: list[tuple[str, str | None]], typed: str, org: str | None
) -> None:
    known = [KnownContact(i, name.title(), o) for i, (name, o) in enumerate(stored, 1)]
    indexed = match_contact(typed, org, NameIndex(known))
    expected = _reference_match(typed, org, known)
    assert indexed.contact_id == expected.contact_id
    assert [c.contact_id for c in indexed.candidates] == [c.contact_id for c in expected.candidates]
