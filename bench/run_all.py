"""Every benchmark in turn (`make bench`); each writes its section of bench/results.json.

Run: .venv/bin/python bench/run_all.py [--quick]
Needs PostgreSQL at $RAPPORT_BENCH_POSTGRES_URL (default: the local server) for the
PostgreSQL rows; without it those rows are reported as skipped, not faked.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from harness import record

HERE = Path(__file__).resolve().parent
POSTGRES = os.environ.get(
    "RAPPORT_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


def postgres_database() -> str | None:
    """A fresh database for the PostgreSQL rows, or None if no server answers."""
    probe = [
        sys.executable, "-c",
        "import asyncio, sys\n"
        "from sqlalchemy import text\n"
        "from storage.db import create_engine\n"
        "async def main():\n"
        f"    e = create_engine({POSTGRES!r})\n"
        "    async with e.connect() as c:\n"
        "        await c.execution_options(isolation_level='AUTOCOMMIT')\n"
        "        await c.execute(text('DROP DATABASE IF EXISTS rapport_bench WITH (FORCE)'))\n"
        "        await c.execute(text('CREATE DATABASE rapport_bench'))\n"
        "    await e.dispose()\n"
        "asyncio.run(main())\n",
    ]  # fmt: skip
    done = subprocess.run(probe, cwd=HERE.parent, capture_output=True, check=False)
    if done.returncode != 0:
        return None
    return POSTGRES.rsplit("/", 1)[0] + "/rapport_bench"


def run(script: str, *args: str) -> None:
    """Run one benchmark; its printed table is kept in results.json beside its figures."""
    print(f"\n== {script} {' '.join(args)}", flush=True)
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        cwd=HERE.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    print(done.stdout, end="", flush=True)
    record(f"printed: {script} {' '.join(args)}".strip(), {"stdout": done.stdout.splitlines()})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller runs, for a smoke test")
    quick = parser.parse_args().quick
    run("note_pipeline.py", "--notes", "100" if quick else "500")
    # The same with spaCy on a thread of the bot's process (nlp.own_process = false).
    run("note_pipeline.py", "--notes", "100" if quick else "500", "--on-thread")
    # One user with a big Rolodex: the known-name hints and matching see every contact.
    run("note_pipeline.py", "--notes", "30" if quick else "100", "--rolodex", "10000")
    # The storing half alone, SQLAlchemy's stock aiosqlite adapter against ours.
    run("store_only.py", "--notes", "100" if quick else "300")
    run("matching_scale.py")
    run("e2e_latency.py", "--users", "1", "10", "50", "--notes", "3" if quick else "10")
    run("pitch_speed.py")
    # Dispatch: raised limit (the path's own cost, and the database alone) on 10,000 nudges;
    # Telegram's 30/s on fewer, as 10,000 would take 5.5 minutes at that pace.
    many, paced = ("1000", "300") if quick else ("10000", "1500")
    pg = postgres_database()
    for database in ([], ["--database", pg] if pg else None):
        if database is None:
            print("PostgreSQL not reachable: PostgreSQL rows skipped")
            continue
        run("dispatch.py", "--count", many, "--rate", "1000000", "--database-only", *database)
        run("dispatch.py", "--count", paced, "--rate", "30", *database)
    if pg:  # webhook processes on their own, the fake Telegram in this one
        run("load.py", "--users", "20", "--notes", "5", "--postgres", POSTGRES)
    run("memory.py")
    run("gc_pause.py")
    run("voice.py")
    sizes = ["100", "10000"] if quick else ["100", "10000", "100000"]
    run("find_scale.py", "--sizes", *sizes, "--quiet-plans")
    if pg:
        run("find_scale.py", "--sizes", *sizes, "--quiet-plans", "--database", POSTGRES)


if __name__ == "__main__":
    main()
