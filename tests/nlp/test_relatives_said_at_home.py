"""Relatives said the way people say them at home (trial 31, a Glasgow physio): "her man
declan" is her husband, "their wee girl niamh" their daughter, "his wife just had a wee
girl called zara" a newborn daughter, "his nonna maria" his grandmother. Each was made a
contact of their own ("Man Declan", "Niamh", "Zara", "Nonna Maria") and got nudges.

Each note is new, written for the kind, not the trial's."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person


@pytest.mark.parametrize(
    ("note", "relative", "relation", "of"),
    [
        ("met morven kerr at the bowling club, her man alasdair is a plumber",
         "Alasdair", "husband", "Morven"),
        ("chatted to bernie quinn at mass, her fella padraig drives taxis",
         "Padraig", "partner", "Bernie"),
        ("saw jolene at the school gate, her wee girl ailsa is in p2", "Ailsa", "daughter",
         "Jolene"),
        ("coffee with rab docherty. their wee boy callum has started nursery", "Callum", "son",
         "Rab"),
        ("met gianluca bruno at the deli, his nonna lucia still makes the pasta", "Lucia",
         "grandmother", "Gianluca"),
        ("ran into agnieszka at the pool, her babcia zofia is 95 next week", "Zofia",
         "grandmother", "Agnieszka"),
        ("met sotiris at the taverna, his yiayia eleni taught him to cook", "Eleni",
         "grandmother", "Sotiris"),
    ],
)  # fmt: skip
def test_a_relative_said_at_home_is_family(
    extractor: NoteExtractor, note: str, relative: str, relation: str, of: str
) -> None:
    result = extractor.extract(note, now=NOW)
    found = person(result, relative)
    assert found.relation == relation and found.of is not None, (found, names(result))
    assert found.of.split()[0].lower() == of.lower()
    assert all(
        not n.lower().startswith(("man ", "nonna ", "babcia ", "yiayia ")) for n in names(result)
    )


@pytest.mark.parametrize(
    ("note", "child", "parent"),
    [
        ("lunch with farhan malik, his wife noor just had a wee girl called hana",
         "Hana", "Farhan"),
        ("bumped into stuart at the garage, he and jen just had a little boy called finlay",
         "Finlay", "Stuart"),
    ],
)  # fmt: skip
def test_a_newborn_said_as_just_had_is_their_child(
    extractor: NoteExtractor, note: str, child: str, parent: str
) -> None:
    found = person(extractor.extract(note, now=NOW), child)
    assert found.relation in ("daughter", "son"), found


def test_a_man_called_someone_is_a_person_met(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "at the chamber lunch a man called declan byrne who does signage", now=NOW
    )
    declan = person(result, "Declan")
    assert declan.relation is None and declan.name == "Declan Byrne", names(result)


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("met isla ross at the ceilidh. phone her the morn about the hall", date(2026, 11, 27)),
        ("met kenji at the dojo, speak to him again on the 3rd", date(2026, 12, 3)),
    ],
)
def test_when_said_at_home(extractor: NoteExtractor, note: str, due: date) -> None:
    assert [f.due for f in extractor.extract(note, now=NOW).follow_ups] == [due]


def test_a_talk_the_user_is_asked_to_give_is_no_call(extractor: NoteExtractor) -> None:
    note = "met olufemi at the rotary lunch, she asked me to speak at their dinner in january"
    assert extractor.extract(note, now=NOW).follow_ups == []
