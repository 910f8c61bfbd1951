"""The grammar's reading of single days: "friday", "Dec 5", "12/3", "the 15th", "tmrw 9am".

`DayRules` is the base of the grammar (grammar.py): it holds the words and the few ways
of matching them that every rule uses, and reads the days that the longer phrases
("by Dec 5", "wednesday next week", "the week of the 18th") are built around.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nlp.dates.holidays import valid_day
from nlp.dates.terms import CalendarDate, Days, Parse, Weekday
from nlp.dates.words import (
    DAY_WORDS,
    NUMBER,
    ORDINAL,
    ORDINAL_WORDS,
    TIME_WORDS,
    YEAR,
    day_number,
    is_int,
    ordinal_day,
)
from nlp.lexicon import MONTH_NUMBERS, WEEKDAYS

_CLOCK = re.compile(r"^\d{1,2}(:\d{2})?(am|pm|a|p)$|^\d{1,2}:\d{2}$|^noon$")
_AM_PM = frozenset("am pm a.m p.m".split())
# Words before a time of day: "at 8", "tomorrow before 10", "friday by 5".
_AT = frozenset("at @ around before by".split())
# "a fortnight on Friday", "fortnight Tuesday", "a week on Thursday": weeks after the day.
_WEEKS_ON: tuple[tuple[tuple[str, ...], int], ...] = (
    (("a", "fortnight", "on"), 2), (("a", "fortnight"), 2), (("fortnight", "on"), 2),
    (("fortnight",), 2), (("a", "week", "on"), 1),
)  # fmt: skip
# Scots: "gie him a bell the morra" is tomorrow; "the night" is tonight and "the day" today,
# though only where they stand as a date (DateFinder._in_context: not "stayed the night").
_THE_MORRA = (("the", "morra"), ("the", "morrow"), ("the", "moro"))
_THE_TODAY = {"night": 0, "day": 0}
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
_DOTTED_OPEN = re.compile(r"^(\d{1,2})\.(\d{1,2})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class DayRules:
    """Normalised words, matched from an index; each rule returns the longest phrase it can
    read starting at a word (or None)."""

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

    # -- days ---------------------------------------------------------------------------

    def time(self, i: int) -> int:
        """Skip a time of day after a day: "tmrw 9am", "Thursday at 8", "friday morning",
        "tomorrow before 10"."""
        j = i + 1 if self.word(i) in _AT else i
        w = self.word(j)
        if _CLOCK.match(w) or (NUMBER.match(w) and (j > i or self.word(j + 1) in _AM_PM)):
            return j + 2 if self.word(j + 1) in _AM_PM else j + 1
        if j == i and w in TIME_WORDS:
            return j + 1
        if j == i and self.lit(j, "first", "thing"):
            return j + 2
        return i

    def clock(self, i: int) -> int | None:
        """The index after a time of day at ``i``: "10", "9am", "11:30", "noon"."""
        w = self.word(i)
        if not (_CLOCK.match(w) or NUMBER.match(w)):
            return None
        return i + 2 if self.word(i + 1) in _AM_PM else i + 1

    def weekday_word(self, i: int) -> tuple[int, int] | None:
        wd = WEEKDAYS.get(self.word(i))
        return None if wd is None else (wd, i + 1)

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
        end = self.any_of(i, _THE_MORRA)
        if end is not None:
            keep(Parse(Days(1), self.time(end)))
        if w == "the" and self.word(i + 1) in _THE_TODAY:
            keep(Parse(Days(_THE_TODAY[self.word(i + 1)]), i + 2, loose="scots_today"))
        keep(self.weekday(i))
        for lead, weeks in _WEEKS_ON:
            end = self.lit(i, *lead)
            wd = self.weekday_word(end) if end is not None else None
            if wd is not None:
                keep(Parse(Weekday(wd[0], weeks_on=weeks), self.time(wd[1])))
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
        if lead is None and self.word(i) == "the":
            # "the Tuesday after next": the Tuesday of the week after next
            wd = self.weekday_word(i + 1)
            after = self.lit(wd[1], "after", "next") if wd is not None else None
            if wd is not None and after is not None:
                return Parse(Weekday(wd[0], 2), self.time(after))
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
        if lead is None and self.word(end) == "week":  # "Monday week": a week on Monday
            return Parse(Weekday(weekday, weeks_on=1), self.time(end + 1), loose)
        return best


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y
