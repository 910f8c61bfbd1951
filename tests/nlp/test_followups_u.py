"""Follow-up dates the reader missed or made up in the blind notes, by kind: a weekday
counted from another day ("the tuesday after christmas"), a correction that only says
the new day ("no - next weds"), a meal or a pint said as the plan ("beers next wk"), a
hedged day after an action ("pop in after the audit, probably mid-January"), what the
other person says suits them ("next week works for her"), and dates that are someone
else's: a relative's exams, the evening of the event the note is about.

Each note is new, written for the kind, not one of the corpus notes that showed it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


def dues(result: NoteExtraction) -> list[date]:
    return [f.due for f in result.follow_ups]


# 1. A weekday counted from another day: "the tuesday after christmas" is Dec 29, and
# "after christmas no actually the monday after" moves the call to the Monday after it.


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("met Oksana Hrytsenko at the guild lunch, call her the tuesday after christmas",
         date(2026, 12, 29)),
        ("Bram de Vries from Tulip Freight. ring him monday after the 15th", date(2026, 12, 21)),
        ("coffee with Dong-hyun Seo the friday after new year", date(2027, 1, 8)),
        ("Farid Haddad wants a quote. ring him after christmas no actually the wednesday after",
         date(2026, 12, 30)),
        ("email Nnamdi Okafor after new year sorry the thursday after", date(2027, 1, 7)),
    ],
)  # fmt: skip
def test_a_weekday_after_another_day(extractor: NoteExtractor, text: str, due: date) -> None:
    assert dues(read(extractor, text)) == [due]


# 2. A correction that only says the new day, after a time the reader cannot date.


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Hamish Grant, sheep farmer near Oban. call after lambing? no - next Weds.",
         date(2026, 12, 9)),
        ("Lucía Paredes from Andes Tea. visit after the harvest? no, thursday.",
         date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_a_correction_alone_is_the_day(extractor: NoteExtractor, text: str, due: date) -> None:
    assert dues(read(extractor, text)) == [due]


# 3. A meal, a pint or a "hit me up" said with a day is the plan.


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("ran into Keisha Brandt at spin, she's at Stripe now. beers next wk 🍻",
         date(2026, 12, 14), date(2026, 12, 18)),
        ("Emrys Pugh is at Admiral now. still on for a pint before christmas",
         date(2026, 12, 14), date(2026, 12, 24)),
        ("saw Tomás Reyes at the market lol, he's doing ops at Rappi. ramen fri 🍜",
         date(2026, 12, 11), date(2026, 12, 11)),
        ("Priya Nair, super chill, wants intros to VCs. hmu thurs she said",
         date(2026, 12, 10), date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_a_meal_or_a_pint_is_the_plan(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


# 4. A hedged day after the action, in a clause of its own: "pop in after the audit,
# probably mid-January when it's quieter".


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Told Marguerite Olsen I'd pop in after the audit, probably mid-January when "
         "it's quieter.", date(2027, 1, 10), date(2027, 1, 20)),
        ("said I'd drop the samples at Kofi Mensah's shop after the rush, maybe next week "
         "once things settle.", date(2026, 12, 14), date(2026, 12, 18)),
    ],
)  # fmt: skip
def test_a_hedged_day_after_the_action(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


# 5. What the other person says suits them, or asks the user to do, is the user's plan.


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("intro for Aisling Byrne to my accountant is still on, she said next week works "
         "for her", date(2026, 12, 14), date(2026, 12, 18)),
        ("Mr Adeyemi said come round to the workshop in 2 weeks", date(2026, 12, 18),
         date(2026, 12, 24)),
        ("meet Hoa Tran sat for brunch", date(2026, 12, 12), date(2026, 12, 12)),
    ],
)  # fmt: skip
def test_what_suits_them_is_the_plan(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


# 6. Dates that are someone else's: a relative's exams or race, the event the note is
# about, a habit.


@pytest.mark.parametrize(
    "text",
    [
        "Chamber toy drive\n- Sunita Rao, dentist, own practice in Edison\n"
        "- Son Arjun in 12th grade, writing his SATs in March\n- loves Bollywood dance",
        "Met Graham Pike at the bowls club. His daughter Fern, training for the Paris "
        "marathon in April. He's after a new accountant.",
        "Rotary mixer and wine tasting tonight. Met Ines Carvalho, she runs a florist in Leith. "
        "She does pilates every Thursday night.",
        "Women in Tech demo night tonight. Met Thandiwe Mokoena, CTO at Yoco, runs every Saturday.",
    ],
)
def test_someone_elses_date_is_no_follow_up(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


# 7. A to-do dictated straight after what someone does, with no break: "...she's an
# actuary at nordic mutual lunch week after next".


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("met dagny holm at the expo she's a claims adjuster at nordic mutual lunch week "
         "after next", date(2026, 12, 21), date(2026, 12, 25)),
        ("rafael costa wants to build a padel court at the club circle back in a week",
         date(2026, 12, 13), date(2026, 12, 15)),
    ],
)  # fmt: skip
def test_a_run_on_to_do_after_their_news(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


@pytest.mark.parametrize(
    "text",
    [
        "she's doing a wine tasting friday at her shop",
        "his son Tobi has a recital friday",
    ],
)
def test_their_plans_stay_theirs(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


# 8. Slang and shorthand for getting in touch: "holla at him next week", "Ngozi Eze re
# the gala tmrw".


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Jamal Wright, producer at Mixtape Studios. holla at him thurs", date(2026, 12, 10)),
        ("BNI breakfast. Ngozi Eze re the gala sponsorship tmrw", date(2026, 12, 8)),
    ],
)
def test_shorthand_for_getting_in_touch(extractor: NoteExtractor, text: str, due: date) -> None:
    assert dues(read(extractor, text)) == [due]


# 9. A note that slips into Spanish or French for the call and its day.


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("conocí a Mateo Ruiz en la feria, he runs a taquería. llámalo el jueves",
         date(2026, 12, 10)),
        ("Margaux Petit from Lumen, super nice. je la rappelle mardi", date(2026, 12, 8)),
        ("met Inés Soto at the gala. llámala el lunes no espera el miércoles",
         date(2026, 12, 9)),
    ],
)  # fmt: skip
def test_a_call_said_in_spanish_or_french(extractor: NoteExtractor, text: str, due: date) -> None:
    assert dues(read(extractor, text)) == [due]


def test_mardi_gras_is_no_tuesday(extractor: NoteExtractor) -> None:
    text = "met Celeste Broussard at the Mardi Gras ball, she runs a krewe"
    assert dues(read(extractor, text)) == []


def test_a_to_do_after_a_relatives_news_is_the_users(extractor: NoteExtractor) -> None:
    text = (
        "his daughter amaka just opened a nail bar and needs a bookkeeper 👀 "
        "getting amaka's number from him this wknd"
    )
    assert dues(read(extractor, text)) == [date(2026, 12, 12)]


# 10. A month said roughly, "~feb", after a time the reader cannot date.


def test_a_rough_month_is_the_follow_up(extractor: NoteExtractor) -> None:
    text = "Yusuf Demir - Demir Olive Co. needs a new press. ring him after the pressing, ~feb"
    (due,) = dues(read(extractor, text))
    assert date(2027, 2, 1) <= due <= date(2027, 2, 28)


def test_a_rough_name_is_no_month(extractor: NoteExtractor) -> None:
    assert dues(read(extractor, "met ~Jan Kowalski at the expo, he runs a bakery")) == []


# 11. A holiday as the note's country keeps it: Thanksgiving in a Canadian note is the
# second Monday of October; "the week after" a Monday holiday is the next week, "after" it
# the rest of its week.

OCT_5 = datetime(2026, 10, 5, 18, 0, tzinfo=UTC)  # Monday; Canadian Thanksgiving Oct 12


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Board of Trade breakfast in Mississauga, Ontario. Met Harpreet Gill, she runs a "
         "trucking firm. call her the week after Thanksgiving", date(2026, 10, 19),
         date(2026, 10, 23)),
        ("Rencontré Élodie Gagnon à Québec, she's at Desjardins. email her after "
         "Thanksgiving", date(2026, 10, 13), date(2026, 10, 16)),
        ("Met Carl Boone at the Denver chamber. call him after Thanksgiving",
         date(2026, 11, 30), date(2026, 12, 4)),
        ("Met Rosa Diaz at the Austin mixer. ping her the week after Labor Day",
         date(2027, 9, 13), date(2027, 9, 17)),
    ],
)  # fmt: skip
def test_a_holiday_as_the_notes_country_keeps_it(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (f,) = extractor.extract(text, now=OCT_5).follow_ups
    assert first <= f.due <= last


# 12. A meeting they moved is still the user's; a street's "St." can end a sentence.


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Update on Kenji Mori: he's moved our call, said next week is mad, so Thursday the "
         "17th.", date(2026, 12, 17), date(2026, 12, 17)),
        ("Paola Ricci's husband Marco runs the deli on Elm St. Decide on the sponsorship "
         "next week.",
         date(2026, 12, 14), date(2026, 12, 18)),
    ],
)  # fmt: skip
def test_a_moved_meeting_and_a_street(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


@pytest.mark.parametrize(
    "text",
    [
        "said her nephew Kwabena is showing a heifer at the county stock show in February",
        "he's doing a cut for a powerlifting show in april so no pastries for him",
    ],
)
def test_a_show_they_are_in_is_no_follow_up(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


def test_a_series_next_meeting_is_no_run_on_to_do(extractor: NoteExtractor) -> None:
    text = "Library board - new trustees\n* Ama Owusu, treasurer\nNext meeting Jan 21 (not my turn)"
    assert dues(read(extractor, text)) == []
