"""A nickname with the person's name said in brackets ("her husband chino (his name is
ernesto)", "Bobo (real name Olumide)") is one person: the one so named, who goes by the
nickname, with whatever the note says of them and whose relative they are."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names, person

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("note", "people", "relative", "of", "nickname"),
    [
        (
            "met rosa at the block party, her husband chino (his name is ernesto) fixes cars",
            ["Rosa", "Ernesto"],
            "Ernesto",
            "Rosa",
            "Chino",
        ),
        (
            "Met Dayo Adeyemi, his brother Bobo (real name Olumide) is a chef",
            ["Dayo Adeyemi", "Olumide"],
            "Olumide",
            "Dayo Adeyemi",
            "Bobo",
        ),
        (
            "sat with mei, her husband kiko (his real name is hiroshi) works at toyota",
            ["Mei", "Hiroshi"],
            "Hiroshi",
            "Mei",
            "Kiko",
        ),
    ],
)
def test_the_bracket_names_the_nicknamed(
    extractor: NoteExtractor, note: str, people: list[str], relative: str, of: str, nickname: str
) -> None:
    result = extractor.extract(note, now=NOW)
    assert names(result) == people
    found = person(result, relative)
    assert found.of == of
    assert nickname in found.aka


def test_a_bracket_without_a_name_said_changes_nothing(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met rosa at the block party, her husband chino (a mechanic) fixes cars", now=NOW
    )
    assert "Chino" in names(result)
