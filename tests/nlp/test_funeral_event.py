"""A funeral, a wake or a memorial service is where the family named in the note were met,
so the coach can be gentle with them; a wake-up call or Memorial Day is no funeral."""

from __future__ import annotations

import pytest

from nlp.deceased import MOURNING
from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "event"),
    [
        ("funeral for john walsh today, met his daughter siobhan walsh, she teaches piano",
         "funeral"),
        ("went to the wake for the late tom okafor, chatted with his son emeka for ages",
         "wake"),
        ("memorial service for mrs gladys pemberton rip this morning, her nephew arjun mehta "
         "is an architect", "memorial service"),
    ],
)  # fmt: skip
def test_a_funeral_is_where_the_family_were_met(
    extractor: NoteExtractor, note: str, event: str
) -> None:
    assert extractor.extract(note, now=NOW).event == event


@pytest.mark.parametrize(
    "note",
    [
        "wake up call for me today: met rosa delgado at the chamber mixer, she runs a bakery",
        "memorial day bbq at the club, met hank ellis, he sells boats",
    ],
)
def test_no_funeral_where_nobody_died(extractor: NoteExtractor, note: str) -> None:
    assert extractor.extract(note, now=NOW).event not in MOURNING


@pytest.mark.parametrize(
    "note",
    [
        # trial 25: "Met at funeral" for a florist met at a venue walkthrough weeks before
        "sad news, Ji-woo Kim's father passed away saturday. funeral is friday at Korean "
        "Central Presbyterian",
        "marco bianchi's mother died, the funeral will be on tuesday in naples",
        "heard from dana lee, her grandfather passed, funeral next week",
    ],
)
def test_a_funeral_still_to_come_is_not_where_they_were_met(
    extractor: NoteExtractor, note: str
) -> None:
    assert extractor.extract(note, now=NOW).event not in MOURNING
