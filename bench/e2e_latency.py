"""Reply latency for a typed note through the fake Bot API and the real PTB Application.

Run: .venv/bin/python bench/e2e_latency.py [--users 1 10 50] [--notes 10] [--think 1 3]
                                          [--database URL]

Two workloads per user count, both measured from the moment the user's message reaches the
(fake) Telegram server to the moment the bot's card arrives there:

* conversation: N people using the bot at the same time the way people do, each sending a
  note, reading the card, and sending the next one a few seconds later (`--think`, uniform,
  seeded); they start at random moments within the first think time. This is the latency a
  user feels when N people are using the bot at once.
* saturation: the same N people with no pause at all, each firing the next note the moment
  the card arrives. This is a throughput test: it gives updates per second per process,
  and its latency is queueing time behind everyone else's notes.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from typing import Any

from harness import record, running_bot, summary

NOTES = [
    "met {name} from acme at the mixer, into fly fishing, wants an intro to a good CPA",
    "coffee with {name} (Globex), training for a marathon, follow up friday",
    "{name} is a realtor at Keller Williams, two kids, loves sailing",
]
NAMES = ["Sarah Chen", "John Park", "Priya Patel", "Dana Lee", "Mike Brown", "Anna Kim"]


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
        text = NOTES[n % len(NOTES)].format(name=NAMES[(user_id + n) % len(NAMES)])
        start = time.perf_counter()
        await user.send(text)
        await user.next_reply(timeout=120)
        latencies.append(time.perf_counter() - start)
        if n < notes - 1 and think[1] > 0:
            await asyncio.sleep(pause())


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
    return summary(latencies) | {"updates_per_s": round(len(latencies) / elapsed, 1)}


async def main(
    user_counts: list[int], notes: int, think: tuple[float, float], database: str | None
) -> None:
    results: dict[str, Any] = {"think_s": list(think), "notes_per_user": notes}
    print(f"{'users':>5}  {'workload':<13}{'p50 ms':>9}{'p99 ms':>9}{'notes/s':>9}")
    for users in user_counts:
        for name, pause in (("conversation", think), ("saturation", (0.0, 0.0))):
            if users == 1 and name == "saturation":
                continue  # one user with no pause is the conversation minus the pauses
            with tempfile.TemporaryDirectory() as folder:
                url = database or f"sqlite+aiosqlite:///{folder}/bench.db"
                figures = await workload(url, users, notes, pause, seed=users)
            results[f"{users}_users_{name}"] = figures
            print(
                f"{users:>5}  {name:<13}{figures['p50_ms']:>9.1f}{figures['p99_ms']:>9.1f}"
                f"{figures['updates_per_s']:>9.1f}"
            )
    record("e2e_note_reply", {"database": (database or "sqlite").split(":")[0]} | results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 3.0], metavar=("MIN", "MAX"))
    parser.add_argument("--database")
    args = parser.parse_args()
    asyncio.run(main(args.users, args.notes, (args.think[0], args.think[1]), args.database))
