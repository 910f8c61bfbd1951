"""A console trial (a caterer in Atlanta): corrections about a relative's name, a firm that
was an ethnicity, a correction or a line of news read as a meeting, a follow-up moved to
someone else, known names found inside a firm's name or after a title, and a relative of
someone unnamed ("the groom's uncle") given to the person named before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def person(out: NoteExtraction, name: str):  # type: ignore[no-untyped-def]
    return next((p for p in out.people if p.name == name), None)


# --- 1. a relative's name put right renames the relative ------------------------------------


@pytest.mark.parametrize(
    ("note", "known", "relative", "renamed"),
    [
        ("actually priya's husband is Rohan not Rahul", ["Priya Shah", "Rahul"], "Rahul", "Rohan"),
        (
            "correction: sean's wife is Siobhan, not Sinead",
            ["Sean Murphy", "Sinead Murphy"],
            "Sinead Murphy",
            "Siobhan Murphy",
        ),
        ("tomas's son is Mateo not Marco lol", ["Tomas Garcia", "Marco"], "Marco", "Mateo"),
        (
            "oops, wanjiru's daughter is Njeri not Nyambura",
            ["Wanjiru Kamau", "Nyambura"],
            "Nyambura",
            "Njeri",
        ),
    ],
)
def test_a_relatives_name_said_wrong_renames_the_relative(
    extractor: NoteExtractor, note: str, known: list[str], relative: str, renamed: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=known)
    names = [(c.person, c.new) for c in out.changes if c.field == "name"]
    assert names == [(relative, renamed)], out.changes
    new_first = renamed.split()[0]
    assert all(p.name.split()[0] != new_first for p in out.people), out.people
    assert not any(p.met for p in out.people), out.people


# --- 2. an ethnicity, nationality or language is no firm and no part of a name ---------------


@pytest.mark.parametrize(
    ("note", "name", "org"),
    [
        ("Kofi Boateng (Akan, from Kumasi) - IT guy, does payroll software", "Kofi Boateng", None),
        ("met Chidi Okeke (Igbo) at the expo, pharmacist", "Chidi Okeke", None),
        ("Kwesi Mensah (Fante, from Cape Coast) - IT guy", "Kwesi Mensah", None),
        ("Harpreet Gill (Punjabi), runs a trucking firm in Fresno", "Harpreet Gill", None),
        ("Tunde Bakare (Yoruba) from Lagos, accountant at KPMG", "Tunde Bakare", "KPMG"),
        ("coffee w ana reyes filipina, she's a nurse at kaiser", "Ana Reyes", "Kaiser"),
        ("met maria santos filipino at the expo, she's a nurse", "Maria Santos", None),
    ],
)
def test_an_ethnicity_by_a_name_is_no_firm_nor_part_of_the_name(
    extractor: NoteExtractor, note: str, name: str, org: str | None
) -> None:
    out = extractor.extract(note, now=NOW)
    assert [p.name for p in out.people] == [name], out.people
    assert out.people[0].org == org, out.people
    assert all(o.casefold() not in ("akan", "igbo", "punjabi", "yoruba") for o in out.orgs)


@pytest.mark.parametrize(
    ("note", "known", "who", "wrong", "firm"),
    [
        (
            "correction ama owusu is not with Ewe thats her ethnicity lol, her firm is "
            "Owusu Design Co",
            "Ama Owusu",
            "Ama Owusu",
            "Ewe",
            "Owusu Design Co",
        ),
        (
            "correction: segun is not with Yoruba, that's his language, his company is "
            "Lagos Freight",
            "Segun Ade",
            "Segun Ade",
            "Yoruba",
            "Lagos Freight",
        ),
    ],
)
def test_a_firm_corrected_from_an_ethnicity_is_the_new_firm(
    extractor: NoteExtractor, note: str, known: str, who: str, wrong: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known, "Grace Lee"])
    assert [p.name for p in out.people] == [who], out.people
    orgs = [(c.person, c.new) for c in out.changes if c.field == "org"]
    assert orgs == [(who, firm)], out.changes
    assert not out.people[0].met


def test_where_they_were_met_corrected_is_no_new_firm(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "correction: i met jomo at the Kenya Society gala not the rotary lunch",
        now=NOW,
        known_names=["Jomo Mwangi"],
    )
    assert [p.name for p in out.people] == ["Jomo Mwangi"], out.people
    assert all(c.field != "org" for c in out.changes), out.changes
    assert not out.people[0].met  # a correction of where, no meeting


# --- 3. news of a known contact's firm is no meeting ----------------------------------------


@pytest.mark.parametrize(
    ("note", "known"),
    [
        ("lucia ferreira works at Banco Azul", "Lucia Ferreira"),
        ("diego vega's firm is Vega Builders", "Diego Vega"),
        ("Nkechi Obi is with Zenith Consulting", "Nkechi Obi"),
    ],
)
def test_a_known_contacts_firm_said_is_news_not_a_meeting(
    extractor: NoteExtractor, note: str, known: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known])
    assert [p.name for p in out.people] == [known], out.people
    assert not out.people[0].met, out.people


def test_a_new_persons_firm_is_still_someone_met(extractor: NoteExtractor) -> None:
    out = extractor.extract("lucia ferreira works at Banco Azul", now=NOW)
    assert [p.met for p in out.people] == [True], out.people


# --- 4. a follow-up said to be someone else's ----------------------------------------------


@pytest.mark.parametrize(
    ("note", "known", "who", "not_who", "day"),
    [
        (
            "actually ama is kofi's wife. and its kofi i need to call friday not her",
            ["Kofi Boateng", "Ama"],
            "Kofi Boateng",
            "Ama",
            "friday",
        ),
        (
            "oh and it's raj i should email tuesday, not priya",
            ["Raj Patel", "Priya Shah"],
            "Raj Patel",
            "Priya Shah",
            "tuesday",
        ),
    ],
)
def test_a_follow_up_said_to_be_someone_elses_moves(
    extractor: NoteExtractor, note: str, known: list[str], who: str, not_who: str, day: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=known)
    assert [f.person for f in out.follow_ups] == [who], out.follow_ups
    dropped = [(c.person, c.old) for c in out.changes if c.field == "follow_up"]
    assert dropped == [(not_who, day)], out.changes


# --- 5. a known first name inside a firm's name; a title and a known surname ----------------


@pytest.mark.parametrize(
    ("note", "known"),
    [
        ("met Dele Ojo from Faith Tabernacle, wants a quote for 200", "Faith"),
        ("met Joy Park from Hope Church, wants a caterer", "Hope"),
        ("coffee with Liam Byrne of Victoria Foundation, he's the director", "Victoria"),
    ],
)
def test_a_first_name_inside_a_firms_name_is_not_that_contact(
    extractor: NoteExtractor, note: str, known: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known])
    assert known not in [p.name for p in out.people], out.people


@pytest.mark.parametrize(
    ("note", "known"),
    [
        ("included 10 gluten free plates for dr whitfield", "Harold Whitfield"),
        ("sent the menu to pastor okafor for the wake", "Ngozi Okafor"),
        ("prof. tanaka liked the bento boxes", "Hiro Tanaka"),
    ],
)
def test_a_title_and_a_known_surname_is_that_contact(
    extractor: NoteExtractor, note: str, known: str
) -> None:
    out = extractor.extract(note, now=NOW, known_names=[known, "Rosa Martinez"])
    assert [p.name for p in out.people] == [known], out.people


def test_a_gendered_title_is_not_taken_for_a_known_surname(extractor: NoteExtractor) -> None:
    """ "mrs bakare": with Olumide Bakare known, likely his wife, not him."""
    out = extractor.extract(
        "he said mrs bakare wants to come to the tasting", now=NOW, known_names=["Olumide Bakare"]
    )
    assert "Olumide Bakare" not in [p.name for p in out.people], out.people


def test_a_title_and_a_surname_two_contacts_share_is_no_one_known(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract(
        "sent the menu to dr okafor", now=NOW, known_names=["Ngozi Okafor", "Emeka Okafor"]
    )
    assert all(p.name not in ("Ngozi Okafor", "Emeka Okafor") for p in out.people), out.people


# --- 6. "the groom's uncle": a relative of someone unnamed -------------------------------


def test_a_relative_of_someone_unnamed_is_nobodys_relative_in_the_note(
    extractor: NoteExtractor,
) -> None:
    out = extractor.extract(
        "catered the Boateng wedding, Daniel Reyes was there and loved the jollof. also met "
        "the bride's uncle Kwesi Appiah, he's a realtor w Compass, wants to buy a building. "
        "his wife Efua makes cakes",
        now=NOW,
        known_names=["Daniel Reyes"],
    )
    kwesi = person(out, "Kwesi Appiah")
    daniel = person(out, "Daniel Reyes")
    assert kwesi is not None and daniel is not None, out.people
    assert kwesi.of != "Daniel Reyes" and kwesi.met, kwesi
    assert kwesi.org == "Compass" and daniel.org is None, out.people
    efua = person(out, "Efua")
    assert efua is not None and efua.of == "Kwesi Appiah", out.people
    assert not any("realtor" in f.text for f in daniel.facts), daniel.facts


def test_a_known_contact_at_a_hospital_has_no_new_firm(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "ana lima is at Grady Memorial Hospital recovering", now=NOW, known_names=["Ana Lima"]
    )
    assert all(c.field != "org" for c in out.changes), out.changes
