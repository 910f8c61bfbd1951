"""Lists typed with any bullet mark ("・" in Japan, "▪", "◦", "‣", "●", "➤"), even glued to
the word after it ("•Kenta Mori"), read as lists with "•": names, relatives and follow-ups
are whole."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names, person

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize("mark", ["・", "•", "▪", "◦", "‣", "●", "➤", "･"])
def test_a_glued_bullet_mark_breaks_nothing(extractor: NoteExtractor, mark: str) -> None:
    note = "\n".join(
        [
            "Osaka expo",
            f"{mark}Kenta Mori, sales lead @ Keyence",
            f"{mark}wife Haruka, nurse",
            f"{mark}Kenta into fishing",
            f"{mark}f/u Dec 15",
        ]
    )
    result = extractor.extract(note, now=NOW)
    assert names(result) == ["Kenta Mori", "Haruka"]
    assert person(result, "Haruka").of == "Kenta Mori"
    assert [f.due for f in result.follow_ups] == [date(2026, 12, 15)]


def test_a_spaced_katakana_bullet_list(extractor: NoteExtractor) -> None:
    note = (
        "Nagoya dinner\n・ Yui Takahashi, architect at Nikken Sekkei\n・ son Ren, 4\n"
        "・ wants an intro to a lighting designer\n・ follow up Jan 6"
    )
    result = extractor.extract(note, now=NOW)
    assert names(result) == ["Yui Takahashi", "Ren"]
    assert person(result, "Ren").of == "Yui Takahashi"
    assert [f.due for f in result.follow_ups] == [date(2027, 1, 6)]
