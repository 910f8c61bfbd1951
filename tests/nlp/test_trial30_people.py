"""Trial 30 (people read from notes, by kind of mistake): a given name in brackets after a
title and a surname completes the name even when no name list holds it; a bullet
"name - job" line gives the person the job; a firm said again on its own is no person; a
firm, place or team said as a field after someone's name is no person; and a time said in
an unclosed bracket after a child leaves no bracket in the fact."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person, said


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "mrs shah (kokilaben) came to the navratri stall, wants a tiffin service",
            "Kokilaben Shah",
        ),
        ("Mr. Oduya (Tobenna) — oduya motors. wants a bookkeeper. call fri", "Tobenna Oduya"),
        (
            "dr banerjee (rituparna) asked about the yoga classes for her staff",
            "Rituparna Banerjee",
        ),
        ("mrs. nwachukwu (ifeoma) — nwachukwu fabrics. wants a seamstress", "Ifeoma Nwachukwu"),
    ],
)
def test_a_bracketed_given_name_no_list_holds_completes_a_titled_surname(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [name]
    given = name.split()[0]
    assert out.people[0].org != given and given not in out.orgs


@pytest.mark.parametrize(
    ("note", "first", "job"),
    [
        ("vaisakhi mela\n- jaswinder - joiner\n- wants a bigger van", "Jaswinder", "joiner"),
        ("vaisakhi mela\n- Manpreet - builder\n- wants a bigger van", "Manpreet", "builder"),
        (
            "vaisakhi mela\n- baldev - roofer, does flat roofs\n- wants a bigger van",
            "Baldev",
            "roofer",
        ),
    ],
)
def test_a_bullet_line_of_a_name_a_dash_and_a_job_gives_them_the_job(
    extractor: NoteExtractor, note: str, first: str, job: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [first]
    found = person(out, first)
    assert said(found, job, {"work"})
    assert said(found, "van", {"need"})
    assert found.org is None


@pytest.mark.parametrize(
    ("note", "who", "firm", "relative"),
    [
        (
            "Lunch with Rosa Delgado from Brightwater Credit Union. Brightwater is opening "
            "three branches next year. Her husband Tomas teaches at Eastside High.",
            "Rosa Delgado",
            "Brightwater",
            "Tomas",
        ),
        (
            "Coffee with Amara Obi. She left KPMG to join Kestrelle as CFO, and Kestrelle's "
            "board wants an IPO. Her son Chidi starts at Imperial in October.",
            "Amara Obi",
            "Kestrelle",
            "Chidi",
        ),
    ],
)
def test_a_firm_said_again_on_its_own_is_no_person(
    extractor: NoteExtractor, note: str, who: str, firm: str, relative: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert firm not in names(out)
    assert names(out) == [who, relative]
    kin = person(out, relative)
    assert kin.of == who


@pytest.mark.parametrize(
    ("note", "who", "field", "relative"),
    [
        (
            "Roofers' supper\n- Callum Baird, surveyor, Treverton\n- wife Isla, nurse at the "
            "Western General\n- wants a new laptop",
            "Callum Baird",
            "Treverton",
            "Isla",
        ),
        (
            "Deaf club quiz. met Priya Varma, Oakhurst, design. son Arun also deaf. wants "
            "a sign language tutor.",
            "Priya Varma",
            "Oakhurst",
            "Arun",
        ),
        (
            "Ruth Keane. Portwell. claims lead. daughter Orla at uni. wants intro to a broker.",
            "Ruth Keane",
            "Portwell",
            "Orla",
        ),
    ],
)
def test_a_firm_or_place_said_as_a_field_after_a_name_is_no_person(
    extractor: NoteExtractor, note: str, who: str, field: str, relative: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert field not in names(out)
    assert names(out) == [who, relative]
    assert person(out, relative).of == who


def test_a_time_in_an_unclosed_bracket_after_a_child_leaves_no_bracket(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract(
        "met Sunil Rao at the temple, his wife just had a baby boy (2 wks ago", now=NOW
    )
    [sunil] = out.people
    family = [f.text for f in sunil.facts if f.kind == "family"]
    assert family and all("baby boy" in f and "(" not in f for f in family)


@pytest.mark.parametrize(
    "note",
    [
        "met Sunil Rao at the temple, his wife had a baby boy (2 wks ago, named him Rohan",
        "met Sunil Rao at the temple, they had a baby boy last month, named him Rohan",
    ],
)
def test_a_child_named_after_when_it_was_born_is_their_child(
    extractor: NoteExtractor, note: str
) -> None:
    out = extractor.extract(note, now=NOW)
    rohan = person(out, "Rohan")
    assert (rohan.relation, rohan.of) == ("son", "Sunil Rao")


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "Chamber lunch, Wichita\n* Dale Pruitt — Pruitt Feed & Seed, owner\n"
            "* wife Lorna, grandson Tate",
            "Dale Pruitt",
        ),
        ("Business breakfast, Cheltenham\n- Mark Ellis - IFA", "Mark Ellis"),
    ],
)
def test_the_place_of_a_gathering_heading_the_note_is_no_person(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out)[0] == who
    assert all(p.of in (None, who) for p in out.people)


@pytest.mark.parametrize(
    ("note", "who"),
    [
        (
            "Siân Llewellyn-Price - Aviva, underwriter\n- partner Iwan, teaches maths",
            "Siân Llewellyn-Price",
        ),
        ("Siân Rowlands - Admiral, head of claims\n- partner Iwan, teaches Welsh", "Siân Rowlands"),
    ],
)
def test_an_accented_given_name_opening_a_note_is_part_of_the_name(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [who, "Iwan"]
    iwan = person(out, "Iwan")
    assert (iwan.relation, iwan.of) == ("partner", who)


def test_a_name_opening_the_note_before_what_they_did_is_the_person_not_the_firm(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract(
        "Odette Marchetti called: Lumen's new COO starts in March and she wants our payroll "
        "team to meet him. Lumen is also moving offices to Canary Wharf.",
        now=NOW,
    )
    assert names(out) == ["Odette Marchetti"]
    assert said(out.people[0], "payroll team", {"need"})


@pytest.mark.parametrize(
    "note",
    [
        "Burns supper - Partick\n* Hamish Reid - Reid Plumbing\n"
        "* wife Shona is a physio at the Western",
        "Coffee with Hamish Reid, plumber. His wife Shona teaches at Hillhead.",
    ],
)
def test_a_name_that_also_names_a_people_after_a_relative_word_is_the_relative(
    extractor: NoteExtractor, note: str
) -> None:
    out = extractor.extract(note, now=NOW)
    shona = person(out, "Shona")
    assert (shona.relation, shona.of) == ("wife", "Hamish Reid")
