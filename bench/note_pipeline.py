"""Latency of capturing a typed note (extract + store) against raw spaCy on the same notes.

Run: .venv/bin/python bench/note_pipeline.py [--notes 300] [--rolodex N] [--database URL]
                                                [--on-thread]
Uses a fresh SQLite file unless --database is given. Prints a table; nothing is asserted.
Notes are read in a process of their own, as `rapport run` does; --on-thread reads them on
a thread of this process instead (nlp.own_process = false).
By default the notes go to 50 users whose Rolodexes grow from empty; --rolodex N sends them
all to one user who already has N contacts (a super-connector's import), which is where the
known-names lookup and contact matching have the most to do.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from find_scale import seed
from harness import freeze_like_rapport_run, record, summary

from coach.service import Coach, migrate
from coach.settings import DatabaseSettings, NlpSettings, Settings
from nlp.extract import NoteExtractor
from tests.nlp.scoring import load_notes

HEAVY_USER = 4242


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main(count: int, database: str | None, rolodex: int, on_thread: bool) -> None:
    texts = [n["text"] for n in load_notes() if n["text"].strip()]
    texts = (texts * (count // len(texts) + 1))[:count]
    with tempfile.TemporaryDirectory() as folder:
        url = database or f"sqlite+aiosqlite:///{folder}/bench.db"
        settings = Settings(
            database=DatabaseSettings(url=url), nlp=NlpSettings(own_process=not on_thread)
        )
        await migrate(settings)
        coach = Coach(settings)
        await coach.warm_up()
        # Raw spaCy in this process, the same pipeline as the one capture reads with.
        nlp = NoteExtractor(settings.nlp.model).nlp
        if rolodex:
            await seed(coach, HEAVY_USER, rolodex, datetime.now(UTC))
        for text in texts[:20]:  # warm-up, both paths
            nlp(text)
            await coach.notes.capture(HEAVY_USER if rolodex else 999_999, text)
        freeze_like_rapport_run()

        # Interleaved, note by note, so a busy moment on the machine hits both paths alike.
        raw: list[float] = []
        captured: list[float] = []
        for number, text in enumerate(texts):
            start = time.perf_counter()
            nlp(text)
            raw.append(time.perf_counter() - start)
            start = time.perf_counter()
            # 50 users' Rolodexes grow, or one user's large one does.
            await coach.notes.capture(HEAVY_USER if rolodex else 1 + number % 50, text)
            captured.append(time.perf_counter() - start)
        await coach.close()

    where = "a thread" if on_thread else "their own process"
    print(
        f"notes: {count}, database: {url.split(':')[0]}, rolodex: {rolodex or 'growing'}, "
        f"read in {where}"
    )
    print(f"{'path':<22}{'p50 ms':>9}{'p99 ms':>9}{'notes/s':>10}")
    for name, values in (("raw spaCy nlp(text)", raw), ("capture (extract+store)", captured)):
        p50, p99 = percentile(values, 0.5) * 1000, percentile(values, 0.99) * 1000
        print(f"{name:<22}{p50:>9.1f}{p99:>9.1f}{len(values) / sum(values):>10.1f}")
    ratio = statistics.median(captured) / statistics.median(raw)
    print(f"capture / raw (p50): {ratio:.2f}x")
    name = f"note_pipeline_rolodex_{rolodex}" if rolodex else "note_pipeline"
    record(
        f"{name}_on_thread" if on_thread else name,
        {
            "read_in": where,
            "database": url.split(":")[0],
            "rolodex": rolodex or "growing",
            "raw_spacy": summary(raw) | {"per_s": round(len(raw) / sum(raw), 1)},
            "capture": summary(captured) | {"per_s": round(len(captured) / sum(captured), 1)},
            "ratio_p50": round(ratio, 2),
        },
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--database")
    parser.add_argument("--rolodex", type=int, default=0)
    parser.add_argument("--on-thread", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.notes, args.database, args.rolodex, args.on_thread))
