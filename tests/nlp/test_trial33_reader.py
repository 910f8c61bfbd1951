"""Reader faults of trial 33 (a Glasgow physio who dictates in Scots), as kinds, with new
examples: everyone listed as met at a parkrun or a club was met there; a relative said as
"<contact>'s da, <name>" is that contact's; a person named in lowercase opening a later
clause owns what it says; and details that came out garbled (a follow-up kept as a job, a
date left inside a detail, a lowercase firm said with its town)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import orgs, person, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


# 1. "met A, B and C at parkrun": all three met there, none works at the gathering.
@pytest.mark.parametrize(
    ("text", "firsts", "event"),
    [
        (
            "met Fiona, Kwabena and Tomasz at parkrun on saturday",
            ["fiona", "kwabena", "tomasz"],
            "parkrun",
        ),
        (
            "met priya, eilidh and jonas at the breakfast club this morning",
            ["priya", "eilidh", "jonas"],
            "breakfast club",
        ),
        (
            "Met Grant, Yuki and Ross at the Pollok parkrun, all regulars",
            ["grant", "yuki", "ross"],
            "parkrun",
        ),
        (
            "ran into Siobhan and Dev at the running club last night",
            ["siobhan", "dev"],
            "running club",
        ),
    ],
)
def test_everyone_listed_as_met_at_a_gathering_was_met_there(
    extractor: NoteExtractor, text: str, firsts: list[str], event: str
) -> None:
    result = extractor.extract(text, now=NOW)
    assert result.event is not None and event in result.event.lower(), result.event
    for first in firsts:
        p = person(result, first)
        assert p.met, p
        assert p.org is None, p  # the gathering is where they met, not their employer
    assert not any(event.split()[-1] in o for o in orgs(result)), result.orgs


# 2. "<contact>'s da, <name>": the contact's father, said in Scots or English.
@pytest.mark.parametrize(
    ("text", "kin", "relation", "of"),
    [
        (
            "coffee with mairead's da, lachlan. he's a retired joiner",
            "lachlan",
            "father",
            "Mairead",
        ),
        ("bumped into Kofi's dad, Kwame, he keeps bees", "kwame", "father", "Kofi"),
        (
            "saw ewan's maw senga at the shops, she does the books for a garage",
            "senga",
            "mother",
            "Ewan",
        ),
        ("chatted to Anjali's faither, Ravi, mad on cricket", "ravi", "father", "Anjali"),
    ],
)
def test_a_contacts_parent_said_in_scots_is_their_relative(
    extractor: NoteExtractor, text: str, kin: str, relation: str, of: str
) -> None:
    result = extractor.extract(text, now=NOW)
    relative = person(result, kin)
    assert (relative.relation, relative.of) == (relation, of), relative


@pytest.mark.parametrize(
    ("text", "kin", "word", "child"),
    [
        (
            "coffee with paolo's dad, giancarlo, he's mad on fishing",
            "giancarlo",
            "fishing",
            "paolo",
        ),
        ("met Ross at the gym. ross's dad, angus, is a retired joiner", "angus", "joiner", "ross"),
        ("lunch wi Nkechi. nkechi's mum, grace, is a keen gardener", "grace", "garden", "nkechi"),
    ],
)
def test_what_is_said_after_a_parent_set_off_by_commas_is_theirs(
    extractor: NoteExtractor, text: str, kin: str, word: str, child: str
) -> None:
    result = extractor.extract(text, now=NOW)
    assert said(person(result, kin), word)
    assert not said(person(result, child), word)


# 3. A later person, named in lowercase at the head of a clause, owns what it says.
@pytest.mark.parametrize(
    ("text", "first", "word", "earlier"),
    [
        (
            "Met Chidi at the expo. also aoife - she's a GP, loves sea swimming",
            "aoife",
            "swimming",
            "chidi",
        ),
        ("coffee with Callum. then saoirse - she's an architect", "saoirse", "architect", "callum"),
        (
            "lunch wi Morag at the club. plus oluwaseun, he does tiling",
            "oluwaseun",
            "tiling",
            "morag",
        ),
    ],
)
def test_a_lowercase_name_opening_a_later_clause_owns_its_details(
    extractor: NoteExtractor, text: str, first: str, word: str, earlier: str
) -> None:
    result = extractor.extract(text, now=NOW)
    assert said(person(result, first), word)
    assert not said(person(result, earlier), word)


# 4a. A follow-up said in a note is no job or need of theirs.
@pytest.mark.parametrize(
    "text",
    [
        "met Anika, she's an accountant, speak to her again on the 9th",
        "coffee with Dariusz, he's a roofer. chat to him again on the 21st",
        "met lerato, works in hr, catch up with her again on monday",
    ],
)
def test_a_follow_up_is_no_detail(extractor: NoteExtractor, text: str) -> None:
    result = extractor.extract(text, now=NOW)
    (p,) = [p for p in result.people]
    assert not any("again" in f.text for f in p.facts), p.facts
    assert result.follow_ups


# 4b. "w/c 4th jan" is when, said by the follow-up or the date, never inside a detail.
@pytest.mark.parametrize(
    "text",
    [
        "met Sunita, she's starting a new job w/c 4th jan",
        "coffee with Lwazi, he's moving office w/c 11 january",
        "met Hana, she is opening a second salon wc 18th jan",
    ],
)
def test_a_week_commencing_date_is_not_left_inside_a_detail(
    extractor: NoteExtractor, text: str
) -> None:
    result = extractor.extract(text, now=NOW)
    facts = [f.text.lower() for p in result.people for f in p.facts]
    assert facts, result
    assert not any("w/c" in f or "wc " in f or "jan" in f for f in facts), facts


# 4c. A lowercase firm said as a name, a trade word and its town.
@pytest.mark.parametrize(
    ("text", "first", "firm"),
    [
        ("coffee with Bongani, he runs sparkle clean glasgow", "bongani", "sparkle clean"),
        ("met Aoife from swift removals dundee, she needs a van", "aoife", "swift removals"),
        (
            "met ifeoma, she owns bright spark electrical paisley",
            "ifeoma",
            "bright spark electrical",
        ),
    ],
)
def test_a_lowercase_trade_firm_said_with_its_town_is_their_firm(
    extractor: NoteExtractor, text: str, first: str, firm: str
) -> None:
    result = extractor.extract(text, now=NOW)
    p = person(result, first)
    assert p.org is not None and p.org.lower() == firm, p
