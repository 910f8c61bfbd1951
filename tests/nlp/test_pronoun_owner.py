"""A "she" in a later sentence is not a clue to the gender of whoever was named just before
it when the note has already said "she" of its contact: "Also saw Mpho moved to Nedbank.
She'll send me the tender docs" is Thandeka's offer (the reader made Mpho a "she" from that
very pronoun, and then gave Mpho everything Thandeka said)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import person


@pytest.mark.parametrize(
    ("note", "contact", "other", "said"),
    [
        ("Met Thandeka Zulu at the chamber breakfast, she's head of HR at Sasol. Also saw "
         "Mpho moved from Absa to Nedbank. She'll send me the tender docs.", "Thandeka",
         "Mpho", "tender docs"),
        ("drinks with yaa asantewaa, she runs a catering firm. her little boy kojo is six. "
         "she's a runner, did the accra half in march.", "Yaa", "Kojo", "runner"),
    ],
)  # fmt: skip
def test_a_later_she_stays_with_the_contact(
    extractor: NoteExtractor, note: str, contact: str, other: str, said: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert any(said in f.text.lower() for f in person(out, contact).facts), out.people
    assert not any(said in f.text.lower() for f in person(out, other).facts), out.people
