"""How long a full garbage-collector pass stalls the bot, with and without gc.freeze().

Run: .venv/bin/python bench/gc_pause.py
Imports what `rapport run` imports and loads the spaCy pipeline, then times full passes
(gc.collect()) before and after freezing what is loaded, as `rapport run` does at start.
Prints a line each; nothing is asserted.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness import record

import bot.cli  # noqa: F401  (everything `rapport run` imports)
from nlp.extract import NoteExtractor


def full_passes(times: int = 5) -> float:
    """Median milliseconds of a full collection."""
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        gc.collect()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent) * 1000


def main() -> None:
    NoteExtractor().extract("met Sarah Chen from Acme at the mixer", now=datetime.now(UTC))
    tracked = len(gc.get_objects())
    before = full_passes()
    gc.freeze()
    after = full_passes()
    print(f"objects the collector tracks after start-up: {tracked}")
    print(f"full collection: {before:.1f} ms; after gc.freeze(): {after:.2f} ms")
    record(
        "gc_pause",
        {
            "tracked_objects": tracked,
            "full_pass_ms": round(before, 1),
            "frozen_ms": round(after, 2),
        },
    )


if __name__ == "__main__":
    main()
