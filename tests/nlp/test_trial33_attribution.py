"""Reader faults of trial 33 (a Dublin recruiter dictating lowercase run-ons), as kinds, with
new examples: in a note about several people, follow-ups, details and relatives went to a
person merely named nearby instead of the one they are said of."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)


def follow_up_people(result: NoteExtraction) -> list[str | None]:
    return [f.person for f in result.follow_ups]


@pytest.mark.parametrize(
    ("text", "known", "whose"),
    [
        (
            "rugby club party with cathal, met his teammate oisín daly whos a devops engineer "
            "at intel, oisín's dad is sick in cork so hes thinking of going remote, oisín "
            "could be good for joseph re kubernetes, catch up with oisín in the new year",
            ["Cathal O'Brien", "Joseph Dela Cruz"],
            "Oisín Daly",
        ),
        (
            "sauna night with mikko, met his colleague ruairí byrne whos a backend dev at "
            "wolt, ruairí's sister is sick in sligo so hes going home, ruairí might suit "
            "ines, call ruairí after new year",
            ["Mikko Virtanen", "Ines Duarte"],
            "Ruairí Byrne",
        ),
    ],
)
def test_a_follow_up_that_names_its_person_is_theirs(
    extractor: NoteExtractor, text: str, known: list[str], whose: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    assert follow_up_people(result) == [whose], result.follow_ups


@pytest.mark.parametrize(
    ("text", "known", "whose"),
    [
        (
            "lunch with mei ling tan, she's a design lead at canva, wants to meet other women "
            "founders, i could intro her to aoife, follow up in february",
            ["Aoife Ní Bhriain"],
            "Mei Ling Tan",
        ),
        (
            "coffee with kwame boateng hes a cfo at a logistics firm, wants a good fractional "
            "fd, i might introduce him to bronagh, follow up next month",
            ["Bronagh Kelly"],
            "Kwame Boateng",
        ),
    ],
)
def test_the_follow_up_of_a_meeting_is_the_met_persons_not_the_one_introduced(
    extractor: NoteExtractor, text: str, known: list[str], whose: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    assert follow_up_people(result) == [whose], result.follow_ups


@pytest.mark.parametrize(
    ("text", "known", "whose"),
    [
        (
            "sent yuki the proposal, she liked it and wants a call on the 12th of january "
            "with her and aoife",
            ["Aoife Ní Bhriain", "Yuki Tanaka"],
            "Yuki Tanaka",
        ),
        (
            "emailed olumide the shortlist, he loved it and wants a call next tuesday with "
            "him and marta",
            ["Marta López", "Olumide Bello"],
            "Olumide Bello",
        ),
    ],
)
def test_a_call_with_her_and_someone_is_hers(
    extractor: NoteExtractor, text: str, known: list[str], whose: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    assert follow_up_people(result) == [whose], result.follow_ups


def relative(result: NoteExtraction, name: str) -> tuple[str | None, str | None]:
    found = [p for p in result.people if p.name.split()[0].casefold() == name.casefold()]
    assert found, [p.name for p in result.people]
    return found[0].relation, found[0].of


@pytest.mark.parametrize(
    ("text", "known", "kin", "whose"),
    [
        (
            "- zainab hussain, finance director at kerry group (aoife's intro)\n"
            "- wants a new audit partner from march\n"
            "- her husband tariq runs a gym in sandyford\n"
            "- send her our rates before christmas",
            ["Aoife Ní Bhriain"],
            "tariq",
            "Zainab Hussain",
        ),
        (
            "- tomás garcía, cto at a proptech startup, friend of siobhán\n"
            "- hiring two backend devs\n"
            "- his wife lucía is a dentist\n"
            "- ping him next week",
            ["Siobhán Kelly"],
            "lucía",
            "Tomás García",
        ),
        (
            "- chen jing, no relation to mei, head of data at fexco\n"
            "- her son bo is starting college\n"
            "- follow up monday",
            ["Mei Wong"],
            "bo",
            "Chen Jing",
        ),
    ],
)
def test_in_bullets_her_and_his_are_the_person_the_list_is_about(
    extractor: NoteExtractor, text: str, known: list[str], kin: str, whose: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    assert relative(result, kin)[1] == whose, result.people


def test_a_full_name_unlike_a_known_relatives_is_someone_new(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "xmas drinks at the network thing, met kofi asante no relation to ama's brother "
        "lol, hes a cloud architect at aws, could be perfect for joseph, his wife efua is "
        "a gp in rathmines and they have twin boys, follow up early next week",
        now=NOW,
        known_names=["Ama Owusu", "Kofi", "Joseph Dela Cruz"],
        known_traits={"Kofi": ("he", True)},
    )
    assert "Kofi Asante" in [p.name for p in result.people], result.people
    assert relative(result, "efua") == ("wife", "Kofi Asante"), result.people


@pytest.mark.parametrize(
    ("text", "kin", "whose"),
    [
        (
            "met bartosz nowak at the meetup, hes a java lead at fidelity, could be perfect "
            "for joseph, his wife ola is a nurse",
            "ola",
            "Bartosz Nowak",
        ),
        (
            "chatted with dmitri ivanov, hes an sre at workday and would suit rafael, his "
            "daughter sasha plays chess",
            "sasha",
            "Dmitri Ivanov",
        ),
    ],
)
def test_his_after_someone_named_as_good_for_another_is_the_subjects(
    extractor: NoteExtractor, text: str, kin: str, whose: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=["Joseph Dela Cruz", "Rafael Souza"])
    assert relative(result, kin)[1] == whose, result.people


def person_named(result: NoteExtraction, first: str) -> list[tuple[str, str]]:
    found = [p for p in result.people if p.name.split()[0].casefold() == first.casefold()]
    assert found, [p.name for p in result.people]
    return [(f.kind, f.text.casefold()) for f in found[0].facts]


@pytest.mark.parametrize(
    ("text", "known", "subject", "passing", "job"),
    [
        (
            "coffee with valentina rossi shes italian too friend of kenji, data scientist at "
            "a fintech in the ifsc, she just married her husband marco who is a chef, looking "
            "for a remote ml role, follow up friday",
            ["Kenji Watanabe"],
            "valentina",
            "kenji",
            "data scientist",
        ),
        (
            "met ayesha siddiqui, colleague of olumide, product manager at a medtech startup, "
            "she lives with her partner sam who is scottish, looking for a head of product "
            "role, follow up next week",
            ["Olumide Bello"],
            "ayesha",
            "olumide",
            "product manager",
        ),
    ],
)
def test_appositive_job_and_looking_for_belong_to_the_subject(
    extractor: NoteExtractor, text: str, known: list[str], subject: str, passing: str, job: str
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    theirs = person_named(result, subject)
    assert any(kind == "work" and job in said for kind, said in theirs), theirs
    assert any(kind == "need" and "role" in said for kind, said in theirs), theirs
    said_in_passing = [p for p in result.people if p.name.split()[0].casefold() == passing]
    assert all(not p.facts for p in said_in_passing), said_in_passing


@pytest.mark.parametrize(
    ("text", "known"),
    [
        (
            "christmas eve swim with hemi and ana, hemi announced he's retiring in june",
            ["Hemi Walker", "Ana Silva"],
        ),
        (
            "christmas eve walk at the pier with niamh and aoibhinn, niamh's wife orla came "
            "too, aoibhinn confirmed she's moving to cork in april",
            ["Niamh Byrne", "Aoibhinn Kelly"],
        ),
        (
            "new years eve drinks with sinéad and aoife, aoife confirmed she's moving to "
            "galway in april",
            ["Sinéad Murphy", "Aoife Ní Bhriain"],
        ),
    ],
)
def test_holiday_names_and_a_name_with_its_verb_are_no_people_or_firms(
    extractor: NoteExtractor, text: str, known: list[str]
) -> None:
    result = extractor.extract(text, now=NOW, known_names=known)
    names = [p.name for p in result.people]
    assert "Eve" not in names, names
    assert set(known) <= set(names), names
    firms = [o.casefold() for o in result.orgs]
    given = [k.split()[0].casefold() for k in known]
    assert not [o for o in firms if any(g in o.split() for g in given)], result.orgs


def facts_of(result: NoteExtraction) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for p in result.people for f in p.facts]


@pytest.mark.parametrize(
    "text",
    [
        "dinner with kemal and yasmin since they know each other from boğaziçi, yasmin is a "
        "data lead at trendyol",
        "met ikram at the meetup, her startup just raised a seed round so theyre hiring "
        "loads, shes head of ops",
        "coffee with wei chen, she's head of people at klarna, they're hiring like crazy",
    ],
)
def test_how_two_know_each_other_and_how_much_they_hire_are_no_needs(
    extractor: NoteExtractor, text: str
) -> None:
    result = extractor.extract(text, now=NOW)
    needs = [said for kind, said in facts_of(result) if kind == "need"]
    assert not needs, needs


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("met lars berg, hes a cfo at a saas startup in kista", "CFO"),
        ("coffee with amaka, shes a cto at a healthtech in yaba", "CTO"),
        ("chatted with rohan mehra, he's a vp of engineering at swiggy", "VP of engineering"),
    ],
)
def test_a_title_said_as_letters_is_in_capitals(
    extractor: NoteExtractor, text: str, title: str
) -> None:
    work = [said for kind, said in facts_of(extractor.extract(text, now=NOW)) if kind == "work"]
    assert any(said.startswith(title) for said in work), work
