"""The voice-note use case: limits, the queue, progress, and the same card as a typed note."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from coach import voice as voice_module
from coach.infra.settings import VoiceSettings
from coach.service import Coach
from coach.voice import (
    NoWordsHeard,
    VoiceNote,
    VoiceNotes,
    VoiceTooBig,
    VoiceTooLong,
    VoiceUnreadable,
)
from nlp.speech import Progress, Transcriber, Transcript
from storage.models import Note
from tests.voice.conftest import fixture

# Left out of `make test-fast`: the speech model.
pytestmark = pytest.mark.slow

USER = 7


async def note_count(coach: Coach) -> int:
    async with coach.rt.unit_of_work() as session:
        return (await session.execute(select(func.count()).select_from(Note))).scalar_one()


async def test_a_voice_note_becomes_the_same_card_as_typed_text(
    coach: Coach, transcriber: Transcriber
) -> None:
    result = await coach.voice.capture(USER, fixture("sarah"))
    assert result.transcript.lower().startswith("met sarah chen")
    assert result.audio_seconds == pytest.approx(6.75, abs=0.1)
    [person] = result.card.people
    assert person.name == "Sarah Chen" and person.created
    assert [f.text for f in person.facts] == ["sailing"]
    assert [f.due.isoformat() for f in result.card.follow_ups] == ["2026-11-27"]
    assert result.card.event == "mixer"

    # The Fix flow: corrected text replaces the note made from the transcript.
    fixed = await coach.notes.replace(
        USER, result.card.note_id, "met Sarah Chen from Acme Robotics at the mixer"
    )
    assert fixed.people[0].org == "Acme Robotics"


async def test_known_contacts_are_hinted_so_their_names_are_heard(
    coach: Coach, transcriber: Transcriber
) -> None:
    await coach.notes.capture(USER, "met Marcus Okafor from Brightline at the gala")
    result = await coach.voice.capture(USER, fixture("marcus"))
    assert "Marcus Okafor" in result.transcript
    [person] = result.card.people
    assert person.name == "Marcus Okafor" and not person.created


@pytest.mark.parametrize("name", ["silence", "noise"])
async def test_no_words_heard_keeps_nothing(
    coach: Coach, transcriber: Transcriber, name: str
) -> None:
    with pytest.raises(NoWordsHeard):
        await coach.voice.capture(USER, fixture(name))
    assert await note_count(coach) == 0


async def test_a_corrupt_file_is_refused_and_nothing_else_breaks(
    coach: Coach, transcriber: Transcriber
) -> None:
    with pytest.raises(VoiceUnreadable):
        await coach.voice.capture(USER, b"OggS" + bytes(2000))
    card = await coach.notes.capture(USER, "met Ann Lee at the expo")
    assert card.people[0].name == "Ann Lee"


async def test_limits_come_from_the_settings(coach: Coach, transcriber: Transcriber) -> None:
    strict = VoiceNotes(
        coach.rt, coach.notes, VoiceSettings(max_duration=3, max_bytes=20_000), transcriber
    )
    try:
        with pytest.raises(VoiceTooBig):
            strict.check(20_001, 2)
        with pytest.raises(VoiceTooLong):
            strict.check(1_000, 4)
        strict.check(20_000, 3)
        with pytest.raises(VoiceTooBig):
            await strict.capture(USER, fixture("marcus"))  # 21 kB
        with pytest.raises(VoiceTooLong):  # the duration Telegram didn't state is checked too
            await strict.capture(USER, fixture("sarah")[:19_000])
    finally:
        strict.close()
    assert await note_count(coach) == 0


class BlockingTranscriber(Transcriber):
    """Stands in for whisper: reports halfway, then waits until the test lets it finish."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.threads: list[str] = []

    def transcribe(
        self,
        data: bytes,
        *,
        max_seconds: float | None = None,
        hotwords: str | None = None,
        progress: Progress | None = None,
    ) -> Transcript:
        self.threads.append(threading.current_thread().name)
        if progress is not None:
            progress(0.5)
        assert self.release.wait(10), "the test never released the transcriber"
        return Transcript(data.decode(), 1.0, 0.1)


@pytest.fixture
async def blocking(coach: Coach) -> AsyncIterator[tuple[VoiceNotes, BlockingTranscriber]]:
    stub = BlockingTranscriber()
    notes = VoiceNotes(coach.rt, coach.notes, VoiceSettings(max_concurrent=1), stub)
    yield notes, stub
    stub.release.set()
    notes.close()


async def test_one_at_a_time_the_others_are_told_their_place_in_line(
    blocking: tuple[VoiceNotes, BlockingTranscriber], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "PROGRESS_EVERY", 0.05)
    notes, stub = blocking
    places: dict[str, list[int]] = {"first": [], "second": [], "third": []}
    progress: list[float] = []
    reported = asyncio.Event()
    told = asyncio.Event()  # the second and third know their places

    def capture(who: str, text: str) -> asyncio.Task[VoiceNote]:
        async def queued(place: int) -> None:
            places[who].append(place)
            if places["second"] and places["third"]:
                told.set()

        async def advanced(done: float) -> None:
            progress.append(done)
            reported.set()

        return asyncio.create_task(
            notes.capture(USER, text.encode(), on_queued=queued, on_progress=advanced)
        )

    first = capture("first", "met Ann Lee at the expo")
    await asyncio.wait_for(reported.wait(), 10)  # the first is being transcribed, halfway
    second = capture("second", "met Bo Chen at the expo")
    third = capture("third", "met Tom Baker at the expo")
    await asyncio.wait_for(told.wait(), 10)
    assert places == {"first": [], "second": [2], "third": [3]}
    assert len(stub.threads) == 1, "only one transcription runs at a time"

    stub.release.set()
    results = await asyncio.gather(first, second, third)
    assert [r.card.people[0].name for r in results] == ["Ann Lee", "Bo Chen", "Tom Baker"], results
    assert progress[0] == 0.5
    assert all(name.startswith("rapport-voice") for name in stub.threads)
    assert threading.main_thread().name not in stub.threads


async def test_a_voice_note_sent_to_fix_a_note_replaces_it(
    blocking: tuple[VoiceNotes, BlockingTranscriber], coach: Coach
) -> None:
    notes, stub = blocking
    stub.release.set()
    wrong = await coach.notes.capture(USER, "met jon from acme")
    fixed = await notes.capture(USER, b"met Joan Miller from Acme", replacing=wrong.note_id)
    assert [p.name for p in fixed.card.people] == ["Joan Miller"]
    people = await coach.people.page(USER)
    assert [c.name for c in people.contacts] == ["Joan Miller"]
