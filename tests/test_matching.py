"""Which stored contact a name in a note refers to."""

from __future__ import annotations

from coach.matching import KnownContact, match_contact

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


def test_small_typos_match_but_short_names_and_strangers_do_not() -> None:
    assert match_contact("Micheal", None, KNOWN).contact_id == 5
    assert match_contact("Sarah Chne", None, KNOWN).contact_id == 3
    assert match_contact("Jon", None, KNOWN).is_new
    assert match_contact("Dana Lee", None, KNOWN).is_new
    assert match_contact("John Parker", None, KNOWN).is_new
