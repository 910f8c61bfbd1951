"""Organisations a gathering names that the reader missed: the place it was held ("drinks
at the Grand Meridian"), the body that hosted or sponsored it ("the mixer hosted by first
harbor bank"), and a host said in lowercase or by a service club's name alone before it
("the vietnamese business council new year party", "Toastmasters meeting"). Each is an
organisation the note names, never the employer of the people met there, never a person.

Each note is a variant of a kind of miss, not a note from the corpus."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import names, orgs, person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


# 1. The place a gathering was held, said after "at the" or "in the".


@pytest.mark.parametrize(
    ("note", "venue", "first"),
    [
        (
            "Christmas party at the Grand Meridian. Sat with Yuki Tanaka, a recruiter.",
            "grand meridian",
            "yuki",
        ),
        (
            "the bni lunch at the rosewood hotel, met dmitri ivanov a printer",
            "rosewood hotel",
            "dmitri",
        ),
        (
            "quiz night in the Drowsy Heron - sat w/ Owain Pryce, electrician, mad into darts",
            "drowsy heron",
            "owain",
        ),
        (
            "alumni reception at the Velasquez Pavilion. chatted to Ngozi Eze, she's an "
            "architect, wants a mentor",
            "velasquez pavilion",
            "ngozi",
        ),
    ],
)
def test_the_place_a_gathering_was_held_is_an_org_and_nobodys_employer(
    extractor: NoteExtractor, note: str, venue: str, first: str
) -> None:
    r = read(extractor, note)
    assert any(venue in o for o in orgs(r)), orgs(r)
    assert venue not in (person(r, first).org or "").lower()
    assert not any(venue.split()[-1] in n.lower() for n in names(r))


@pytest.mark.parametrize(
    ("note", "not_an_org"),
    [
        ("bbq at the Okonkwos' place, met Chidi, he's a nurse", "okonkwo"),
        ("dinner at the Christmas market with Lin Chen, she teaches piano", "christmas"),
        ("lunch at the office with Marta Kowalczyk, our new designer", "office"),
    ],
)
def test_a_family_a_date_or_a_plain_room_is_no_venue(
    extractor: NoteExtractor, note: str, not_an_org: str
) -> None:
    r = read(extractor, note)
    assert not any(not_an_org in o for o in orgs(r)), orgs(r)


# 2. The body that hosted, sponsored or organised the gathering.


@pytest.mark.parametrize(
    ("note", "host", "first"),
    [
        (
            "the mixer hosted by first harbor bank, met nkechi obi, a realtor",
            "first harbor bank",
            "nkechi",
        ),
        (
            "breakfast sponsored by the pinecrest credit union - Haruki Mori, roofer, wants leads",
            "pinecrest credit union",
            "haruki",
        ),
        (
            "Wine tasting put on by the Lusophone Business Association. Met Joana Pires, "
            "a sommelier.",
            "lusophone business association",
            "joana",
        ),
    ],
)
def test_the_body_that_hosted_a_gathering_is_an_org_and_nobodys_employer(
    extractor: NoteExtractor, note: str, host: str, first: str
) -> None:
    r = read(extractor, note)
    assert any(host in o for o in orgs(r)), orgs(r)
    assert host not in (person(r, first).org or "").lower()


def test_a_person_who_hosted_a_dinner_is_still_a_person(extractor: NoteExtractor) -> None:
    r = read(extractor, "the dinner hosted by Priya Shah was lovely, met her brother Arun, a chef")
    assert "Priya Shah" in names(r)
    assert not any("priya" in o for o in orgs(r))


# 3. A host said before its gathering in lowercase, or by a service club's name alone.


@pytest.mark.parametrize(
    ("note", "host", "first"),
    [
        (
            "vietnamese business council new year party, met thu nguyen a dentist",
            "vietnamese business council",
            "thu",
        ),
        (
            "so the ghanaian nurses association christmas dinner um met kojo mensah he's a driver",
            "ghanaian nurses association",
            "kojo",
        ),
        (
            "Toastmasters meeting tonight - met Kenji Sato, an engineer at Bosch",
            "toastmasters",
            "kenji",
        ),
        (
            "kiwanis pancake breakfast, sat w/ rosa delgado-pérez, runs a daycare",
            "kiwanis",
            "rosa",
        ),
    ],
)
def test_a_lowercase_or_service_club_host_is_an_org_and_nobodys_employer(
    extractor: NoteExtractor, note: str, host: str, first: str
) -> None:
    r = read(extractor, note)
    assert any(host in o for o in orgs(r)), orgs(r)
    assert host not in (person(r, first).org or "").lower()


@pytest.mark.parametrize(
    "note",
    [
        "the book club christmas dinner, met gloria diaz a teacher",
        "our running club holiday party, met ahmed saleh, he's a vet",
    ],
)
def test_a_kind_of_club_is_no_host(extractor: NoteExtractor, note: str) -> None:
    r = read(extractor, note)
    assert not any("club" in o for o in orgs(r)), orgs(r)


# 4. A firm named after its owner: their surname, then what the firm does.


@pytest.mark.parametrize(
    ("note", "firm"),
    [
        ("lerato mokoena. mokoena catering. weddings + funerals. call fri", "mokoena catering"),
        ("hiroshi tanaka. tanaka ramen (chef/owner). moving to osaka", "tanaka ramen"),
        ("Shlomo Abrams. Abrams Appraisal. 30 yrs. grandkids.", "abrams appraisal"),
        ("linh pham - pham's nails - very sweet, 3 kids", "pham's nails"),
        (
            "bumped into tomasz wojcik, he's running wojcik hvac since his dad retired",
            "wojcik hvac",
        ),
        ("Chidi Okeke took over okeke haulage from his uncle, 6 lorries", "okeke haulage"),
    ],
)
def test_a_firm_named_after_its_owner_is_an_org_and_no_second_person(
    extractor: NoteExtractor, note: str, firm: str
) -> None:
    r = read(extractor, note)
    assert firm in orgs(r), orgs(r)
    assert len(r.people) == 1, names(r)


@pytest.mark.parametrize(
    ("note", "firm", "first"),
    [
        (
            "Ruben Castellano runs castellano concrete, his wife is a nurse",
            "castellano concrete",
            "ruben",
        ),
    ],
)
def test_a_firm_named_after_its_owner_is_where_they_work(
    extractor: NoteExtractor, note: str, firm: str, first: str
) -> None:
    r = read(extractor, note)
    assert (person(r, first).org or "").lower() == firm


@pytest.mark.parametrize(
    ("note", "first"),
    [
        ("saw mike sullivan painting the fence, he's a retired cop", "mike"),
        ("Grace Osei and Kofi Osei catering the wedding for us, so sweet", "grace"),
    ],
)
def test_a_name_before_what_they_are_doing_is_no_firm(
    extractor: NoteExtractor, note: str, first: str
) -> None:
    r = read(extractor, note)
    person(r, first)
    assert not any(first in o for o in orgs(r)), orgs(r)


# 5. A team said as what someone is a fan of, or into: an org, never their employer.


@pytest.mark.parametrize(
    ("note", "team", "first"),
    [
        ("Ali Hassan, big fan of the Canucks, accountant", "canucks", "ali"),
        ("Giulia Ferri is a tifosa of Juventus, lawyer at Bonelli", "juventus", "giulia"),
        ("Yasmin Farouk is super into the Broncos, works at Kaiser", "broncos", "yasmin"),
        ("kaveh is a huge fan of Persepolis and sells carpets", "persepolis", "kaveh"),
    ],
)
def test_a_team_someone_is_a_fan_of_is_an_org_and_not_their_employer(
    extractor: NoteExtractor, note: str, team: str, first: str
) -> None:
    r = read(extractor, note)
    assert team in orgs(r), orgs(r)
    assert (person(r, first).org or "").lower() != team


@pytest.mark.parametrize(
    "note",
    [
        "he's really into the details, very thorough, name's Omar Rashid",
        "Priya is a fan of the idea and will pitch it to her boss",
    ],
)
def test_a_thing_someone_likes_is_no_team(extractor: NoteExtractor, note: str) -> None:
    r = read(extractor, note)
    assert not [o for o in orgs(r) if o not in ("",)], orgs(r)


def test_a_person_someone_is_a_fan_of_stays_a_person(extractor: NoteExtractor) -> None:
    r = read(extractor, "met Wanjiru Kamau, she's a big fan of Tomasz Nowak, her old boss")
    assert "Tomasz Nowak" in names(r)
    assert not any("nowak" in o for o in orgs(r)), orgs(r)


# 6. Where someone works, said in lowercase after their job and "at the": a hospital, a
# hotel or a shop known by its own short name.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        ("tunde's wife bisi is a midwife at the rotunda", "bisi", "rotunda"),
        ("he's a chef at the savoy, pablo ruiz, wants a supplier", "pablo", "savoy"),
        ("rania is a pharmacist at the boots on king st", "rania", "boots"),
        ("ji-woo is a receptionist at the langham, loves k-dramas", "ji-woo", "langham"),
    ],
)
def test_a_lowercase_workplace_after_a_job_and_at_the_is_their_employer(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert any(org in o for o in orgs(r)), orgs(r)
    assert org in (person(r, first).org or "").lower()


@pytest.mark.parametrize(
    "note",
    [
        "she's a teacher at the moment but wants to retrain, name's emma lund",
        "kwame is a nurse at the hospital and plays chess",
        "lola's a barista at the airport on weekends",
        "dev is a manager at the same place as his brother",
    ],
)
def test_a_time_or_a_kind_of_place_after_at_the_is_no_employer(
    extractor: NoteExtractor, note: str
) -> None:
    r = read(extractor, note)
    assert orgs(r) == [], orgs(r)
