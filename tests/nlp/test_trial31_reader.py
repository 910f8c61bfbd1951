"""Reader faults of trial 31 (a Glasgow physio), as kinds, with new examples: firm names
that end "and co" or "& sons", "retired polis" as a job, a firm's name put right, a move
from one employer to another said as "left X and moved to Y", and a business moving
premises, which is news and no change of employer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import person, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "first", "firm"),
    [
        (
            "met niamh doyle from doyle & sons builders, she needs a new van",
            "niamh",
            "doyle & sons",
        ),
        (
            "chatted to gordon reid who runs reid and partners in paisley",
            "gordon",
            "reid and partners",
        ),
        (
            "met leanne boyle she does payroll for care homes runs boyle and co",
            "leanne",
            "boyle and co",
        ),
    ],
)
def test_a_firm_ending_and_co_is_the_whole_name(
    extractor: NoteExtractor, text: str, first: str, firm: str
) -> None:
    p = person(extractor.extract(text, now=NOW), first)
    assert (p.org or "").casefold().startswith(firm), p
    assert not any(f.text.casefold() in ("co", "sons", "partners") for f in p.facts), p.facts


def test_retired_polis_is_a_job_not_a_firm(extractor: NoteExtractor) -> None:
    p = person(
        extractor.extract("ewan ross, retired polis, now walks dogs at the shelter", now=NOW),
        "ewan",
    )
    assert p.org is None
    assert said(p, "polis")


@pytest.mark.parametrize(
    ("text", "known", "new", "old"),
    [
        (
            "farid's firm is just malik motors not malik motor services, and he's got a new puppy",
            ["Farid Malik"],
            "Malik Motors",
            "malik motor services",
        ),
        (
            "morven's company is actually thistle print not thistle printing",
            ["Morven Kerr"],
            "Thistle Print",
            "thistle printing",
        ),
    ],
)
def test_a_firms_name_put_right(
    extractor: NoteExtractor, text: str, known: list[str], new: str, old: str
) -> None:
    r = extractor.extract(text, now=NOW, known_names=known)
    orgs = [
        (c.person, c.new, (c.old or "").casefold(), c.correction)
        for c in r.changes
        if c.field == "org"
    ]
    assert orgs == [(known[0], new, old, True)], r.changes


def test_left_one_firm_and_moved_to_another(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "saw ngozi at the pool, she's left harbour freight and moved to network rail, "
        "still payroll",
        now=NOW,
        known_names=["Ngozi Eze"],
    )
    orgs = [
        (c.person, c.new.casefold(), (c.old or "").casefold())
        for c in r.changes
        if c.field == "org"
    ]
    assert orgs == [("Ngozi Eze", "network rail", "harbour freight")], r.changes


@pytest.mark.parametrize(
    "text",
    [
        "swimming gala, bogdan came along, his bakery's moved from govan to a bigger shop "
        "on paisley road",
        "boxing club, kenny was there, his garage has moved to a new unit in hillington",
    ],
)
def test_a_business_moving_premises_is_no_new_employer(extractor: NoteExtractor, text: str) -> None:
    r = extractor.extract(text, now=NOW, known_names=["Bogdan Nowicki", "Kenny Baird"])
    assert [c for c in r.changes if c.field == "org"] == [], r.changes
    assert [p.org for p in r.people] == [None], r.people  # "from govan": no firm either


@pytest.mark.parametrize(
    ("text", "subject", "relative"),
    [
        (
            "dougie paterson, retired fireman, now coaches the under 12s at the rugby club "
            "with callum, his grandson lewis is in the squad",
            "Dougie Paterson",
            "Lewis",
        ),
        (
            "ruth kelly, a retired nurse, now volunteers with the kelvin harriers with moira, "
            "her granddaughter skye runs for scotland",
            "Ruth Kelly",
            "Skye",
        ),
    ],
)
def test_a_possessive_after_with_a_name_is_the_subjects(
    extractor: NoteExtractor, text: str, subject: str, relative: str
) -> None:
    r = extractor.extract(text, now=NOW)
    kin = person(r, relative)
    assert kin.of == subject, r.people
    assert said(person(r, subject.split()[0]), relative.lower(), {"family"}), r.people


def test_a_possessive_after_coffee_with_a_name_is_theirs(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "dougie paterson was at the club, then i had lunch with callum, "
        "his son lewis is in the squad",
        now=NOW,
    )
    assert person(r, "lewis").of == person(r, "callum").name, r.people


@pytest.mark.parametrize(
    ("text", "parent", "child", "detail"),
    [
        (
            "met kenny baird at the gala, lewis's dad, he runs the garage on crow road",
            "Kenny Baird",
            "Lewis",
            "garage",
        ),
        (
            "at the swimming, rosa bianchi, ella's mum, runs the florist on byres road",
            "Rosa Bianchi",
            "Ella",
            "florist",
        ),
        (
            "brian quinn came along as well, aidan's dad, drives a taxi",
            "Brian Quinn",
            "Aidan",
            "taxi",
        ),
    ],
)
def test_a_parent_said_by_their_childs_name_is_the_contact(
    extractor: NoteExtractor, text: str, parent: str, child: str, detail: str
) -> None:
    r = extractor.extract(text, now=NOW)
    met = person(r, parent.split()[0])
    assert met.relation is None and said(met, detail), r.people
    assert person(r, child).of == parent, r.people


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "book club at the library, met kirsty bell from the council and andrew shaw from "
            "the bakery. ring kirsty before christmas, and andrew w/c 11th jan",
            [],
            [("Kirsty Bell", "kirsty", "2026-12-14"), ("Andrew Shaw", "andrew", "2027-01-11")],
        ),
        (
            "email gavin on friday and shona next tuesday",
            ["Gavin Reid", "Shona Murray"],
            [("Gavin Reid", "gavin", "2026-12-11"), ("Shona Murray", "shona", "2026-12-08")],
        ),
    ],
)
def test_a_second_follow_up_said_without_its_verb(
    extractor: NoteExtractor, text: str, known: list[str], expected: list[tuple[str, str, str]]
) -> None:
    r = extractor.extract(text, now=NOW, known_names=known)
    got = [(f.person, f.what.split()[-1], f.due.isoformat()) for f in r.follow_ups]
    assert got == expected, r.follow_ups
