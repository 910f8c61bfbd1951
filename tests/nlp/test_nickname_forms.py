"""The name the user calls someone by is kept with their full name, however it is said:
"known as Rab", "(wee shona)", "aka big eck", "everyone calls him big davie". A nickname
read as a second person, or as its adjective ("Big"), made lines greet the full name."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "name", "nickname"),
    [
        ("Met Robert Laing, known as Rab, at the bowling club", "Robert Laing", "Rab"),
        ("Met Catherine Greig (wee kate) at the school fair, she bakes", "Catherine Greig", "Kate"),
        ("Alexander Munro aka big Eck, met at the cattle sale", "Alexander Munro", "Eck"),
        ("Met David Kerr at the pub quiz, everyone calls him big davie", "David Kerr", "Davie"),
    ],
)  # fmt: skip
def test_a_nickname_said_with_its_adjective_or_known_as_is_theirs(
    extractor: NoteExtractor, note: str, name: str, nickname: str
) -> None:
    people = extractor.extract(note, now=NOW).people
    assert [p.name for p in people] == [name]
    assert people[0].aka == [nickname]
