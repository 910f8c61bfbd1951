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


def postgres_reachable() -> bool:
    probe = [
        sys.executable, "-c",
        "import asyncio\n"
        "from sqlalchemy import text\n"
        "from storage.db import create_engine\n"
        "async def main():\n"
        f"    e = create_engine({POSTGRES!r})\n"
        "    async with e.connect() as c:\n"
        "        await c.execute(text('SELECT 1'))\n"
        "    await e.dispose()\n"
        "asyncio.run(main())\n",
    ]  # fmt: skip
    return subprocess.run(probe, cwd=HERE.parent, capture_output=True, check=False).returncode == 0


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
    pg = postgres_reachable()
    # Note to card at 1, 10 and 50 users chatting, on SQLite and (if reachable) PostgreSQL.
    run("e2e_latency.py", "--notes", "3" if quick else "10", "--postgres", POSTGRES)
    if pg:  # notes per second with 1 and 2 webhook processes sharing one database
        run("load.py", "--users", "20", "--notes", "5", "--postgres", POSTGRES)
    else:
        print("PostgreSQL not reachable: load.py skipped")
    sizes = ["100", "10000"] if quick else ["100", "10000", "100000"]
    run("find_scale.py", "--sizes", *sizes, "--quiet-plans")
    if pg:
        run("find_scale.py", "--sizes", *sizes, "--quiet-plans", "--database", POSTGRES)
    run("import_scale.py", "--sizes", *(["1000"] if quick else ["1000", "5000"]))
    if pg:
        run("import_scale.py", "--sizes", "1000", "5000", "--database", POSTGRES)
    run("first_nudges.py", "--quiet")  # first nudges that use a one-detail note's detail
    run("memory.py")  # start-up time, idle and after-voice memory
    run("voice.py")
    # rapport run SIGKILLed mid-flood and mid-burst: notes lost, stored twice, cards repeated.
    kills = "2" if quick else "10"
    run("faults.py", "--kills", kills)
    if pg:
        run("faults.py", "--kills", kills, "--database", POSTGRES)


if __name__ == "__main__":
    main()
