"""Follow-ups said in the words of other Englishes and languages: "tomorrow" in Indonesian,
Malay, Turkish ("besok", "esok", "yarın"), "next week" in Indonesian ("minggu depan");
Singlish "jio" (invite) and "wa" (WhatsApp) as the call; a slip put right with "nah mean"."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("note", "due", "who"),
    [
        (
            "ketemu rudi hartono at the expo, he sells coffee machines. wa him besok ya",
            date(2026, 12, 8),
            "Rudi Hartono",
        ),
        (
            "met aisyah at the open house, she is a baker. call her esok",
            date(2026, 12, 8),
            "Aisyah",
        ),
        ("sat with Emre Kaya, he exports figs. email him yarın", date(2026, 12, 8), "Emre Kaya"),
        (
            "met ketut at the temple fest, she carves wood. call her minggu depan",
            date(2026, 12, 14),
            "Ketut",
        ),
        (
            "makan with jason tan, he runs a gym in tampines. jio him kopi on thursday can",
            date(2026, 12, 10),
            "Jason Tan",
        ),
        (
            "met keisha at the fete, she builds boats. i go ring her friday, nah mean saturday",
            date(2026, 12, 12),
            "Keisha",
        ),
    ],
)
def test_follow_ups_said_in_other_words(
    extractor: NoteExtractor, note: str, due: date, who: str
) -> None:
    result = extractor.extract(note, now=NOW)
    assert names(result) == [who]
    assert [(f.due, f.person) for f in result.follow_ups] == [(due, who)]


def test_wa_is_no_follow_up_without_someone_to_reach(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met Liam Ward from Perth, WA on friday, he sells mining software", now=NOW
    )
    assert result.follow_ups == []
