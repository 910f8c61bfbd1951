"""A known contact's name or pronoun corrected in a short note: "actually it's Sione not
Sean", "rangi's surname is te awa not te", "tama is a he not a she". The correction renames
or re-gendres the known person: the new name is no new person, the old one no firm, and
the note is no meeting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def renamed(out: NoteExtraction) -> list[tuple[str, str]]:
    return [(c.person, c.new) for c in out.changes if c.field == "name"]


def pronouns(out: NoteExtraction) -> list[tuple[str, str]]:
    return [(c.person, c.new) for c in out.changes if c.field == "pronoun"]


# --- a first name said wrong: "it's NEW not OLD" -------------------------------------------


@pytest.mark.parametrize(
    ("note", "known", "old", "new"),
    [
        ("actually it's Sione not Sean", "Sean Tuilagi", "Sean", "Sione Tuilagi"),
        ("correction: it's Tevita, not Kevin", "Kevin Fifita", "Kevin", "Tevita Fifita"),
        ("oops its Niamh not Nina", "Nina Walsh", "Nina", "Niamh Walsh"),
        ("sorry, Ngaire not Nadia", "Nadia Brown", "Nadia", "Ngaire Brown"),
        ("not Sanjay, Sanjeev", "Sanjay Mehta", "Sanjay", "Sanjeev Mehta"),
        ("it's Wiremu (not William)", "William Pohatu", "William", "Wiremu Pohatu"),
        ("actually its mele not mary", "Mary Taufa", "Mary", "Mele Taufa"),
        (
            "correction - it's Oluwaseun, not Olusegun",
            "Olusegun Bello",
            "Olusegun",
            "Oluwaseun Bello",
        ),
    ],
)
def test_a_first_name_said_wrong_renames_the_known_contact(
    extractor: NoteExtractor, note: str, known: str, old: str, new: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known, "Priya Shah"])
    assert renamed(out) == [(known, new)], out.changes
    assert [p.name for p in out.people] == [known], out.people
    assert not out.people[0].met  # a correction is no meeting
    assert out.orgs == [], out.orgs
    assert all(c.field != "org" for c in out.changes), out.changes


@pytest.mark.parametrize(
    ("note", "known"),
    [
        ("actually it's Harcourts not Barfoot", ["Sean Tuilagi"]),  # firms
        ("actually it's thursday not wednesday with Sean", ["Sean Tuilagi"]),  # a day
        ("it's Sione not Sean", []),  # neither is a contact
        ("actually it's friday, not Sean", ["Sean Tuilagi"]),  # no name put right
        ("it's Sione not Sean", ["Sean Tuilagi", "Sione Fa"]),  # both are contacts
        ("sorry, Aoife not Eva", ["Eva Byrne", "Aoife Daly"]),
    ],
)
def test_it_is_not_said_of_no_known_first_name_renames_no_one(
    extractor: NoteExtractor, note: str, known: list[str]
) -> None:
    out = extractor.extract(note, now=NOW, known_names=known)
    assert renamed(out) == [], out.changes
    # a name taken back is no firm taken back either
    assert all(c.field != "org" for c in out.changes), out.changes


# --- a surname or first name said by its part: "X's surname is NEW not OLD" ---------------


@pytest.mark.parametrize(
    ("note", "known", "new"),
    [
        ("rangi's surname is te awa not te", "Rangi Te", "Rangi Te Awa"),
        ("his last name is Nakamura not Nakamoto", "Kenji Nakamoto", "Kenji Nakamura"),
        ("aoife's surname's Ó Dálaigh", "Aoife Daly", "Aoife Ó Dálaigh"),
        ("first name is Ngozi not Nkechi", "Nkechi Eze", "Ngozi Eze"),
        ("priya's family name is Raghunathan", "Priya R", "Priya Raghunathan"),
        (
            "correction: tomasz's last name is Wójcik, not Wojcik",
            "Tomasz Wojcik",
            "Tomasz Wójcik",
        ),
        ("her first name is Siobhan not Shauna", "Shauna Keane", "Siobhan Keane"),
    ],
)
def test_a_surname_or_first_name_corrected_renames_that_part(
    extractor: NoteExtractor, note: str, known: str, new: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known, "Grace Lee"])
    assert renamed(out) == [(known, new)], out.changes
    assert [p.name for p in out.people] == [known], out.people
    assert not out.people[0].met
    assert out.orgs == [], out.orgs


def test_a_family_name_said_after_meeting_someone_completes_their_name(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract("met Linh at the expo, family name is Tran, runs a nail salon", now=NOW)
    assert renamed(out) == [("Linh", "Linh Tran")], out.changes
    assert [p.name for p in out.people] == ["Linh"]
    out = extractor.extract("met Mele at the fono, her family name is important to her", now=NOW)
    assert renamed(out) == [], out.changes


# --- a pronoun said: "tama is a he not a she", "jordan is they/them" -----------------------


@pytest.mark.parametrize(
    ("note", "known", "stored", "said"),
    [
        ("actually tama is a he not a she lol", "Tama Ngata", "she", "he"),
        ("wei is a he btw, he's got 4 rentals in henderson", "Wei Zhang", "she", "he"),
        ("sam's a she", "Sam Lee", "he", "she"),
        ("jordan is they/them", "Jordan Park", "he", "they"),
        ("Alex is a woman btw", "Alex Kim", "he", "she"),
        ("oops kiri's a she not a he", "Kiri Walker", "he", "she"),
        ("chidi is a guy fyi", "Chidi Obi", "she", "he"),
        ("robin prefers they/them", "Robin Hale", "she", "they"),
        ("Robin uses they/them", "Robin Hale", "she", "they"),
        ("kiri goes by she/her", "Kiri Walker", "he", "she"),
        ("correction: ashley is a man", "Ashley Cole", "she", "he"),
    ],
)
def test_a_pronoun_said_of_a_known_contact_is_a_change(
    extractor: NoteExtractor, note: str, known: str, stored: str, said: str
) -> None:
    out = extractor.extract(
        note, now=NOW, known_names=[known], known_traits={known: (stored, False)}
    )
    assert pronouns(out) == [(known, said)], out.changes
    assert [p.name for p in out.people] == [known], out.people
    assert not out.people[0].met
    if said != "they":
        assert out.people[0].pronoun == said


def test_a_pronoun_said_keeps_the_news_of_the_note(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "wei is a he btw, he's got 4 rentals in henderson",
        now=NOW,
        known_names=["Wei Zhang"],
        known_traits={"Wei Zhang": ("she", False)},
    )
    assert any("4 rentals in henderson" in f.text for f in out.people[0].facts), out.people


def test_a_pronoun_said_of_someone_just_met_is_theirs(extractor: NoteExtractor) -> None:
    out = extractor.extract("met kai at the hui, kai is they/them, runs a cafe", now=NOW)
    assert [(p.name, p.pronoun, p.met) for p in out.people] == [("Kai", "they", True)]
    out = extractor.extract("hemi is a bloke btw, runs a cafe in onehunga", now=NOW)
    assert [(p.name, p.pronoun, p.met) for p in out.people] == [("Hemi", "he", True)]
    # the pronoun's word is no fact of theirs
    assert [f.text for f in out.people[0].facts] == ["runs a cafe in onehunga"]


@pytest.mark.parametrize(
    "note",
    [
        "sam's a sheep farmer in taupo",
        "tama's a hero, sorted the valuation in a day",
        "jordan is a man of his word",
    ],
)
def test_words_that_only_look_like_a_pronoun_change_none(
    extractor: NoteExtractor, note: str
) -> None:
    out = extractor.extract(
        note,
        now=NOW,
        known_names=["Sam Lee", "Tama Ngata", "Jordan Park", "Alex Kim"],
    )
    assert pronouns(out) == [], out.changes
