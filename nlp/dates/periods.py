"""The grammar's reading of spans of days: weeks ("early next week", "KW 50"), months
("mid-December", "the first week of January"), quarters ("Q1") and counts from today
("in a couple weeks").
"""

from __future__ import annotations

from nlp.dates.days import DayRules
from nlp.dates.terms import (
    Ahead,
    CalendarDate,
    IsoWeek,
    Month,
    Parse,
    Quarter,
    Term,
    Week,
    Weekday,
    WeekOf,
)
from nlp.dates.words import (
    COUNT_WORDS,
    NUMBER,
    QUARTER,
    UNITS,
    WEEK_ORDINALS,
    YEAR,
    day_number,
    is_int,
)

# How a part of a week or a month is said: "early next week", "the middle of March".
_PARTS_EARLY = (("early",), ("beginning", "of"), ("start", "of"), ("the", "beginning", "of"),
                ("the", "start", "of"), ("early", "in"))  # fmt: skip
_PARTS_MID = (("mid",), ("mid", "-"), ("middle", "of"), ("the", "middle", "of"), ("mid", "of"))
_PARTS_LATE = (("late",), ("later",), ("late", "in"), ("later", "in"))
_PARTS_END = (("end", "of"), ("the", "end", "of"), ("end", "-", "of"))
# "the week of the 18th"; in the UK "w/c 14th" (week commencing), "w/b 7 Dec" (beginning).
_WEEK_OF = (("the", "week", "of"), ("week", "of"), ("the", "week", "commencing"),
            ("week", "commencing"), ("the", "week", "beginning"), ("week", "beginning"),
            ("wc",), ("w", "/", "c"), ("w/c",), ("wb",), ("w", "/", "b"), ("w/b",))  # fmt: skip


class PeriodRules(DayRules):
    """The rules for weeks, months, quarters and "in N weeks", on top of the days'."""

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
        # "the week of the 18th", "w/c 14 Dec", "week commencing the 7th"
        j = self.any_of(i, _WEEK_OF)
        if j is not None:
            day = self.day(j)
            if day is not None and isinstance(day.term, CalendarDate):
                # "wk of 14th" is a date; "week of 3rd year exams" is not: as "the 15th"
                loose = None if day.loose in (None, "the_ordinal") else "the_ordinal"
                keep(Parse(WeekOf(day.term), day.end, loose=loose))
        # "KW 50"
        if self.word(i) in ("kw", "cw") and NUMBER.match(self.word(i + 1)):
            n = int(self.word(i + 1))
            if 1 <= n <= 53:
                year = int(self.word(i + 2)) if YEAR.match(self.word(i + 2)) else None
                keep(Parse(IsoWeek(n, year), i + 3 if year else i + 2, loose="week_number"))
        return best

    # -- months and quarters ------------------------------------------------------------

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
                        keep(Parse(Month(12, part), end))
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
                               ("from", "now"), ("from", "today"), ("out",),
                               ("'s", "time"), ("'", "time"), ("time",)])  # fmt: skip
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
