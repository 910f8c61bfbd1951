"""Corrections that move a relative to someone else (trial 29): "correction: moira is angus
fraser's wife, not callum's" and "correction: moira's husband is angus fraser, not callum"
say whose relative Moira is, and how; the coach, knowing who is whose, moves her."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "known", "moved"),
    [
        (
            "correction: moira is angus fraser's wife, not callum reid's",
            ["Callum Reid", "Moira"],
            ("Moira", "wife", "Angus Fraser"),
        ),
        (
            "correction: leila is tariq's wife not yasmin's",
            ["Yasmin Ali", "Tariq", "Leila"],
            ("Leila", "wife", "Tariq"),
        ),
        (
            "correction: moira's husband is angus fraser, not callum",
            ["Callum Reid", "Moira"],
            ("Moira", "wife", "Angus Fraser"),
        ),
        (
            "correction: ade's wife is bukola, not tunde",
            ["Tunde Bakare", "Ade"],
            ("Ade", "husband", "Bukola"),
        ),
    ],
)
def test_a_relative_said_to_be_someone_elses(
    extractor: NoteExtractor, text: str, known: list[str], moved: tuple[str, str, str]
) -> None:
    r = extractor.extract(text, now=NOW, known_names=known)
    said = [(c.person, c.new, c.whose) for c in r.changes if c.field == "relation" and c.whose]
    assert said == [moved], r.changes


@pytest.mark.parametrize(
    "text",
    [
        "moira is angus fraser's wife, lovely woman",
        "moira's husband is angus fraser, he plays golf",
    ],
)
def test_no_move_without_a_not(extractor: NoteExtractor, text: str) -> None:
    r = extractor.extract(text, now=NOW, known_names=["Moira"])
    assert [c for c in r.changes if c.whose] == []


def test_a_relation_put_right_is_no_move(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "correction: moira is angus's sister, not his wife",
        now=NOW,
        known_names=["Moira", "Angus Fraser"],
    )
    assert [c for c in r.changes if c.whose] == []
