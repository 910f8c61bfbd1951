"""A pastime said in a list is kept once ("loves afrobeats and tennis" is no second
"tennis"), and a show is a place people meet ("at the Buckhead bridal show") (trial 25)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("met Kemi at the bridal show, loves Afrobeats and tennis", "Kemi"),
        ("coffee with Rory McBride, into hurling and trad music", "Rory McBride"),
        ("met lwazi at the expo, big on cycling, rugby and braai", "Lwazi"),
    ],
)
def test_a_listed_pastime_is_not_said_twice(extractor: NoteExtractor, note: str, name: str) -> None:
    person = next(p for p in extractor.extract(note, now=NOW).people if p.name == name)
    items = [
        item.strip()
        for f in person.facts
        if f.kind == "interest"
        for item in f.text.lower().replace(",", " and ").split(" and ")
        if item.strip()
    ]
    assert items and len(items) == len(set(items)), person.facts


@pytest.mark.parametrize(
    ("note", "event"),
    [
        ("met Kemi at the Buckhead bridal show, she's a wedding planner", "Buckhead bridal show"),
        (
            "ran into dev patel at the home and garden show, he sells decking",
            "home and garden show",
        ),
        ("talked to ana lima at the trade show, she imports olive oil", "trade show"),
    ],
)
def test_a_show_is_where_they_met(extractor: NoteExtractor, note: str, event: str) -> None:
    assert (extractor.extract(note, now=NOW).event or "").casefold() == event.casefold()
