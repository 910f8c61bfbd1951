"""Note to card: how long a user waits for the card after sending a note, with 1, 10 and
50 people chatting at once, on SQLite and on PostgreSQL (`make bench`).

Run: .venv/bin/python bench/e2e_latency.py [--users 1 10 50] [--notes 10] [--think 1 3]
                                          [--databases sqlite postgres] [--postgres URL]

The real PTB Application polls the fake Bot API in this process, with the settings
`rapport run` uses by default. Timed from the moment the user's message reaches the fake
Telegram server to the moment the bot's card arrives there.

* chatting: N people using the bot at once the way people do, each sending a note, reading
  the card, and sending the next a few seconds later (`--think`, uniform, seeded); they
  start at random moments within the first think time. This is the latency a user feels.
* saturation (10 users and up): the same people with no pause at all, each firing the next
  note the moment the card arrives: notes per second one process can take.

Each run gets a fresh database (a temporary SQLite file, or a new PostgreSQL database on
the server at --postgres, dropped after); without a PostgreSQL server those rows are
reported as skipped, not faked.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from harness import record, running_bot, summary
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.db import create_engine

NOTES = [
    "met {name} from acme at the mixer, into fly fishing, wants an intro to a good CPA",
    "coffee with {name} (Globex), training for a marathon, follow up friday",
    "{name} is a realtor at Keller Williams, two kids, loves sailing",
]
NAMES = ["Sarah Chen", "John Park", "Priya Patel", "Dana Lee", "Mike Brown", "Anna Kim"]
POSTGRES = os.environ.get(
    "RAPPORT_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


async def one_user(  # type: ignore[no-untyped-def]
    bot_fake,
    user_id: int,
    notes: int,
    latencies: list[float],
    think: tuple[float, float] = (0.0, 0.0),
    rng: random.Random | None = None,
) -> None:
    user = bot_fake.user(user_id)
    pause = (lambda: rng.uniform(*think)) if rng is not None else (lambda: 0.0)
    if think[1] > 0:
        await asyncio.sleep(rng.uniform(0, think[1]) if rng else 0)
    for n in range(notes):
        note = NOTES[n % len(NOTES)].format(name=NAMES[(user_id + n) % len(NAMES)])
        start = time.perf_counter()
        await user.send(note)
        await user.next_reply(timeout=120)
        latencies.append(time.perf_counter() - start)
        if n < notes - 1 and think[1] > 0:
            await asyncio.sleep(pause())


@asynccontextmanager
async def fresh_database(kind: str, admin_url: str) -> AsyncIterator[str]:
    """A database nobody has used, for one run."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{folder}/bench.db"
        return
    name = f"rapport_e2e_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url)
    try:
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def reachable(admin_url: str) -> bool:
    engine = create_engine(admin_url)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        await engine.dispose()


async def workload(
    url: str, users: int, notes: int, think: tuple[float, float], seed: int
) -> dict[str, Any]:
    async with running_bot(url) as bot:
        await one_user(bot.fake, 999_999, 3, [])  # warm-up
        latencies: list[float] = []
        rng = random.Random(seed)
        start = time.perf_counter()
        await asyncio.gather(
            *(one_user(bot.fake, 1 + u, notes, latencies, think, rng) for u in range(users))
        )
        elapsed = time.perf_counter() - start
        bot.fake.assert_no_errors()
    return summary(latencies) | {"notes_per_s": round(len(latencies) / elapsed, 1)}


async def main(
    user_counts: list[int],
    notes: int,
    think: tuple[float, float],
    databases: list[str],
    admin_url: str,
) -> None:
    results: dict[str, Any] = {"think_s": list(think), "notes_per_user": notes}
    header = f"{'database':<11}{'users':>5}  {'workload':<11}{'p50 ms':>9}{'p95 ms':>9}"
    print(header + f"{'p99 ms':>9}{'notes/s':>9}", flush=True)
    for kind in databases:
        if kind == "postgres" and not await reachable(admin_url):
            print(f"{kind:<11}PostgreSQL not reachable at {admin_url}: rows skipped")
            results[kind] = "skipped: no PostgreSQL server"
            continue
        rows: dict[str, Any] = {}
        for users in user_counts:
            for name, pause in (("chatting", think), ("saturation", (0.0, 0.0))):
                if users < 10 and name == "saturation":
                    continue  # one user with no pause is the chatting row minus the pauses
                async with fresh_database(kind, admin_url) as url:
                    figures = await workload(url, users, notes, pause, seed=users)
                rows[f"{users}_users_{name}"] = figures
                print(
                    f"{kind:<11}{users:>5}  {name:<11}{figures['p50_ms']:>9.1f}"
                    f"{figures['p95_ms']:>9.1f}{figures['p99_ms']:>9.1f}"
                    f"{figures['notes_per_s']:>9.1f}",
                    flush=True,
                )
        results[kind] = rows
    record("note_to_card", results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 3.0], metavar=("MIN", "MAX"))
    parser.add_argument(
        "--databases", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"]
    )
    parser.add_argument("--postgres", default=POSTGRES, help="a server to make databases on")
    args = parser.parse_args()
    asyncio.run(
        main(args.users, args.notes, (args.think[0], args.think[1]), args.databases, args.postgres)
    )
