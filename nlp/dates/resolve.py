"""Resolving: what a term means said on a given day, as a `When`: the range of days that
would be a right due date (the annotation guide's table, nlp/corpus/GUIDE.md "Date
conventions for `range`") and the one day chosen inside it.

Choosing the day (``When.due``):
- An exact day ("friday", "Dec 15", "on the 3rd", "tomorrow") is that day. Weekday names
  mean the next such day strictly after today, "next tuesday" too; "Monday week" and "a
  fortnight on Friday" one and two weeks after that day; "the 15th" is the next 15th after
  today.
- A loose phrase is ``vague`` and gets a working day (Monday to Friday, not New Year's Day or
  Christmas Day) inside its range, never in the past and after today when the range allows:
  the working day nearest the phrase's anchor, the later one on a tie. The anchor is the
  range's first day ("next week" -> its Monday, "after Thanksgiving" -> the Monday after,
  "before Christmas" -> December 14, "late next week" -> Thursday), except: "end of ..." ->
  the range's last day ("end of next week" -> Friday, "end of the month" -> its last
  working day); "mid-<month>" -> the 15th; "in N weeks" -> N weeks from today ("in a
  fortnight": 13 to 15 days, as "in a week" is 6 to 8); "in a month"
  -> the same day next month; "over the holidays" -> December 28; and January starts on
  the 4th, once people are back from the new-year break ("early January", "f/u jan", "Q1"
  -> the first working day on or after Jan 4). A weekend ("this weekend", "labor day
  weekend") gets its first day that is not past.
- A deadline ("by Dec 5", "until Friday", "by the end of the month", "within two weeks") is
  ``vague`` too: its range runs from tomorrow to the deadline and the day chosen is the last
  working day on or before the deadline ("by Dec 5", a Saturday -> Friday Dec 4).
- Holidays come from the calendar: US Thanksgiving (the 4th Thursday of November), Easter
  (the Gregorian computus), Labor Day, Memorial Day and the fixed ones. "after <holiday>" is
  Monday to Friday of the week after it (the rest of its week for a Monday holiday);
  "before <holiday>" the eleven days before it; "after the holidays" / "after the new year"
  January 4 to 15. "the school hols" are the next school break to end (Easter's, the
  summer's in July and August, or Christmas's, as "the holidays"); "the summer hols" the
  next summer one, which is Christmas and January in New Zealand or South Africa.

Habits and past phrases resolve to nothing. `resolve_date` also reads, through
dateparser, the odd date the grammar does not ("the 3rd of next month"), when typed to
/followup.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from spacy.tokens import Span

from nlp.dates.grammar import parse_words
from nlp.dates.holidays import (
    DAY,
    add_months,
    holiday_window,
    is_working_day,
    monday_of,
    month_window,
    valid_day,
)
from nlp.dates.terms import (
    After,
    Ahead,
    By,
    CalendarDate,
    Days,
    Holiday,
    IsoWeek,
    Month,
    Quarter,
    Term,
    Week,
    Weekday,
    WeekdayAfter,
    WeekOf,
)
from nlp.dates.words import doc_words, text_words
from nlp.lexicon import MONTH_NUMBERS

_MAX_AHEAD = timedelta(days=3 * 366)
_MAX_WORDS = 12
# A calendar date this recently past is the past ("Nov 24 - chamber lunch"), not next year.
_RECENT = timedelta(days=60)


@dataclass(frozen=True)
class When:
    """What a date phrase means on a given day: ``first``..``last`` are the days that would
    be a right due date, ``due`` the one chosen; ``vague`` for a loose phrase or a deadline.

    ``stale``: a calendar date that is today or passed within the last two months ("Nov 26 -
    chamber lunch" on Nov 26 or 27). In a note it dates the note or the past, never a
    follow-up; asked for directly (/followup) it means today or next year's day."""

    first: date
    last: date
    due: date
    vague: bool = False
    stale: bool = False


# ---------------------------------------------------------------------------------------
# Each term against today.


def _pick(first: date, last: date, today: date, anchor: date | None = None,
          latest: bool = False) -> date | None:  # fmt: skip
    """A working day in first..last that is not past, after today if the range allows."""
    earliest = today + DAY if last > today else today
    lo = max(first, earliest)
    if lo > last:
        return None
    days = [lo + timedelta(days=n) for n in range((last - lo).days + 1)]
    work = [d for d in days if is_working_day(d)]
    if not work:
        return lo
    if latest:
        return work[-1]
    target = max(anchor or first, lo)
    return min(work, key=lambda d: (abs((d - target).days), d < target))


def _loose(
    first: date, last: date, today: date, anchor: date | None = None, weekend: bool = False
) -> When | None:
    """A vague range's day; ``weekend``: a weekend's or a holiday weekend's first day."""
    due = _pick(first, last, today, anchor) if not weekend else max(first, today)
    if due is None:
        return None
    return When(max(first, today), last, due, vague=True)


def _month(term: Month, today: date) -> When | None:
    if term.month is None:
        base = add_months(today.replace(day=1), term.ahead)
        year, month = base.year, base.month
    else:
        year, month = term.year or today.year, term.month
    for _ in range(3):
        first, last, anchor = month_window(year, month, term.part, today)
        if last >= today:
            return _loose(first, last, today, anchor)
        if term.year is not None:
            return None
        if term.month is None:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        else:
            year += 1
    return None


def _calendar(term: CalendarDate, today: date) -> When | None:
    if term.month is None:  # "the 15th": the next one after today
        year, month = today.year, today.month
        for _ in range(14):
            if valid_day(month, term.day, year):
                day = date(year, month, term.day)
                if day > today:
                    return When(day, day, day)
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        return None
    if term.year is not None:
        day = date(term.year, term.month, term.day)
        return When(day, day, day, stale=day == today) if day >= today else None
    year = today.year
    if not valid_day(term.month, term.day, year):
        year += 1
        while not valid_day(term.month, term.day, year):
            year += 1
    day = date(year, term.month, term.day)
    if day >= today:
        return When(day, day, day, stale=day == today)
    stale = today - day <= _RECENT
    year += 1
    while not valid_day(term.month, term.day, year):
        year += 1
    nxt = date(year, term.month, term.day)
    return When(nxt, nxt, nxt, stale=stale)


def _week(term: Week, today: date) -> When | None:
    monday = monday_of(today) + 7 * term.ahead * DAY
    if term.part == "weekend":
        sat = monday + 5 * DAY
        if term.ahead == 0 and today.weekday() == 6:
            sat = today - DAY
        return _loose(sat, sat + DAY, today)
    if term.part == "after_weekend":
        nxt = monday_of(today) + 7 * DAY
        return _loose(nxt, nxt + DAY, today)
    span = {"all": (0, 4, 0), "early": (0, 1, 0), "mid": (1, 3, 2), "late": (3, 4, 3),
            "end": (3, 4, 4)}  # fmt: skip
    a, b, anchor = span[term.part]
    if term.ahead == 0 and monday + b * DAY < today:
        monday += 7 * DAY  # "this week" said at the weekend: the coming one
    return _loose(monday + a * DAY, monday + b * DAY, today, monday + anchor * DAY)


def _quarter(term: Quarter, today: date) -> When | None:
    current = (today.month - 1) // 3 + 1
    if term.quarter is None:
        q = current + term.ahead
        year = today.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        if term.end:
            return _month(Month(3 * q, "end", year=year), today)
    else:
        q = term.quarter
        year = term.year or today.year
        if term.year is None and q < current:
            year += 1
    first = date(year, 3 * q - 2, 1)
    last = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    if last < today:
        return None
    anchor = first + 3 * DAY if q == 1 else first
    return _loose(first, last, today, anchor)


def _ahead(term: Ahead, today: date) -> When | None:
    n = term.count
    if term.unit == "day":
        if not term.fuzzy:
            day = today + n * DAY
            return When(day, day, day)
        lo, hi = (2, 4) if n >= 3 else (n, n + 1)
        return _loose(today + lo * DAY, today + hi * DAY, today, today + n * DAY)
    if term.unit == "fortnight":
        if term.exact:
            day = today + 14 * n * DAY
            return When(day, day, day)
        lo, hi = (13, 15) if n == 1 else (14 * n - 3, 14 * n + 3)  # as "in a week": 6 to 8
        return _loose(today + lo * DAY, today + hi * DAY, today, today + 14 * n * DAY)
    if term.unit == "week":
        if term.exact:
            day = today + 7 * n * DAY
            return When(day, day, day)
        if n == 3 and term.fuzzy:  # "a few weeks": the GUIDE's 18 to 25 days
            lo, hi, anchor = 18, 25, 21
        elif n == 1:
            lo, hi, anchor = 6, 8, 7
        else:
            lo, hi, anchor = 7 * n - 3, 7 * n + 3, 7 * n
        return _loose(today + lo * DAY, today + hi * DAY, today, today + anchor * DAY)
    target = add_months(today, n)
    if term.exact:
        return When(target, target, target)
    if n == 1:  # "in a month": 28 to 35 days
        first, last = today + 28 * DAY, today + 35 * DAY
        return _loose(first, last, today, min(max(target, first), last))
    return _loose(target - 4 * DAY, target + 4 * DAY, today, target)


def _holiday(term: Holiday, today: date) -> When | None:
    year = today.year - 1  # "after the holidays" said on January 2 is this January
    for _ in range(3):
        try:
            first, last, anchor = holiday_window(term.name, term.rel, year, today)
        except KeyError:  # a festival's date in a year its table does not hold
            year += 1
            continue
        if last >= today:
            if term.rel in ("on", "day_after", "day_before") and first == last:
                return When(first, first, first)
            return _loose(first, last, today, anchor, weekend=term.rel == "weekend")
        year += 1
    return None


def _by(term: By, today: date) -> When | None:
    inner = _resolve_term(term.inner, today)
    if inner is None:
        return None
    last = inner.last
    if term.exclusive:
        last = inner.first - DAY
        if isinstance(term.inner, Month | Quarter):
            # a month's window may start on a working day ("january" on the 4th): before it
            # is before its first day
            last = inner.first.replace(day=1) - DAY
    if last < today:
        return None
    first = today + DAY if last > today else today
    due = _pick(first, last, today, latest=True)
    if due is None:
        return None
    return When(first, last, due, vague=True)


def _resolve_term(term: Term, today: date) -> When | None:
    if isinstance(term, Days):
        day = today + term.offset * DAY
        return When(day, day, day)
    if isinstance(term, Weekday):
        if term.week is None:
            ahead = (term.weekday - today.weekday()) % 7 or 7
            day = today + (ahead + 7 * term.weeks_on) * DAY
        else:
            day = monday_of(today) + (7 * term.week + term.weekday) * DAY
            if day <= today:
                return None
        return When(day, day, day)
    if isinstance(term, CalendarDate):
        return _calendar(term, today)
    if isinstance(term, Week):
        return _week(term, today)
    if isinstance(term, WeekOf):
        of = _resolve_term(term.day, today)
        if of is None:
            return None
        monday = monday_of(of.due)
        return _loose(monday, monday + 4 * DAY, today)
    if isinstance(term, IsoWeek):
        year = term.year or today.year
        for _ in range(2):
            try:
                monday = date.fromisocalendar(year, term.number, 1)
            except ValueError:
                return None
            if monday + 4 * DAY >= today:
                return _loose(monday, monday + 4 * DAY, today)
            if term.year is not None:
                return None
            year += 1
        return None
    if isinstance(term, Ahead):
        return _ahead(term, today)
    if isinstance(term, Month):
        return _month(term, today)
    if isinstance(term, Quarter):
        return _quarter(term, today)
    if isinstance(term, Holiday):
        return _holiday(term, today)
    if isinstance(term, By):
        return _by(term, today)
    if isinstance(term, WeekdayAfter):
        of = _resolve_term(term.day, today) if term.day is not None else None
        if of is None:
            return None
        day = of.last + ((term.weekday - of.last.weekday()) % 7 or 7) * DAY
        return When(day, day, day)
    if isinstance(term, After):
        after = _resolve_term(term.inner, today)
        if after is None:
            return None
        return _loose(after.due + DAY, after.due + 7 * DAY, today)
    return None  # the past, habits


# ---------------------------------------------------------------------------------------
# A phrase, as said at ``now``.


def resolve_when(phrase: str | Span, now: datetime) -> When | None:
    """What a date phrase means when said at ``now`` (in the user's timezone), or None
    for no date, a past one or a habit."""
    if isinstance(phrase, Span):
        words = tuple(doc_words([(t.text, t.whitespace_) for t in phrase])[0])
    else:
        words = tuple(text_words(phrase))
    words = tuple(w for w in words if w != "\n")
    while words and words[-1] in ("?", "!", ",", ".", ";"):
        words = words[:-1]  # "sun?"
    if not words or len(words) > _MAX_WORDS * 2:
        return None
    found = parse_words(words)
    if found is None:
        return None
    when = _resolve_term(found.term, now.date())
    if when is None or when.due > now.date() + _MAX_AHEAD:
        return None
    return when


def resolve_date(phrase: str, now: datetime, *, guess: bool = True) -> date | None:
    """Resolve "friday", "next Tuesday", "in two weeks", "Dec 15", "early January" to the
    due date it means when said at ``now``; None when it is no date or a past one.

    ``guess=False`` reads only with the grammar the note reader uses. dateparser takes
    trailing words for a date ("by the 12th about" -> 1 Dec next year), so a caller that
    tries several cuts of a sentence asks the grammar first, and guesses only after."""
    said = " ".join(phrase.split())
    p = said.strip(" .!?")
    if not p or len(p) > 40:
        return None
    when = resolve_when(said, now) or resolve_when(p, now)  # "25.11." keeps its dot
    if when is not None:
        return when.due
    if not guess:
        return None
    if not any(c.isdigit() for c in p) and not any(w in MONTH_NUMBERS for w in text_words(p)):
        return None  # dateparser reads "the mixer" or "banana" as some day
    today = now.date()
    result = _dateparser(now.replace(tzinfo=None, second=0, microsecond=0)).get_date_data(p)
    found = result.date_obj if result else None
    if found is None:
        return None
    resolved = found.date()
    if not (today <= resolved <= today + _MAX_AHEAD):
        return None
    return resolved


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
