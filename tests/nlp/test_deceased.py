"""Someone a note says has died is nobody to meet or nudge; the family the user met at the
funeral are the contacts (trial 23: "Bridie Keane Rip" was made a contact and nudged)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "gone", "met"),
    [
        (
            "funeral this morning for mrs nora doyle rip, did the flowers, her son liam doyle "
            "was very good to deal with. ring liam in a few weeks",
            "Nora",
            "Liam Doyle",
        ),
        (
            "did the wreath for the late frank kelly, his daughter grainne runs a cafe in "
            "salthill",
            "Frank",
            "Grainne",
        ),
        ("removal of peter byrne (RIP) tonight, met his widow aine", "Peter", "Aine"),
        ("month's mind for maureen walsh r.i.p. today, chatted with her brother sean", "Maureen",
         "Sean"),
    ],
)  # fmt: skip
def test_the_dead_are_no_contact_and_their_family_are(
    extractor: NoteExtractor, note: str, gone: str, met: str
) -> None:
    r = extractor.extract(note, now=NOW)
    names = [p.name for p in r.people]
    assert not any(gone in n or "Rip" in n or "RIP" in n for n in names), names
    assert met in " ".join(names), names
    person = next(p for p in r.people if met in p.name)
    assert person.relation is None
    assert not [o for o in r.orgs if o.casefold() in ("rip", "r.i.p.")]


def test_a_follow_up_said_at_a_funeral_goes_to_the_family_member(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "funeral for mrs nora doyle rip, her son liam doyle was lovely. ring liam in a few weeks",
        now=NOW,
    )
    assert [f.person for f in r.follow_ups] == ["Liam Doyle"]


def test_the_users_own_late_relative_is_no_one_to_add(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "my late grandad would have loved the rotary lunch, met ana lee there", now=NOW
    )
    assert [p.name for p in r.people] == ["Ana Lee"]
