"""What the user did, said after their own action with no one named ("emailed rosa the
quote …, included 10 gluten free plates"), is theirs, not the contact's work (trial 27 asked
Rosa "how things are going since you included 10 gluten free plates")."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "name", "theirs"),
    [
        ("emailed rosa the quote for the holiday party, 60 ppl, included 10 gluten free plates",
         "Rosa", "included"),
        ("texted dev patel the menu, attached the allergen sheet too", "Dev Patel", "attached"),
    ],
)  # fmt: skip
def test_the_users_own_doing_is_no_detail_of_theirs(
    extractor: NoteExtractor, note: str, name: str, theirs: str
) -> None:
    person = next(p for p in extractor.extract(note, now=NOW).people if name in p.name)
    assert not any(f.text.startswith(theirs) for f in person.facts), person.facts


def test_what_the_contact_did_stays_theirs(extractor: NoteExtractor) -> None:
    note = "met rosa lima at the expo, she included a free sample in the order"
    person = extractor.extract(note, now=NOW).people[0]
    assert any("free sample" in f.text for f in person.facts), person.facts
