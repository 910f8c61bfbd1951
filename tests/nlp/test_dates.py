from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from nlp.dates import resolve_date

# Thursday 26 November 2026
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("friday", date(2026, 11, 27)),
        ("Friday", date(2026, 11, 27)),
        ("fri", date(2026, 11, 27)),
        ("thursday", date(2026, 12, 3)),  # today is Thursday: the next one
        ("this friday", date(2026, 11, 27)),
        ("next Tuesday", date(2026, 12, 1)),
        ("next monday", date(2026, 11, 30)),
        ("on wednesday", date(2026, 12, 2)),
        ("tomorrow", date(2026, 11, 27)),
        ("tmrw", date(2026, 11, 27)),
        ("today", date(2026, 11, 26)),
        ("in two weeks", date(2026, 12, 10)),
        ("in 3 days", date(2026, 11, 29)),
        ("next week", date(2026, 11, 30)),  # Monday to Friday of next week: its Monday
        ("Dec 15", date(2026, 12, 15)),
        ("december 15th", date(2026, 12, 15)),
        ("Jan 10", date(2027, 1, 10)),
        ("Nov 2", date(2027, 11, 2)),  # already past this year: next occurrence
        ("2026-12-01", date(2026, 12, 1)),
        ("end of month", date(2026, 11, 30)),
    ],
)
def test_resolve_date(phrase: str, expected: date) -> None:
    assert resolve_date(phrase, NOW) == expected


@pytest.mark.parametrize("phrase", ["", "   ", "banana", "🎉", "x" * 500, "the mixer"])
def test_unparseable_is_none(phrase: str) -> None:
    assert resolve_date(phrase, NOW) is None


def test_weekday_is_never_in_the_past() -> None:
    for offset in range(7):
        now = NOW + timedelta(days=offset)
        for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"):
            got = resolve_date(name, now)
            assert got is not None
            assert now.date() < got <= now.date() + timedelta(days=7)


def test_tomorrow_uses_the_users_timezone() -> None:
    # 23:30 in Tokyo on Thursday is still Thursday afternoon in UTC...
    tokyo = datetime(2026, 11, 26, 23, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert resolve_date("tomorrow", tokyo) == date(2026, 11, 27)
    # ...and 00:30 Friday in Tokyo is the same instant as Thursday 15:30 UTC.
    tokyo_late = datetime(2026, 11, 27, 0, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    utc_same_instant = tokyo_late.astimezone(UTC)
    assert resolve_date("tomorrow", tokyo_late) == date(2026, 11, 28)
    assert resolve_date("tomorrow", utc_same_instant) == date(2026, 11, 27)
    assert resolve_date("friday", tokyo_late) == date(2026, 12, 4)
    assert resolve_date("friday", utc_same_instant) == date(2026, 11, 27)
