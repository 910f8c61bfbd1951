"""The storing half of a capture, and a bare round trip, with SQLAlchemy's stock aiosqlite
adapter and with Rapport's one-trip driver (storage/sqlite_driver.py), in the same run.

Run: .venv/bin/python bench/store_only.py [--notes 300]
Each note is read by spaCy once, up front; capture then gets that reading at once, so what
is timed is storing: the raw note's transaction, matching, enrichment and its commit.
Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiosqlite
from harness import record, summary
from sqlalchemy import event, text
from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi

import storage.db
from coach.service import Coach, migrate
from coach.settings import DatabaseSettings, Settings
from nlp.schema import NoteExtraction
from storage import sqlite_driver
from tests.nlp.scoring import load_notes

DRIVERS: dict[str, Any] = {
    "stock aiosqlite adapter": lambda: AsyncAdapt_aiosqlite_dbapi(aiosqlite, sqlite3),
    "one trip per statement": sqlite_driver.dbapi,
}


class _AlreadyRead:
    """Stands in for a spaCy reading that has finished."""

    def __init__(self, extraction: NoteExtraction) -> None:
        self.extraction = extraction

    async def read_alone(self) -> bool:
        return True  # a lone note, read already

    async def finish(self, now: datetime, known_names: Any) -> NoteExtraction:
        return self.extraction

    def cancel(self) -> None:
        pass


async def run(driver: str, texts: list[str], readings: dict[str, NoteExtraction]) -> dict:
    storage.db.sqlite_driver.dbapi = DRIVERS[driver]  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database=DatabaseSettings(url=f"sqlite+aiosqlite:///{folder}/b.db"))
        await migrate(settings)
        coach = Coach(settings)
        coach.extraction.begin = lambda text: _AlreadyRead(readings[text])  # type: ignore[method-assign]
        for text_ in texts[:20]:
            await coach.notes.capture(999_999, text_)
        # Time inside the driver (statement sent to its answer back, thread hand-offs
        # included), to tell SQLite's share from SQLAlchemy's and ours.
        in_driver = [0.0, 0]
        engine = coach.rt.sessions.kw["bind"].sync_engine

        @event.listens_for(engine, "before_cursor_execute")
        def _sent(conn: Any, *_: Any) -> None:
            conn.info["sent"] = time.perf_counter()

        @event.listens_for(engine, "after_cursor_execute")
        def _answered(conn: Any, *_: Any) -> None:
            in_driver[0] += time.perf_counter() - conn.info["sent"]
            in_driver[1] += 1

        stored: list[float] = []
        for number, text_ in enumerate(texts):
            start = time.perf_counter()
            await coach.notes.capture(1 + number % 50, text_)
            stored.append(time.perf_counter() - start)
        event.remove(engine, "before_cursor_execute", _sent)
        event.remove(engine, "after_cursor_execute", _answered)
        per_note = {
            "statements": round(in_driver[1] / len(texts), 1),
            "in_driver_ms": round(in_driver[0] / len(texts) * 1000, 2),
        }
        trips: list[float] = []
        async with coach.rt.sessions() as session:
            for _ in range(2000):
                start = time.perf_counter()
                await session.execute(text("SELECT 1"))
                trips.append(time.perf_counter() - start)
        await coach.close()
    return {"store": summary(stored), "per_note": per_note, "select_1": summary(trips)}


async def main(count: int) -> None:
    texts = [n["text"] for n in load_notes() if n["text"].strip()]
    texts = (texts * (count // len(texts) + 1))[:count]
    from nlp.extract import NoteExtractor

    extractor = NoteExtractor()
    now = datetime.now(UTC)
    readings = {t: extractor.extract(t, now=now) for t in set(texts)}
    results = {driver: await run(driver, texts, readings) for driver in DRIVERS}
    print(f"notes: {count}, SQLite; spaCy's reading given, so only storing is timed")
    print(
        f"{'driver':<26}{'store p50 ms':>13}{'p99':>7}{'mean':>7}"
        f"{'statements':>12}{'in driver ms':>14}{'SELECT 1 p50 us':>17}"
    )
    for driver, figures in results.items():
        store, trip, per_note = figures["store"], figures["select_1"], figures["per_note"]
        print(
            f"{driver:<26}{store['p50_ms']:>13.1f}{store['p99_ms']:>7.1f}{store['mean_ms']:>7.1f}"
            f"{per_note['statements']:>12}{per_note['in_driver_ms']:>14.2f}"
            f"{trip['p50_ms'] * 1000:>17.0f}"
        )
    print("(statements and time in the driver: mean per note, commits not counted)")
    record("store_only", results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=300)
    asyncio.run(main(parser.parse_args().notes))
