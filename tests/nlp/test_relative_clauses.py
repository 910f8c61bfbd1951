"""A relative word after a comma starts a sentence about that relative when a verb follows
("marcus bell, his wife just had a baby"): the one named before is not the relative. Only
"Shirin, his wife, runs the books" names Shirin as the wife (trial notes: Marcus Bell was
filed as the wife of his own newborn)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "met"),
    [
        ("coffee w marcus bell, his wife just had a baby girl named ruby", "Marcus Bell"),
        ("lunch with priya shah, her husband is a dentist in leeds", "Priya Shah"),
        ("met kofi mensah at the expo, his wife runs a bakery in accra", "Kofi Mensah"),
        ("chatted to aroha ngata, her son got into otago med", "Aroha Ngata"),
        ("drinks w diego alvarez, his sister in law works at kpmg", "Diego Alvarez"),
        ("phoned wojciech nowak, his wife's hip op went fine", "Wojciech Nowak"),
    ],
)
def test_a_sentence_about_their_relative_leaves_them_who_they_are(
    extractor: NoteExtractor, note: str, met: str
) -> None:
    people = {p.name: p for p in extractor.extract(note, now=NOW).people}
    assert met in people, people
    assert people[met].relation is None and people[met].met, people[met]


def test_the_newborn_named_is_their_child(extractor: NoteExtractor) -> None:
    people = {
        p.name: p
        for p in extractor.extract(
            "coffee w marcus bell, his wife just had a baby girl named ruby", now=NOW
        ).people
    }
    assert people["Ruby"].relation == "daughter" and people["Ruby"].of == "Marcus Bell", people


@pytest.mark.parametrize(
    ("note", "relative", "relation"),
    [
        ("met tunde at church. Shirin, his wife, runs the books for the choir", "Shirin", "wife"),
        ("saw ama boateng and kwame, her husband, at the gala", "Kwame", "husband"),
    ],
)
def test_a_name_then_the_relative_word_still_names_the_relative(
    extractor: NoteExtractor, note: str, relative: str, relation: str
) -> None:
    people = {p.name: p for p in extractor.extract(note, now=NOW).people}
    assert people[relative].relation == relation, people
