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
