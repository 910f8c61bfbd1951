"""A need that says "them" of a thing named before it in the note says the thing: "her
radiators need replacing, wants somebody to price replacing them" is a need for somebody
to price replacing her radiators, so /find radiators and the lines can say what it is."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "word"),
    [
        (
            "Met Elspeth Kirk at the craft fair, her sash windows are rotten, she wants "
            "someone to repair them",
            "windows",
        ),
        (
            "Coffee with Angus Rae, his gutters are leaking and he needs somebody to clear them",
            "gutters",
        ),
    ],
)
def test_them_in_a_need_is_the_thing_named_before(
    extractor: NoteExtractor, note: str, word: str
) -> None:
    needs = [f.text for p in extractor.extract(note, now=NOW).people for f in p.facts]
    needs = [n for n in needs if "them" in n.split() or word in n]
    assert needs and all(word in n and "them" not in n.split() for n in needs), needs
