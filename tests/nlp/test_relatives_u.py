"""Relatives in the blind train-u notes. A named relative's own work or news, said right
after their name ("his wife eleni is a pharmacist at evangelismos", "son tobi got into
imperial"): the contact's family detail says it whole, and the relative keeps it as their own
(nlp/corpus/GUIDE.md: "wife ana is a nurse at st luke's" is Derek's family and Ana's work);
the reader said only "wife Eleni" on the contact's card. And relative words of many
Englishes ("his boet Riaan", "him bredda Leroy", "her mzee", "wife Ate Cecil") are read as
"brother" or "wife" are."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import PersonMention
from tests.conftest import NOW
from tests.nlp.helpers import person


def _family(p: PersonMention) -> list[str]:
    return [f.text.lower() for f in p.facts if f.kind == "family"]


def _own(p: PersonMention) -> str:
    return " ".join(f.text.lower() for f in p.facts if f.kind != "family")


@pytest.mark.parametrize(
    ("note", "contact", "relative", "relation", "said"),
    [
        ("had lunch with giorgos papadakis at the hellenic chamber, his wife eleni is a "
         "pharmacist at evangelismos. call him friday", "Giorgos", "Eleni", "wife",
         "pharmacist"),
        ("Met Arjun Mehta, he owns a print shop in Leicester. His sister Priya runs a bakery "
         "in Oadby. Wants new signage.", "Arjun", "Priya", "sister", "bakery"),
        ("Update on Olumide Bakare: he moved to Access Bank. Son Tobi got into Imperial for "
         "medicine. Ping him next week.", "Olumide", "Tobi", "son", "imperial"),
        ("coffee w sofía ramírez, she does payroll for a dental group and her husband diego "
         "works at telefónica in madrid. text her monday", "Sofía", "Diego", "husband",
         "telefónica"),
        ("Lars Eriksson - CFO at Volvo Cars\n- daughter Ingrid, teaches piano in Gothenburg\n"
         "- needs a tax adviser\n- f/u in 2 weeks", "Lars", "Ingrid", "daughter", "piano"),
        ("bumped into Fatima Haddad at the expo, her fiancé Omar who's a dentist in "
         "Sharjah. she wants a new website", "Fatima", "Omar", "fiancé", "dentist"),
    ],
)  # fmt: skip
def test_a_relatives_own_news_is_the_contacts_family_and_theirs(
    extractor: NoteExtractor, note: str, contact: str, relative: str, relation: str, said: str
) -> None:
    out = extractor.extract(note, now=NOW)
    kin = person(out, relative)
    assert kin.relation == relation and (kin.of or "").startswith(contact), kin
    family = _family(person(out, contact))
    assert any(relative.lower() in f and said in f for f in family), family
    assert said in _own(kin), kin.facts


@pytest.mark.parametrize(
    ("note", "contact", "relative", "not_family"),
    [
        ("met kenji sato at the rotary lunch, his wife yumi is a nurse at st luke's and he "
         "wants a new accountant", "Kenji", "Yumi", "accountant"),
        ("met Dimitra Kostas, her husband Nikos is a chef at Milos, their son Alex just "
         "started at Columbia. she plays tennis", "Dimitra", "Nikos", "columbia"),
        ("Lunch with Chinedu Eze. His brother Ike runs a pharmacy in Enugu. Chinedu is "
         "looking for a lender", "Chinedu", "Ike", "lender"),
    ],
)  # fmt: skip
def test_a_relatives_detail_stops_where_the_line_about_them_does(
    extractor: NoteExtractor, note: str, contact: str, relative: str, not_family: str
) -> None:
    out = extractor.extract(note, now=NOW)
    family = [f for f in _family(person(out, contact)) if relative.lower() in f]
    assert family, person(out, contact).facts
    assert not any(not_family in f for f in family), family


@pytest.mark.parametrize(
    ("note", "contact", "relative", "relation"),
    [
        ("braai at the sports club, met Pieter Botha from Sasol, his boet Riaan is an "
         "electrician in Benoni", "Pieter", "Riaan", "brother"),
        ("link up wid Devon Campbell at di church fundraiser, him bredda Leroy a mechanic",
         "Devon", "Leroy", "brother"),
        ("met Gareth Hughes at the eisteddfod meeting, his nain Gwen is 95 next month bless "
         "her", "Gareth", "Gwen", "grandmother"),
        ("met Rosario Dizon at the fiesta, her husband Kuya Nonoy fixes aircon units",
         "Rosario", "Nonoy", "husband"),
        ("had coffee with Mark Reyes, his wife Ate Cecil is a nurse at St Luke's",
         "Mark", "Cecil", "wife"),
    ],
)  # fmt: skip
def test_relative_words_of_many_englishes(
    extractor: NoteExtractor, note: str, contact: str, relative: str, relation: str
) -> None:
    out = extractor.extract(note, now=NOW)
    kin = person(out, relative)
    assert kin.relation == relation and (kin.of or "").startswith(contact), kin


@pytest.mark.parametrize(
    ("note", "contact", "said"),
    [
        ("chai with Njeri Wambui at the sacco meeting, her mzee is a teacher at Alliance "
         "High. call her friday", "Njeri", "mzee is a teacher at alliance high"),
    ],
)  # fmt: skip
def test_an_unnamed_elder_is_the_contacts_family(
    extractor: NoteExtractor, note: str, contact: str, said: str
) -> None:
    out = extractor.extract(note, now=NOW)
    family = _family(person(out, contact))
    assert any(said in f for f in family), person(out, contact).facts
