"""Trial 26 (a plumber): "her radiators are shot and she asked me to price replacing them" was
filed as the need "price replacing them", and the card said "needs: price replacing them". A
job someone asks the user to price names its thing earlier in the sentence: the need says it
whole, and says the price is the user's to give ("a price from me for replacing her
radiators")."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import person


@pytest.mark.parametrize(
    ("note", "who", "need"),
    [
        (
            "met kasia nowak at the rotary lunch, her boiler keeps cutting out and she asked me "
            "to quote for a new one",
            "Kasia",
            "a quote from me for a new boiler",
        ),
        (
            "chatted to obi okafor at the school gate, the fence at the back of his garden blew "
            "down and he asked me to price fixing it",
            "Obi",
            "a price from me for fixing the fence",
        ),
        (
            "met deepa shah at the temple dinner. her gutters are leaking so she asked me to "
            "quote for clearing them",
            "Deepa",
            "a quote from me for clearing her gutters",
        ),
    ],
)
def test_a_job_asked_to_be_priced_names_its_thing(
    extractor: NoteExtractor, note: str, who: str, need: str
) -> None:
    found = person(extractor.extract(note, now=NOW), who)
    needs = [f.text for f in found.facts if f.kind == "need"]
    assert needs == [need], found.facts


def test_a_job_named_whole_is_still_asked_of_the_user(extractor: NoteExtractor) -> None:
    note = "tomasz wojcik from the cricket club wants me to quote for rewiring his loft conversion"
    found = person(extractor.extract(note, now=NOW), "Tomasz")
    needs = [f.text for f in found.facts if f.kind == "need"]
    assert needs == ["a quote from me for rewiring his loft conversion"], found.facts


def test_a_price_anyone_could_give_is_no_job_of_the_users(extractor: NoteExtractor) -> None:
    note = "met nkechi obi at the chamber, she needs a quote for a new roof before spring"
    found = person(extractor.extract(note, now=NOW), "Nkechi")
    needs = [f.text for f in found.facts if f.kind == "need"]
    assert all("from me" not in need for need in needs), found.facts
