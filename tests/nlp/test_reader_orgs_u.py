"""Organisations the reader missed or misread, by kind: the team someone follows said by a
fan's words ("supports Hearts", "mad about the Wallabies"), a word that opens the next
sentence glued onto a firm's name ("Scottish Water Already knows…"), a firm the model took
for a person right after someone's job ("a nurse with Marie Curie"), the body that hosts a
gathering ("KCCI year-end dinner") and a body said by its capitals where a workplace is said
("a nurse in MMH").

Each note is a variant of a kind of miss, written for these tests, not a corpus note."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import names, orgs, person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


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


# 3. A firm right after someone's job and "with" is where they work, though the model read
# it as a person.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        (
            "Amélie Dubois, she is an engineer with Bouygues Telecom. wants a new website.",
            "amélie",
            "bouygues telecom",
        ),
        (
            "his wife Ines is a nurse with Marie Curie, loves gardening. call her friday",
            "ines",
            "marie curie",
        ),
        ("Kavya Reddy, a tax advisor w/ Grant Thornton, wants to meet.", "kavya", "grant thornton"),
        (
            "Marta Silva, she is an analyst with Kotak Mahindra, moving to Pune.",
            "marta",
            "kotak mahindra",
        ),
    ],
)
def test_a_firm_after_a_job_and_with_is_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org
    assert all(n.lower() != org for n in names(r))


def test_someone_met_with_a_person_is_still_a_person(extractor: NoteExtractor) -> None:
    r = read(extractor, "met a nurse with Maria Lopez at the fair, Maria wants a quote")
    assert "Maria Lopez" in names(r)
    assert "maria lopez" not in orgs(r)


def test_a_job_at_someone_s_do_is_no_firm(extractor: NoteExtractor) -> None:
    r = read(extractor, "Dele is a caterer at Tom Reid's wedding next month, wants a quote")
    assert "tom reid" not in orgs(r)


# 4. The body that hosts a gathering, named before it: "KCCI year-end dinner".


@pytest.mark.parametrize(
    ("note", "host"),
    [
        ("KCCI year-end dinner. Met Park Ji-hoon from Hyundai Glovis, wants a quote.", "kcci"),
        ("Teamsters Local 120 summer picnic\n- Dolores Ruiz, dispatcher, needs a van", "local 120"),
        (
            "Ghana Nurses Assoc. christmas party - met Efua Mensah, midwife, wants a website",
            "ghana nurses assoc",
        ),
        ("Nordea Bank client evening at the Savoy. Met Lars Holm, dentist.", "nordea bank"),
        ("Met Omar Farouk at the FSB tech session, he runs a print shop.", "fsb"),
    ],
)
def test_the_host_of_a_gathering_is_an_org(extractor: NoteExtractor, note: str, host: str) -> None:
    r = read(extractor, note)
    assert any(host in o for o in orgs(r))
    assert not any(host in n.lower() for n in names(r))


def test_someone_named_before_the_host_is_still_met(extractor: NoteExtractor) -> None:
    r = read(extractor, "Notes: Kemi Adeyemi PTA meeting, she wants a tutor for her son")
    assert "Kemi Adeyemi" in names(r)


def test_the_host_of_a_gathering_is_nobody_s_employer(extractor: NoteExtractor) -> None:
    r = read(extractor, "KCCI year-end dinner. Met Park Ji-hoon, wants a quote.")
    assert (person(r, "park").org or "").lower() != "kcci"


@pytest.mark.parametrize(
    "note",
    [
        "AI meetup tonight, met Sam Lee, wants a quote",
        "HR lunch with Tom Baker, needs payroll help",
        "VC holiday party. Met Ana Ruiz, she wants a bookkeeper",
    ],
)
def test_what_a_gathering_is_about_is_no_host(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


# 5. Capitals said where a workplace or a school is said: "a nurse in MMH", "with the SES".


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("Aroha is a nurse in MMH, nights mostly. wants a bookkeeper", "mmh"),
        ("Liam volunteers with the SES on weekends, keen on first aid training.", "ses"),
        ("Kamal's wife Nadia is a doctor in PGI, wants a new car.", "pgi"),
    ],
)
def test_an_abbreviation_where_a_workplace_is_said_is_an_org(
    extractor: NoteExtractor, note: str, org: str
) -> None:
    assert org in orgs(read(extractor, note))


@pytest.mark.parametrize(
    "note",
    [
        "Chen Li is a nurse in ICU, she wants a quote.",
        "Ama works in HR, wants a coach.",
        "Sofia works in IT, wants a new laptop.",
        "Kofi is a charge nurse in the ER at night, wants a bookkeeper.",
        "Ruth Lim moved to the UK in may, wants a tax adviser.",
    ],
)
def test_a_department_or_place_in_capitals_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


def test_a_kind_of_body_opening_the_note_is_no_host(extractor: NoteExtractor) -> None:
    r = read(extractor, "Cricket club dinner. Sat with Imran Qadir, owns a print shop.")
    assert "cricket club" not in orgs(r)


def test_money_in_capitals_is_no_org(extractor: NoteExtractor) -> None:
    r = read(extractor, "Ruth is a bookkeeper, paid in USD by her clients.")
    assert "usd" not in orgs(r)


@pytest.mark.parametrize(
    ("note", "host"),
    [
        ("Regional CIPD meetup. Met Tanya Boyd, HR lead at a hospital.", "cipd"),
        ("Ewe Union Christmas party. Met Kofi Agbeko, he owns a pharmacy.", "ewe union"),
        ("Local 2110 holiday potluck. Met Dee Ruiz, steward, wants a quote.", "local 2110"),
    ],
)
def test_a_host_named_by_a_dictionary_word_is_still_a_host(
    extractor: NoteExtractor, note: str, host: str
) -> None:
    assert any(host in o for o in orgs(read(extractor, note)))
