"""Date phrases: finding them in a parsed note and resolving them against the user's "now".

Weekdays and a few common shorthands are resolved here because dateparser can return the
past weekday and is slow; everything else goes to a dateparser instance cached per base
time. dateparser only ever sees a short candidate phrase, never a whole note.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from nlp.lexicon import MONTHS, WEEKDAYS

_TOMORROW = frozenset("tomorrow tmrw tmr tmw tomorow tommorow 2morrow".split())
_TODAY = frozenset("today tonight eod".split())
_UNITS = ["day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos"]
_UNIT_DAYS = {"day": 1, "week": 7, "wk": 7}
_COUNT = {
    "a": 1, "an": 1, "one": 1, "couple": 2, "few": 3, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LEAD = re.compile(r"^(on|by|before|for|the|this coming|coming|this)\s+")
# "sat"/"sun" are verbs and nouns far more often than weekdays in a note.
_MATCH_WEEKDAYS = sorted(set(WEEKDAYS) - {"sat", "sun"})
_DAY_NUM = r"^\d{1,2}(st|nd|rd|th)?$"
_MAX_AHEAD = timedelta(days=3 * 366)


def resolve_date(phrase: str, now: datetime) -> date | None:
    """Resolve "friday", "next Tuesday", "in two weeks", "Dec 15" to a date after ``now``.

    Weekday names mean the next such day strictly after today ("next tuesday" too), so
    a note written on a Friday saying "follow up friday" means a week later.
    """
    p = " ".join(phrase.lower().replace(",", " ").split()).strip(" .!?")
    if not p or len(p) > 40:
        return None
    today = now.date()
    p = _LEAD.sub("", p)
    if p in _TODAY:
        return today
    if p in _TOMORROW:
        return today + timedelta(days=1)
    if _ISO.match(p):
        try:
            return date.fromisoformat(p)
        except ValueError:
            return None
    special = _relative(p, today)
    if special is not None:
        return special
    result = _dateparser(now.replace(tzinfo=None, second=0, microsecond=0)).get_date_data(p)
    found = result.date_obj if result else None
    if found is None:
        return None
    resolved = found.date()
    if not (today - timedelta(days=1) <= resolved <= today + _MAX_AHEAD):
        return None
    return resolved


def _relative(p: str, today: date) -> date | None:
    words = p.split()
    if words and words[0] == "next" and len(words) == 2 and words[1] in WEEKDAYS:
        words = words[1:]
    if len(words) == 1 and words[0] in WEEKDAYS:
        ahead = (WEEKDAYS[words[0]] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if p in ("next week", "next wk"):
        return today + timedelta(days=7)
    if len(words) >= 3 and words[0] == "in":
        # "in a couple weeks", "in a few days", "in a week"
        count = [w for w in words[1:-1] if w not in ("a", "of")] or ["a"]
        unit = words[-1].rstrip("s")
        n = int(count[0]) if count[0].isdigit() else _COUNT.get(count[0])
        if len(count) == 1 and n is not None and n <= 60:
            if unit in _UNIT_DAYS:
                return today + timedelta(days=n * _UNIT_DAYS[unit])
            if unit in ("month", "mo"):
                return _add_months(today, n)
    if p in ("end of week", "end of the week", "eow"):
        ahead = (4 - today.weekday()) % 7
        return today + timedelta(days=ahead or 7)
    if p in ("end of month", "end of the month", "eom", "end of this month"):
        last = calendar.monthrange(today.year, today.month)[1]
        return today.replace(day=last)
    return None


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


@lru_cache(maxsize=64)
def _dateparser(base: datetime) -> DateDataParser:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["relative-time", "absolute-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


class DateFinder:
    """Finds candidate date phrases with a Matcher, plus the model's DATE entities."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        rel = {"LOWER": {"IN": ["this", "next", "coming", "on"]}, "OP": "?"}
        month = {"LOWER": {"IN": sorted(MONTHS)}}
        day = {"TEXT": {"REGEX": _DAY_NUM}}
        units = {"LOWER": {"IN": _UNITS}}
        self.matcher.add(
            "DATE",
            [
                [rel, {"LOWER": {"IN": _MATCH_WEEKDAYS}}],
                # "sat"/"sun" only with a lead word: "next sat", "on sun"
                [
                    {"LOWER": {"IN": ["this", "next", "coming", "on"]}},
                    {"LOWER": {"IN": ["sat", "sun"]}},
                ],
                [{"LOWER": {"IN": sorted(_TOMORROW | _TODAY)}}],
                [{"LOWER": {"IN": ["next", "this"]}}, {"LOWER": {"IN": ["week", "wk", "month"]}}],
                [
                    {"LOWER": "end"},
                    {"LOWER": "of"},
                    {"LOWER": {"IN": ["the", "this"]}, "OP": "?"},
                    {"LOWER": {"IN": ["week", "month"]}},
                ],
                [{"LOWER": {"IN": ["eow", "eom"]}}],
                [{"LOWER": "in"}, {"LIKE_NUM": True}, units],
                [{"LOWER": "in"}, {"LOWER": {"IN": ["a", "an"]}}, units],
                [
                    {"LOWER": "in"},
                    {"LOWER": "a"},
                    {"LOWER": {"IN": ["couple", "few"]}},
                    {"LOWER": "of", "OP": "?"},
                    units,
                ],
                [month, {"TEXT": ".", "OP": "?"}, day],
                [day, month],
                [{"TEXT": {"REGEX": r"^\d{4}-\d{2}-\d{2}$"}}],
                [{"SHAPE": "dddd"}, {"TEXT": "-"}, {"SHAPE": "dd"}, {"TEXT": "-"}, {"SHAPE": "dd"}],
                [{"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}(/\d{2,4})?$"}}],
            ],
            greedy="LONGEST",
        )

    def __call__(self, doc: Doc) -> list[Span]:
        spans = [Span(doc, s, e, label="DATE") for _, s, e in self.matcher(doc)]
        # The model's DATE entities catch phrasings the patterns don't; keep them short so
        # dateparser never sees a sentence.
        spans += [e for e in doc.ents if e.label_ == "DATE" and len(e) <= 4]
        return sorted(filter_spans(spans), key=lambda s: s.start)
