"""The spaCy worker: notes that queue up while it is busy are read together, each correctly."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from coach.runtime import ExtractionWorker
from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def test_a_batch_reads_each_note_with_its_own_time_and_names(
    extraction: ExtractionWorker,
) -> None:
    extractor = extraction._loaded()
    notes: list[tuple[str, datetime, list[str]]] = [
        ("met farouk at the mixer, follow up friday", NOW, ["Farouk Haddad"]),
        ("coffee with Dana Lee from Globex, call her tomorrow", NOW + timedelta(days=3), []),
        ("", NOW, []),
    ]
    batched = extractor.extract_each(notes)
    alone = [extractor.extract(t, now=n, known_names=k) for t, n, k in notes]
    assert [b.to_dict() for b in batched] == [a.to_dict() for a in alone]
    assert [p.name for p in batched[0].people] == ["Farouk Haddad"]
    # "tomorrow" is read against each note's own time.
    assert batched[1].follow_ups[0].due == (NOW + timedelta(days=4)).date()


async def test_notes_arriving_while_the_worker_is_busy_are_read_in_one_pass(
    extraction: ExtractionWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = extraction._loaded()
    batch_sizes: list[int] = []
    real = NoteExtractor.extract_each

    def counting(self: NoteExtractor, notes: Sequence[Any]) -> list[NoteExtraction]:
        batch_sizes.append(len(notes))
        return real(self, notes)

    monkeypatch.setattr(NoteExtractor, "extract_each", counting)
    names = ["Sarah Chen", "Mike Brown", "Priya Patel", "Dana Lee", "John Park"]
    first = extraction.start("met Anna Kim at the chamber breakfast", NOW, [])
    await asyncio.sleep(0)  # the worker picks the first note up at once, alone
    rest = [extraction.start(f"coffee with {name}", NOW, []) for name in names]
    results = await asyncio.gather(first, *rest)
    assert [r.people[0].name for r in results] == ["Anna Kim", *names]
    assert batch_sizes == [1, len(names)]
    assert extractor is extraction._loaded()


async def test_a_failing_read_reaches_every_waiting_caller(
    extraction: ExtractionWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: NoteExtractor, notes: Sequence[Any]) -> list[NoteExtraction]:
        raise RuntimeError("model crashed")

    monkeypatch.setattr(NoteExtractor, "extract_each", broken)
    readings = [extraction.start(f"note {n}", NOW, []) for n in range(3)]
    outcomes = await asyncio.gather(*readings, return_exceptions=True)
    assert all(isinstance(o, RuntimeError) for o in outcomes)
    monkeypatch.undo()
    # The worker carries on with the next note.
    assert (await extraction.extract("met Sarah Chen", NOW, [])).people[0].name == "Sarah Chen"


async def test_a_cancelled_reading_does_not_disturb_the_others(
    extraction: ExtractionWorker,
) -> None:
    kept = extraction.start("met Sarah Chen at the mixer", NOW, [])
    dropped = extraction.start("met Mike Brown at the mixer", NOW, [])
    dropped.cancel()
    also_kept = extraction.start("met Dana Lee at the mixer", NOW, [])
    assert (await kept).people[0].name == "Sarah Chen"
    assert (await also_kept).people[0].name == "Dana Lee"
