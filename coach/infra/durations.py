"""Human durations ("30s", "2d", "2w", "1h30m") for settings and commands."""

from __future__ import annotations

import re
from datetime import time, timedelta
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
WHOLE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*[smhdw])+\s*")
# Longer than anyone plans a pause or a cadence, and far inside what datetime can add.
LONGEST = timedelta(days=5 * 365)


def parse_duration(value: object) -> timedelta:
    """'2d' is two days; a bare number is seconds. Raises ValueError with the accepted forms."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        if value > LONGEST.total_seconds():
            raise ValueError(f"{value!r} seconds is longer than 5 years")
        return timedelta(seconds=value)
    text = str(value).strip().lower()
    if text.startswith("every "):
        text = text[len("every ") :]
    if not WHOLE.fullmatch(text):
        raise ValueError(f"{value!r} is not a duration; use forms like 30s, 15m, 2h, 2d, 2w")
    seconds = sum(float(n) * UNITS[unit] for n, unit in PART.findall(text))
    if seconds <= 0:
        raise ValueError(f"{value!r} must be longer than zero")
    if seconds > LONGEST.total_seconds():
        raise ValueError(f"{value!r} is longer than 5 years")
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit in ("w", "d", "h", "m"):
        if seconds % UNITS[unit] == 0 and seconds >= UNITS[unit]:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{seconds}s"


def parse_clock(value: str) -> time:
    """'8:30' or '08:30' as a time of day."""
    match = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2}))?\s*", value)
    if not match or int(match[1]) > 23 or int(match[2] or 0) > 59:
        raise ValueError(f"{value!r} is not a time of day; use HH:MM, e.g. 08:30")
    return time(int(match[1]), int(match[2] or 0))


def parse_quiet_hours(value: str) -> tuple[time, time]:
    """'21:00-08:00': nothing is sent from the first time until the second (may wrap midnight)."""
    start, sep, end = value.partition("-")
    if not sep:
        raise ValueError(f"{value!r} is not a range; use HH:MM-HH:MM, e.g. 21:00-08:00")
    return parse_clock(start), parse_clock(end)


def in_quiet_hours(moment: time, quiet: tuple[time, time]) -> bool:
    start, end = quiet
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


Duration = Annotated[
    timedelta, BeforeValidator(parse_duration), PlainSerializer(format_duration, return_type=str)
]
