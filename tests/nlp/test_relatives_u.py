"""Relative words of many Englishes ("his boet Riaan", "him bredda Leroy", "his nain
Gwen", "wife Ate Cecil"): the relation is read, as for "brother" or "wife". The blind notes
of train-u read "boet Mandla" and "wife Ate Len" as nobody's relatives."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import person


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
