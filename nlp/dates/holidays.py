"""The calendar the resolver counts on: working days, holidays' dates, and the windows of
days that "after Thanksgiving" or "early January" span.

Holidays are dated as in the US (Thanksgiving is the 4th Thursday of November, Labor Day
the first Monday of September), Easter by the Gregorian computus, the rest by their day.
The windows follow the annotation guide (nlp/corpus/GUIDE.md, "Date conventions for
`range`"); each comes with its anchor, the day a vague phrase points at.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

DAY = timedelta(days=1)


def valid_day(month: int, day: int, year: int | None = None) -> bool:
    """Whether the day exists; with no year, in a leap year (2028), so "Feb 29" does."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2028, month)[1]


_NO_WORK = frozenset({(1, 1), (12, 25)})


def is_working_day(day: date) -> bool:
    """Monday to Friday, not New Year's Day or Christmas Day."""
    return day.weekday() < 5 and (day.month, day.day) not in _NO_WORK


def monday_of(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day: Jan 31 + 1 -> Feb 28."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th such weekday of the month; ``n`` -1: the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


# Festivals dated by a lunar or lunisolar calendar, from published calendars: the main day
# (Diwali's Lakshmi Puja, the first day of Lunar New Year, Eid al-Fitr and al-Adha as most of
# the diaspora keeps them, Thai Pongal, the first full day of Hanukkah and of Passover). A
# year outside the table gives no date, never a wrong one.
_FESTIVALS: dict[str, dict[int, tuple[int, int]]] = {
    "diwali": {2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5),
               2030: (10, 26)},
    "lunar new year": {2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26),
                       2029: (2, 13), 2030: (2, 3)},
    "eid": {2025: (3, 30), 2026: (3, 20), 2027: (3, 9), 2028: (2, 26), 2029: (2, 14),
            2030: (2, 4)},
    "eid al-adha": {2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5), 2029: (4, 24),
                    2030: (4, 13)},
    "holi": {2025: (3, 14), 2026: (3, 4), 2027: (3, 22), 2028: (3, 11), 2029: (3, 1),
             2030: (3, 20)},
    "pongal": {2025: (1, 14), 2026: (1, 15), 2027: (1, 15), 2028: (1, 15), 2029: (1, 14),
               2030: (1, 14)},
    "hanukkah": {2025: (12, 15), 2026: (12, 5), 2027: (12, 25), 2028: (12, 13), 2029: (12, 2),
                 2030: (12, 21)},
    "passover": {2025: (4, 13), 2026: (4, 2), 2027: (4, 22), 2028: (4, 11), 2029: (3, 31),
                 2030: (4, 18)},
    "rosh hashanah": {2025: (9, 23), 2026: (9, 12), 2027: (10, 2), 2028: (9, 21),
                      2029: (9, 10), 2030: (9, 28)},
    # the first day of fasting, as most of the diaspora keeps it
    "ramadan": {2025: (3, 1), 2026: (2, 18), 2027: (2, 8), 2028: (1, 28), 2029: (1, 16),
                2030: (1, 6)},
    "chuseok": {2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22),
                2030: (9, 12)},
    "mid-autumn festival": {2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3),
                            2029: (9, 22), 2030: (9, 12)},
}  # fmt: skip
# Days a festival lasts after its main day: "after Hanukkah" is after its eighth day.
_LASTS = {"hanukkah": 7, "passover": 7, "pongal": 2, "ramadan": 29, "kwanzaa": 6, "chuseok": 2}


def _festival(name: str) -> Callable[[int], date]:
    def day(year: int) -> date:
        month, dom = _FESTIVALS[name][year]  # KeyError: a year the table does not know
        return date(year, month, dom)

    return day


# England and Wales: Good Friday and Easter Monday, the May, spring and summer Mondays,
# Christmas and Boxing Day (as observed), New Year's Day.
_BANK_HOLIDAYS: tuple[Callable[[int], date], ...] = (
    lambda y: date(y, 1, 1),
    lambda y: easter(y) - 2 * DAY,
    lambda y: easter(y) + DAY,
    lambda y: _nth_weekday(y, 5, 0, 1),
    lambda y: _nth_weekday(y, 5, 0, -1),
    lambda y: _nth_weekday(y, 8, 0, -1),
    lambda y: date(y, 12, 25),
    lambda y: date(y, 12, 26),
)


_HOLIDAY_DAYS: dict[str, Callable[[int], date]] = {
    **{name: _festival(name) for name in _FESTIVALS},
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),  # US: 4th Thursday of November
    "canadian thanksgiving": lambda y: _nth_weekday(y, 10, 0, 2),  # 2nd Monday of October
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + DAY,
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + 4 * DAY,
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1),
    "easter": easter,
    "good friday": lambda y: easter(y) - 2 * DAY,
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "july 4": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "veterans day": lambda y: date(y, 11, 11),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "juneteenth": lambda y: date(y, 6, 19),
    "st patrick's day": lambda y: date(y, 3, 17),
    "holidays": lambda y: date(y, 12, 25),
    "easter monday": lambda y: easter(y) + DAY,
    # the UK's and Ireland's
    "st andrew's day": lambda y: date(y, 11, 30),
    "st david's day": lambda y: date(y, 3, 1),
    "burns night": lambda y: date(y, 1, 25),
    "bonfire night": lambda y: date(y, 11, 5),
    # New Zealand's and Australia's
    "waitangi day": lambda y: date(y, 2, 6),
    "anzac day": lambda y: date(y, 4, 25),
    # South Africa's
    "freedom day": lambda y: date(y, 4, 27),
    "youth day": lambda y: date(y, 6, 16),
    "heritage day": lambda y: date(y, 9, 24),
    "day of reconciliation": lambda y: date(y, 12, 16),
    # the Philippines'
    "bonifacio day": lambda y: date(y, 11, 30),
    "rizal day": lambda y: date(y, 12, 30),
    "all saints' day": lambda y: date(y, 11, 1),
    # kept in one country or by one faith
    "quaid-e-azam day": lambda y: date(y, 12, 25),  # Pakistan
    "sinterklaas": lambda y: date(y, 12, 5),  # the Netherlands: the evening of presents
    "st nicholas day": lambda y: date(y, 12, 6),
    "st lucia": lambda y: date(y, 12, 13),  # Sweden
    "epiphany": lambda y: date(y, 1, 6),
    "orthodox christmas": lambda y: date(y, 1, 7),
    "kwanzaa": lambda y: date(y, 12, 26),
    "australia day": lambda y: date(y, 1, 26),
    "canada day": lambda y: date(y, 7, 1),
    "nowruz": lambda y: date(y, 3, 20),
    "lohri": lambda y: date(y, 1, 13),
    "makar sankranti": lambda y: date(y, 1, 14),
    "vaisakhi": lambda y: date(y, 4, 14),
    "day of the dead": lambda y: date(y, 11, 2),
    # Kenya's
    "madaraka day": lambda y: date(y, 6, 1),
    "mashujaa day": lambda y: date(y, 10, 20),
    "jamhuri day": lambda y: date(y, 12, 12),
}


def next_bayram(today: date) -> date:
    """The Turkish "bayram" said alone: the next Eid not yet past (Ramazan or Kurban).
    KeyError when the table has neither for this year or the next."""
    days = []
    for name in ("eid", "eid al-adha"):
        for year in (today.year, today.year + 1):
            if year in _FESTIVALS[name]:
                day = _HOLIDAY_DAYS[name](year)
                if day >= today:
                    days.append(day)
    if not days:
        raise KeyError("bayram")
    return min(days)


# Places that make a note Canadian, and its Thanksgiving October's ("call her the week after
# Thanksgiving" in a Montréal note).
CANADIAN_PLACES = frozenset(
    "canada canadian canadiens québec quebec québécois montréal montreal toronto ontario "
    "ottawa vancouver calgary edmonton alberta winnipeg manitoba saskatchewan halifax "
    "mississauga laval gatineau hamilton".split()
)


# The Monday holidays that make a long weekend, in the US and in Canada: MLK Day, Presidents
# and Family Day, Victoria Day, Memorial Day, the August civic holiday, Labor Day, Columbus
# Day and Canadian Thanksgiving.
_LONG_WEEKENDS: tuple[Callable[[int], date], ...] = (
    lambda y: _nth_weekday(y, 1, 0, 3),
    lambda y: _nth_weekday(y, 2, 0, 3),
    lambda y: (
        _nth_weekday(y, 5, 0, 4) if _nth_weekday(y, 5, 0, 4).day < 25 else _nth_weekday(y, 5, 0, 3)
    ),  # Victoria Day: the Monday before May 25
    lambda y: _nth_weekday(y, 5, 0, -1),
    lambda y: _nth_weekday(y, 8, 0, 1),
    lambda y: _nth_weekday(y, 9, 0, 1),
    lambda y: _nth_weekday(y, 10, 0, 2),
)


def next_long_weekend(today: date) -> date:
    """The Monday holiday of the next long weekend not yet over."""
    return min(
        day
        for year in (today.year, today.year + 1)
        for rule in _LONG_WEEKENDS
        if (day := rule(year)) >= today
    )


def next_bank_holiday(today: date) -> date:
    """The next UK bank holiday not yet over."""
    return min(
        day
        for year in (today.year, today.year + 1)
        for rule in _BANK_HOLIDAYS
        if (day := rule(year)) >= today
    )


# The school breaks other than Christmas's, as (first, last) day: Easter's two weeks about
# Easter Sunday, and the northern summer's end of July to August.
_BREAKS: dict[str, Callable[[int], tuple[date, date]]] = {
    "easter holidays": lambda y: (easter(y) - 7 * DAY, easter(y) + 8 * DAY),
    "summer holidays": lambda y: (date(y, 7, 22), date(y, 8, 31)),
}
# The breaks each name may mean: the one that ends next after the day it is said.
_SCHOOL_BREAKS = {
    "school holidays": ("easter holidays", "summer holidays", "holidays"),
    # the summer is Christmas and January in New Zealand, Australia and South Africa
    "summer holidays": ("summer holidays", "holidays"),
    "easter holidays": ("easter holidays",),
}


def _break_window(
    name: str, rel: str, year: int, today: date | None
) -> tuple[date, date, date | None]:
    """(first, last, anchor) of "<rel> the school hols" in ``year``: of the breaks the name
    may mean, the one that ends next after ``today`` (the Christmas one as "the holidays")."""
    windows = []
    for each in _SCHOOL_BREAKS[name]:
        if each == "holidays":
            windows.append(holiday_window("holidays", rel, year))
            continue
        start, end = _BREAKS[each](year)
        if rel == "after":  # back at school: its first two weeks
            windows.append((end + DAY, end + 12 * DAY, None))
        elif rel == "before":
            windows.append((start - 11 * DAY, start - DAY, None))
        else:  # over, during, on
            windows.append((start, end, None))
    coming = [w for w in windows if today is None or w[1] >= today]
    return min(coming or windows, key=lambda w: w[1])


def holiday_window(
    name: str, rel: str, year: int, today: date | None = None
) -> tuple[date, date, date | None]:
    """(first, last, anchor) of "<rel> <holiday>" in ``year`` (the long weekend or the bank
    holiday: the next one after ``today``). KeyError: a festival the table has no date for
    in that year. "week_after" is "after", but for a Monday holiday the week after its own
    ("the week after Labor Day"), where "after" is the rest of its week."""
    week_after = rel == "week_after"
    if week_after:
        rel = "after"
    if name in _SCHOOL_BREAKS:
        return _break_window(name, rel, year, today)
    if name == "long weekend":
        day = next_long_weekend(today or date(year, 1, 1))
    elif name == "bank holiday":
        day = next_bank_holiday(today or date(year, 1, 1))
    elif name == "bayram":
        day = next_bayram(today or date(year, 1, 1))
    else:
        day = _HOLIDAY_DAYS[name](year)
    if rel == "after":
        day += _LASTS.get(name, 0) * DAY
    if name in ("new year", "holidays") and rel == "after":
        jan = date(year + 1 if name == "holidays" else year, 1, 4)
        return jan, jan + 11 * DAY, None  # the GUIDE: January 4 to 15
    if name == "holidays" and rel in ("over", "weekend", "on"):
        return date(year, 12, 24), date(year + 1, 1, 1), date(year, 12, 28)
    if name == "christmas" and rel == "over":
        return date(year, 12, 24), date(year + 1, 1, 1), date(year, 12, 28)
    if rel == "on":
        return day, day, None
    if rel in ("day_after", "day_before"):  # "the day after Stephen's Day": one day
        day = day + (1 + _LASTS.get(name, 0)) * DAY if rel == "day_after" else day - DAY
        return day, day, None
    if rel == "after":
        if day.weekday() == 0 and not week_after:  # a Monday holiday: the rest of its week
            return day + DAY, day + 4 * DAY, None
        start = monday_of(day) + 7 * DAY
        return start, start + 4 * DAY, None
    if rel == "before":
        return day - 11 * DAY, day - DAY, None  # "before Christmas": December 14 to 24
    if rel == "week_before":
        start = monday_of(day) - 7 * DAY
        return start, start + 4 * DAY, None
    if rel == "weekend":
        if day.weekday() == 0:
            return day - 2 * DAY, day, None
        if day.weekday() == 3:  # Thanksgiving weekend: Thursday to Sunday
            return day, day + 3 * DAY, None
        if day.weekday() == 6:  # Easter weekend: Friday to Monday
            return day - 2 * DAY, day + DAY, None
        sat = monday_of(day) + 5 * DAY
        return sat, sat + DAY, None
    # over/during
    if day.weekday() == 3:
        return day, day + 3 * DAY, None
    return day - DAY, day + DAY, None


def month_window(year: int, month: int, part: str, today: date) -> tuple[date, date, date]:
    """(first, last, anchor) of a part of a month ("early", "mid", "week2", "rest", ...);
    January's anchor is the 4th, once people are back from the new-year break."""
    last_day = calendar.monthrange(year, month)[1]
    start = date(year, month, 4 if month == 1 else 1)
    if part == "all":
        return date(year, month, 1), date(year, month, last_day), start
    if part == "early":
        return date(year, month, 2), date(year, month, 8), max(start, date(year, month, 2))
    if part == "mid":
        return date(year, month, 10), date(year, month, 20), date(year, month, 15)
    if part == "late":
        return date(year, month, 21), date(year, month, last_day), date(year, month, 21)
    if part == "end":
        last = date(year, month, last_day)
        return last - 4 * DAY, last, last
    if part == "rest":
        return today + DAY, date(year, month, last_day), today + DAY
    if part == "lastweek":
        monday = _nth_weekday(year, month, 0, -1)
        return monday, monday + 4 * DAY, monday
    k = int(part[-1])  # weekN: the Nth Monday-to-Friday week that starts in the month
    monday = _nth_weekday(year, month, 0, k)
    return monday, monday + 4 * DAY, monday
