"""A town, state or country the note names is nobody met: "a tournament in Milton Keynes",
"Drove to Ottawa", "- Denver: Kayla Brooks", "Leeds, lettings forum." The model reads some
of them as people, and the card then lists "Milton Keynes" as a contact. A place said after
a relative word ("wife Brooklyn"), or a given name said as one ("met Austin at the gym"),
stays a person."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names


@pytest.mark.parametrize(
    ("note", "place", "met"),
    [
        ("Spent Saturday at a robotics tournament in Milton Keynes, three rounds, lots of "
         "rain. Met Dev Sharma, he runs a 3D printing shop.", "Milton Keynes", "Dev Sharma"),
        ("Long day. Drove to Ottawa for the principals' conference and the 417 was a mess. "
         "Met Claire Dubois from Shopify, she wants a tutor.", "Ottawa", "Claire Dubois"),
        ("Leeds, lettings forum. Imran Hussain manages 40 flats in Headingley and wants a "
         "cleaner.", "Leeds", "Imran Hussain"),
        ("dealer meeting\n- Denver: Kayla Brooks (Brooks Ag) - wants co-op ads\n- Sacramento: "
         "Mateo Cruz, new rep", "Denver", "Kayla Brooks"),
        ("dealer meeting\n- Denver: Kayla Brooks (Brooks Ag) - wants co-op ads\n- Sacramento: "
         "Mateo Cruz, new rep", "Sacramento", "Mateo Cruz"),
        ("Met Ms. Lin Mei at the chamber. She owns a travel agency, does tours to Asia "
         "mostly for seniors.", "Asia", "Lin Mei"),
        ("met rangi at the league, big fan, had a Mate Ma'a Tonga jersey on. he coaches "
         "the under 12s", "Tonga", "Rangi"),
    ],
)  # fmt: skip
def test_a_place_is_nobody(extractor: NoteExtractor, note: str, place: str, met: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert place not in names(out), names(out)
    assert met in names(out), names(out)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Hunter Jacobsen, agronomist at Pioneer. wife Brooklyn is a vet tech. call him "
         "monday", "Brooklyn"),
        ("met Austin at the gym, he's a personal trainer and wants more clients", "Austin"),
        ("coffee with Priya Rao, her daughter Sydney plays soccer for the Thorns academy",
         "Sydney"),
    ],
)  # fmt: skip
def test_a_person_named_like_a_place_stays(extractor: NoteExtractor, note: str, name: str) -> None:
    assert name in names(extractor.extract(note, now=NOW))
