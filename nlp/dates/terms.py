"""Terms: what a date phrase says, before it is resolved against a day.

The grammar reads "by Dec 5" into ``By(CalendarDate(12, 5))``, "early next week" into
``Week(1, "early")``; resolve.py turns a term into the days it means on a given day. A
``Parse`` is a term with where its phrase ends and, for a phrase that is a date only in
context ("f/u jan"), why (finder.py decides on the context).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class Days:  # today + offset: "today", "tomorrow", "in 3 days"
    offset: int


@dataclass(frozen=True)
class Weekday:  # "friday"; week 1/2: "wednesday next week", "tues wk after next"
    weekday: int
    week: int | None = None
    # weeks after the coming such day: 1 "Monday week", "a week on Friday"; 2 "fortnight Tuesday"
    weeks_on: int = 0


@dataclass(frozen=True)
class CalendarDate:  # "Dec 5", "12/3", "the 15th" (month None: the next such day of a month)
    month: int | None
    day: int
    year: int | None = None


@dataclass(frozen=True)
class Week:  # ahead 0: this week, 1: next, 2: the week after next
    ahead: int
    part: str  # all early mid late end weekend after_weekend


@dataclass(frozen=True)
class WeekOf:  # "the week of the 18th"
    day: Term


@dataclass(frozen=True)
class IsoWeek:  # "KW 50"
    number: int
    year: int | None = None


@dataclass(frozen=True)
class Ahead:  # "in a couple weeks": count units from today; fuzzy: "a few", "or so"
    count: int
    unit: str  # day week month
    fuzzy: bool = False
    exact: bool = False  # "within two weeks": the very day, for a deadline


@dataclass(frozen=True)
class Month:  # month None: relative (ahead 0 this month, 1 next)
    month: int | None
    part: str  # all early mid late end rest week1..week4 lastweek
    ahead: int = 0
    year: int | None = None


@dataclass(frozen=True)
class Quarter:
    quarter: int | None  # None: relative
    ahead: int = 0
    year: int | None = None
    end: bool = False  # "end of the quarter"


@dataclass(frozen=True)
class Holiday:
    name: str
    rel: str  # on after before week_before over weekend day_after day_before


@dataclass(frozen=True)
class By:  # a deadline: "by Dec 5", "until Friday", "before the weekend"
    inner: Term
    exclusive: bool = False


@dataclass(frozen=True)
class After:  # "after Monday"
    inner: Term


@dataclass(frozen=True)
class WeekdayAfter:  # "the tuesday after christmas"; day None: "... no, the tuesday after"
    weekday: int
    day: Term | None


@dataclass(frozen=True)
class Past:  # "last tuesday", "yesterday"
    pass


@dataclass(frozen=True)
class Habit:  # "every saturday"
    pass


Term: TypeAlias = (
    Days
    | Weekday
    | CalendarDate
    | Week
    | WeekOf
    | IsoWeek
    | Ahead
    | Month
    | Quarter
    | Holiday
    | By
    | After
    | WeekdayAfter
    | Past
    | Habit
)


@dataclass(frozen=True)
class Parse:
    term: Term
    end: int  # index of the first word after the phrase
    # Why the phrase needs its context to be a date (DateFinder._in_context): "month"
    # ("f/u jan", not "Jan Kowalski"), "ordinal" ("f/u 16th"), "the_ordinal" ("the 15th",
    # not "the 3rd floor"), "spelled_ordinal" ("by the fifth", not "the first hour"),
    # "duration" ("f/u 2wks"), "weekend_day" ("coffee sat", not "I sat"), "holiday" ("on
    # christmas"), "quarter" ("in Q1", not "Q4 numbers"), "week_number" ("until KW 50",
    # not "CW3 Obi", a rank), "scots_today" ("the night", "the day" as a date: "phone her
    # the night", not "stayed the night"); None: it is a date on its own.
    loose: str | None = None
