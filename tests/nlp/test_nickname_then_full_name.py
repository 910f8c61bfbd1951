"""A nickname, then the full name in brackets or after "real name": "Woody (Hyun-woo Park)",
"Katya (Ekaterina Belova)", "Bubba, real name Walter Pettigrew". One person, called by the
full name and going by the nickname; the reader made two, so the card had a "Woody" with
the news and a "Hyun-woo Park" with nothing."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person


@pytest.mark.parametrize(
    ("note", "full", "nick"),
    [
        ("Update on Woody (Hyun-woo Park): his wife had the baby. Also he moved to Coupang.",
         "Hyun-woo Park", "Woody"),
        ("Katya (Ekaterina Belova) quit Deutsche to go full time on her ceramics brand.",
         "Ekaterina Belova", "Katya"),
        ("the party at Lena's was chaos. Lena (Yelena Sokolova) finally quit Barclays to do "
         "her pottery full time", "Yelena Sokolova", "Lena"),
        ("- Bongi (Nomvula Dlamini-Khumalo) - runs a creche in Soweto, needs a bookkeeper",
         "Nomvula Dlamini-Khumalo", "Bongi"),
        ("Bubba, real name Walter Pettigrew, owns Pettigrew Farm Supply. call him monday",
         "Walter Pettigrew", "Bubba"),
        ("Coach Dre - real name Andre Baptiste - works nights as a nurse at Mercy",
         "Andre Baptiste", "Dre"),
        ("Coach Kofi - U12 Eastside Lions\n- real name: Kwabena Owusu-Ansah\n- drives for "
         "UPS, wants a sponsor for jerseys", "Kwabena Owusu-Ansah", "Kofi"),
    ],
)  # fmt: skip
def test_a_nickname_then_the_full_name_is_one_person(
    extractor: NoteExtractor, note: str, full: str, nick: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [full], names(out)
    assert nick in person(out, full.split()[0]).aka
