"""Whose news it is in notes about people the user already knows, and what is no contact
(trial 18: a bookkeeper's notes about trucking, restaurant and contractor clients).

Each note is a variant of a kind of miss the trial found, not the trial's own note."""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.extract import NoteExtractor
from nlp.known import KnownTraits
from nlp.schema import NoteExtraction
from tests.nlp.helpers import names, person, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(
    extractor: NoteExtractor,
    text: str,
    known: list[str] | None = None,
    traits: KnownTraits | None = None,
) -> NoteExtraction:
    return extractor.extract(text, now=NOW, known_names=known or [], known_traits=traits)


# 1. An update about a known contact: the one who "got" it owns the news.

_KNOWN = ["TJ", "Maria Lopez", "Rustam Karimov"]
_TRAITS: KnownTraits = {
    "TJ": ("he", False),
    "Maria Lopez": ("she", False),
    "Rustam Karimov": ("he", False),
}


def test_a_rambling_update_keeps_the_news_with_the_one_who_got_it(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "so quick update TJ got the lease he called me thrilled maria came through for him "
        "and uh he wants me to do his payroll now and he said his brother Arun also runs a "
        "bakery and needs a bookkeeper",
        _KNOWN,
        _TRAITS,
    )
    tj, maria, arun = person(r, "tj"), person(r, "maria"), person(r, "arun")
    assert said(tj, "lease") and said(tj, "payroll")
    assert not maria.facts
    assert arun.of == "TJ" and said(arun, "bookkeeper") and not said(arun, "lease")
    assert not [c for c in r.changes if c.field == "org"]
    assert all(p.org is None for p in r.people)


def test_a_known_name_that_opens_the_note_is_the_one_whose_news_it_is(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "Rustam got the building permit from Maria! he called me super happy. he wants me to "
        "set up his books now. his nephew Timur Aliev also has a bakery and needs an "
        "accountant, Rustam is going to pass my name along",
        _KNOWN,
        _TRAITS,
    )
    rustam, timur = person(r, "rustam"), person(r, "timur")
    assert rustam.name == "Rustam Karimov"
    assert said(rustam, "permit") and said(rustam, "books")
    assert timur.of == "Rustam Karimov"
    assert said(timur, "accountant") and not said(timur, "permit") and not said(timur, "books")
    assert rustam.org is None  # "from Maria": a person, not a firm


# 2. A name is never an organisation; "knows X from Y" is where they know each other.


def test_calling_someone_back_never_makes_their_name_their_firm(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "called ravi back today, anjali is swamped, they switched payroll providers in march "
        "and nothing balances",
        ["Ravi Shankar", "Anjali"],
        {"Ravi Shankar": ("he", False), "Anjali": ("she", True)},
    )
    assert not [c for c in r.changes if c.field == "org" and "ravi" in c.new.lower()]
    assert person(r, "ravi").org is None


def test_where_two_people_know_each_other_from_is_neither_ones_firm(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "chamber lunch today. Abdi Warsame from Warsame Freight, somali, owns 5 trucks, knows "
        "Ravi from the rotary club. Lena Ortiz, florist, knows Marco through the bakers guild.",
        ["Ravi Shankar", "Marco"],
    )
    abdi = person(r, "abdi")
    assert abdi.org == "Warsame Freight"
    assert said(abdi, "5 trucks", {"work"})
    assert not said(abdi, "knows")
    assert person(r, "ravi").org is None
    assert person(r, "marco").org is None
    assert not said(person(r, "lena"), "knows")


# 3. "X's team" names nobody met; the short form of a name is that person.


def test_whose_team_a_child_plays_on_names_nobody_and_a_short_name_is_the_parent(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "swim meet at the rec centre this morning, chatted with Patricia Okafor in the stands, "
        "nigerian, her daughter Ada is in Kemi's squad. Pat runs a small cleaning business, "
        "Okafor Cleaning, 6 staff. she said her husband Tunde handles the payroll but they're "
        "behind. text pat on friday",
    )
    assert "Kemi" not in names(r)
    pat = person(r, "patricia")
    assert said(pat, "cleaning business", {"work"})
    assert person(r, "tunde").of == pat.name
    assert [f.person for f in r.follow_ups] == [pat.name]


def test_a_child_in_someones_class_and_a_short_first_name_said_later(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "parents night at the school, met Alexander Petrov, his son Ivan is in Lucy's class. "
        "Alex runs a small roofing outfit, Petrov Roofing. his wife Olga does the books. "
        "call alex next week",
    )
    assert "Lucy" not in names(r)
    alex = person(r, "alexander")
    assert said(alex, "roofing outfit", {"work"})
    assert person(r, "olga").of == alex.name
    assert [f.person for f in r.follow_ups] == [alex.name]


# 4. "on <name> rd" is a road, never a contact.


def test_the_road_a_venue_is_on_is_no_contact(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "punjabi business network breakfast at the banquet hall on mccowan rd. met Harjit Dhillon, "
        "owns three gas stations in brampton, his wife gurpreet does the books for all three "
        "and she's swamped. follow up monday",
    )
    assert "McCowan" not in names(r)
    assert [p.name for p in r.people if p.relation is None] == ["Harjit Dhillon"]
    assert [f.person for f in r.follow_ups] == ["Harjit Dhillon"]


def test_a_street_named_like_a_person_is_no_contact(extractor: NoteExtractor) -> None:
    r = read(extractor, "lunch at the legion on jane st. met Rosa Bianchi, she runs a bakery")
    assert names(r) == ["Rosa Bianchi"]


# 5. "runs a <business>, <Name>": the business is their firm, never a contact.


def test_a_business_named_after_its_trade_is_their_firm(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "met Lucia Romano, owns a small pasta place, Nonna Rosa, in little italy. she's "
        "looking for a bookkeeper",
    )
    assert names(r) == ["Lucia Romano"]
    lucia = r.people[0]
    assert lucia.org == "Nonna Rosa"
    assert said(lucia, "bookkeeper", {"need"})


def test_a_listed_business_is_the_firm_and_the_job_is_said_whole(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "holiday social at the hub\n"
        "* Rui Costa, brazilian, runs a coffee and cake biz, Doce Vida. wants to get his "
        "payroll sorted\n"
        "* Daniel Kim, IT consultant",
    )
    assert names(r) == ["Rui Costa", "Daniel Kim"]
    rui = r.people[0]
    assert rui.org == "Doce Vida"
    assert [f.text for f in rui.facts if f.kind == "work"] == ["runs a coffee and cake business"]
    assert said(rui, "payroll", {"need"})


def test_a_pet_name_in_brackets_is_what_they_go_by_not_their_firm(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "chamber mixer tonight\n"
        "- Min Park (Min-Jun), runs a korean bbq spot, Seoul Garden, near the mall. wants to "
        "open a second location\n"
        "- Grace Lau, lender at RBC",
    )
    assert names(r) == ["Min Park", "Grace Lau"]
    assert r.people[0].org == "Seoul Garden"
    assert "Min-Jun" in r.people[0].aka


# 6. A relative's doings are theirs; "they" after a relative is the couple's; idioms.

_MEHTA = ["Arjun Mehta", "Neha"]
_MEHTA_TRAITS: KnownTraits = {"Arjun Mehta": ("he", False), "Neha": ("she", True)}


def test_what_an_unnamed_husband_runs_is_family_news_not_her_job(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "ran into leila from the persian business council, leila moradi, she's the secretary "
        "there. also her husband is the one who runs the iranian bakery on yonge. send her my "
        "rates by friday",
    )
    leila = person(r, "leila")
    assert not said(leila, "bakery", {"work"})
    assert said(leila, "husband runs the iranian bakery", {"family"})
    assert not [f for f in leila.facts if f.text.lower() == "husband is the one"]


def test_a_couples_plan_after_she_said_of_the_wife_stays_with_the_husband(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "met Arjun Mehta, owns two pharmacies in mississauga, his wife neha does the books for "
        "both and she's exhausted, they want to open a third store in oakville next spring",
    )
    arjun, neha = person(r, "arjun"), person(r, "neha")
    assert said(arjun, "third store", {"need", "plan"})
    assert not said(neha, "third store")
    assert said(neha, "books", {"work"})


def test_someone_drowning_in_work_has_no_job_of_drowning(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "called arjun back today, neha is drowning, they switched POS systems in october and "
        "nothing reconciles",
        _MEHTA,
        _MEHTA_TRAITS,
    )
    arjun, neha = person(r, "arjun"), person(r, "neha")
    assert not said(neha, "drowning")
    assert said(arjun, "switched pos systems")
    assert not said(neha, "switched")


# 7. A dictated introduction: the full name, the nickname, the firm and "after the long
# weekend".


def test_a_dictated_full_name_before_everyone_calls_him_is_his_name(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "um so I met this guy uh harjit singh dhillon everyone calls him hd he runs a paving "
        "company like ten crews out of mississauga HD Paving and he's trying to get a line of "
        "credit. call him after the long weekend",
    )
    assert names(r) == ["Harjit Singh Dhillon"]
    hd = r.people[0]
    assert "HD" in hd.aka
    assert hd.org == "HD Paving"
    assert not [f for f in hd.facts if f.kind == "interest" and "paving" in f.text.lower()]
    assert [(f.person, f.due.isoformat()) for f in r.follow_ups] == [
        ("Harjit Singh Dhillon", "2027-01-19")
    ]


def test_a_voice_note_names_the_firm_out_of_a_town_as_theirs(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "so I met this lady uh amrit kaur bains everyone calls her ak she runs a cleaning "
        "business out of brampton AK Cleaning Services and she wants help with payroll",
    )
    assert names(r) == ["Amrit Kaur Bains"]
    ak = r.people[0]
    assert "AK" in ak.aka
    assert ak.org == "AK Cleaning Services"
    assert not [f for f in ak.facts if f.kind == "interest"]
