"""The phrase grammar: reads a whole date phrase from normalised words into a term.

`Grammar.phrase` tries every rule that can start at a word and keeps the longest phrase:
the days' and the periods' rules (days.py, periods.py) and, here, the phrases built on
them: deadlines ("by Dec 5", "within two weeks"), "after Monday", holidays ("after
Thanksgiving", "over the holidays"), habits ("every saturday") and the past ("last
tuesday", "3 days ago"), which are read so that their weekday is never taken for a coming
one. `parse_words` reads words that must be one phrase whole (a phrase typed to /followup,
or a span the finder found).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from nlp.dates.periods import PeriodRules
from nlp.dates.terms import (
    After,
    Ahead,
    By,
    CalendarDate,
    Days,
    Habit,
    Holiday,
    Month,
    Parse,
    Past,
    Quarter,
    Term,
    Week,
    Weekday,
    WeekdayAfter,
)
from nlp.dates.words import (
    BREAKS,
    COUNT_WORDS,
    DAY_WORDS,
    DIGITS,
    HOLIDAY_NAMES,
    HOLIDAY_STARTS,
    HOLIDAYS_BY_FIRST,
    ORDINAL_WORDS,
    QUARTER,
    WEEK_ORDINALS,
    is_int,
)
from nlp.lexicon import MONTH_NUMBERS, WEEKDAYS

_HOLIDAY_LEAD_FIRST = frozenset(
    "after right just until till post the week day in over during through once when".split()
)
# How "once the hols are over" ends: "once" and "when" need it, "after" may have it.
_OVER = (("are", "over"), ("is", "over"), ("'re", "over"), ("'s", "over"), ("are", "done"),
         ("are", "finished"), ("is", "finished"), ("finish",), ("finishes",))  # fmt: skip
_THIS = frozenset("this coming upcoming".split())
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
    "eow over weekend wc w kw cw after w/c w/b wb".split()
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
    | frozenset("the end this later day coming upcoming next a fortnight".split())
)
_FIRST_WEEKDAY_AFTER = frozenset(WEEKDAYS) | frozenset({"the"})
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
        "eight nine ten couple few several midweek month once when fortnight wc w w/c w/b "
        "wb".split()
    )
)


class Grammar(PeriodRules):
    """All the rules; `phrase` keeps the longest phrase of any of them."""

    # -- the whole phrase ---------------------------------------------------------------

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
            (self.weekday_after, _FIRST_WEEKDAY_AFTER),
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

    # -- deadlines and "after" ----------------------------------------------------------

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
            j = self.opt(j, "the", "next")
            ahead = self.ahead_body(j)
            if ahead is None and (self.lit(j, "the", "fortnight") or self.lit(j, "fortnight")):
                # "within the fortnight", "within the next fortnight": one
                ahead = Ahead(1, "fortnight"), self.opt(j, "the") + 1
            if ahead is None:
                return None
            within, end = ahead
            assert isinstance(within, Ahead)
            return Parse(By(Ahead(within.count, within.unit, exact=True)), end)
        if lead not in _BY:
            return None
        if self.word(j) == "after":  # "until after the holidays"
            return None
        clock = self.clock(j)
        if clock is not None:  # "by 10 tomorrow", "before noon friday": that day, by then
            day = self.day(clock)
            if day is not None and day.loose is None and isinstance(day.term, Days | Weekday):
                return Parse(By(day.term), day.end)
        inner = self.holiday_name(j)
        if inner is not None:
            name, end = inner
            rel = "before" if lead == "before" else "on"
            term: Term = Holiday(name, rel)
            if lead != "before":
                term = By(term)
            if name in BREAKS and lead != "before":
                term = Holiday(name, "before")
            return Parse(term, end)
        found = self._inner(j)
        if found is None or isinstance(found.term, Past | Habit | By | Ahead):
            return None
        exclusive = lead == "before" and isinstance(found.term, Days | Weekday | CalendarDate)
        if lead == "before" and isinstance(found.term, Week) and found.term.part == "weekend":
            exclusive = True
        if lead == "before" and (
            (isinstance(found.term, Month | Week) and found.term.part == "all")
            or (  # "next month"
                isinstance(found.term, Month)
                and found.term.month is None
                and found.term.part == "week1"
            )
            or (isinstance(found.term, Quarter) and not found.term.end)
        ):
            exclusive = True  # "before march" is due in February, never on March 31
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

    def weekday_after(self, i: int) -> Parse | None:
        """ "the tuesday after christmas", "monday after the 15th": the first such weekday
        after that day. "the tuesday after" with no day is counted from the day said just
        before it ("call him after diwali no actually the tuesday after": nlp/followups.py)."""
        j = self.opt(i, "the")
        wd = self.weekday_word(j)
        if wd is None or self.word(wd[1]) != "after" or self.word(wd[1] + 1) == "next":
            return None  # "tuesday after next" is the weekday rule's
        k = wd[1] + 1
        name = self.holiday_name(k)
        if name is not None:
            return Parse(WeekdayAfter(wd[0], Holiday(name[0], "on")), name[1])
        found = self.day(k)
        if (
            found is not None
            and found.loose in (None, "the_ordinal")
            and isinstance(found.term, CalendarDate | Weekday)
        ):
            return Parse(WeekdayAfter(wd[0], found.term), found.end)
        if j > i and not self.word(k)[:1].isalnum():
            return Parse(WeekdayAfter(wd[0], None), k)
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
            (("post",), "after"), (("post", "-"), "after"),
            (("the", "week", "after"), "week_after"), (("week", "after"), "week_after"),
            (("in",), "after"),
            (("right", "before"), "before"), (("just", "before"), "before"),
            (("the", "week", "before"), "week_before"), (("week", "before"), "week_before"),
            (("the", "day", "after"), "day_after"), (("day", "after"), "day_after"),
            (("the", "day", "before"), "day_before"), (("day", "before"), "day_before"),
            (("over",), "over"), (("during",), "over"), (("through",), "over"),
            (("over", "the"), "over"),
            (("once",), "after"), (("when",), "after"),
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
            if name in BREAKS | {"new year"} and rel == "week_before":
                rel = "before"
            if self.word(end) == "weekend":
                return Parse(Holiday(name, "weekend"), end + 1)
            over = self.any_of(end, _OVER)
            if lead[0] in ("once", "when"):
                if over is None:
                    continue  # "once christmas" is not said; "once the hols are over" is
                end = over
            elif rel in ("after", "week_after") and over is not None:
                end = over  # "after the school hols finish"
            return Parse(Holiday(name, rel), end)
        found = self.holiday_name(i)
        if found is None:
            return None
        name, end = found
        if self.word(end) == "weekend":
            return Parse(Holiday(name, "weekend"), end + 1)
        if name in BREAKS:
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


@lru_cache(maxsize=4096)
def parse_words(words: tuple[str, ...]) -> Parse | None:
    """The phrase, if the words are one whole date phrase (leading "on"/"for" aside)."""
    i = 0
    while i < len(words) and words[i] in ("on", "for", "at", "around", "sometime", "some"):
        i += 1
    found = Grammar(words).phrase(i)
    if found is None or found.end != len(words):
        return None
    return found
