"""Organisations the reader missed or misread, by kind (trial 30): a team of two words or
more before a fan's word, or a lowercase plural before "guy"; a district or neighbourhood
read as a firm; a club someone belongs to taken for their employer.

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


# 1. A team of two words or more before a fan's word; a lowercase team before "guy".


@pytest.mark.parametrize(
    ("note", "team"),
    [
        (
            "Ayanda Khumalo - Khumalo Freight - fleet manager - Orlando Pirates supporter - "
            "wants a tracking quote",
            "orlando pirates",
        ),
        ("Teodor Marin, plumber. Real Madrid fan, season ticket holder.", "real madrid"),
        (
            "grabbed a coffee with lerato, she's a mamelodi sundowns supporter through and "
            "through. needs a bookkeeper",
            "mamelodi sundowns",
        ),
        (
            "kojo is a hearts of oak supporter, never misses a derby. send him the brochure",
            "hearts of oak",
        ),
        ("met dale at the feed store, big seahawks guy. wants a quote on fencing", "seahawks"),
        (
            "chatted to marek at the rink, obviously blackhawks guy lol. needs an accountant",
            "blackhawks",
        ),
    ],
)
def test_a_team_a_fan_follows_is_an_org(extractor: NoteExtractor, note: str, team: str) -> None:
    result = read(extractor, note)
    assert team in orgs(result)
    assert team not in [n.lower() for n in names(result)]


def test_a_team_before_a_fan_word_is_nobody_s_employer(extractor: NoteExtractor) -> None:
    r = read(extractor, "Teodor Marin, plumber. Real Madrid fan, season ticket holder.")
    assert (person(r, "teodor").org or "").lower() != "real madrid"


@pytest.mark.parametrize(
    "note",
    [
        "ravi is a rugby league supporter, wants help with his tax return",
        "joe is a numbers guy, wants a cashflow model by friday",
        "ama is our comms guy now, call her monday",
    ],
)
def test_what_a_fan_or_a_guy_is_said_of_is_no_team(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


def test_how_keen_a_fan_is_is_no_word_of_the_team(extractor: NoteExtractor) -> None:
    result = read(extractor, "met bubba, good ole boy big bulldog fan. wants a fence quote")
    assert not any("boy" in o or "big" in o for o in orgs(result))


# 2. A district, suburb or town said as where something is, where someone comes from, or
# where a firm is, is a place: no organisation and nobody's employer.


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Lunch meeting in JLT with Omar Haddad, buyer for Choithrams. wants samples", "jlt"),
        ("Met Ada Nwosu, she runs the Yaba branch of Zenith Bank. needs a caterer", "yaba"),
        ("Ngozi Eke - Eke Poultry, Abeokuta. 5,000 birds. wants feed prices", "abeokuta"),
        ("Dai Morgan - Morgan Tyres (Llanelli) - MD - wants a van quote", "llanelli"),
    ],
)
def test_a_place_is_no_organisation(extractor: NoteExtractor, note: str, place: str) -> None:
    result = read(extractor, note)
    assert place not in orgs(result)
    assert all((p.org or "").lower() != place for p in result.people)


@pytest.mark.parametrize(
    ("note", "first", "firm"),
    [
        (
            "Met Ada Nwosu, she runs the Yaba branch of Zenith Bank. needs a caterer",
            "ada",
            "zenith",
        ),
        (
            "Ngozi Eke - Eke Poultry, Abeokuta. 5,000 birds. wants feed prices",
            "ngozi",
            "eke poultry",
        ),
    ],
)
def test_the_firm_beside_a_place_is_their_org(
    extractor: NoteExtractor, note: str, first: str, firm: str
) -> None:
    assert firm in (person(read(extractor, note), first).org or "").lower()


@pytest.mark.parametrize(
    ("note", "firm"),
    [
        ("Chidi Obi is a nurse in LUTH, wants a tutor for his son", "luth"),
        ("Dinner with Saul Adler - CFO, Meridian Foods. keen sailor.", "meridian foods"),
        (
            "Recruiter chat: Priya Shah, TalentBridge - clients incl. Monzo, Revolut - fee 20%",
            "revolut",
        ),
        (
            "Meeting in Lagos Business School with Dr. Bola Ade, she wants a tutor",
            "lagos business school",
        ),
        ("Kemi Bello, from Flutterwave, wants an intro to a lawyer", "flutterwave"),
        ("Sade runs a bakery in Surulere called Crust & Co. needs flour", "crust & co"),
    ],
)
def test_a_firm_said_where_a_place_could_be_is_still_one(
    extractor: NoteExtractor, note: str, firm: str
) -> None:
    assert any(firm in o for o in orgs(read(extractor, note)))


# 3. A club someone belongs to (a service club, a lodge, a club's board) is no employer: a
# firm the note says they are from wins over it, and a seat on its board or being a member
# never makes it their firm.


@pytest.mark.parametrize(
    ("note", "first", "firm"),
    [
        ("Tendai Moyo (Rotary) - from Old Mutual - wants a quote", "tendai", "old mutual"),
        ("coffee w gwen from hsbc, we're both in rotary. wants a planner", "gwen", "hsbc"),
    ],
)
def test_a_firm_they_are_from_wins_over_their_club(
    extractor: NoteExtractor, note: str, first: str, firm: str
) -> None:
    assert (person(read(extractor, note), first).org or "").lower() == firm


@pytest.mark.parametrize(
    ("note", "first", "club"),
    [
        (
            "Had tea with Dr. Helen Achebe after mass. She heads cardiology at Lagoon Hospital "
            "and sits on the board of the Lions Club of Ikeja.",
            "helen",
            "lions club of ikeja",
        ),
        ("Niamh Kelly, member of the Kiwanis Club of Cork. wants a website", "niamh", "kiwanis"),
    ],
)
def test_a_club_they_belong_to_is_not_their_firm(
    extractor: NoteExtractor, note: str, first: str, club: str
) -> None:
    result = read(extractor, note)
    assert club not in (person(result, first).org or "").lower()
    assert any(club in o for o in orgs(result))  # still an organisation the note names


def test_a_club_they_work_at_is_their_firm(extractor: NoteExtractor) -> None:
    r = read(extractor, "Funmi Bello works at the Lagos Chamber as events manager, wants a caterer")
    assert (person(r, "funmi").org or "").lower() == "lagos chamber"


# 4. A terse record of someone met: the segment beside their job that the model read as a
# second person is where they work.


@pytest.mark.parametrize(
    ("note", "first", "firm"),
    [
        (
            "met Lerato Dube, Gallagher, IT. son at varsity. wants a payroll system",
            "lerato",
            "gallagher",
        ),
        ("Wiremu Tane, agronomist, Ravensdown - wife Mere", "wiremu", "ravensdown"),
        ("Pilar Ruiz. Ruiz Bookkeeping Svcs. Enrolled agent. Astros fan.", "pilar", "bookkeeping"),
    ],
)
def test_the_firm_in_a_terse_record_is_theirs(
    extractor: NoteExtractor, note: str, first: str, firm: str
) -> None:
    result = read(extractor, note)
    assert any(firm in o for o in orgs(result))
    assert not any(firm in n.lower() for n in names(result))
    assert person(result, first)  # the one met is still read


@pytest.mark.parametrize(
    ("note", "person_named"),
    [
        ("Kwame Mensah, accountant, Kofi Boateng, builder. both want quotes", "Kofi Boateng"),
        ("Ama Owusu - nurse - Yaw - teacher. coffee friday", "Yaw"),
        (
            "expo: Tran Van Minh owns a nail salon; ana lucia torres from the library; "
            "Harjinder Kaur Gill, cfo at medtronic",
            "Harjinder Kaur Gill",
        ),
        ("Lab meeting. Her co-PI, Mateo Ibarra, is a nurse at Rush. wants data", "Mateo Ibarra"),
        ("Abena Mensah, banker. she asked me to teach their nanny, Esi, to drive", "Esi"),
        (
            "The Lions treasurer, Femi Adewale, is an auditor at EY and coaches football",
            "Femi Adewale",
        ),
    ],
)
def test_a_second_person_in_a_record_stays_a_person(
    extractor: NoteExtractor, note: str, person_named: str
) -> None:
    assert person_named in names(read(extractor, note))
