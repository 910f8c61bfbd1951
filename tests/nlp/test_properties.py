from __future__ import annotations

import logging
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import nlp.extract
from nlp.extract import NoteExtractor

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
WORDS = st.sampled_from(
    "met john sarah chen from acme at the mixer into sailing wants a cpa follow up friday "
    "his daughter emma , . ( ) 🎉 next tuesday who runs vp of sales - o'brien me i".split()
)
NOTES = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
KNOWN = st.lists(st.sampled_from(["Sarah Chen", "John Park", "Émile Zola", "", " "]), max_size=3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@example(text="\U000dcd13", known=[])  # found once: a name cleaned down to nothing
@given(text=NOTES, known=KNOWN)
def test_never_raises_and_names_come_from_input(
    extractor: NoteExtractor, text: str, known: list[str]
) -> None:
    failures: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = failures.append  # type: ignore[method-assign]
    nlp.extract.log.addHandler(handler)
    try:
        result = extractor.extract(text, now=NOW, known_names=known)
    finally:
        nlp.extract.log.removeHandler(handler)
    # extract() swallows internal errors to protect the bot; the test must not.
    assert not failures, failures[0].getMessage()
    # Names are shown with single spaces: any run of whitespace in the note is one space.
    haystack = " ".join(text.split()).casefold()
    for p in result.people:
        assert p.name.casefold() in haystack or p.name in known, (p.name, text)
