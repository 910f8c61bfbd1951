"""Accuracy over the hand-written notes in notes.jsonl."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.scoring import Scores, load_notes, note_now, score


@pytest.fixture(scope="module")
def scores(extractor: NoteExtractor) -> Scores:
    notes = load_notes()
    results = [
        extractor.extract(n["text"], now=note_now(n), known_names=n.get("known_names", []))
        for n in notes
    ]
    return score(notes, results)


def test_set_is_big_enough() -> None:
    assert len(load_notes()) >= 45


def _detail(scores: Scores) -> str:
    return scores.report() + "\n" + "\n".join(scores.misses)


def test_person_f1(scores: Scores) -> None:
    assert scores.people.f1 >= 0.9, _detail(scores)


def test_person_with_org_f1(scores: Scores) -> None:
    assert scores.people_org.f1 >= 0.8, _detail(scores)


def test_org_f1(scores: Scores) -> None:
    assert scores.orgs.f1 >= 0.8, _detail(scores)


def test_follow_up_f1(scores: Scores) -> None:
    assert scores.follow_ups.f1 >= 0.8, _detail(scores)


def test_event_accuracy(scores: Scores) -> None:
    assert scores.event_accuracy >= 0.8, _detail(scores)
