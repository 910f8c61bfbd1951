"""Organisations the reader missed or misread, by kind: the team someone follows said by a
fan's words ("supports Hearts", "mad about the Wallabies") and a word that opens the next
sentence glued onto a firm's name ("Scottish Water Already knows…").

Each note is a variant of a kind of miss, written for these tests, not a corpus note."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import names, person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


def orgs(result: NoteExtraction) -> list[str]:
    return [o.lower() for o in result.orgs]


# 1. The team someone follows, said by what fans say of it.


@pytest.mark.parametrize(
    ("note", "team"),
    [
        (
            "Callum Reid, joiner from Leith. Supports Heart of Midlothian, poor man.",
            "heart of midlothian",
        ),
        (
            "met ines ferreira at the expo, she is mad about the Wallabies. wants a web quote",
            "wallabies",
        ),
        ("tomasz nowak, plumber. obsessed w/ the mariners lol. needs a bookkeeper", "mariners"),
        (
            "Ngozi Eze from the hospital. her son plays hooker for Saracens. call her monday",
            "saracens",
        ),
        (
            "Pieter de Vries, dairy farmer. his girl plays field hockey for the Amsterdam Tigers.",
            "amsterdam tigers",
        ),
        ("Arjun Mehta, dentist in Leicester. A big Foxes fan, season ticket and all.", "foxes"),
    ],
)
def test_the_team_a_fan_follows_is_an_org(extractor: NoteExtractor, note: str, team: str) -> None:
    assert team in orgs(read(extractor, note))


def test_the_team_a_fan_follows_is_nobody_s_employer(extractor: NoteExtractor) -> None:
    r = read(extractor, "Callum Reid, joiner from Leith. Supports Heart of Midlothian, poor man.")
    assert (person(r, "callum").org or "").lower() != "heart of midlothian"
    assert "Heart of Midlothian" not in names(r)


@pytest.mark.parametrize(
    "note",
    [
        "met dana at the school gate, she is mad about the kids, wants tutoring for both",
        "Grace Obi supports Liam with his homework on tuesdays, needs a tutor",
        "aroha is obsessed with the details, proper project manager. call her friday",
        "ravi plays guitar for fun, wants lessons for his son",
    ],
)
def test_what_a_fan_word_says_of_no_team_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


# 2. A word that opens the next sentence is no part of the firm before it.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        (
            "met fiona at the chamber thing, she's an engineer at Scottish Water Already "
            "knows my brother.",
            "fiona",
            "scottish water",
        ),
        ("Kenji Sato works for Hitachi Rail Apparently they are hiring.", "kenji", "hitachi rail"),
        (
            "Bronwyn is a pharmacist at Boots Opticians Honestly the nicest woman there.",
            "bronwyn",
            "boots opticians",
        ),
    ],
)
def test_a_sentence_adverb_is_no_word_of_the_firm(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert not any(o.startswith(org + " ") for o in orgs(r))
    assert (person(r, first).org or "").lower() == org
