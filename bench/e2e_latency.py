"""Reply latency for a typed note through the fake Bot API and the real PTB Application.

Run: .venv/bin/python bench/e2e_latency.py [--users 1 10 50] [--notes 10] [--database URL]
Each simulated user sends a note and waits for the card before sending the next.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time

from harness import record, running_bot, summary

NOTES = [
    "met {name} from acme at the mixer, into fly fishing, wants an intro to a good CPA",
    "coffee with {name} (Globex), training for a marathon, follow up friday",
    "{name} is a realtor at Keller Williams, two kids, loves sailing",
]
NAMES = ["Sarah Chen", "John Park", "Priya Patel", "Dana Lee", "Mike Brown", "Anna Kim"]


async def one_user(bot_fake, user_id: int, notes: int, latencies: list[float]) -> None:  # type: ignore[no-untyped-def]
    user = bot_fake.user(user_id)
    for n in range(notes):
        text = NOTES[n % len(NOTES)].format(name=NAMES[(user_id + n) % len(NAMES)])
        start = time.perf_counter()
        await user.send(text)
        await user.next_reply(timeout=60)
        latencies.append(time.perf_counter() - start)


async def main(user_counts: list[int], notes: int, database: str | None) -> None:
    results = {}
    for users in user_counts:
        with tempfile.TemporaryDirectory() as folder:
            url = database or f"sqlite+aiosqlite:///{folder}/bench.db"
            async with running_bot(url) as bot:
                await one_user(bot.fake, 999_999, 3, [])  # warm-up
                latencies: list[float] = []
                start = time.perf_counter()
                await asyncio.gather(
                    *(one_user(bot.fake, 1 + u, notes, latencies) for u in range(users))
                )
                elapsed = time.perf_counter() - start
        figures = summary(latencies) | {"updates_per_s": round(len(latencies) / elapsed, 1)}
        results[f"{users}_users"] = figures
        print(f"{users:>3} users: {figures}")
    record("e2e_note_reply", {"database": (database or "sqlite").split(":")[0]} | results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--database")
    args = parser.parse_args()
    asyncio.run(main(args.users, args.notes, args.database))
