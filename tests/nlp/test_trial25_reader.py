"""Trial 25 (a Nigerian-born caterer in Atlanta): food and chat words are no people
("jollof + bulgogi lol"); a firm's trade word ("BBQ", "Rentals") is part of its name, and
where someone works beats the society the user met them at; church and community titles
before a name are titles ("Deacon Tunde", "Aunty Comfort", "mama kemi"); and a relative's
celebration or a standing order is a detail."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person, said


@pytest.mark.parametrize(
    ("note", "who", "relation", "of"),
    [
        (
            "met Tayo Bello at the harvest, her husband is Deacon Gbenga",
            "Gbenga",
            "husband",
            "Tayo",
        ),
        (
            "spoke with Chidi Okafor after mass, his wife is Deaconess Amaka, she sings",
            "Amaka",
            "wife",
            "Chidi",
        ),
        ("Kojo Mensah came by, his wife Aunty Efua bakes bread", "Efua", "wife", "Kojo"),
        (
            "met Femi Ojo at the revival, his wife pastor (mrs) Bukola leads the choir",
            "Bukola",
            "wife",
            "Femi",
        ),
    ],
)
def test_a_relative_said_with_a_title_is_that_relative(
    extractor: NoteExtractor, note: str, who: str, relation: str, of: str
) -> None:
    out = extractor.extract(note, now=NOW)
    found = person(out, who)
    assert (found.relation, (found.of or "").split()[0]) == (relation, of), names(out)
    assert not [o for o in out.orgs if who in o], out.orgs


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("Aunty Comfort Boateng from the Ghana Association wants kelewele for 80", "Comfort"),
        ("Pastor Ruth Adeleke from Living Faith wants a quote for the retreat", "Ruth"),
        ("Alhaji Musa Bello rang, he wants suya for his son's naming", "Musa"),
    ],
)
def test_a_title_before_a_name_is_no_firm(extractor: NoteExtractor, note: str, who: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert person(out, who).relation is None
    assert not [o for o in out.orgs if who in o], out.orgs


@pytest.mark.parametrize(
    "note",
    [
        "met Femi Ojo at the revival, his wife pastor (mrs) Bukola leads the choir",
        "Chief Obinna Okeke from the igbo union owns Okeke Haulage, everyone calls him Chief",
        "sister Ngozi Eze runs the youth choir at Christ Embassy",
        "chief Obinna Okeke at the igbo union meeting, he owns Okeke Haulage",
        "nana Kwesi Appiah at the durbar, he runs a freight firm",
    ],
)
def test_a_title_is_no_detail(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    titles = {"pastor", "chief", "sister", "wife pastor", "mrs"}
    said = [f.text for p in out.people for f in p.facts if f.text.casefold() in titles]
    assert not said, said
    assert all(p.relation is None or p.relation == "wife" for p in out.people)


@pytest.mark.parametrize(
    ("note", "full", "aka"),
    [
        ("mama kemi (Mrs Titi Balogun) wants jollof for her 50th", "Titi Balogun", "Mama Kemi"),
        ("baba tunde (Mr Segun Alade) from the choir wants a caterer", "Segun Alade", "Baba Tunde"),
    ],
)
def test_a_parents_nickname_names_the_person_in_brackets(
    extractor: NoteExtractor, note: str, full: str, aka: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert names(out) == [full]
    assert aka in out.people[0].aka


@pytest.mark.parametrize(
    ("note", "name", "pronoun"),
    [
        ("Mr. Chen (Wei Chen) runs the dim sum place on Buford Hwy", "Wei Chen", "he"),
        ("Mrs. Kim from the nail salon wants a quote for her daughter's party", "Kim", "she"),
        ("talked to Mr. Nguyen after the meeting, needs a caterer", "Nguyen", "he"),
    ],
)
def test_mr_and_mrs_say_who_and_which_pronoun(
    extractor: NoteExtractor, note: str, name: str, pronoun: str
) -> None:
    out = extractor.extract(note, now=NOW)
    [found] = out.people
    assert (found.name, found.pronoun) == (name, pronoun)


@pytest.mark.parametrize(
    "note",
    [
        "lunch w Kunle Ade, we want to do a popup, egusi + kimchi lol",
        "met Lan Tran at the market, talked pho and tamales haha",
        "Ifeoma Obi brought suya lmao, best in town",
        "Minh Le wants us to try jollof + pho 😂",
    ],
)
def test_food_and_chat_words_are_no_people(extractor: NoteExtractor, note: str) -> None:
    out = extractor.extract(note, now=NOW)
    food = {"egusi", "kimchi", "pho", "tamales", "suya", "jollof", "lol", "haha", "lmao"}
    odd = [n for n in names(out) if set(n.casefold().split()) & food]
    assert not odd, names(out)
    assert len(out.people) == 1, names(out)


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("Tunde Bakare, owner of Lagos Kitchen Catering in Smyrna", "Lagos Kitchen Catering"),
        ("met Maria Lopez, owner of Abuela's Tacos on Buford Hwy", "Abuela's Tacos"),
        ("Joon Lee runs Han River BBQ in Duluth, wants a popup", "Han River BBQ"),
        ("Ama Owusu manages Sweet Crumbs Bakery near the square", "Sweet Crumbs Bakery"),
    ],
)
def test_a_firms_last_word_is_its_name(extractor: NoteExtractor, note: str, org: str) -> None:
    out = extractor.extract(note, now=NOW)
    assert out.people[0].org == org, (out.people[0].org, out.orgs)


@pytest.mark.parametrize(
    ("note", "org"),
    [
        (
            "Ji-ho Lee from the Asian Business Council, owns Lee's Event Rentals in Duluth",
            "Lee's Event Rentals",
        ),
        ("Kofi Boateng from the Ghana Association, accountant at Georgia Power", "Georgia Power"),
        ("Adaeze Obi from the Igbo Women Union, she works at Cobb DOT", "Cobb DOT"),
    ],
)
def test_where_they_work_beats_the_society_they_were_met_at(
    extractor: NoteExtractor, note: str, org: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert out.people[0].org == org, (out.people[0].org, out.orgs)


def test_a_calling_said_as_a_title_is_still_their_work(extractor: NoteExtractor) -> None:
    out = extractor.extract("pastor Wale Ade from Grace Chapel came by the kitchen", now=NOW)
    assert [f.text for f in out.people[0].facts] == ["pastor"]


@pytest.mark.parametrize(
    ("note", "parent", "child", "relation", "pronoun"),
    [
        (
            "mama kemi (Mrs Titi Balogun) wants jollof for her 50th, her daughter Kemi is a nurse",
            "Titi Balogun",
            "Kemi",
            "daughter",
            "she",
        ),
        (
            "saw Ada Obi at church. baba seun (Mr Tayo Alade) from the choir wants a caterer, "
            "his son Seun plays drums",
            "Tayo Alade",
            "Seun",
            "son",
            "he",
        ),
    ],
)
def test_the_child_a_parent_is_called_after_is_their_child(
    extractor: NoteExtractor, note: str, parent: str, child: str, relation: str, pronoun: str
) -> None:
    out = extractor.extract(note, now=NOW)
    kid = person(out, child)
    assert (kid.relation, kid.of, kid.pronoun) == (relation, parent, pronoun)
    assert person(out, parent.split()[0]).relation is None


@pytest.mark.parametrize(
    ("note", "who", "words"),
    [
        ("met Dana Levi at the JCC, her son Eli has his bar mitzvah in june", "Dana", "mitzvah"),
        (
            "Ravi Patel from the temple board, his granddaughter Priya is having her graduation "
            "next may",
            "Ravi",
            "graduation",
        ),
    ],
)
def test_a_relatives_celebration_is_a_family_detail(
    extractor: NoteExtractor, note: str, who: str, words: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert said(person(out, who), words, {"family"}), person(out, who).facts


@pytest.mark.parametrize(
    ("note", "who", "words"),
    [
        (
            "Tamika Brown, HR lead at Northside Clinic, she orders breakfast for 25 staff every "
            "monday",
            "Tamika",
            "breakfast for 25 staff every monday",
        ),
        (
            "Luis Ortega runs the front desk at Ortega Law, he books lunch for 12 people each week",
            "Luis",
            "lunch for 12 people",
        ),
        (
            "lunch w Hyun Choi, his daughter Mei is a sophomore at Emory studying nursing",
            "Mei",
            "sophomore at emory studying nursing",
        ),
        (
            "Sade Kuti is events lead at Cox, she said they host a big diwali dinner every "
            "november",
            "Sade",
            "diwali dinner every november",
        ),
    ],
)
def test_standing_orders_studies_and_yearly_dos_are_details(
    extractor: NoteExtractor, note: str, who: str, words: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert said(person(out, who), words), person(out, who).facts
    assert not out.follow_ups, out.follow_ups


@pytest.mark.parametrize(
    ("note", "who"),
    [
        ("church today, saw kemi & deacon femi with their baby, so cute", "Femi"),
        ("harvest thanksgiving, sat with amaka and aunty efua, efua wants a quote", "Efua"),
    ],
)
def test_a_lowercase_title_before_a_first_name_is_a_person(
    extractor: NoteExtractor, note: str, who: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert person(out, who).relation is None
    assert not [o for o in out.orgs if who.casefold() in o.casefold()], out.orgs
    assert not [o for o in out.orgs if o.casefold().split()[-1] in ("deacon", "aunty")], out.orgs


@pytest.mark.parametrize(
    ("note", "guest", "host", "job"),
    [
        (
            "catered the Boateng-Ofori wedding at the Foundry, Dana Cole was there, she loved the "
            "kelewele. also met the groom's uncle Nana Yaw Ofori, he's a realtor w Compass",
            "Yaw",
            "Dana",
            "realtor",
        ),
        (
            "did the Chen-Park reception, Gary Liu the planner was great. also met the bride's "
            "mother Grace Chen, she's a dentist in Duluth",
            "Grace",
            "Gary",
            "dentist",
        ),
    ],
)
def test_the_kin_of_a_groom_or_bride_is_someone_met(
    extractor: NoteExtractor, note: str, guest: str, host: str, job: str
) -> None:
    out = extractor.extract(note, now=NOW)
    met = person(out, guest)
    assert (met.relation, met.met) == (None, True), (met.relation, met.of, met.met)
    assert said(met, job, {"work"}), met.facts
    assert not said(person(out, host), job), person(out, host).facts


def test_a_celebration_said_in_a_need_stays_the_need(extractor: NoteExtractor) -> None:
    """ "needs catering for her daughter's quinceañera": the need, not a family detail."""
    note = "met marisol reyes at the breakfast, she needs catering for her daughter's quinceañera"
    person = extractor.extract(note, now=NOW).people[0]
    assert [f.kind for f in person.facts] == ["need"], person.facts
