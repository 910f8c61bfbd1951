"""Kinds of mistakes in who a note names: a name taken back ("Rui, not Rafael"), a verb read
as a surname ("Astrid knits"), a formal name in brackets ("Kat (Katarzyna) Wolska"), and
others. Each test reads a note as a user would write it and checks who the bot would list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import names, person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


# --- a name taken back: "his wife is Giulia not Gianna" -----------------------------------


@pytest.mark.parametrize(
    ("note", "right", "relation", "wrong"),
    [
        (
            "Update on Marco Bellini: his wife is Giulia not Gianna, and she teaches piano. "
            "Call him Friday.",
            "Giulia",
            "wife",
            "Gianna",
        ),
        (
            "Ines Duarte update: her husband is Rui, not Rafael. Call her Monday.",
            "Rui",
            "husband",
            "Rafael",
        ),
        (
            "Met Ana Lima at the expo and her son Davi, not Daniel as I first thought.",
            "Davi",
            "son",
            "Daniel",
        ),
    ],
)
def test_a_name_taken_back_with_not_is_nobody(
    extractor: NoteExtractor, note: str, right: str, relation: str, wrong: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert wrong not in names(out)
    assert person(out, right).relation == relation


def test_a_surname_taken_back_is_nobody(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "Priya update: her dad's name is Raj Malhotra, not Mehra, I wrote it wrong.", now=NOW
    )
    assert "Mehra" not in names(out)
    assert "Raj Malhotra" in names(out)


# --- a verb read as a surname: "Oksana bowls every Thursday" -----------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "Met Birgit Olsen from the library board. Birgit curls at the rink every Monday.",
            "Birgit Olsen",
        ),
        (
            "Chatted to Oksana Bilyk about the grant. Oksana bowls every Thursday in Parma.",
            "Oksana Bilyk",
        ),
    ],
)
def test_a_pastime_said_as_a_verb_after_a_first_name_is_no_surname(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [who]


# --- the name they were given, in brackets after what they go by ----------------------------


@pytest.mark.parametrize(
    ("note", "name", "aka"),
    [
        ("Met Kat (Katarzyna) Wolska from Orbis, she wants a new site.", "Katarzyna Wolska", "Kat"),
        (
            "coffee w/ Nico (Nicolás) Ferreyra from Globant, he needs 3 devs",
            "Nicolás Ferreyra",
            "Nico",
        ),
        ("Tom (Thomas) Okafor runs a print shop in Deptford, wants a van", "Thomas Okafor", "Tom"),
    ],
)
def test_a_formal_name_in_brackets_is_the_name_and_the_short_one_what_they_go_by(
    extractor: NoteExtractor, note: str, name: str, aka: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [name]
    assert aka in out.people[0].aka


def test_a_short_name_in_brackets_stays_what_they_go_by(extractor: NoteExtractor) -> None:
    out = extractor.extract("Met Tomasz (Tom) Nowak at the fair, he runs a bakery.", now=NOW)
    assert names(out) == ["Tomasz Nowak"]
    assert "Tom" in out.people[0].aka


# --- someone given or sent something: "sent kofi the invoice" --------------------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("sent kofi the invoice on friday, he runs a garage in tema", "Kofi"),
        ("gave Bronagh the brochure at the fair, she runs a cafe in Newry", "Bronagh"),
        ("handed lwazi a flyer at the expo, he does solar installs", "Lwazi"),
        (
            "gave máire ní bhriain a lift to the station, she's a solicitor in ennis",
            "Máire Ní Bhriain",
        ),
        ("Showed Henrik Dahl the demo after lunch, he wants pricing", "Henrik Dahl"),
    ],
)
def test_someone_given_or_sent_something_is_a_person(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [who]


@pytest.mark.parametrize(
    "note",
    [
        "gave the team a pep talk before the expo",
        "sent him the deck and the pricing sheet",
        "gave my card to the organisers, sent some samples over",
    ],
)
def test_no_one_is_named_when_nothing_but_a_thing_is_given(
    extractor: NoteExtractor, note: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == []


def test_a_first_name_in_brackets_after_a_full_name_is_what_they_go_by(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract("Robbie Nolan (Robert) - kit man at the rugby club, 61.", now=NOW)
    assert names(out) == ["Robbie Nolan"]
    assert "Robert" in out.people[0].aka


# --- a town said with another town: "in Kisumu and Kakamega" ---------------------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("Met Achieng Otieno, she mostly sells in Kisumu and Kakamega.", ["Achieng Otieno"]),
        (
            "Dr Harpreet Gill has three practices in Brampton and Oakville under Gill Dental.",
            ["Harpreet Gill"],
        ),
    ],
)
def test_a_town_said_with_another_town_is_no_person(
    extractor: NoteExtractor, note: str, who: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == who


def test_a_person_said_with_a_town_stays_a_person(extractor: NoteExtractor) -> None:
    out = extractor.extract("Met Rahul Verma in Pune and Sameer came along too.", now=NOW)
    assert "Sameer" in names(out)


# --- words of faith said in passing: "Inshallah", "did Hajj" ---------------------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "Met Tariq Aziz at the mosque fundraiser, he just did Hajj with his father. "
            "I will email him Sunday, Inshallah.",
            ["Tariq Aziz"],
        ),
        (
            "Met Yusuf Demir. Mashallah his son Emre got into Bogazici. Alhamdulillah the deal "
            "closed.",
            ["Yusuf Demir", "Emre"],
        ),
        (
            "Coffee w/ Amina Jalloh, back from Umrah last week, call her Thurs insha'Allah",
            ["Amina Jalloh"],
        ),
    ],
)
def test_words_of_faith_are_no_people(extractor: NoteExtractor, note: str, who: list[str]) -> None:
    assert names(extractor.extract(note, now=NOW)) == who


# --- "a bloke called ciaran o'reilly": a person said to be called so -------------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "yeah nah so um just got out of the rotary brekkie at the king street wharf met a "
            "bloke called ciaran o'reilly he's a valuer at uh herron todd white",
            "Ciaran O'Reilly",
        ),
        (
            "ok uh just leaving the chamber mixer at the marriott met a guy called karim nassar "
            "palestinian guy he's cfo at uh some dairy firm",
            "Karim Nassar",
        ),
        ("talked to a lady named wanjiru kamau at the expo, she sells solar kits", "Wanjiru Kamau"),
    ],
)
def test_someone_said_to_be_called_a_name_is_that_person(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [who]
    assert who not in out.orgs


def test_a_firm_called_a_name_is_no_person(extractor: NoteExtractor) -> None:
    out = extractor.extract("she runs a bakery called sweet crumbs in kilburn", now=NOW)
    assert names(out) == []


# --- children named in a list after how many: "Two boys, Fionn and Oisin" --------------------


@pytest.mark.parametrize(
    ("note", "kids", "relation"),
    [
        (
            "- Ciara Doyle-Baptiste, payroll consultant, runs her own firm (Paylane). "
            "Two boys, Fionn and Oisin",
            ["Fionn", "Oisin"],
            "son",
        ),
        (
            "Met Ewa Nowicka at the Chamber do, she owns a dental lab. Two girls, Zofia and Maja.",
            ["Zofia", "Maja"],
            "daughter",
        ),
    ],
)
def test_children_listed_after_how_many_are_named(
    extractor: NoteExtractor, note: str, kids: list[str], relation: str
) -> None:
    out = extractor.extract(note, now=NOW)
    for kid in kids:
        assert person(out, kid).relation == relation


# --- a long name with a particle: "Hamdan bin Rashid Al Mansoori" -----------------------------


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "Yesterday I met with Hamdan bin Rashid Al Mansoori, he is owner of Al Mansoori "
            "Trading.",
            "Hamdan bin Rashid Al Mansoori",
        ),
        (
            "Today I meet Obaid bin Saif Al Ketbi at the Chamber, he wants a new ERP.",
            "Obaid bin Saif Al Ketbi",
        ),
    ],
)
def test_a_name_with_a_particle_is_read_whole(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    assert names(extractor.extract(note, now=NOW)) == [who]
