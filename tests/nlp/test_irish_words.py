"""Irish English said of someone is not their name (trial 23: contacts named "Yer Wan" and
"Young Lad")."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    "note",
    [
        "tomasz kowalski runs kowalski cleaning, his young lad plays hurling with the u12s",
        "coffee with bríd at the mart, her young lad is doing his leaving cert",
        "chamber breakfast, met ciarán o'sullivan. also yer wan from the council, loves sea "
        "swimming",
    ],
)
def test_irish_words_for_someone_make_no_contact(extractor: NoteExtractor, note: str) -> None:
    names = [p.name for p in extractor.extract(note, now=NOW).people]
    assert not [n for n in names if n.casefold() in ("young lad", "yer wan", "lad", "wan")], names
