"""Voice notes: transcribe offline, then capture the words like a typed note.

Transcription is slow and CPU-bound, so it runs on its own thread pool (never the event
loop, never the spaCy thread), at most `voice.max_concurrent` at a time; the rest wait in line.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.infra import metrics
from coach.infra.settings import VoiceSettings
from coach.notes import NoteCapture
from coach.runtime import Runtime
from coach.views import NoteCard
from nlp.speech import AudioError, AudioTooLong, Transcriber, Transcript
from storage.contacts import Contacts
from storage.notes import Notes

log = logging.getLogger(__name__)

# How often a long transcription reports how far it has got.
PROGRESS_EVERY = 2.0
# Hotwords share whisper's prompt window (about 220 tokens): the most recent contacts win.
MAX_HOTWORD_NAMES = 40
# Measured on the fixtures: "met" at the start of a note is heard as "Matt" once names are
# hinted, unless the hint itself starts with it.
HOTWORD_LEAD = "Met"

OnQueued = Callable[[int], Awaitable[None]]
OnProgress = Callable[[float], Awaitable[None]]


class VoiceRefused(Exception):
    """A voice note that can't be turned into words; the message says why, for the user."""


class VoiceTooBig(VoiceRefused):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes; the limit is {limit}")
        self.size, self.limit = size, limit


class VoiceTooLong(VoiceRefused):
    def __init__(self, seconds: float, limit: float) -> None:
        super().__init__(f"longer than {limit:.0f} s")
        self.seconds, self.limit = seconds, limit


class VoiceUnreadable(VoiceRefused):
    pass


class NoWordsHeard(VoiceRefused):
    """Silence or noise: no words, and nothing invented in their place."""


@dataclass(frozen=True)
class VoiceNote:
    transcript: str
    card: NoteCard
    audio_seconds: float
    seconds: float


@functools.cache
def shared_transcriber(model: str | None, workers: int) -> Transcriber:
    """One model per process: loading it costs seconds and tens of megabytes."""
    return Transcriber(model, workers=workers)


class VoiceNotes:
    def __init__(
        self,
        runtime: Runtime,
        notes: NoteCapture,
        settings: VoiceSettings,
        transcriber: Transcriber | None = None,
    ) -> None:
        self.rt = runtime
        self.notes = notes
        self.settings = settings
        self.transcriber = transcriber or shared_transcriber(
            settings.model, settings.max_concurrent
        )
        self._executor = ThreadPoolExecutor(
            max_workers=settings.max_concurrent, thread_name_prefix="rapport-voice"
        )
        self._slots = asyncio.Semaphore(settings.max_concurrent)
        self._in_flight = 0  # transcribing now plus waiting in line

    def check(self, size: int | None, seconds: float | None) -> None:
        """Refuse from what Telegram says about the file, before downloading it."""
        if size is not None and size > self.settings.max_bytes:
            raise VoiceTooBig(size, self.settings.max_bytes)
        if seconds is not None and seconds > self.settings.max_duration:
            raise VoiceTooLong(seconds, self.settings.max_duration)

    async def capture(
        self,
        user_id: int,
        audio: bytes,
        *,
        replacing: int | None = None,
        source_key: str | None = None,
        on_queued: OnQueued | None = None,
        on_progress: OnProgress | None = None,
    ) -> VoiceNote:
        """Transcribe a voice note and capture its words as a note, card and all.

        `replacing` is a note being fixed: the words take its place, as corrected text would.
        `source_key`: the message the voice note came from (see NoteCapture.capture).
        """
        self.check(len(audio), None)
        hotwords = await self._hotwords(user_id, replacing) if self.settings.hotwords else None
        transcript = await self.transcribe(
            audio, hotwords=hotwords, on_queued=on_queued, on_progress=on_progress
        )
        metrics.TRANSCRIPTION_SECONDS.inc(transcript.seconds)
        if not transcript.text.strip():
            raise NoWordsHeard("no words in the audio")
        # From here on the words are kept: capture saves the raw text before reading it.
        if replacing is not None:
            card = await self.notes.replace(
                user_id, replacing, transcript.text, source_key=source_key
            )
        else:
            card = await self.notes.capture(user_id, transcript.text, source_key=source_key)
        return VoiceNote(transcript.text, card, transcript.audio_seconds, transcript.seconds)

    async def transcribe(
        self,
        audio: bytes,
        *,
        hotwords: str | None = None,
        on_queued: OnQueued | None = None,
        on_progress: OnProgress | None = None,
    ) -> Transcript:
        """Wait for a free slot, then transcribe on the voice thread pool."""
        ahead = self._in_flight
        self._in_flight += 1
        try:
            if ahead >= self.settings.max_concurrent and on_queued is not None:
                await _quietly(on_queued(ahead - self.settings.max_concurrent + 2))
            async with self._slots:
                return await self._run(audio, hotwords, on_progress)
        finally:
            self._in_flight -= 1

    async def _run(
        self, audio: bytes, hotwords: str | None, on_progress: OnProgress | None
    ) -> Transcript:
        done = 0.0

        def report(fraction: float) -> None:
            nonlocal done
            done = fraction  # read by the event loop below; a float store is atomic

        def work() -> Transcript:
            return self.transcriber.transcribe(
                audio,
                max_seconds=self.settings.max_duration,
                hotwords=hotwords,
                progress=report,
            )

        future = asyncio.get_running_loop().run_in_executor(self._executor, work)
        shown = 0.0
        try:
            while True:
                try:
                    return await asyncio.wait_for(asyncio.shield(future), PROGRESS_EVERY)
                except TimeoutError:
                    if on_progress is not None and done > shown:
                        shown = done
                        await _quietly(on_progress(done))
        except AudioTooLong as exc:
            raise VoiceTooLong(exc.seconds, exc.limit) from exc
        except AudioError as exc:
            raise VoiceUnreadable(str(exc)) from exc

    async def _hotwords(self, user_id: int, replacing: int | None) -> str | None:
        async with self.rt.unit_of_work() as session:
            rows = await Contacts(session, user_id).all_names()
            # A note being fixed may have made a misspelt contact: hinting it would repeat it.
            doubtful = (
                {
                    link.contact_id
                    for link in await Notes(session, user_id).links(replacing)
                    if link.created_contact
                }
                if replacing is not None
                else set()
            )
        recent = (name for contact_id, name, _ in reversed(rows) if contact_id not in doubtful)
        names = list(dict.fromkeys(recent))[:MAX_HOTWORD_NAMES]
        return f"{HOTWORD_LEAD} {', '.join(names)}" if names else None

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


async def _quietly(update: Awaitable[None]) -> None:
    """Status updates are a courtesy: one that fails must not cost the user their note."""
    try:
        await update
    except Exception:
        log.warning("could not update the voice note status", exc_info=True)


def transcribe_files(
    settings: VoiceSettings, paths: Iterable[str | Path]
) -> Iterator[dict[str, Any]]:
    """Transcribe files one by one (for `rapport transcribe`); a bad file gets an "error"."""
    transcriber = shared_transcriber(settings.model, 1)
    for path in paths:
        started = time.perf_counter()
        result: dict[str, Any] = {"file": str(path)}
        try:
            transcript = transcriber.transcribe(
                Path(path).read_bytes(), max_seconds=settings.max_duration
            )
        except (OSError, AudioError, AudioTooLong) as exc:
            result["error"] = str(exc)
            result["seconds"] = round(time.perf_counter() - started, 3)
        else:
            result["text"] = transcript.text
            result["audio_seconds"] = round(transcript.audio_seconds, 3)
            result["seconds"] = round(transcript.seconds, 3)
        yield result
