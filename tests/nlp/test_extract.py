"""Behaviour a user notices when they type a note."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import Fact, NoteExtraction, PersonMention

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


def person(result: NoteExtraction, name: str) -> PersonMention:
    found = [p for p in result.people if p.name == name]
    assert found, f"{name!r} not in {[p.name for p in result.people]}"
    return found[0]


def texts(p: PersonMention, kind: str) -> list[str]:
    return [f.text for f in p.facts if f.kind == kind]


def test_the_example_note(extractor: NoteExtractor) -> None:
    note = (
        "met john from acme at the mixer, into fly fishing, wants an intro to a good CPA. "
        "follow up friday"
    )
    r = extractor.extract(note, now=NOW)
    assert [p.name for p in r.people] == ["John"]
    john = r.people[0]
    assert john.org == "Acme"
    assert texts(john, "interest") == ["fly fishing"]
    assert texts(john, "need") == ["an intro to a good CPA"]
    assert r.orgs == ["Acme"]
    assert r.event == "mixer"
    assert "fly fishing" in r.topics and any("cpa" in t for t in r.topics)
    assert [(f.due, f.person) for f in r.follow_ups] == [(date(2026, 11, 27), "John")]


def test_lowercase_names_are_repaired(extractor: NoteExtractor) -> None:
    r = extractor.extract("met sarah chen and mike o'brien at the BNI lunch", now=NOW)
    assert [p.name for p in r.people] == ["Sarah Chen", "Mike O'Brien"]
    assert r.event == "BNI lunch"


def test_lowercase_org_is_title_cased(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with dan from acme robotics, big on marathons", now=NOW)
    assert person(r, "Dan").org == "Acme Robotics"
    assert texts(person(r, "Dan"), "interest") == ["marathons"]


def test_known_names_return_stored_casing(extractor: NoteExtractor) -> None:
    known = ["John Park", "Sarah Chen", "Mike O'Brien"]
    r = extractor.extract("ran into sarah, then john park. ping mike tomorrow", now=NOW,
                          known_names=known)  # fmt: skip
    assert [p.name for p in r.people] == ["Sarah Chen", "John Park", "Mike O'Brien"]
    assert r.follow_ups[0].person == "Mike O'Brien"


def test_ambiguous_first_name_stays_with_the_full_contact(extractor: NoteExtractor) -> None:
    # Two contacts called Sam: a bare "sam" can't be resolved to either stored name.
    r = extractor.extract("met sam at the gala", now=NOW, known_names=["Sam Wu", "Sam Ford"])
    assert [p.name for p in r.people] == ["Sam"]


def test_several_people_get_their_own_facts(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "met anna and james from blue ocean at the gala. anna loves tennis. "
        "james wants a CPA. he can help with SEO",
        now=NOW,
    )
    anna, james = person(r, "Anna"), person(r, "James")
    assert texts(anna, "interest") == ["tennis"]
    assert texts(james, "need") == ["a CPA"]
    assert texts(james, "offer") == ["help with SEO"]
    assert anna.org == james.org == "Blue Ocean"


def test_title_at_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("Dave Kowalski, VP of sales at Bluefin Capital", now=NOW)
    dave = person(r, "Dave Kowalski")
    assert dave.org == "Bluefin Capital"
    assert Fact("work", "VP of sales") in dave.facts


def test_org_in_parentheses(extractor: NoteExtractor) -> None:
    r = extractor.extract("lunch with tom (first national bank), loves sailing", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Tom", "First National Bank")]


def test_who_runs(extractor: NoteExtractor) -> None:
    r = extractor.extract("carlos who runs Sunrise Bakery. needs a new accountant", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Carlos", "Sunrise Bakery")]
    assert any("accountant" in t for t in r.topics)


def test_runs_a_business_is_work_not_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("met sarah at the mixer, she runs a bakery", now=NOW)
    sarah = person(r, "Sarah")
    assert sarah.org is None
    assert texts(sarah, "work") == ["runs a bakery"]


def test_facts_are_short_phrases(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "greg is looking for a pediatric dentist, loves sailing and his daughter is applying "
        "to college next fall. offered to introduce me to her lender",
        now=NOW,
    )
    greg = person(r, "Greg")
    assert texts(greg, "need") == ["a pediatric dentist"]
    assert texts(greg, "interest") == ["sailing"]
    assert texts(greg, "offer") == ["introduce me to her lender"]
    assert all(len(f.text.split()) <= 8 for f in greg.facts)


def test_a_named_relative_is_their_family_and_a_person_too(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with mike. his daughter Emma is applying to college", now=NOW)
    assert [p.name for p in r.people] == ["Mike", "Emma"]
    emma = person(r, "Emma")
    assert (emma.relation, emma.of, emma.met) == ("daughter", "Mike", False)
    fam = texts(person(r, "Mike"), "family")
    assert fam and fam[0].startswith("daughter Emma")


def test_no_false_people(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "I told him I'd find a CPA by Friday. me and my wife at the gala",
        now=NOW,
    )
    assert r.people == []


def test_pronoun_refers_to_last_person(extractor: NoteExtractor) -> None:
    r = extractor.extract("met priya and omar. she loves pottery. he needs a lawyer", now=NOW)
    assert texts(person(r, "Priya"), "interest") == ["pottery"]
    assert texts(person(r, "Omar"), "need") == ["a lawyer"]


def test_follow_up_about_topic(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "follow up with sarah next Tuesday about the mentoring program", now=NOW,
        known_names=["Sarah Chen"],
    )  # fmt: skip
    assert len(r.follow_ups) == 1
    fu = r.follow_ups[0]
    assert (fu.due, fu.what, fu.person) == (date(2026, 12, 1), "mentoring program", "Sarah Chen")
    assert "mentoring program" in r.topics


def test_follow_up_action_is_short(extractor: NoteExtractor) -> None:
    r = extractor.extract("met tom at the mixer. send him the article tomorrow", now=NOW)
    fu = r.follow_ups[0]
    assert (fu.due, fu.what, fu.person) == (date(2026, 11, 27), "send him the article", "Tom")


def test_named_person_in_follow_up(extractor: NoteExtractor) -> None:
    r = extractor.extract("met anna and mike at the gala. ping mike in two weeks", now=NOW)
    assert [(f.due, f.person) for f in r.follow_ups] == [(date(2026, 12, 10), "Mike")]


def test_dates_without_an_action_are_not_follow_ups(extractor: NoteExtractor) -> None:
    r = extractor.extract("met kate friday, her son starts college next week", now=NOW)
    assert r.follow_ups == []


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (datetime(2026, 11, 26, 23, 30, tzinfo=ZoneInfo("Asia/Tokyo")), date(2026, 11, 27)),
        (datetime(2026, 11, 26, 23, 30, tzinfo=UTC), date(2026, 11, 27)),
        # The same instant as 23:30 UTC Thursday is already Friday morning in Tokyo.
        (datetime(2026, 11, 27, 8, 30, tzinfo=ZoneInfo("Asia/Tokyo")), date(2026, 11, 28)),
    ],
)
def test_follow_up_date_per_timezone(extractor: NoteExtractor, now: datetime, due: date) -> None:
    r = extractor.extract("met ben at the mixer, call him tomorrow", now=now)
    assert [f.due for f in r.follow_ups] == [due]


def test_shouted_note(extractor: NoteExtractor) -> None:
    r = extractor.extract("MET BRIAN FROM DELTA AT THE AIRPORT MIXER. CALL FRIDAY", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Brian", "Delta")]
    assert r.event == "airport mixer"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🎉🎉🍻", "\n\n\t", "...", "🤝" * 300, "\x00\ufffd\u202e", "a" * 20_000],
)
def test_junk_never_raises(extractor: NoteExtractor, text: str) -> None:
    r = extractor.extract(text, now=NOW)
    assert isinstance(r, NoteExtraction)
    assert r.people == []


def test_long_note(extractor: NoteExtractor) -> None:
    chunk = "met sarah from acme at the mixer, into sailing. follow up friday. "
    r = extractor.extract(chunk * 160, now=NOW)  # ~10k characters
    assert [p.name for p in r.people] == ["Sarah"]
    assert r.people[0].org == "Acme"


def test_extract_many_matches_extract(extractor: NoteExtractor) -> None:
    notes = ["met john from acme at the mixer", "", "sarah loves sailing. call her friday"]
    many = extractor.extract_many(notes, now=NOW, known_names=["Sarah Chen"])
    single = [extractor.extract(t, now=NOW, known_names=["Sarah Chen"]) for t in notes]
    assert [m.to_dict() for m in many] == [s.to_dict() for s in single]


def test_nlp_property_is_the_pipeline(extractor: NoteExtractor) -> None:
    assert "rapport_details" in extractor.nlp.pipe_names
    assert extractor.nlp("hello").text == "hello"


def test_uncommon_surname_stays_with_first_name(extractor: NoteExtractor) -> None:
    r = extractor.extract("ran into marcus reyes and omar farouk at the gym", now=NOW)
    assert [p.name for p in r.people] == ["Marcus Reyes", "Omar Farouk"]
    assert r.event == "gym"


def test_model_surname_only_is_extended(extractor: NoteExtractor) -> None:
    r = extractor.extract("talked w nate johnson. coffee w/ Will Turner after", now=NOW)
    assert [p.name for p in r.people] == ["Nate Johnson", "Will Turner"]


def test_family_plural_and_common_words_are_not_people(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "dinner w the Wongs. Hope he can help with grant writing. Will send the deck. "
        "Bill for the booth was $300. she's moving to austin in spring",
        now=NOW,
    )
    assert r.people == []
    assert r.orgs == []


def test_sentence_initial_name_repeated_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract("golf w/ bill hart. Bill is moving to denver. Mark wants coffee", now=NOW)
    assert [p.name for p in r.people] == ["Bill Hart", "Mark"]


@pytest.mark.parametrize(
    ("note", "event"),
    [
        ("Chamber lunch: talked to Aisha Rahman", "chamber lunch"),
        ("BNI breakfast - met tom", "BNI breakfast"),
        ("conference day 2: met lena", "conference"),
        ("golf outing w/ grant miller", "golf outing"),
        ("happy hour after the summit, met jordan", "happy hour"),
        ("networking night at the library. met kevin", "networking night"),
        ("met dana at the coworking space", "coworking space"),
        ("lunch with tom, loves sailing", None),
        ("Great lunch w Mark Davis", None),
    ],
)
def test_event_forms(extractor: NoteExtractor, note: str, event: str | None) -> None:
    assert extractor.extract(note, now=NOW).event == event


@pytest.mark.parametrize(
    ("note", "org"),
    [
        ("met priya, VP sales at Apex Logistics", "Apex Logistics"),
        ("met priya. she's head of research at Mercy Health", "Mercy Health"),
        ("met priya, she just started at Stripe", "Stripe"),
        ("met priya, owns Bloom Florist", "Bloom Florist"),
        ("met priya desai of O'Neil Plumbing", "O'Neil Plumbing"),
        ("met priya, partner at O'Malley & Reed", "O'Malley & Reed"),
    ],
)
def test_org_forms(extractor: NoteExtractor, note: str, org: str) -> None:
    r = extractor.extract(note, now=NOW)
    assert [p.org for p in r.people] == [org]


def test_relative_starting_somewhere_is_not_the_contacts_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("met hope castillo. her daughter just started at UCLA", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Hope Castillo", None)]


@pytest.mark.parametrize(
    ("note", "due"),
    [
        ("met ben. ping him monday", date(2026, 11, 30)),
        ("met ben. email him dec 3", date(2026, 12, 3)),
        ("met ben. check in jan 5", date(2027, 1, 5)),
        ("met ben. coffee next thursday", date(2026, 12, 3)),
        ("met ben. congrats card next week", date(2026, 11, 30)),  # next week's Monday
        ("met ben. call him in a couple weeks", date(2026, 12, 10)),
        ("met ben. drinks in 2 wks", date(2026, 12, 10)),
        ("met ben. lunch in a month", date(2026, 12, 28)),  # Dec 26 is a Saturday
    ],
)
def test_follow_up_forms(extractor: NoteExtractor, note: str, due: date) -> None:
    r = extractor.extract(note, now=NOW)
    assert [(f.due, f.person) for f in r.follow_ups] == [(due, "Ben")]


def test_a_capitalised_name_after_met_is_a_person_but_an_org_is_not(
    extractor: NoteExtractor,
) -> None:
    # Neither the model nor the first-name list knows "Cy"; the surname and casing decide.
    assert [p.name for p in extractor.extract("met Cy Diaz at the expo", now=NOW).people] == [
        "Cy Diaz"
    ]
    assert extractor.extract("met Harbor Bank's CFO at the expo", now=NOW).people == []
