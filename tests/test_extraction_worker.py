"""The spaCy worker: notes that queue up while it is busy are read together, each correctly."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from spacy.tokens import Doc

from coach.pipeline_host import ThreadHost
from coach.runtime import ExtractionWorker
from nlp.extract import NoteExtractor

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
    real = NoteExtractor.read_each

    def counting(self: NoteExtractor, texts: Sequence[str]) -> list[Doc]:
        batch_sizes.append(len(texts))
        return real(self, texts)

    monkeypatch.setattr(NoteExtractor, "read_each", counting)
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
    def broken(self: NoteExtractor, texts: Sequence[str]) -> list[Doc]:
        raise RuntimeError("model crashed")

    monkeypatch.setattr(NoteExtractor, "read_each", broken)
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


async def test_reading_starts_before_the_names_are_known(extraction: ExtractionWorker) -> None:
    # Capture starts spaCy at once and hands over the user's contact names when the
    # database has them: the result is the same as reading with the names up front.
    reading = extraction.begin("met farouk at the mixer, follow up friday")
    finished = await reading.finish(NOW, ["Farouk Haddad"])
    whole = extraction._loaded().extract(
        "met farouk at the mixer, follow up friday", now=NOW, known_names=["Farouk Haddad"]
    )
    assert finished.to_dict() == whole.to_dict()
    assert [p.name for p in finished.people] == ["Farouk Haddad"]


async def test_a_reading_given_up_is_let_go_of_by_the_pipeline(
    extraction: ExtractionWorker,
) -> None:
    given_up = extraction.begin("met Sarah Chen at the mixer")
    given_up.cancel()
    finished = await extraction.extract("met Dana Lee at the mixer", NOW, [])
    assert finished.people[0].name == "Dana Lee"
    assert isinstance(extraction.host, ThreadHost)
    assert not extraction.host._loaded_reader().readings, "no Doc is kept for nobody"
