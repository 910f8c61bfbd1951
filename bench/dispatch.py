"""Delivering 10,000 due nudges through the real bot, the rate limiter and the fake Bot API.

Run: .venv/bin/python bench/dispatch.py [--nudges 10000] [--rate 30 1000] [--database URL]
Reports dispatch time, per-nudge overhead and the send rate, for each rate-limit setting:
at Telegram's 30 messages/s the rate limiter, not the database, sets the pace.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime, timedelta

from harness import record, running_bot
from sqlalchemy import func, insert, select

from bot.nudges import dispatch_due
from storage.models import Nudge, User

PER_USER = 5  # the default max_per_day, so every nudge may go today


async def seed(bot, nudges: int) -> None:  # type: ignore[no-untyped-def]
    due = datetime.now(UTC) - timedelta(minutes=1)
    users = nudges // PER_USER
    for u in range(users):  # each has talked to the bot, so Telegram knows the chat
        bot.fake.user(10_000 + u)
    async with bot.coach.rt.unit_of_work() as session:
        await session.execute(
            insert(User), [{"id": 10_000 + u, "quiet_hours": "00:00-00:00"} for u in range(users)]
        )
        await session.execute(
            insert(Nudge),
            [
                {
                    "user_id": 10_000 + u,
                    "kind": "follow_up",
                    "reason": f"the gala {n}",
                    "due_at": due,
                }
                for u in range(users)
                for n in range(PER_USER)
            ],
        )


async def sent_count(bot) -> int:  # type: ignore[no-untyped-def]
    async with bot.coach.rt.unit_of_work() as session:
        return int(
            await session.scalar(
                select(func.count()).select_from(Nudge).where(Nudge.status == "sent")
            )
            or 0
        )


class _Context:
    """The bits of CallbackContext the dispatch job reads."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.bot = app.bot
        self.bot_data = app.bot_data


async def run(nudges: int, rate: float, database: str | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        url = database or f"sqlite+aiosqlite:///{folder}/bench.db"
        # A day-long interval keeps the bot's own job out of the way; we call it directly.
        async with running_bot(url, rate=rate, dispatch_interval=timedelta(days=1)) as bot:
            await seed(bot, nudges)
            start = time.perf_counter()
            done = 0
            while done < nudges:
                await dispatch_due(_Context(bot.app))  # type: ignore[arg-type]
                now_done = await sent_count(bot)
                if now_done == done:
                    raise RuntimeError(f"dispatch stalled at {done} of {nudges} nudges")
                done = now_done
            elapsed = time.perf_counter() - start
            sends = len(bot.fake.calls_to("sendMessage"))
    return {
        "rate_limit_per_s": rate,
        "nudges": nudges,
        "seconds": round(elapsed, 2),
        "nudges_per_s": round(nudges / elapsed, 1),
        "ms_per_nudge": round(elapsed / nudges * 1000, 3),
        "messages_sent": sends,
    }


async def main(nudges: int, rates: list[float], database: str | None) -> None:
    rows = []
    for rate in rates:
        row = await run(nudges, rate, database)
        rows.append(row)
        print(row)
    record(f"nudge_dispatch_{(database or 'sqlite').split(':')[0].split('+')[0]}", {"runs": rows})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--nudges", type=int, default=10_000)
    parser.add_argument("--rate", type=float, nargs="+", default=[1000.0])
    parser.add_argument("--database")
    args = parser.parse_args()
    asyncio.run(main(args.nudges, args.rate, args.database))
