"""Follow-up dates the reader missed in the u notes, by kind: the call-back said in the
user's other language ("ligar pra ela sexta", "piga simu kesho"), a day taken back with a
reason ("friday no that's too soon, monday"), a holiday of another country ("after
Nikolaus", "before Madaraka Day", "after bayram"), "the Tuesday after next"; and the
GUIDE's rules for "next friday" said on a Thursday (the coming one) and for a card or
condolences with no date (a follow-up with no date: no day is made up for it).

Each note is new, written for the kind, not one of the corpus notes that showed it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday
THURSDAY = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)


def read(extractor: NoteExtractor, text: str, now: datetime = NOW) -> NoteExtraction:
    return extractor.extract(text, now=now)


def dues(result: NoteExtraction) -> list[date]:
    return [f.due for f in result.follow_ups]


# 1. The call-back said in another language mixed into the English note: Portuguese,
# Swahili, Tagalog, Spanish, Hindi, Arabic; the action, the day, or both.


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # Portuguese: "marcar" (book), "ligar" (call), "dia 20" (the 20th), "amanhã"
        ("conheci a Beatriz Lobo from Natura at the expo. marcar reunião dia 20",
         date(2026, 12, 20)),
        ("Rui Tavares, owns a bakery in Newark. ligar pra ele amanhã", date(2026, 12, 8)),
        ("Dona Célia Prado wants a quote for her salon. ligar semana que vem",
         date(2026, 12, 14)),
        # Swahili: "piga simu" (call), "kesho" (tomorrow), "kesho kutwa" (the day after)
        ("met Baraka Mwangi of Tusker Logistics at the expo. piga simu kesho",
         date(2026, 12, 8)),
        ("Halima Said needs a freight forwarder. nipigie simu ijumaa she said",
         date(2026, 12, 11)),
        ("Juma Otieno from the coop. send the price list kesho kutwa", date(2026, 12, 9)),
        # Tagalog: "tawagan" (call), "bukas" (tomorrow), "na lang" (instead, just)
        ("si tita Remy Bautista, she has a carinderia in Daly City. tawagan siya bukas",
         date(2026, 12, 8)),
        ("Nonoy Reyes from the parish. text him after the fiesta so next week na lang",
         date(2026, 12, 14)),
        # Spanish: "mañana", "la próxima semana"
        ("Met Xiomara Duarte, she runs a panadería. llamarla la próxima semana",
         date(2026, 12, 14)),
        # Hindi: "agle hafte" (next week)
        ("Sanjay Mehra from Tata, wants a demo. call karna agle hafte", date(2026, 12, 14)),
        # Arabic: "bukra" (tomorrow)
        ("Yousef Haddad at the souk expo, spice importer. call him bukra inshallah",
         date(2026, 12, 8)),
    ],
)  # fmt: skip
def test_a_call_back_said_in_another_language(
    extractor: NoteExtractor, text: str, due: date
) -> None:
    assert due in dues(read(extractor, text))


# Caribbean and British "link" is to meet up: "link her after christmas", but "the zoom
# link friday" is a thing, not a plan.


def test_linking_up_is_a_plan(extractor: NoteExtractor) -> None:
    text = "Marva Thompson, she run a jerk shop in Flatbush. link up with her next week"
    assert dues(read(extractor, text)) == [date(2026, 12, 14)]


def test_they_want_to_link_up(extractor: NoteExtractor) -> None:
    text = "Shanice Brown from the church, she wants to link up next week"
    assert dues(read(extractor, text)) == [date(2026, 12, 14)]


def test_a_link_is_no_plan(extractor: NoteExtractor) -> None:
    text = "Met Odette Blanc at the webinar. The zoom link is for friday's session."
    assert dues(read(extractor, text)) == []


# A word of another language that is also a name is no date: "Leo" is a man, not "today".


def test_a_name_is_no_foreign_day(extractor: NoteExtractor) -> None:
    text = "Met Leo Brandt at the bike shop. He races on weekends."
    assert dues(read(extractor, text)) == []


# 2. A day taken back with the reason, and the new day said after it: the new day is the
# one ("call after diwali no thats too late call early december").


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Parisa Ahmadi at the tile expo. call her after easter no thats too late, "
         "call mid january", date(2027, 1, 10), date(2027, 1, 20)),
        ("ring Dmitri Volkov after new year no before that like next week",
         date(2026, 12, 14), date(2026, 12, 18)),
        ("email Ines Weber friday no thats too soon the 18th", date(2026, 12, 18),
         date(2026, 12, 18)),
        ("coffee w/ Kenji Sato thurs - actually fri", date(2026, 12, 11), date(2026, 12, 11)),
    ],
)  # fmt: skip
def test_a_day_taken_back_with_a_reason(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert first <= due <= last


# 3. Holidays of other countries: St Nicholas' Day (December 6), Kenya's Jamhuri (December
# 12), Madaraka (June 1) and Mashujaa (October 20) Days, and the Turkish bayram (the next
# Eid).


@pytest.mark.parametrize(
    ("text", "now", "first", "last"),
    [
        ("Jens Albrecht, Albrecht Metallbau. call after Nikolaus",
         datetime(2026, 11, 30, 10, tzinfo=UTC), date(2026, 12, 7), date(2026, 12, 11)),
        ("Grace Wanjiku from KCB. email her before Jamhuri Day",
         datetime(2026, 11, 30, 10, tzinfo=UTC), date(2026, 12, 1), date(2026, 12, 11)),
        ("Wafula Simiyu wants a site visit. follow up after Madaraka Day",
         datetime(2027, 5, 20, 10, tzinfo=UTC), date(2027, 6, 7), date(2027, 6, 11)),
        ("Elif Kaya, Kaya Tekstil. let's meet after bayram",
         datetime(2027, 3, 1, 10, tzinfo=UTC), date(2027, 3, 15), date(2027, 3, 19)),
        ("Mert Aydın at the fuar. call him after kurban bayramı",
         datetime(2027, 5, 3, 10, tzinfo=UTC), date(2027, 5, 17), date(2027, 5, 21)),
    ],
)  # fmt: skip
def test_a_holiday_of_another_country(
    extractor: NoteExtractor, text: str, now: datetime, first: date, last: date
) -> None:
    (due,) = dues(read(extractor, text, now))
    assert first <= due <= last


# A holiday that is also a first name is no holiday before a surname.


@pytest.mark.parametrize(
    "text",
    [
        "Met Deniz Arslan at the fuar. call him after Bayram Yılmaz signs the lease",
        "Jonas Frank at the Messe. ring him after Nikolaus Brenner sends the plans",
    ],
)
def test_a_holiday_that_is_a_name(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


# 4. "the Monday after next": the Monday of the week after next week.


def test_the_weekday_after_next(extractor: NoteExtractor) -> None:
    text = "Orla Quinn needs a new roof. Call her the Monday after next."
    assert dues(read(extractor, text)) == [date(2026, 12, 21)]


# 5. The GUIDE: "next friday" is the coming Friday, even said on the Thursday before it.


def test_next_friday_said_on_thursday_is_tomorrow(extractor: NoteExtractor) -> None:
    text = "Met Ngaio Parata at the hui. ring her next friday"
    assert dues(read(extractor, text, THURSDAY)) == [date(2026, 12, 11)]


# 6. The GUIDE: a follow-up with no date has no date ("range": null). Sending a card or
# condolences with no day said gets no made-up day; with a day said, it is a follow-up.


@pytest.mark.parametrize(
    "text",
    [
        "Ran into Bogdan Lis at the depot. His father passed away on Sunday. send a card",
        "Aroha Ngata's mum died last week. send condolences to the family",
    ],
)
def test_a_card_with_no_day_gets_no_day(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


def test_a_card_with_a_day_is_due_then(extractor: NoteExtractor) -> None:
    text = "Ravi Menon's wife had surgery. send a get well card tomorrow"
    assert dues(read(extractor, text)) == [date(2026, 12, 8)]


# 7. Something the user is to send or bring for someone's occasion is due by its day ("send
# a red packet for the full month party on the 12th"); the occasion's day alone, or what
# they want for it, is still no follow-up.


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Imani Okoro's shop turns ten. send flowers for the anniversary party on the 18th",
         date(2026, 12, 18)),
        ("Wei Zhang is retiring. buy a gift for his retirement party on friday",
         date(2026, 12, 11)),
        ("Ayesha Khan had a baby girl! order a cake for the christening on the 19th",
         date(2026, 12, 19)),
    ],
)  # fmt: skip
def test_a_gift_for_their_occasion_is_due_by_it(
    extractor: NoteExtractor, text: str, last: date
) -> None:
    (due,) = dues(read(extractor, text))
    assert NOW.date() < due <= last


@pytest.mark.parametrize(
    "text",
    [
        "Met Lucía Ortega, she's planning her daughter's quinceañera on the 19th.",
        "Dario Conti wants a cake for his son's christening on the 20th.",
    ],
)
def test_their_occasion_alone_is_no_follow_up(extractor: NoteExtractor, text: str) -> None:
    assert dues(read(extractor, text)) == []


def test_what_to_do_ends_on_a_whole_phrase(extractor: NoteExtractor) -> None:
    text = (
        "Beatrix Hale's studio turns 20. send a huge bouquet for the anniversary party on the 18th"
    )
    (f,) = read(extractor, text).follow_ups
    assert f.what == "send a huge bouquet"
