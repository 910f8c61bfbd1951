"""Kinds of organisations the reader missed: a business's lowercase name after a work
word, a firm the model read as a person, churches, a public body's whole name, and the
team fans tailgate for. And the look-alikes that are no organisation at all.

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


# 1. A business's name said after "called" or "named", in lowercase.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        (
            "met priscilla at the expo, she has her own bakery called sugar and spice. "
            "send her the flyer friday",
            "priscilla",
            "sugar and spice",
        ),
        ("dong-hyun runs a tiny cafe named bean scene, super chill guy", "dong-hyun", "bean scene"),
        (
            "Oksana Petrenko opened a nail salon called polished last spring, wants a bookkeeper",
            "oksana",
            "polished",
        ),
    ],
)
def test_a_business_called_by_its_name_is_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org


# 2. A lowercase name right after a job and "at", or "owner of", is where they work.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        ("ines is a bartender at la bodega on 5th, loves salsa dancing", "ines", "la bodega"),
        ("lucia manages el rincon on main, big dodgers fan", "lucia", "el rincon"),
        ("sasha is the owner of core and flow, loves opera", "sasha", "core and flow"),
        ("chioma is the owner of fresh start, a cleaning company", "chioma", "fresh start"),
    ],
)
def test_a_lowercase_business_after_a_work_word_is_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org


@pytest.mark.parametrize(
    ("note", "first"),
    [
        ("sione works at home now and coaches at least twice a week", "sione"),
        ("hannah teaches at church on sundays", "hannah"),
        ("met raul at the gym, he's a trainer there and loves hiking", "raul"),
        ("ngozi manages operations and runs payroll for a clinic", "ngozi"),
        ("kofi is a nurse at night and studies at weekends", "kofi"),
    ],
)
def test_a_place_said_in_passing_after_a_work_word_is_no_org(
    extractor: NoteExtractor, note: str, first: str
) -> None:
    r = read(extractor, note)
    assert orgs(r) == []
    assert person(r, first).org is None


# 3. A firm whose name the model read as a person's: no contact, an organisation.


@pytest.mark.parametrize(
    ("note", "first", "firm"),
    [
        ("Olek is working for Tarkett in Krakow, big skier", "olek", "tarkett"),
        ("Bogdan, an engineer working for Kemppi in Poland, plays padel", "bogdan", "kemppi"),
    ],
)
def test_a_firm_after_works_for_is_no_person(
    extractor: NoteExtractor, note: str, first: str, firm: str
) -> None:
    r = read(extractor, note)
    assert len(names(r)) == 1
    assert firm in orgs(r)
    assert (person(r, first).org or "").lower() == firm


def test_a_chain_someone_holds_franchises_of_is_no_person(extractor: NoteExtractor) -> None:
    r = read(extractor, "Priya owns three Domino's franchises and wants a bookkeeper")
    assert names(r) == ["Priya"]
    assert "domino's" in orgs(r) or "domino" in orgs(r)


def test_someone_who_works_for_a_named_person_is_still_a_person(
    extractor: NoteExtractor,
) -> None:
    r = read(extractor, "Raul works for Dave Kowalski, who runs a roofing crew")
    assert "Dave Kowalski" in names(r)


# 4. Churches: a parish named for Our Lady, a congregation named by its denomination.


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("posada at our lady of lourdes, talked to doña carmen who runs the kitchen", "lourdes"),
        (
            "The Ethiopian Orthodox ladies ordered sixty rolls, their organizer Mrs. Tsehay "
            "Bekele wants a quote",
            "ethiopian orthodox",
        ),
        ("met pastor james from new life baptist, they need a caterer", "new life baptist"),
    ],
)
def test_a_church_is_an_org(extractor: NoteExtractor, note: str, org: str) -> None:
    r = read(extractor, note)
    assert any(org in o for o in orgs(r)), orgs(r)


@pytest.mark.parametrize(
    "note",
    [
        "chiamaka is a devout baptist and sings in the choir",
        "tom grew up southern baptist in georgia, now a realtor",
        "Lena is Greek Orthodox and loves sailing",
    ],
)
def test_a_faith_someone_holds_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


# 5. A public body's whole name, place and all, and it is where they work.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        (
            "Marisol is a dispatcher for the Fresno County Sheriff's Office and has twin boys",
            "marisol",
            "fresno county sheriff's office",
        ),
        (
            "Tyrone is a deputy with the Pima County Sheriff's Department, loves bbq",
            "tyrone",
            "pima county sheriff's department",
        ),
    ],
)
def test_a_public_bodys_whole_name_is_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org


# 6. The team fans tailgate for: an organisation, and nobody's employer.


@pytest.mark.parametrize(
    ("note", "team", "first"),
    [
        ("rangers tailgate was fun, met this guy ollie murphy, plumber", "rangers", "ollie"),
        ("so chiefs tailgate at arrowhead, met priya shah, she's a cpa", "chiefs", "priya"),
    ],
)
def test_a_tailgate_names_the_team(
    extractor: NoteExtractor, note: str, team: str, first: str
) -> None:
    r = read(extractor, note)
    assert team in orgs(r)
    assert person(r, first).org is None


def test_a_parish_named_whole_with_its_denomination_is_one_org(extractor: NoteExtractor) -> None:
    r = read(extractor, "bake sale at our lady of lourdes catholic church, met deacon tomás")
    assert [o for o in orgs(r) if "lourdes" in o] == ["our lady of lourdes catholic church"]


@pytest.mark.parametrize(
    "note",
    [
        "the alumni tailgate was a vibe, ran into kemal from my old dorm, he's a nurse now",
        "Dinner with the Serbian Orthodox festival committee, Father Dragan said hi",
        "I met Mr. Emre Aksoy, he is owner of small textile factory in Izmir, wants partner",
        "Met Mrs. Ha, she is owner of nail salon on Main St, big family",
    ],
)
def test_a_gathering_or_a_kind_of_business_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


def test_a_firm_named_by_an_everyday_word_is_kept(extractor: NoteExtractor) -> None:
    r = read(extractor, "met tobi, he's a data engineer at indeed and loves chess")
    assert person(r, "tobi").org == "Indeed"


def test_a_public_body_the_model_missed_is_read_whole(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "Worked the bake sale with Maribel Ortiz. Maribel is a clerk for the Maricopa County "
        "Recorder's Office and her girls both play on the 12U. Call her Friday.",
    )
    assert "maricopa county recorder's office" in orgs(r)
    assert not any("12u" in o for o in orgs(r))


def test_a_parish_named_at_night_ends_before_the_time(extractor: NoteExtractor) -> None:
    r = read(extractor, "posada at our lady of fatima tonight, doña lupe runs the kitchen")
    assert "our lady of fatima" in orgs(r)


# 7. More ways to say someone follows a team: the team is an org, never their employer.


@pytest.mark.parametrize(
    ("note", "team", "first"),
    [
        ("Sat next to Wade Brandt, insurance broker. He's a Seahawks guy.", "seahawks", "wade"),
        ("Tomás Rivera, a claims adjuster, total dodgers homer lol", "dodgers", "tomás"),
        ("rich is a leafs diehard. text rich before the game", "leafs", "rich"),
        ("At the Bengals watch party I met Gretchen Vogel, a nurse", "bengals", "gretchen"),
        ("Dmitri Volkov, a dentist, is a huge Canucks nut", "canucks", "dmitri"),
    ],
)
def test_a_fan_said_another_way_names_the_team(
    extractor: NoteExtractor, note: str, team: str, first: str
) -> None:
    r = read(extractor, note)
    assert team in orgs(r)
    assert person(r, first).org is None


@pytest.mark.parametrize(
    "note",
    [
        "Priya Nair is a numbers guy at heart, and a realtor",
        "Hugo Laurent is a physics nut, teaches at the high school",
        "Amara Obi is a fitness nut and a dentist",
    ],
)
def test_a_pastime_said_like_a_team_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


# 8. Work said other ways: who someone drives for, a firm after a job and "in" (as some
# write English), and a former employer after "ex-".


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        ("her husband jaspal drives for purolator and she wants a realtor", "jaspal", "purolator"),
        (
            "I meet Mr. Kenji Arai, he is director of sales in Rakuten, very polite.",
            "kenji",
            "rakuten",
        ),
        ("Agnieszka is accountant in Vistula Pharma, very nice", "agnieszka", "vistula pharma"),
    ],
)
def test_work_said_another_way_names_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org


def test_a_former_employer_after_ex_is_an_org_but_not_theirs(extractor: NoteExtractor) -> None:
    r = read(extractor, "olumide bakare. industrial leasing. ex-cbre. cricket")
    assert "cbre" in orgs(r)
    assert person(r, "olumide").org is None


@pytest.mark.parametrize(
    "note",
    [
        "Nadia Haddad is a nurse in Denver and loves skiing",
        "met ola, my ex-wife's cousin, realtor",
        "Bruno drives for hours every weekend, loves his truck",
        "Zainab drives for charity rides and is a realtor",
    ],
)
def test_a_place_a_relative_or_a_pastime_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []


# 9. A business named by its trade's last word: wines, cellars, charters, janitorial.


@pytest.mark.parametrize(
    ("note", "first", "org"),
    [
        ("Stavros Manolas - Manolas Wines, Crete. sailing nut.", "stavros", "manolas wines"),
        ("Ifeoma Eze runs okafor janitorial, like forty employees", "ifeoma", "okafor janitorial"),
        ("- dele (dj dele) - beatbox events - wants a venue", "dele", "beatbox events"),
        ("Hattie Lowell - runs a vineyard in Paso, Larkspur Cellars", "hattie", "larkspur cellars"),
    ],
)
def test_a_business_named_by_its_trade_is_their_org(
    extractor: NoteExtractor, note: str, first: str, org: str
) -> None:
    r = read(extractor, note)
    assert org in orgs(r)
    assert (person(r, first).org or "").lower() == org


@pytest.mark.parametrize(
    "note",
    [
        "Joon Park does catering for corporate events and loves golf",
        "met Leila at the farmers market, she sells honey",
    ],
)
def test_a_trade_said_in_passing_is_no_org(extractor: NoteExtractor, note: str) -> None:
    assert orgs(read(extractor, note)) == []
