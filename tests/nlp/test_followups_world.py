"""Follow-ups said the way people write them around the world, which the reader lost in
notes written blind (set v): a day kept in one country or by one faith ("after hogmanay",
"the day after st stephen's day", "after sinterklaas", "before lohri"), a weekday misspelt
in a hurry ("ring him wensday"), a call by whatever app ("wechat her", "buzz him",
"holler at him", "telephone"), later today ("this arvo", "this evening"), and a clause
that only says when, beside the action ("after the school run on friday, give her a call").

Each note is new, written for the kind, not one of the corpus notes that showed it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # Tuesday


def dues(extractor: NoteExtractor, text: str) -> list[date]:
    return [f.due for f in extractor.extract(text, now=NOW).follow_ups]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("met Eilidh Munro at the gala, send her the photos after hogmanay",
         date(2027, 1, 4), date(2027, 1, 15)),
        ("Dónal Ó Súilleabháin from the credit union. call him the day after st stephen's day",
         date(2026, 12, 27), date(2026, 12, 27)),
        ("Femke Bakker, the bakery on the corner. email her after sinterklaas",
         date(2026, 12, 8), date(2026, 12, 11)),
        ("Harpreet Gill wants the brochure. drop it round before lohri",
         date(2027, 1, 2), date(2027, 1, 12)),
        ("Usman Qureshi, tiles. ring him the day after quaid-e-azam day",
         date(2026, 12, 26), date(2026, 12, 26)),
        ("met Ana Lucía Ríos at the consulate drinks. email her after three kings day",
         date(2027, 1, 11), date(2027, 1, 15)),
        ("Mwangi from the coop, text him the day before christmas eve",
         date(2026, 12, 23), date(2026, 12, 23)),
    ],
)  # fmt: skip
def test_a_day_kept_in_one_country_or_faith(
    extractor: NoteExtractor, text: str, first: date, last: date
) -> None:
    found = dues(extractor, text)
    assert len(found) == 1 and first <= found[0] <= last, found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Brendan Kehoe, scaffolding. ring him wensday", date(2026, 12, 9)),
        ("met Tomasina Faleolo at church. call her thrusday", date(2026, 12, 10)),
        ("Jorge Paredes, signs. folow up firday", date(2026, 12, 11)),
    ],
)  # fmt: skip
def test_a_weekday_misspelt(extractor: NoteExtractor, text: str, due: date) -> None:
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "Li Wen from the trade mission. wechat her friday",
        "Cody Breaux, crawfish boils. holler at him friday",
        "Seán Kinsella from the GAA. buzz him friday",
        "Mrs Adeyemi at the library. telephone her friday",
    ],
)
def test_a_call_by_any_means(extractor: NoteExtractor, text: str) -> None:
    assert dues(extractor, text) == [date(2026, 12, 11)]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Kirra Walsh from the surf club. text Kirra instead, this arvo", "text Kirra"),
        ("Priyanka Rao, the florist. this evening, email her the order", "email her the order"),
    ],
)
def test_later_today(extractor: NoteExtractor, text: str, what: str) -> None:
    found = extractor.extract(text, now=NOW).follow_ups
    assert [(f.due, f.what) for f in found] == [(date(2026, 12, 8), what)]


@pytest.mark.parametrize(
    ("text", "due", "what"),
    [
        ("Shona Baird, the deli. after the school run on thursday, give her a ring",
         date(2026, 12, 10), "call her"),
        ("Rafael Oliveira (roofer). before the match on saturday, text him the address",
         date(2026, 12, 12), "text him the address"),
    ],
)  # fmt: skip
def test_a_clause_that_only_says_when(
    extractor: NoteExtractor, text: str, due: date, what: str
) -> None:
    found = extractor.extract(text, now=NOW).follow_ups
    assert [(f.due, f.what) for f in found] == [(due, what)]


@pytest.mark.parametrize(
    "text",
    [
        "after the match on saturday we all went for a curry with Callum Reid",
        "Zainab Hussain was at the market this afternoon with her kids",
        "after the carol service on sunday Father Okonkwo thanked everyone",
    ],
)
def test_a_time_that_dates_nothing_to_do(extractor: NoteExtractor, text: str) -> None:
    assert dues(extractor, text) == []
