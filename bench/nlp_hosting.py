"""Is spaCy worth a process of its own? Notes per second one bot process takes, saturated,
with spaCy on a thread (`rapport run`'s default) against its own process
(nlp.own_process = true, a ProcessPoolExecutor of one worker).

Run: .venv/bin/python bench/nlp_hosting.py [--users 10 50] [--notes 5] [--rounds 2]

The same saturation workload as bench/e2e_latency.py (each user sends the next note the
moment the card arrives) on a fresh SQLite file, the two hostings taking turns round by
round so that a machine whose speed drifts treats them alike. Prints a line per run and the
mean per hosting; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable

from e2e_latency import one_user
from harness import record, running_bot

from coach.runtime import ExtractionWorker


async def saturated(worker: ExtractionWorker, users: int, notes: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        async with running_bot(f"sqlite+aiosqlite:///{folder}/bench.db", extraction=worker) as bot:
            await one_user(bot.fake, 999_999, 3, [])  # warm-up
            latencies: list[float] = []
            start = time.perf_counter()
            await asyncio.gather(
                *(one_user(bot.fake, 1 + u, notes, latencies) for u in range(users))
            )
            elapsed = time.perf_counter() - start
            bot.fake.assert_no_errors()
    return len(latencies) / elapsed


async def main(user_counts: list[int], notes: int, rounds: int) -> None:
    model = "rapport"  # the reader that ships (nlp/model), as the bot runs it
    hostings: dict[str, Callable[[], ExtractionWorker]] = {
        "thread": lambda: ExtractionWorker(model),
        "process": lambda: ExtractionWorker(model, own_process=True),
    }
    rates: dict[str, list[float]] = {f"{h}_{u}": [] for h in hostings for u in user_counts}
    for round_ in range(rounds):
        for users in user_counts:
            for hosting, make in hostings.items():
                worker = make()
                await worker.warm_up()
                try:
                    rate = await saturated(worker, users, notes)
                finally:
                    worker.close()
                rates[f"{hosting}_{users}"].append(rate)
                print(
                    f"round {round_ + 1}: {users} users, {hosting}: {rate:.1f} notes/s", flush=True
                )
    summary = {key: round(statistics.fmean(values), 1) for key, values in rates.items()}
    for users in user_counts:
        thread, process = summary[f"thread_{users}"], summary[f"process_{users}"]
        print(
            f"{users} users saturated: thread {thread} notes/s, process {process} notes/s "
            f"({(process / thread - 1) * 100:+.0f}%)"
        )
    record("nlp_hosting", {"notes_per_user": notes, "rounds": rounds, "mean_notes_per_s": summary})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--notes", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(main(args.users, args.notes, args.rounds))
