"""Voice notes: real-time factor and peak memory for 10 s and 60 s clips, and word error rate
with and without the contact-name hint.

Run: .venv/bin/python bench/voice.py [--jfk PATH]   (default PATH: ../shared/eval/voice/jfk.ogg)

Each clip is transcribed in a fresh process, so its peak resident memory is its own. The clips
are the test fixtures' speech joined with pauses and encoded as Telegram voice (Ogg/Opus).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.speech import SAMPLE_RATE, Transcriber, decode  # noqa: E402
from tests.voice.wer import word_error_rate  # noqa: E402

FIXTURES = ROOT / "tests/voice/fixtures"
SENTENCES: dict[str, dict[str, str]] = json.loads((FIXTURES / "sentences.json").read_text())

RUNS = 3
# Names the user "knows": the fixtures' people plus some who aren't in them.
KNOWN = ["Sarah Chen", "David Miller", "Priya Patel", "Marcus Okafor", "Joan Miller"]
KNOWN += ["John Park", "Ann Lee", "Siobhan Kelly", "Tomasz Nowak", "Brightline"]
JFK_WORDS = (
    "and so my fellow americans ask not what your country can do for you "
    "ask what you can do for your country"
)


def clip(seconds: float) -> bytes:
    """Fixture speech, 0.7 s apart, repeated up to `seconds`, as 48 kHz mono Ogg/Opus."""
    pause = np.zeros(int(0.7 * SAMPLE_RATE), dtype=np.float32)
    pieces = [decode((FIXTURES / f"{name}.ogg").read_bytes()) for name in SENTENCES]
    samples: list[np.ndarray] = []
    total, i = 0, 0
    while total < seconds * SAMPLE_RATE:
        for part in (pieces[i % len(pieces)], pause):
            samples.append(part)
            total += part.size
        i += 1
    audio = np.concatenate(samples)[: int(seconds * SAMPLE_RATE)]
    return encode_opus(audio)


def encode_opus(audio: np.ndarray) -> bytes:
    out = io.BytesIO()
    with av.open(out, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48_000, layout="mono")
        stream.bit_rate = 24_000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        frame = av.AudioFrame.from_ndarray(
            (audio * 32767).astype(np.int16).reshape(1, -1), format="s16", layout="mono"
        )
        frame.sample_rate = SAMPLE_RATE
        for resampled in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def measure_one(path: Path) -> None:
    """In a child process: load, transcribe RUNS times, print figures as JSON."""
    data = path.read_bytes()
    baseline = peak_mb()
    transcriber = Transcriber()
    started = time.perf_counter()
    transcriber.load()
    load_seconds = time.perf_counter() - started
    loaded = peak_mb()
    times = []
    for _ in range(RUNS):
        result = transcriber.transcribe(data)
        times.append(result.seconds)
    print(
        json.dumps(
            {
                "audio_seconds": result.audio_seconds,
                "bytes": len(data),
                "seconds": statistics.median(times),
                "load_seconds": load_seconds,
                "baseline_mb": baseline,
                "loaded_mb": loaded,
                "peak_mb": peak_mb(),
                "words": len(result.text.split()),
            }
        )
    )


def peak_mb() -> float:
    """Peak resident memory of this process. Not ru_maxrss: Linux carries that across exec,
    so a child would report its parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status (this benchmark needs Linux)")


def speed_table() -> None:
    print(f"{'clip':>6} {'file':>8} {'median s':>9} {'RTF':>6} {'load s':>7} {'peak RSS':>9}")
    for seconds in (10, 60):
        with tempfile.NamedTemporaryFile(suffix=".ogg") as file:
            file.write(clip(seconds))
            file.flush()
            child = subprocess.run(
                [sys.executable, __file__, "--one", file.name],
                check=True,
                capture_output=True,
                text=True,
            )
        row = json.loads(child.stdout.strip().splitlines()[-1])
        rtf = row["seconds"] / row["audio_seconds"]
        print(
            f"{row['audio_seconds']:>5.0f}s {row['bytes'] / 1000:>6.0f}kB {row['seconds']:>9.2f} "
            f"{rtf:>6.3f} {row['load_seconds']:>7.2f} {row['peak_mb']:>7.0f}MB"
            f"   (before model {row['baseline_mb']:.0f}MB, after load {row['loaded_mb']:.0f}MB)"
        )


def wer_table(jfk: Path) -> None:
    transcriber = Transcriber()
    cases = {
        name: ((FIXTURES / f"{name}.ogg").read_bytes(), s["expect"])
        for name, s in SENTENCES.items()
    }
    if jfk.is_file():
        cases["jfk (human)"] = (jfk.read_bytes(), JFK_WORDS)
    else:
        print(f"({jfk} not found: the human speech sample is skipped)")
    hints = {
        "no hint": None,
        "names": ", ".join(KNOWN),
        "Met + names": "Met " + ", ".join(KNOWN),
    }
    print(f"\n{'WER':<12}" + "".join(f"{label:>14}" for label in hints))
    totals: dict[str, list[float]] = {label: [] for label in hints}
    for name, (data, expected) in cases.items():
        rates = []
        for label, hotwords in hints.items():
            rate = word_error_rate(expected, transcriber.transcribe(data, hotwords=hotwords).text)
            totals[label].append(rate)
            rates.append(rate)
        print(f"{name:<12}" + "".join(f"{r:>14.3f}" for r in rates))
    print(f"{'mean':<12}" + "".join(f"{statistics.mean(v):>14.3f}" for v in totals.values()))


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args.add_argument("--jfk", type=Path, default=ROOT.parent / "shared/eval/voice/jfk.ogg")
    parsed = args.parse_args()
    if parsed.one:
        measure_one(parsed.one)
        return
    speed_table()
    wer_table(parsed.jfk)


if __name__ == "__main__":
    main()
