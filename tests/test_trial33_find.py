"""Trial 33 (a Dublin IT recruiter): /find answers the questions a recruiter asks of their
notes. "/find hiring" finds who is hiring or needs posts filled; "/find polish" finds who
is said to be Polish or from a Polish town; a word the notes say of someone that no
detail kept ("climbing with …", "needs a sre") still finds them, from the note itself."""

from __future__ import annotations

import pytest

from coach.service import Coach

USER = 3303


async def found(coach: Coach, query: str) -> list[str]:
    return [h.contact.name for h in (await coach.people.find(USER, query)).hits]


@pytest.mark.parametrize("query", ["hiring", "who is hiring"])
async def test_who_is_hiring_finds_the_posts_to_fill(coach: Coach, query: str) -> None:
    await coach.notes.capture(
        USER, "met zanele khumalo, she's head of data at discovery, needs two ml engineers"
    )
    await coach.notes.capture(
        USER, "coffee with lars eriksen, engineering manager at spotify, hiring a tech lead"
    )
    await coach.notes.capture(USER, "met guo mei at the book club, she loves crime novels")
    names = await found(coach, query)
    assert "Zanele Khumalo" in names and "Lars Eriksen" in names, names
    assert "Guo Mei" not in names, names


@pytest.mark.parametrize(
    ("note", "query", "name"),
    [
        ("met agnieszka lewandowska, accountant, she's from gdańsk", "polish", "Agnieszka"),
        ("met joão ferreira at the meetup, he's from recife, a java dev", "brazilian", "João"),
        ("lunch with bartosz kaczmarek, he's polish, works in logistics", "poland", "Bartosz"),
    ],
)
async def test_where_someone_is_from_finds_them_by_their_country(
    coach: Coach, note: str, query: str, name: str
) -> None:
    await coach.notes.capture(USER, note)
    await coach.notes.capture(USER, "met guo mei at the book club, she loves crime novels")
    names = await found(coach, query)
    assert any(n.startswith(name) for n in names), names
    assert "Guo Mei" not in names, names


async def test_a_word_only_the_note_kept_still_finds_whom_it_is_said_of(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "squash with farid haddad and his cousin omar after work, farid is a nurse at st vincent's",
    )
    await coach.notes.capture(USER, "met guo mei at the book club, she loves crime novels")
    names = await found(coach, "squash")
    assert names == ["Farid Haddad"], names


async def test_a_group_note_finds_only_the_one_it_says_the_word_of(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "Met Leilani Kahale and Tevita Fonua at the fair. Leilani is a florist. "
        "Tevita mentioned he's from krakow originally.",
    )
    names = await found(coach, "polish")
    assert "Leilani Kahale" not in names, names


async def test_a_word_said_of_someone_else_in_the_note_finds_only_them(coach: Coach) -> None:
    await coach.notes.capture(USER, "met hemi walker at the expo, he runs a print shop")
    await coach.notes.capture(
        USER,
        "squash with noor rahman tonight she beat me, she starts at a law firm next week so "
        "i told her hemi walker could print her cards",
    )
    names = await found(coach, "squash")
    assert "Hemi Walker" not in names, names


async def test_a_group_met_together_is_found_by_what_the_group_is(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "met two lads from the ukrainian tech community at the quiz, oleksandr bondarenko "
        "and taras shevchuk, oleksandr is a go developer at wix",
    )
    names = await found(coach, "ukrainian")
    assert any(n.startswith("Oleksandr") for n in names), names


async def test_a_follow_up_set_about_a_thing_finds_whom_it_is_with(coach: Coach) -> None:
    await coach.notes.capture(USER, "met aroha ngata at the expo, she runs a cafe")
    await coach.nudges.add_follow_up(USER, "Aroha", "next tuesday", "about the kitchen refit")
    names = await found(coach, "refit")
    assert names == ["Aroha Ngata"], names
