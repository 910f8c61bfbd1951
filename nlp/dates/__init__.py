"""Date phrases: finding them in a parsed note and resolving them against the user's "now".

One small grammar reads a date phrase the way people write it ("friday", "by Dec 5",
"early next week", "after Thanksgiving", "mid-December", "f/u jan", "KW 50") into a term;
`DateFinder` scans a Doc with it, and `resolve_when` turns a term into a `When`: the range
of days that would be a right due date (the annotation guide's table, nlp/corpus/GUIDE.md
"Date conventions for `range`") and the one day chosen inside it.

Choosing the day (``When.due``):
- An exact day ("friday", "Dec 15", "on the 3rd", "tomorrow") is that day. Weekday names
  mean the next such day strictly after today, "next tuesday" too; "the 15th" is the next
  15th after today.
- A loose phrase is ``vague`` and gets a working day (Monday to Friday, not New Year's Day or
  Christmas Day) inside its range, never in the past and after today when the range allows:
  the working day nearest the phrase's anchor, the later one on a tie. The anchor is the
  range's first day ("next week" -> its Monday, "after Thanksgiving" -> the Monday after,
  "before Christmas" -> December 14, "late next week" -> Thursday), except: "end of ..." ->
  the range's last day ("end of next week" -> Friday, "end of the month" -> its last
  working day); "mid-<month>" -> the 15th; "in N weeks" -> N weeks from today; "in a month"
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
  January 4 to 15.

Habits ("every saturday") and past phrases ("last tuesday", "yesterday", "3 days ago") are
found, so that their weekday is never read as a coming one, but resolve to nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nlp.dates.holidays import (
    DAY,
    add_months,
    easter,
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
    Habit,
    Holiday,
    IsoWeek,
    Month,
    Parse,
    Past,
    Quarter,
    Term,
    Week,
    Weekday,
    WeekOf,
)
from nlp.dates.words import (
    COUNT_WORDS,
    DAY_WORDS,
    DIGITS,
    HOLIDAY_NAMES,
    HOLIDAY_STARTS,
    HOLIDAYS_BY_FIRST,
    NUMBER,
    ORDINAL,
    ORDINAL_WORDS,
    QUARTER,
    TIME_WORDS,
    UNITS,
    WEEK_ORDINALS,
    YEAR,
    day_number,
    doc_words,
    is_int,
    ordinal_day,
    text_words,
)
from nlp.lexicon import MONTH_NUMBERS, WEEKDAYS

__all__ = ["DateFinder", "When", "easter", "is_working_day", "resolve_date", "resolve_when"]

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
# The grammar.

_CLOCK = re.compile(r"^\d{1,2}(:\d{2})?(am|pm|a|p)$|^\d{1,2}:\d{2}$|^noon$")
_AM_PM = frozenset("am pm a.m p.m".split())
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
_DOTTED_OPEN = re.compile(r"^(\d{1,2})\.(\d{1,2})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_HOLIDAY_LEAD_FIRST = frozenset(
    "after right just until till post the week in over during through".split()
)
_THIS = frozenset("this coming upcoming".split())
_PARTS_EARLY = (("early",), ("beginning", "of"), ("start", "of"), ("the", "beginning", "of"),
                ("the", "start", "of"), ("early", "in"))  # fmt: skip
_PARTS_MID = (("mid",), ("mid", "-"), ("middle", "of"), ("the", "middle", "of"), ("mid", "of"))
_PARTS_LATE = (("late",), ("later",), ("late", "in"), ("later", "in"))
_PARTS_END = (("end", "of"), ("the", "end", "of"), ("end", "-", "of"))
_HABIT_HEADS = frozenset(
    "day week weekend month year morning evening night quarter time other single".split()
)
_PAST_HEADS = frozenset("week weekend month night year time quarter".split())
_BY = frozenset("by until till before".split())

# The words each rule's phrases can start with (besides numbers: "3 days ago", "12/3").
_FIRST_DEADLINE = frozenset("by until till before within no".split())
_FIRST_AFTER = frozenset("after right just until till".split())
_FIRST_HOLIDAY = _HOLIDAY_LEAD_FIRST | HOLIDAY_STARTS
_FIRST_HABIT = frozenset("every each".split())
_FIRST_PAST = frozenset("yesterday last this past the earlier".split()) | frozenset(COUNT_WORDS)
_FIRST_WEEK = frozenset(
    "this next the coming in week early beginning start mid middle late later end midweek "
    "eow over weekend wc w kw cw after".split()
)
_FIRST_MONTH = (
    frozenset(MONTH_NUMBERS)
    | frozenset(WEEK_ORDINALS)
    | frozenset(
        "next this later eom month mid early beginning start middle the late end in during".split()
    )
)
_FIRST_QUARTER = frozenset("in during for early start beginning the next this eoq end".split())
_FIRST_AHEAD = frozenset("in the next after over".split()) | frozenset(COUNT_WORDS)
_FIRST_DAY = (
    frozenset(DAY_WORDS)
    | frozenset(WEEKDAYS)
    | frozenset(MONTH_NUMBERS)
    | frozenset(ORDINAL_WORDS)
    | frozenset("the end this later day coming upcoming next".split())
)
# Words a phrase can start with; any other word is skipped without trying the grammar.
_STARTS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTH_NUMBERS)
    | frozenset(ORDINAL_WORDS)
    | frozenset(DAY_WORDS)
    | HOLIDAY_STARTS
    | _THIS
    | frozenset(
        "next the in within after by until till before over during through end eow eom eoq no "
        "early mid middle late later beginning start week weekend kw cw every each last "
        "yesterday earlier post right just day a an one two three four five six seven "
        "eight nine ten couple few several midweek month".split()
    )
)


class _Grammar:
    """Reads date phrases from normalised words. Each rule returns the longest phrase it
    can read starting at a word (or None); `phrase` keeps the longest of all rules."""

    def __init__(self, words: Sequence[str]) -> None:
        self.w = tuple(words)

    def word(self, i: int) -> str:
        return self.w[i] if 0 <= i < len(self.w) else ""

    def lit(self, i: int, *seq: str) -> int | None:
        """The index after ``seq`` if the words at ``i`` are exactly ``seq``."""
        return i + len(seq) if self.w[i : i + len(seq)] == seq else None

    def any_of(self, i: int, options: Iterable[tuple[str, ...]]) -> int | None:
        best = None
        for seq in options:
            j = self.lit(i, *seq)
            if j is not None and (best is None or j > best):
                best = j
        return best

    def opt(self, i: int, *seq: str) -> int:
        j = self.lit(i, *seq)
        return i if j is None else j

    # -- the whole phrase -----------------------------------------------------------

    def phrase(self, i: int) -> Parse | None:
        w = self.word(i)
        numeric = self._numeric(w)
        if w not in _STARTS and not numeric:
            return None
        best: Parse | None = None
        rules: list[tuple[Callable[[int], Parse | None], frozenset[str]]] = [
            (self.deadline, _FIRST_DEADLINE),
            (self.after, _FIRST_AFTER),
            (self.holiday, _FIRST_HOLIDAY),
            (self.habit, _FIRST_HABIT),
            (self.past, _FIRST_PAST),
            (self.week, _FIRST_WEEK),
            (self.month, _FIRST_MONTH),
            (self.quarter, _FIRST_QUARTER),
            (self.ahead, _FIRST_AHEAD),
            (self.day, _FIRST_DAY),
        ]
        for rule, firsts in rules:
            if w not in firsts and not numeric:
                continue
            found = rule(i)
            if found is not None and (best is None or found.end > best.end):
                best = found
        return best

    @staticmethod
    def _numeric(word: str) -> bool:
        return bool(word[:1] in DIGITS or QUARTER.match(word) or word in COUNT_WORDS)

    # -- deadlines and "after" --------------------------------------------------------

    def deadline(self, i: int) -> Parse | None:
        lead = self.word(i)
        j = i + 1
        if lead == "no" and self.lit(i + 1, "later", "than"):
            lead, j = "by", i + 3
        elif (
            lead in ("by", "until", "till")
            and self.word(i + 1) == "the"
            and (self.word(i + 2) == "latest")
        ):
            j = i + 3
        if lead == "within":
            ahead = self.ahead_body(j)
            if ahead is None:
                return None
            within, end = ahead
            assert isinstance(within, Ahead)
            return Parse(By(Ahead(within.count, within.unit, exact=True)), end)
        if lead not in _BY:
            return None
        if self.word(j) == "after":  # "until after the holidays"
            return None
        inner = self.holiday_name(j)
        if inner is not None:
            name, end = inner
            rel = "before" if lead == "before" else "on"
            term: Term = Holiday(name, rel)
            if lead != "before":
                term = By(term)
            if name == "holidays" and lead != "before":
                term = Holiday(name, "before")
            return Parse(term, end)
        found = self._inner(j)
        if found is None or isinstance(found.term, Past | Habit | By | Ahead):
            return None
        exclusive = lead == "before" and isinstance(found.term, Days | Weekday | CalendarDate)
        if lead == "before" and isinstance(found.term, Week) and found.term.part == "weekend":
            exclusive = True
        return Parse(By(found.term, exclusive), found.end)

    def _inner(self, i: int) -> Parse | None:
        best: Parse | None = None
        for rule in (self.week, self.month, self.quarter, self.day):
            found = rule(i)
            if found is not None and (best is None or found.end > best.end):
                best = found
        if best is not None and best.loose == "duration":
            return None  # "by 2 weeks" is not said; "within 2 weeks" is
        return best

    def after(self, i: int) -> Parse | None:
        j = self.any_of(i, [("after",), ("right", "after"), ("just", "after"),
                            ("until", "after"), ("till", "after")])  # fmt: skip
        if j is None:
            return None
        if self.word(j) in COUNT_WORDS or is_int(self.word(j)):  # "after one week"
            ahead = self.ahead_body(j)
            return Parse(ahead[0], ahead[1]) if ahead else None
        if self.lit(j, "the", "weekend") or self.lit(j, "weekend"):
            return Parse(Week(0, "after_weekend"), self.opt(j, "the") + 1)
        found = self.day(j)
        if (
            found is not None
            and found.loose in (None, "the_ordinal")
            and (isinstance(found.term, Weekday | CalendarDate))
        ):
            return Parse(After(found.term), found.end)  # "after monday", "f/u after 4/15"
        return None

    # -- holidays -----------------------------------------------------------------------

    def holiday_name(self, i: int) -> tuple[str, int] | None:
        best: tuple[str, int] | None = None
        for k in (self.opt(i, "the"), i):
            for seq in HOLIDAYS_BY_FIRST.get(self.word(k), ()):
                end = self.lit(k, *seq)
                if end is not None and (best is None or end > best[1]):
                    best = (HOLIDAY_NAMES[seq], end)
        return best

    def holiday(self, i: int) -> Parse | None:
        rels: list[tuple[tuple[str, ...], str]] = [
            (("after",), "after"), (("right", "after"), "after"), (("just", "after"), "after"),
            (("until", "after"), "after"), (("till", "after"), "after"),
            (("post",), "after"), (("post", "-"), "after"), (("the", "week", "after"), "after"),
            (("week", "after"), "after"), (("in",), "after"),
            (("right", "before"), "before"), (("just", "before"), "before"),
            (("the", "week", "before"), "week_before"), (("week", "before"), "week_before"),
            (("over",), "over"), (("during",), "over"), (("through",), "over"),
            (("over", "the"), "over"),
        ]  # fmt: skip
        if self.word(i) not in _HOLIDAY_LEAD_FIRST and self.word(i) not in HOLIDAY_STARTS:
            return None
        for lead, rel in sorted(rels, key=lambda r: -len(r[0])):
            j = self.lit(i, *lead)
            if j is None:
                continue
            found = self.holiday_name(j)
            if found is None:
                continue
            name, end = found
            if lead == ("in",) and name != "new year":
                continue  # "in christmas" is not said; "in the new year" is
            if name in ("holidays", "new year") and rel == "week_before":
                rel = "before"
            if self.word(end) == "weekend":
                return Parse(Holiday(name, "weekend"), end + 1)
            return Parse(Holiday(name, rel), end)
        found = self.holiday_name(i)
        if found is None:
            return None
        name, end = found
        if self.word(end) == "weekend":
            return Parse(Holiday(name, "weekend"), end + 1)
        if name == "holidays":
            return None  # "the holidays" alone is no day
        return Parse(Holiday(name, "on"), end, loose="holiday")

    # -- habits and the past ------------------------------------------------------------

    def habit(self, i: int) -> Parse | None:
        if self.word(i) not in ("every", "each"):
            return None
        j = i + 1
        if self.word(j) in ("other", "single"):
            j += 1
        nxt = self.word(j)
        if nxt in WEEKDAYS or nxt in _HABIT_HEADS or nxt in MONTH_NUMBERS:
            return Parse(Habit(), self.time(j + 1))
        ahead = self.ahead_body(j)
        if ahead is not None:
            return Parse(Habit(), ahead[1])
        return None

    def past(self, i: int) -> Parse | None:
        w = self.word(i)
        if w == "yesterday":
            return Parse(Past(), self.time(i + 1))
        j = self.any_of(i, [("last",), ("this", "past"), ("past",)])
        if j is not None:
            nxt = self.word(j)
            if nxt in WEEKDAYS or nxt in _PAST_HEADS or nxt in MONTH_NUMBERS:
                return Parse(Past(), self.time(j + 1))
        j = self.any_of(i, [("the", "other", "day"), ("the", "day", "before", "yesterday"),
                            ("earlier", "today"), ("earlier", "this", "week"),
                            ("earlier", "this", "month")])  # fmt: skip
        if j is not None:
            return Parse(Past(), j)
        ahead = self.ahead_body(i)
        if ahead is not None and self.word(ahead[1]) == "ago":
            return Parse(Past(), ahead[1] + 1)
        return None

    # -- weeks --------------------------------------------------------------------------

    def week_ahead(self, i: int) -> tuple[int, int] | None:
        """ "this week" 0, "next week" 1, "week after next" 2: (ahead, end)."""
        options: list[tuple[tuple[str, ...], int]] = [
            (("this", "week"), 0), (("next", "week"), 1), (("the", "next", "week"), 1),
            (("this", "coming", "week"), 1),
            (("the", "coming", "week"), 1), (("coming", "week"), 1), (("in", "next", "week"), 1),
            (("week", "after", "next"), 2), (("the", "week", "after", "next"), 2),
            (("week", "after", "next", "week"), 2), (("the", "week", "after", "next", "week"), 2),
            (("in", "the", "week", "after", "next"), 2), (("after", "next", "week"), 2),
        ]  # fmt: skip
        best: tuple[int, int] | None = None
        for seq, ahead in options:
            end = self.lit(i, *seq)
            if end is not None and (best is None or end > best[1]):
                best = (ahead, end)
        return best

    def week(self, i: int) -> Parse | None:
        best: Parse | None = None

        def keep(p: Parse | None) -> None:
            nonlocal best
            if p is not None and (best is None or p.end > best.end):
                best = p

        plain = self.week_ahead(i)
        if plain is not None:
            ahead, end = plain
            wd = self.weekday_word(end)
            if wd is not None:  # "next week wednesday"
                keep(Parse(Weekday(wd[0], max(ahead, 1)), self.time(wd[1])))
            wd = self.weekday_word(self.opt(end, "on"))
            if wd is not None and self.word(end) == "on":
                keep(Parse(Weekday(wd[0], max(ahead, 1)), self.time(wd[1])))
            keep(Parse(Week(ahead, "all"), end))
        for parts, part in ((_PARTS_EARLY, "early"), (_PARTS_MID, "mid"),
                            (_PARTS_LATE, "late"), (_PARTS_END, "end")):  # fmt: skip
            j = self.any_of(i, parts)
            if j is None:
                continue
            inner = self.week_ahead(j)
            if inner is not None:
                keep(Parse(Week(inner[0], part), inner[1]))
            stop = self.any_of(j, [("week",), ("the", "week")])
            if stop is not None and part != "early":
                keep(Parse(Week(0, part), stop))
        if self.word(i) == "midweek":
            keep(Parse(Week(0, "mid"), i + 1))
        if self.word(i) == "eow":
            nxt = self.week_ahead(i + 1)  # "EOW next wk"
            keep(Parse(Week(nxt[0], "end"), nxt[1]) if nxt else Parse(Week(0, "end"), i + 1))
        j = self.any_of(i, [("later", "this", "week"), ("later", "in", "the", "week")])
        if j is not None:
            keep(Parse(Week(0, "late"), j))
        # weekends
        for seq, ahead in (
            (("this", "weekend"), 0), (("the", "weekend"), 0), (("over", "the", "weekend"), 0),
            (("this", "week", "end"), 0), (("the", "week", "end"), 0),
            (("this", "coming", "weekend"), 0), (("coming", "weekend"), 0),
            (("on", "the", "weekend"), 0), (("next", "weekend"), 1), (("in", "weekend"), 0),
            (("in", "the", "weekend"), 0), (("at", "the", "weekend"), 0), (("at", "weekend"), 0),
            (("the", "weekend", "after", "next"), 2), (("weekend", "after", "next"), 2),
        ):  # fmt: skip
            stop = self.lit(i, *seq)
            if stop is not None:
                keep(Parse(Week(ahead, "weekend"), stop))
        # "the week of the 18th"
        j = self.any_of(i, [("the", "week", "of"), ("week", "of"), ("wc",), ("w", "/", "c")])
        if j is not None:
            day = self.day(j)
            if (
                day is not None
                and day.loose in (None, "the_ordinal")
                and (isinstance(day.term, CalendarDate))
            ):
                keep(Parse(WeekOf(day.term), day.end))
        # "KW 50"
        if self.word(i) in ("kw", "cw") and NUMBER.match(self.word(i + 1)):
            n = int(self.word(i + 1))
            if 1 <= n <= 53:
                year = int(self.word(i + 2)) if YEAR.match(self.word(i + 2)) else None
                keep(Parse(IsoWeek(n, year), i + 3 if year else i + 2, loose="week_number"))
        return best

    # -- months and quarters ------------------------------------------------------------

    def month_name(self, i: int) -> tuple[int, int | None, int] | None:
        """(month, year, end) for "january", "Jan 2027"."""
        m = MONTH_NUMBERS.get(self.word(i))
        if m is None:
            return None
        j = i + 1
        year = None
        if YEAR.match(self.word(j)):
            year, j = int(self.word(j)), j + 1
        elif self.word(j) == "," and YEAR.match(self.word(j + 1)):
            year, j = int(self.word(j + 1)), j + 2
        return m, year, j

    def month(self, i: int) -> Parse | None:
        best: Parse | None = None

        def keep(p: Parse | None) -> None:
            nonlocal best
            if p is not None and (best is None or p.end > best.end):
                best = p

        # relative months
        rel: list[tuple[tuple[str, ...], str, int]] = [
            (("next", "month"), "week1", 1), (("this", "month"), "rest", 0),
            (("later", "this", "month"), "rest", 0), (("eom",), "end", 0),
            (("month", "end"), "end", 0), (("month", "-", "end"), "end", 0),
            (("mid", "-", "month"), "mid", 0), (("mid", "month"), "mid", 0),
        ]  # fmt: skip
        for seq, part, ahead in rel:
            end = self.lit(i, *seq)
            if end is not None:
                keep(Parse(Month(None, part, ahead), end))
        for parts, part in ((_PARTS_EARLY, "early"), (_PARTS_MID, "mid"), (_PARTS_LATE, "late"),
                            (_PARTS_END, "end")):  # fmt: skip
            j = self.any_of(i, parts)
            if j is None:
                continue
            for seq, ahead in (
                (("the", "month"), 0), (("this", "month"), 0), (("month",), 0),
                (("next", "month"), 1), (("the", "next", "month"), 1),
                (("the", "year"), 0), (("this", "year"), 0), (("year",), 0),
            ):  # fmt: skip
                end = self.lit(j, *seq)
                if end is not None:
                    if seq[-1] == "year":
                        keep(Parse(Month(12, part if part != "late" else "late"), end))
                    else:
                        keep(Parse(Month(None, part, ahead), end))
            named = self.month_name(j)
            if named is not None:
                keep(Parse(Month(named[0], part, year=named[1]), named[2]))
            quarter = self.quarter_name(j)
            if quarter is not None and part == "end":
                q, year, end = quarter
                keep(Parse(Month(3 * q, "end", year=year), end))
        # "the first week of January", "1st week of Dec", "first week of next month"
        j = self.opt(i, "the")
        k = WEEK_ORDINALS.get(self.word(j))
        if k is not None and self.word(j + 1) == "week" and self.word(j + 2) in ("of", "in"):
            part = "lastweek" if k == -1 else f"week{k}"
            named = self.month_name(j + 3)
            if named is not None:
                keep(Parse(Month(named[0], part, year=named[1]), named[2]))
            for seq, ahead in ((("next", "month"), 1), (("the", "month"), 0),
                               (("this", "month"), 0)):  # fmt: skip
                end = self.lit(j + 3, *seq)
                if end is not None:
                    keep(Parse(Month(None, part, ahead), end))
        # "in January", "sometime in march", "next January", bare "jan" (loose)
        for lead in (("in",), ("during",), ("next",), ("in", "early"), ("this",)):
            j = self.lit(i, *lead)
            named = self.month_name(j) if j is not None else None
            if named is not None and day_number(self.word(named[2])) is None:  # "in jan 5"
                part = "early" if lead == ("in", "early") else "all"
                keep(Parse(Month(named[0], part, year=named[1]), named[2]))
        named = self.month_name(i)
        if named is not None:
            keep(Parse(Month(named[0], "all", year=named[1]), named[2], loose="month"))
        return best

    def quarter_name(self, i: int) -> tuple[int, int | None, int] | None:
        m = QUARTER.match(self.word(i))
        if m is None:
            return None
        year = None
        j = i + 1
        if YEAR.match(self.word(j)):
            year, j = int(self.word(j)), j + 1
        return int(m.group(1)), year, j

    def quarter(self, i: int) -> Parse | None:
        for lead in (("in",), ("during",), ("for",), ("early",), ("start", "of"),
                     ("beginning", "of"), ("the", "start", "of")):  # fmt: skip
            j = self.lit(i, *lead)
            found = self.quarter_name(j) if j is not None else None
            if found is not None:
                return Parse(Quarter(found[0], year=found[1]), found[2])
        for seq, ahead in ((("next", "quarter"), 1), (("this", "quarter"), 0)):
            end = self.lit(i, *seq)
            if end is not None:
                return Parse(Quarter(None, ahead), end)
        end = self.any_of(i, [("eoq",), ("end", "of", "the", "quarter"), ("end", "of", "quarter"),
                              ("the", "end", "of", "the", "quarter")])  # fmt: skip
        if end is not None:
            return Parse(Quarter(None, 0, end=True), end)
        found = self.quarter_name(i)
        if found is not None:
            return Parse(Quarter(found[0], year=found[1]), found[2], loose="quarter")
        return None

    # -- "in two weeks" -----------------------------------------------------------------

    def count(self, i: int) -> tuple[int, bool, int] | None:
        """(count, fuzzy, end) for "a", "two", "3", "a couple of", "a few", "2-3"."""
        j = self.opt(i, "a")
        w = self.word(j)
        if w in ("couple", "few", "several"):
            end = self.opt(j + 1, "of")
            return COUNT_WORDS[w], True, end
        if j != i:  # "a" alone
            return 1, False, j
        if w in COUNT_WORDS:
            n = COUNT_WORDS[w]
            if self.word(j + 1) == "or" and self.word(j + 2) in COUNT_WORDS:
                return n, True, j + 3  # "two or three weeks"
            return n, False, j + 1
        if is_int(w) and 0 < int(w) <= 60:
            if self.word(j + 1) in ("-", "to", "or") and is_int(self.word(j + 2)):
                return int(w), True, j + 3  # "2-3 weeks"
            return int(w), False, j + 1
        return None

    def ahead_body(self, i: int) -> tuple[Term, int] | None:
        """ "a couple weeks", "3 days", "a week or so" (without the "in")."""
        found = self.count(i)
        if found is None:
            return None
        n, fuzzy, j = found
        unit = UNITS.get(self.word(j))
        if unit is None:
            return None
        j += 1
        more = self.any_of(j, [("or", "so"), ("or", "two"), ("or", "2"), ("-", "ish"),
                               ("from", "now"), ("from", "today"), ("out",)])  # fmt: skip
        if more is not None:
            fuzzy = fuzzy or self.word(j) == "or"
            j = more
        return Ahead(n, unit, fuzzy), j

    def ahead(self, i: int) -> Parse | None:
        for lead in (("in",), ("in", "the", "next"), ("in", "next"), ("the", "next"), ("next",),
                     ("after",), ("over", "the", "next")):  # fmt: skip
            j = self.lit(i, *lead)
            if j is None:
                continue
            body = self.ahead_body(j)
            if body is None:
                continue
            term, end = body
            assert isinstance(term, Ahead)
            if lead != ("in",) and lead != ("after",) and not term.fuzzy:
                continue  # "the next 3 days" is a span of time, not a day
            return Parse(term, end)
        body = self.ahead_body(i)
        if body is not None:
            return Parse(body[0], body[1], loose="duration")
        return None

    # -- days ---------------------------------------------------------------------------

    def time(self, i: int) -> int:
        """Skip a time of day after a day: "tmrw 9am", "Thursday at 8", "friday morning"."""
        j = i + 1 if self.word(i) in ("at", "@", "around") else i
        w = self.word(j)
        if _CLOCK.match(w) or (NUMBER.match(w) and (j > i or self.word(j + 1) in _AM_PM)):
            return j + 2 if self.word(j + 1) in _AM_PM else j + 1
        if j == i and w in TIME_WORDS:
            return j + 1
        if j == i and self.lit(j, "first", "thing"):
            return j + 2
        return i

    def weekday_word(self, i: int) -> tuple[int, int] | None:
        wd = WEEKDAYS.get(self.word(i))
        return None if wd is None else (wd, i + 1)

    def calendar_date(self, i: int) -> tuple[CalendarDate, int] | None:
        w = self.word(i)
        m = _ISO.match(w)
        if m:
            y, mo, dd = (int(g) for g in m.groups())
            return (CalendarDate(mo, dd, y), i + 1) if valid_day(mo, dd, y) else None
        if YEAR.match(w) and self.word(i + 1) == "-" and self.word(i + 3) == "-":
            m_text, d_text = self.word(i + 2), self.word(i + 4)  # spaCy splits "2026-12-07"
            if is_int(m_text) and is_int(d_text) and valid_day(int(m_text), int(d_text), int(w)):
                return CalendarDate(int(m_text), int(d_text), int(w)), i + 5
            return None
        m = _SLASH.match(w)
        if m:  # US month/day
            mo, d = int(m.group(1)), int(m.group(2))
            year = _year(m.group(3))
            return (CalendarDate(mo, d, year), i + 1) if valid_day(mo, d, year) else None
        m = _DOTTED.match(w)
        if m is None and _DOTTED_OPEN.match(w) and self.word(i + 1) == ".":
            m = _DOTTED_OPEN.match(w)  # "25.11" "." : day.month.
            if m is not None and valid_day(int(m.group(2)), int(m.group(1))):
                return CalendarDate(int(m.group(2)), int(m.group(1))), i + 2
            return None
        if m:
            d, mo = int(m.group(1)), int(m.group(2))
            year = _year(m.group(3)) if m.lastindex and m.lastindex >= 3 else None
            return (CalendarDate(mo, d, year), i + 1) if valid_day(mo, d, year) else None
        named = self.month_name(i)
        if named is not None and named[1] is None:  # "Dec 5", "December 5th, 2026", "dec first"
            j = self.opt(self.opt(i + 1, "."), "the")
            w = self.word(j)
            num = day_number(w)
            if num is None or (w in ORDINAL_WORDS and self.word(j + 1) == "week"):
                return None
            end = j + 1
            year = None
            k = self.opt(end, ",")
            if YEAR.match(self.word(k)):
                year, end = int(self.word(k)), k + 1
            if valid_day(named[0], num, year):
                return CalendarDate(named[0], num, year), end
            return None
        # "5 Dec", "5th of December", "the 4 of December", "the fifth of december"
        j = self.opt(i, "the")
        day = day_number(self.word(j))
        if day is None or (self.word(j) in ORDINAL_WORDS and j == i):
            return None
        k = self.opt(j + 1, "of")
        named = self.month_name(k)
        if named is not None and valid_day(named[0], day, named[1]):
            return CalendarDate(named[0], day, named[1]), named[2]
        return None

    def day(self, i: int) -> Parse | None:
        best: Parse | None = None

        def keep(p: Parse | None) -> None:
            nonlocal best
            if p is not None and (best is None or p.end > best.end):
                best = p

        w = self.word(i)
        if w in DAY_WORDS:
            keep(Parse(Days(DAY_WORDS[w]), self.time(i + 1)))
        end = self.any_of(i, [("end", "of", "day"), ("end", "of", "the", "day"),
                              ("end", "of", "today"), ("this", "afternoon"),
                              ("this", "evening"), ("later", "today")])  # fmt: skip
        if end is not None:
            keep(Parse(Days(0), end))
        end = self.any_of(i, [("the", "day", "after", "tomorrow"), ("day", "after", "tomorrow")])
        if end is not None:
            keep(Parse(Days(2), self.time(end)))
        keep(self.weekday(i))
        cal = self.calendar_date(i)
        if cal is not None:
            keep(Parse(cal[0], self.time(cal[1])))
        # "the 15th", "the fifth"; bare "16th" is loose
        j = self.opt(i, "the")
        d = ordinal_day(self.word(j))
        if d is not None:
            if j > i:
                spelled = self.word(j) in ORDINAL_WORDS
                loose = "spelled_ordinal" if spelled else "the_ordinal"
                keep(Parse(CalendarDate(None, d), self.time(j + 1), loose=loose))
            elif ORDINAL.match(w):
                keep(Parse(CalendarDate(None, d), self.time(j + 1), loose="ordinal"))
        if w in ("the",) and self.word(i + 1) in ("twenty", "thirty") and self.word(i + 2) == "-":
            d2 = ORDINAL_WORDS.get(self.word(i + 3))
            if d2 is not None and d2 < 10:
                total = (20 if self.word(i + 1) == "twenty" else 30) + d2
                if total <= 31:
                    keep(Parse(CalendarDate(None, total), i + 4))
        return best

    def weekday(self, i: int) -> Parse | None:
        j = i
        lead: tuple[str, ...] | None = None
        leads: list[tuple[str, ...]] = [("this", "coming"), ("this",), ("coming",), ("upcoming",),
                                        ("next",), ("the", "coming"), ("the", "next")]  # fmt: skip
        for seq in leads:
            end = self.lit(i, *seq)
            if end is not None and self.word(end) in WEEKDAYS:
                lead, j = seq, end
                break
        wd = self.weekday_word(j)
        if wd is None:
            return None
        weekday, end = wd
        loose = None
        if lead is None and self.word(j) in ("sat", "sun"):
            loose = "weekend_day"
        best = Parse(Weekday(weekday), self.time(end), loose)
        k = self.opt(end, ",")
        # "thursday the 28th", "Tuesday, December 1", "Wed 12/2"
        cal = self.calendar_date(k)
        if cal is not None:
            return Parse(cal[0], self.time(cal[1]))
        t = self.opt(k, "the")
        d = ordinal_day(self.word(t))
        if d is not None and (t > k or ORDINAL.match(self.word(t))):
            return Parse(CalendarDate(None, d), self.time(t + 1))
        if lead is None or lead == ("next",):
            suffixes: list[tuple[tuple[str, ...], int]] = [
                (("next", "week"), 1), (("of", "next", "week"), 1), (("week", "after", "next"), 2),
                (("the", "week", "after", "next"), 2), (("after", "next"), 2),
            ]  # fmt: skip
            for seq, week in suffixes:
                after = self.lit(end, *seq)
                if after is not None:
                    return Parse(Weekday(weekday, week), self.time(after))
        return best


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


@lru_cache(maxsize=4096)
def _parse_words(words: tuple[str, ...]) -> Parse | None:
    """The phrase, if the words are one whole date phrase (leading "on"/"for" aside)."""
    i = 0
    while i < len(words) and words[i] in ("on", "for", "at", "around", "sometime", "some"):
        i += 1
    found = _Grammar(words).phrase(i)
    if found is None or found.end != len(words):
        return None
    return found


# ---------------------------------------------------------------------------------------
# Resolving a term against today.

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
        first, last, anchor = holiday_window(term.name, term.rel, year)
        if last >= today:
            if term.rel == "on" and first == last:
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
            day = today + ahead * DAY
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
    if isinstance(term, After):
        after = _resolve_term(term.inner, today)
        if after is None:
            return None
        return _loose(after.due + DAY, after.due + 7 * DAY, today)
    return None  # the past, habits


# ---------------------------------------------------------------------------------------
# The public face.


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
    found = _parse_words(words)
    if found is None:
        return None
    when = _resolve_term(found.term, now.date())
    if when is None or when.due > now.date() + _MAX_AHEAD:
        return None
    return when


def resolve_date(phrase: str, now: datetime) -> date | None:
    """Resolve "friday", "next Tuesday", "in two weeks", "Dec 15", "early January" to the
    due date it means when said at ``now``; None when it is no date or a past one."""
    said = " ".join(phrase.split())
    p = said.strip(" .!?")
    if not p or len(p) > 40:
        return None
    when = resolve_when(said, now) or resolve_when(p, now)  # "25.11." keeps its dot
    if when is not None:
        return when.due
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


# Words after which a phrase that needs its context ("jan", "16th", "2wks") is a date.
_FOLLOW_CUES = frozenset("f/u fu followup follow-up ping reconnect".split())
_CUE_PAIRS = frozenset({("follow", "up"), ("touch", "base"), ("check", "in"), ("circle", "back")})
_DAY_CUES = _FOLLOW_CUES | frozenset(
    "call email text meet coffee lunch due deliver send mtg meeting demo".split()
)
# "I sat", "we sat down", "the sun was out": not Saturday or Sunday.
_NOT_BEFORE_SAT = frozenset("i we he she they you who just never had has have and the a".split())
_NOT_AFTER_SAT = frozenset(
    "down between next with in at on through around by there here for together up beside "
    "across outside inside behind near is was 's shining came comes set rose - – w/ w".split()
)
_HOLIDAY_LEADS = frozenset("on at for".split())
# Texting words the tagger calls nouns: "chase kemi after thanksgiving lol".
_CHAT_WORDS = frozenset("lol lmao haha tbh ngl fr pls btw asap ok okay thx".split())
_DETERMINERS = frozenset("the a an our their his my your every each".split())
_ON_DAY = frozenset("on by until till til from due before after starting".split())
_BY_VERBS = frozenset(
    "swing swinging stop stopping drop dropping come coming pop popping go going walk "
    "stopped swung dropped came went".split()
)


class DateFinder:
    """Finds date phrases in a Doc with the grammar above: the longest phrase at each word,
    left to right. A phrase that is a date only in context ("f/u jan", "coffee sat",
    "f/u 16th") is kept only in that context."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, doc: Doc) -> list[Span]:
        words, first, last = doc_words([(t.text, t.whitespace_) for t in doc])
        grammar = _Grammar(words)
        spans: list[Span] = []
        i = 0
        while i < len(words):
            found = grammar.phrase(i)
            if found is not None and words[i] == "by" and i > 0 and words[i - 1] in _BY_VERBS:
                found = None  # "swing by next week": "by" belongs to the verb
            if found is None or found.end <= i:
                i += 1
                continue
            start, end = first[i], last[found.end - 1] + 1
            aligned = (i == 0 or last[i - 1] < start) and (
                found.end >= len(words) or first[found.end] >= end
            )
            if aligned and self._in_context(doc, start, end, found):
                spans.append(Span(doc, start, end, label="DATE"))
                i = found.end
            elif aligned and found.loose in ("holiday", "week_number"):
                i = found.end  # "black friday eve": no "friday" either
            else:
                i += 1
        return spans

    def _in_context(self, doc: Doc, start: int, end: int, found: Parse) -> bool:
        before = doc[start - 1].lower_ if start > 0 else ""
        if isinstance(found.term, Holiday) and found.term.rel != "weekend" and end < len(doc):
            noun = doc[end]
            if noun.tag_ in ("NN", "NNS") and noun.lower_ not in TIME_WORDS | _CHAT_WORDS:
                return False  # "after the Christmas dinner", "before the thanksgiving rush"
        weekday = isinstance(found.term, Weekday) and doc[start].lower_ in WEEKDAYS
        if weekday and before in _DETERMINERS:
            return False  # "the Tuesday desert run"
        if found.loose is None:
            return True
        cue = _cue_before(doc, start)
        nxt = doc[end] if end < len(doc) else None
        if found.loose == "month":
            if not cue or (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha):
                return False  # "f/u Jan Kowalski"
            return not (doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B"
                        and nxt is not None and nxt.ent_iob_ == "I")  # fmt: skip
        if found.loose in ("ordinal", "the_ordinal", "spelled_ordinal"):
            # "the first-time buyer grant", "the 3rd floor", "we spent the first hour"
            if nxt is not None and (nxt.text in ("-", "–") or nxt.tag_ in ("NN", "NNS", "JJ")):
                return nxt.lower_ in TIME_WORDS or nxt.lower_ in ("w/", "w", "re")
            if found.loose == "the_ordinal":
                return True
            return cue or before in _DAY_CUES or before in _ON_DAY
        if found.loose == "week_number":  # "until KW 50", not "CW3 Obi Nnadozie" (a rank)
            return cue or before in _ON_DAY or before in ("in", "ab", "bis", "für", "for")
        if found.loose == "duration":
            return cue or before in _DAY_CUES
        if found.loose == "weekend_day":
            after = doc[start + 1] if start + 1 < len(doc) else None
            if before in _NOT_BEFORE_SAT or (after is not None and after.ent_iob_ == "I"):
                return False  # "I sat", "Sun Li"
            if (
                doc[start].text[:1].isupper()
                and (start == 0 or doc[start - 1].is_punct or (doc[start - 1].is_space))
                and after is not None
                and after.is_alpha
            ):
                return after.lower_ in TIME_WORDS  # "Sat most of Saturday next to Ikenna"
            return after is None or after.lower_ not in _NOT_AFTER_SAT
        if found.loose == "holiday":
            return before in _HOLIDAY_LEADS and (nxt is None or not nxt.tag_.startswith("NN"))
        if found.loose == "quarter":
            return before in ("in", "for", "during", "by", "until", "before") or cue
        return False


def _cue_before(doc: Doc, start: int) -> bool:
    """A follow-up shorthand right before ``start``: "f/u", "ping", "check in"."""
    if start == 0:
        return False
    prev = doc[start - 1].lower_
    if prev in _FOLLOW_CUES:
        return True
    if start >= 3 and prev == "u" and doc[start - 2].text == "/" and doc[start - 3].lower_ == "f":
        return True
    return start >= 2 and (doc[start - 2].lower_, prev) in _CUE_PAIRS
