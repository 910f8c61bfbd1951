"""What is said of someone who works for a contact ("her accountant just retired", "his
web guy quit") is not the contact's news or job, and the need it leaves is said whole:
"needs someone reliable" after "her boiler guy retired" is a new boiler guy (a plumber's
note filed "retired" as the letting agent's own news and "accountant" as Dana's job)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "wrong"),
    [
        ("met dana lee at the mixer, her accountant just retired", ("accountant", "retired")),
        ("met fiona macleod, she runs a letting agency, her boiler guy retired so she needs "
         "someone reliable", ("retired",)),
        ("met dana lee, her cleaner moved to spain, needs a new one", ("moved to spain",)),
        ("coffee w tom reyes, his web guy quit last month", ("quit",)),
    ],
)  # fmt: skip
def test_news_of_whoever_works_for_them_is_not_theirs(
    extractor: NoteExtractor, note: str, wrong: tuple[str, ...]
) -> None:
    person = extractor.extract(note, now=NOW).people[0]
    for fact in person.facts:
        assert not any(fact.text.casefold() == w or fact.text.startswith(w) for w in wrong), (
            person.facts
        )


@pytest.mark.parametrize(
    ("note", "need"),
    [
        ("met fiona macleod, she runs a letting agency, her boiler guy retired so she needs "
         "someone reliable", "a new boiler guy"),
        ("met dana lee, her cleaner moved to spain, needs a new one", "a new cleaner"),
        ("lunch with kwame, his bookkeeper quit so he needs a replacement", "a new bookkeeper"),
    ],
)  # fmt: skip
def test_a_vague_need_says_whom_they_lost(extractor: NoteExtractor, note: str, need: str) -> None:
    person = extractor.extract(note, now=NOW).people[0]
    assert need in [f.text for f in person.facts if f.kind == "need"], person.facts
