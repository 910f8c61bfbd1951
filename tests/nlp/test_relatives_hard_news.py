"""Hard news about a named relative is kept, on the relative: "his wife maureen is in
hospital" lost the hospital, so the coach asked Gordon about rugby."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "relative", "word"),
    [
        ("bumped into gordon blair at the rugby, his wife maureen is in hospital, knee "
         "replacement", "Maureen", "hospital"),
        ("lunch with priya shah. her husband ravi had a stroke last month", "Ravi", "stroke"),
        ("met tomasz nowak at bni, his daughter kasia is having chemo, he's doing the school "
         "run alone", "Kasia", "chemo"),
        ("coffee with Adaeze Okafor, her dad Emeka passed away on sunday", "Emeka", "passed"),
    ],
)  # fmt: skip
def test_hard_news_of_a_named_relative_is_theirs(
    extractor: NoteExtractor, note: str, relative: str, word: str
) -> None:
    people = {p.name: p for p in extractor.extract(note, now=NOW).people}
    assert relative in people, people
    said = " ".join(f.text for f in people[relative].facts)
    assert word in said, people[relative]
    assert "he's doing" not in said and "school run" not in said, said
