"""Follow-ups a Scottish plumber's and an Atlanta caterer's notes lost or filed wrongly
(trials 26 and 27): a call said as "a bell" is no give, a follow-up with no name is the
main person's and not their boss's, a need's last words that say when to call back are the
follow-up, and one follow-up said twice is one.

Each note is a variant of a kind of miss the trials found, not the trials' own notes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


# 1. A call is no give: "gave wojciech a bell", "Ruaridh gave me a ring".


@pytest.mark.parametrize(
    "text",
    [
        "gave Eilidh Fraser a bell, her new shop opens in march",
        "Ruaridh Boyle gave me a ring about the boiler, it's sorted now",
        "gave Mandla a quick call, he's back from Durban",
        "gave Siobhan Kelly a wee bell this morning, she's fine",
    ],
)
def test_a_call_is_no_give(extractor: NoteExtractor, text: str) -> None:
    assert read(extractor, text).ledger == []


def test_a_thing_given_is_still_a_give(extractor: NoteExtractor) -> None:
    r = read(extractor, "sent Eilidh Fraser a copy of the checklist, gave her a ring after")
    assert [(e.direction, e.person, e.what) for e in r.ledger] == [
        ("gave", "Eilidh Fraser", "a copy of the checklist")
    ]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("met Catriona Bell at the expo, gie her a bell the morra", "call her"),
        ("met Lachlan Reid at the club, give him a ring friday", "call him"),
        ("met Thandeka Nkosi at the fair, she said give us a ring next week", "call"),
    ],
)
def test_a_spoken_call_is_a_call(extractor: NoteExtractor, text: str, what: str) -> None:
    (f,) = read(extractor, text).follow_ups
    assert f.what == what


# 3. A follow-up with no name is the main person's; another event's date is no follow-up.


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "lunch w Keisha from Midtown Realty, she wants a quote for their closing party "
            "jan 15, 40 ppl, her boss Marcus Bell hates cilantro. follow up wednesday w menu",
            "Keisha",
        ),
        (
            "coffee with Oluwaseun at the hub, he needs a new website, his manager Priya "
            "Raman signs off on budgets. send the proposal thursday",
            "Oluwaseun",
        ),
        (
            "met Hannah Schmidt at the expo, her husband Tobias Schmidt is a dentist. call "
            "her next week",
            "Hannah",
        ),
    ],
)
def test_a_follow_up_with_no_name_is_the_main_persons(
    extractor: NoteExtractor, text: str, who: str
) -> None:
    fs = read(extractor, text).follow_ups
    assert len(fs) == 1, fs
    assert (fs[0].person or "").split()[0] == who


# 4. A need that ends on when to call back: the date is the follow-up, not the need.


@pytest.mark.parametrize(
    ("text", "who", "due"),
    [
        (
            "met Morven Gray, she's the manager at the Linwood nursery, she wants somebody "
            "to quote for new taps next week sometime",
            "Morven",
            date(2026, 12, 14),
        ),
        (
            "Dougie Shaw needs a bell about the Renfrew job next week",
            "Dougie",
            date(2026, 12, 14),
        ),
        (
            "met Adaeze Eze at the mixer, she wants someone to look at her books on friday",
            "Adaeze",
            date(2026, 12, 11),
        ),
    ],
)
def test_a_needs_last_date_is_its_follow_up(
    extractor: NoteExtractor, text: str, who: str, due: date
) -> None:
    r = read(extractor, text)
    needs = [f.text for f in person(r, who).facts if f.kind == "need"]
    assert all(
        not any(w in n for w in ("next week", "friday", "sometime", "a bell")) for n in needs
    ), needs
    assert [f.due for f in r.follow_ups] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "met Rhona Kerr at the fair, she needs a photographer next saturday",
        "met Gintaras at the hall, he needs a van for the flitting on friday",
        "met Olena at the picnic, she needs someone to bake a cake for a wedding Jan 16",
    ],
)
def test_a_need_for_a_day_is_no_follow_up(extractor: NoteExtractor, text: str) -> None:
    r = read(extractor, text)
    assert r.follow_ups == []


def test_a_call_with_someone_else_stays_a_need(extractor: NoteExtractor) -> None:
    r = read(extractor, "Farah Aziz wants a call with our head chef in January")
    needs = [f.text for f in person(r, "Farah").facts if f.kind == "need"]
    assert any("head chef" in n for n in needs), needs
    assert len(r.follow_ups) == 1


def test_an_occasions_day_with_a_deadline_is_still_one(extractor: NoteExtractor) -> None:
    r = read(extractor, "met Yaw Boateng, wants a quote for his wedding by friday")
    assert [f.due for f in r.follow_ups] == [date(2026, 12, 11)]


# 5. One follow-up said twice in a note is one.


@pytest.mark.parametrize(
    "text",
    [
        "met Tomasz Wójcik at the expo, call him friday. he's keen on the van. call him friday",
        "Amara wants a tasting, text her thursday about dates. oh and text her thursday",
    ],
)
def test_a_follow_up_said_twice_is_one(extractor: NoteExtractor, text: str) -> None:
    assert len(read(extractor, text).follow_ups) == 1
