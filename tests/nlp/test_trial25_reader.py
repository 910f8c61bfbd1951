"""Trial 25 (a Nigerian-born caterer in Atlanta): food and chat words are no people
("jollof + bulgogi lol"); a firm's trade word ("BBQ", "Rentals") is part of its name, and
where someone works beats the society the user met them at; church and community titles
before a name are titles ("Deacon Tunde", "Aunty Comfort", "mama kemi"); and a relative's
celebration or a standing order is a detail."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names


@pytest.mark.parametrize(
    "note",
    [
        "lunch w Kunle Ade, we want to do a popup, egusi + kimchi lol",
        "met Lan Tran at the market, talked pho and tamales haha",
        "Ifeoma Obi brought suya lmao, best in town",
        "Minh Le wants us to try jollof + pho 😂",
    ],
)
def test_food_and_chat_words_are_no_people(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    food = {"egusi", "kimchi", "pho", "tamales", "suya", "jollof", "lol", "haha", "lmao"}
    odd = [n for n in names(out) if set(n.casefold().split()) & food]
    assert not odd, names(out)
    assert len(out.people) == 1, names(out)


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("Tunde Bakare, owner of Lagos Kitchen Catering in Smyrna", "Lagos Kitchen Catering"),
        ("met Maria Lopez, owner of Abuela's Tacos on Buford Hwy", "Abuela's Tacos"),
        ("Joon Lee runs Han River BBQ in Duluth, wants a popup", "Han River BBQ"),
        ("Ama Owusu manages Sweet Crumbs Bakery near the square", "Sweet Crumbs Bakery"),
    ],
)
def test_a_firms_last_word_is_its_name(extractor: NoteExtractor, note: str, org: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert out.people[0].org == org, (out.people[0].org, out.orgs)


@pytest.mark.parametrize(
    ("note", "org"),
    [
        (
            "Ji-ho Lee from the Asian Business Council, owns Lee's Event Rentals in Duluth",
            "Lee's Event Rentals",
        ),
        ("Kofi Boateng from the Ghana Association, accountant at Georgia Power", "Georgia Power"),
        ("Adaeze Obi from the Igbo Women Union, she works at Cobb DOT", "Cobb DOT"),
    ],
)
def test_where_they_work_beats_the_society_they_were_met_at(
    extractor: NoteExtractor, note: str, org: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert out.people[0].org == org, (out.people[0].org, out.orgs)
