"""Delivering due nudges through the real bot, the rate limiter and the fake Bot API.

Run: .venv/bin/python bench/dispatch.py [--count 10000] [--rate 1000000 30 ...]
     [--database-only] [--database URL]

Seeds ``--count`` due nudges (five per user, one contact with facts per nudge, a mix of the
generic kinds and explicit follow-ups) with bulk inserts into a fresh database: a temporary
SQLite file by default, or a new database on the PostgreSQL server named by ``--database``.
Then the bot's own dispatch job delivers them through AIORateLimiter to the fake Bot API
(which enforces no limits of its own), once per ``--rate`` setting.

For each run it reports wall time, delivered nudges per second, wall and CPU milliseconds
per nudge (the fake server runs in the same process and its share is included), how often
the dispatcher went to the database, and checks that the fake server received each nudge
exactly once and that every nudge is marked sent. At Telegram's 30 messages/s the limiter
sets the pace; with the limit raised far above what one process can do, the figures are the
dispatch path's own cost. ``--database-only`` also times the claiming and marking alone,
with no Telegram call: the pace the database could sustain.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from harness import RESULTS, record, running_bot
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from bot.dispatch import dispatch_due
from storage.db import create_engine
from storage.models import Contact, Fact, Nudge, User

PER_USER = 5  # the default max_per_day, so every nudge may go today
FIRST_USER = 10_000
KINDS = ("first", "give_value", "keep_in_touch", "follow_up", "follow_up")
BENCH_DATABASE = "rapport_bench_dispatch"


async def fresh_postgres(server_url: str) -> str:
    """A new, empty database on the server, so every run starts from the same state."""
    admin = create_engine(server_url)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)'))
        await conn.execute(text(f'CREATE DATABASE "{BENCH_DATABASE}"'))
    await admin.dispose()
    return make_url(server_url).set(database=BENCH_DATABASE).render_as_string(False)


async def seed(bot: Any, count: int) -> float:
    """Users, contacts with two facts each, and ``count`` due nudges, in bulk inserts."""
    start = time.perf_counter()
    due = datetime.now(UTC) - timedelta(minutes=1)
    users = -(-count // PER_USER)
    for u in range(users):  # each has talked to the bot, so Telegram knows the chat
        bot.fake.user(FIRST_USER + u)
    contacts, facts, nudges = [], [], []
    for n in range(count):
        user_id = FIRST_USER + n // PER_USER
        name = f"Person {n}"
        contacts.append(
            {
                "id": n + 1,
                "user_id": user_id,
                "name": name,
                "name_key": name.lower(),
                "org": "Acme" if n % 2 else None,
                "met_at": "chamber breakfast",
                "last_touch_at": due - timedelta(days=30),
            }
        )
        facts += [
            {"user_id": user_id, "contact_id": n + 1, "kind": "interest", "text": "sailing"},
            {"user_id": user_id, "contact_id": n + 1, "kind": "need", "text": "a good CPA"},
        ]
        kind = KINDS[n % len(KINDS)]
        nudges.append(
            {
                "user_id": user_id,
                "contact_id": n + 1,
                "kind": kind,
                "reason": "the gala" if kind == "follow_up" else "",
                "due_at": due - timedelta(seconds=n % 600),
            }
        )
    async with bot.coach.rt.unit_of_work() as session:
        await session.execute(
            insert(User),
            [{"id": FIRST_USER + u, "quiet_hours": "00:00-00:00"} for u in range(users)],
        )
        for table, rows in ((Contact, contacts), (Fact, facts), (Nudge, nudges)):
            for i in range(0, len(rows), 5_000):
                await session.execute(insert(table), rows[i : i + 5_000])
    if bot.coach.rt.sessions.kw["bind"].dialect.name == "postgresql":
        async with bot.coach.rt.unit_of_work() as session:  # seeding right after a migration
            await session.execute(text("ANALYZE"))
    return time.perf_counter() - start


async def statuses(bot: Any) -> dict[str, int]:
    async with bot.coach.rt.unit_of_work() as session:
        rows = await session.execute(
            select(Nudge.status, func.count())
            .where(Nudge.user_id >= FIRST_USER, Nudge.due_at <= datetime.now(UTC))
            .group_by(Nudge.status)
        )
        return {status: int(n) for status, n in rows}


def delivered(bot: Any) -> Counter[int]:
    """Nudge ids as the fake server received them, read off each message's Done button."""
    seen: Counter[int] = Counter()
    for call in bot.fake.calls_to("sendMessage"):
        if call.error is None:
            rows = call.params["reply_markup"]["inline_keyboard"]
            seen.update({int(b["callback_data"].rsplit(":", 1)[1]) for row in rows for b in row})
    return seen


class Calls:
    """How many times the dispatcher went to the database, by method."""

    def __init__(self, dispatcher: Any) -> None:
        self.counts: Counter[str] = Counter()
        for name in ("claim_due", "sent", "sent_many", "retry_later", "user_unreachable"):
            if hasattr(dispatcher, name):
                self._wrap(dispatcher, name)

    def _wrap(self, owner: Any, name: str) -> None:
        original: Callable[..., Awaitable[Any]] = getattr(owner, name)

        @functools.wraps(original)
        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.counts[name] += 1
            return await original(*args, **kwargs)

        setattr(owner, name, counted)


class _Context:
    """The bits of CallbackContext the dispatch job reads."""

    def __init__(self, app: Any) -> None:
        self.bot = app.bot
        self.bot_data = app.bot_data


async def run(count: int, rate: float, database: str | None) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        url = await fresh_postgres(database) if database else f"sqlite+aiosqlite:///{folder}/b.db"
        # A day-long interval keeps the bot's own job out of the way; we call it directly.
        async with running_bot(url, rate=rate, dispatch_interval=timedelta(days=1)) as bot:
            seconds_to_seed = await seed(bot, count)
            calls = Calls(bot.coach.dispatcher)
            cpu, start = time.process_time(), time.perf_counter()
            runs = 0
            while runs < count:  # the job claims a batch, or (now) batch after batch, per run
                runs += 1
                await dispatch_due(_Context(bot.app))  # type: ignore[arg-type]
                if sum(delivered(bot).values()) >= count:
                    break
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            seen = delivered(bot)
            final = await statuses(bot)
            errors = len(bot.fake.errors)
    return {
        "database": "postgresql" if database else "sqlite",
        "rate_limit_per_s": rate,
        "sends_in_flight": 1,
        "nudges": count,
        "seed_seconds": round(seconds_to_seed, 2),
        "seconds": round(elapsed, 2),
        "nudges_per_s": round(count / elapsed, 1),
        "wall_ms_per_nudge": round(elapsed / count * 1000, 3),
        "cpu_ms_per_nudge": round(cpu / count * 1000, 3),
        "job_runs": runs,
        "database_calls": dict(calls.counts),
        "messages_sent": sum(seen.values()),
        "distinct_nudges_delivered": len(seen),
        "delivered_exactly_once": len(seen) == count and set(seen.values()) == {1},
        "status_after": final,
        "api_errors": errors,
    }


async def run_database_only(count: int, database: str | None) -> dict:
    """The dispatcher's database work alone: claim every batch and mark each nudge sent,
    one transaction each as the job does, with no Telegram call in between. What the
    database could sustain."""
    with tempfile.TemporaryDirectory() as folder:
        url = await fresh_postgres(database) if database else f"sqlite+aiosqlite:///{folder}/b.db"
        async with running_bot(url, dispatch_interval=timedelta(days=1)) as bot:
            await seed(bot, count)
            dispatcher = bot.coach.dispatcher
            calls = Calls(dispatcher)
            done = 0
            cpu, start = time.process_time(), time.perf_counter()
            while outgoing := await dispatcher.claim_due():
                ids = [n.nudge_id for o in outgoing for n in o.nudges]
                # Each nudge marked in its own transaction, as the job marks each send.
                for i, nudge_id in enumerate(ids):
                    await dispatcher.sent_many([([nudge_id], done + i)])
                done += len(ids)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            final = await statuses(bot)
    return {
        "database": "postgresql" if database else "sqlite",
        "nudges": count,
        "claimed_and_marked": done,
        "seconds": round(elapsed, 2),
        "nudges_per_s": round(count / elapsed, 1),
        "wall_ms_per_nudge": round(elapsed / count * 1000, 3),
        "cpu_ms_per_nudge": round(cpu / count * 1000, 3),
        "database_calls": dict(calls.counts),
        "status_after": final,
    }


async def main(count: int, rates: list[float], database: str | None, alone: bool) -> None:
    backend = "postgresql" if database else "sqlite"
    rows = {}
    for rate in rates:
        row = await run(count, rate, database)
        rows[f"{backend}_{count}_nudges_at_{rate:g}_per_s"] = row
        print(row, flush=True)
    if alone:
        row = await run_database_only(count, database)
        rows[f"{backend}_{count}_nudges_database_only"] = row
        print(row, flush=True)
    # One entry per database, size and limit, kept across runs.
    section = json.loads(RESULTS.read_text()).get("dispatch", {}) if RESULTS.exists() else {}
    record("dispatch", {**section, **rows})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", "--nudges", type=int, default=10_000)
    parser.add_argument("--rate", type=float, nargs="*", default=[1_000_000.0])
    parser.add_argument("--database", help="a PostgreSQL server URL; a fresh database is made")
    parser.add_argument(
        "--database-only", action="store_true", help="also time claiming and marking alone"
    )
    args = parser.parse_args()
    asyncio.run(main(args.count, args.rate, args.database, args.database_only))
