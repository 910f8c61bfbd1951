"""What the trained reader gets right on notes written the way people write them.

Each note here comes from a report of a real miss (issue 19); none of them is in the
training corpus. They test behaviour a user sees on the card, not exact wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction, PersonMention

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday


def names(result: NoteExtraction) -> list[str]:
    return [p.name for p in result.people]


def person(result: NoteExtraction, first: str) -> PersonMention:
    found = [p for p in result.people if p.name.split()[0].lower() == first.lower()]
    assert found, f"{first!r} not in {names(result)}"
    return found[0]


def said(p: PersonMention, word: str, kinds: set[str] | None = None) -> bool:
    return any(word in f.text.lower() and (kinds is None or f.kind in kinds) for f in p.facts)


def test_a_typed_note_gives_the_person_their_org_and_their_plan(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Met Priya Natarajan from Stripe at the founders dinner. She is training for a marathon.",
        now=NOW,
    )
    assert names(r) == ["Priya Natarajan"]
    priya = r.people[0]
    assert priya.org == "Stripe"
    assert said(priya, "marathon")


def test_dictation_keeps_the_org_whole_and_makes_no_contact_of_it(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "bni lunch today met mike brennan he's a realtor with keller williams and a huge golfer",
        now=NOW,
    )
    assert names(r) == ["Mike Brennan"]
    mike = r.people[0]
    assert mike.org is not None and mike.org.lower() == "keller williams"
    assert said(mike, "realtor", {"work"})
    assert said(mike, "golf", {"interest"})


def test_a_job_in_parentheses_is_work_not_an_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with tom reyes (mortgage broker), loves fishing", now=NOW)
    tom = person(r, "tom")
    assert tom.org is None or "broker" not in tom.org.lower()
    assert said(tom, "mortgage broker", {"work"})


def test_a_named_relative_is_a_person_linked_to_their_family(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "chatted with gloria at the church fundraiser, her husband tom is a contractor",
        now=NOW,
    )
    gloria, tom = person(r, "gloria"), person(r, "tom")
    assert tom.relation == "husband"
    assert tom.of == gloria.name
    assert not tom.met


def test_hyphenated_and_accented_names_stay_whole(extractor: NoteExtractor) -> None:
    r = extractor.extract("Lunch with Mei-Ling Zhou and José Delgado-Pérez after the expo", now=NOW)
    assert names(r) == ["Mei-Ling Zhou", "José Delgado-Pérez"]


def test_a_nickname_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "Met Chukwuemeka Obi (everyone calls him Emeka) at the YPO dinner. "
        "Emeka is opening a clinic in Lagos.",
        now=NOW,
    )
    assert names(r) == ["Chukwuemeka Obi"]
    assert r.people[0].aka == ["Emeka"]


def test_a_need_is_not_a_person(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "dana at the chamber breakfast needs a commercial lender for an equipment loan",
        now=NOW,
    )
    assert names(r) == ["Dana"]
    assert said(r.people[0], "lender", {"need"})


def test_news_of_a_move_changes_the_org(extractor: NoteExtractor) -> None:
    r = extractor.extract("mike brennan switched brokerages, he's at Compass now", now=NOW)
    assert [(c.person, c.field, c.new) for c in r.changes] == [("Mike Brennan", "org", "Compass")]
    assert not r.people[0].met


def test_a_correction_replaces_the_role(extractor: NoteExtractor) -> None:
    r = extractor.extract("Correction: Priya is VP of Finance, not CFO", now=NOW)
    assert [(c.field, c.new, c.old, c.correction) for c in r.changes] == [
        ("role", "VP of Finance", "CFO", True)
    ]


def test_a_quoted_nickname_is_the_same_person(extractor: NoteExtractor) -> None:
    r = extractor.extract('coffee w/ bjorn "bear" halvorsen. plumber, loves ice fishing', now=NOW)
    assert [(p.name, p.aka) for p in r.people] == [("Bjorn Halvorsen", ["Bear"])]


def test_a_spaced_dash_ends_the_name_and_names_the_firm(extractor: NoteExtractor) -> None:
    r = extractor.extract("Kevin Oduya - Figma\n- loves climbing", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Kevin Oduya", "Figma")]


def test_where_someone_moves_is_a_place(extractor: NoteExtractor) -> None:
    r = extractor.extract("coffee with dana, she is moving to evanston in january", now=NOW)
    assert [(p.name, p.org) for p in r.people] == [("Dana", None)]


@pytest.mark.parametrize(
    ("note", "known", "met", "mentioned"),
    [
        (
            "Grace Oyelaran-Smith, realtor at compass (mike's colleague). into running",
            ["Mike Brennan"],
            {"Grace Oyelaran-Smith"},
            {"Mike Brennan"},
        ),
        (
            "call with tomasz, kuba made the all-star team. leah is handling his lease review",
            ["Tomasz Kowalczyk", "Leah Goldberg"],
            {"Tomasz Kowalczyk"},
            {"Leah Goldberg"},
        ),
        ("mike switched to compass", ["Mike Brennan"], set(), {"Mike Brennan"}),
        (
            "correction: priya is VP finance not CFO",
            ["Priya Natarajan"],
            set(),
            {"Priya Natarajan"},
        ),
        (
            "heard from chidi, fatima approved his loan",
            ["Chidi Okafor", "Fatima Al-Sayed"],
            {"Chidi Okafor"},
            {"Fatima Al-Sayed"},
        ),
        (
            "dinner w chidi and ngozi friday to celebrate the loan",
            ["Chidi Okafor", "Ngozi Eze"],
            {"Chidi Okafor", "Ngozi Eze"},
            set(),
        ),
        (
            "conference day 2: met Ana Ruiz (Stripe), Ben Cole from Figma, and Carla Diaz",
            [],
            {"Ana Ruiz", "Ben Cole", "Carla Diaz"},
            set(),
        ),
        (
            "mixer tonight:\n- Ana Ruiz, VP sales at Stripe\n- Ben Cole from Figma, into climbing",
            [],
            {"Ana Ruiz", "Ben Cole"},
            set(),
        ),
    ],
)
def test_only_the_people_met_or_talked_with_are_met(
    extractor: NoteExtractor, note: str, known: list[str], met: set[str], mentioned: set[str]
) -> None:
    r = extractor.extract(note, now=NOW, known_names=known)
    assert {p.name for p in r.people if p.met and p.relation is None} == met
    assert mentioned <= {p.name for p in r.people if not p.met}
