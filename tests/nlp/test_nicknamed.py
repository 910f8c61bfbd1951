"""People known as "big tam", "wee jimmy" or "young sean" are found after "met" or "with",
without the adjective in their name (a Scottish note lost "big tam o'neill" entirely)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("also met big tam o'neill, roofer, says he'll send a couple of jobs my way",
         "Tam O'Neill"),
        ("met big tam at the breakfast, roofer", "Tam"),
        ("had a pint with wee jimmy mcgregor, he's a sparky", "Jimmy McGregor"),
        ("met wee fiona at the school gate, she runs a cafe", "Fiona"),
    ],
)  # fmt: skip
def test_a_nickname_adjective_is_not_the_name(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    assert [p.name for p in extractor.extract(note, now=NOW).people] == [name]


@pytest.mark.parametrize(
    "note", ["met big data people at the expo", "met young founders at the startup mixer"]
)
def test_an_adjective_before_a_word_is_nobody(extractor: NoteExtractor, note: str) -> None:
    assert extractor.extract(note, now=NOW).people == []


@pytest.mark.parametrize(
    ("note", "pronoun"),
    [
        ("big tam mcgregor, roofer, met him at the golf club, he's got a daughter", "he"),
        ("jo kowalski, sparky, called her about the rewire, her son is an apprentice", "she"),
    ],
)
def test_who_was_met_says_their_pronoun(extractor: NoteExtractor, note: str, pronoun: str) -> None:
    """Trial 28: "met him" beat by the census reading Tam as Tamara."""
    person = extractor.extract(note, now=NOW).people[0]
    assert person.pronoun == pronoun, person
