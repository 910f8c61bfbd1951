"""How fast /find answers on a Rolodex of 100 and 10,000 contacts (one user, SQLite).

    .venv/bin/python bench/find_scale.py [--db URL] [--runs 50]

Seeds contacts with bulk inserts, then times Rolodex.find over a mix of plain questions and
prints p50/p99 per size. The spaCy lemma step runs too (on the extraction worker thread).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from coach.service import Coach
from coach.settings import DatabaseSettings, Settings
from storage.db import create_engine, upgrade
from storage.models import Contact, Fact, User

ROLES = ["realtor", "accountant", "plumber", "dentist", "web designer", "lawyer", "chef", "coach"]
HOBBIES = ["sailing", "golf", "running", "fly fishing", "wine", "yoga", "cycling", "hiking"]
EVENTS = ["BNI lunch", "chamber breakfast", "mixer", "expo", "gala"]
QUESTIONS = [
    "who do I know in real estate",
    "who likes sailing",
    "who needs a web designer",
    "who did I meet at the BNI lunch",
    "cpa",
    "pediatric dentist",
]


async def seed(coach: Coach, user_id: int, n: int) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    async with coach.rt.unit_of_work() as session:
        session.add(User(id=user_id))
        await session.flush()
        await session.execute(
            insert(Contact),
            [
                {
                    "user_id": user_id,
                    "name": f"Person {i}",
                    "name_key": f"person {i}",
                    "org": f"Org {i % 97}",
                    "met_at": EVENTS[i % len(EVENTS)],
                    "stage": ("know", "like", "trust")[i % 3],
                    "created_at": now,
                    "updated_at": now,
                    "last_touch_at": now,
                }
                for i in range(n)
            ],
        )
        ids = (
            await session.scalars(
                select(Contact.id).where(Contact.user_id == user_id).order_by(Contact.id)
            )
        ).all()
        facts = []
        for i, cid in enumerate(ids):
            facts.append(("work", ROLES[i % len(ROLES)], cid))
            facts.append(("interest", HOBBIES[(i // 3) % len(HOBBIES)], cid))
            if i % 7 == 0:
                facts.append(("need", f"intro to a {ROLES[(i + 3) % len(ROLES)]}", cid))
        await session.execute(
            insert(Fact),
            [
                {"user_id": user_id, "contact_id": c, "kind": k, "text": t, "created_at": now}
                for k, t, c in facts
            ],
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        coach = Coach(Settings(database=DatabaseSettings(url=url, auto_migrate=False)))
        await coach.warm_up()
        try:
            for user_id, size in ((1, 100), (2, 10_000)):
                await seed(coach, user_id, size)
                for q in QUESTIONS:  # warm caches
                    await coach.rolodex.find(user_id, q)
                times = []
                for run in range(args.runs):
                    start = time.perf_counter()
                    await coach.rolodex.find(user_id, QUESTIONS[run % len(QUESTIONS)])
                    times.append((time.perf_counter() - start) * 1000)
                times.sort()
                p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
                print(
                    f"{size:>6} contacts: p50 {statistics.median(times):6.1f} ms, "
                    f"p99 {p99:6.1f} ms ({args.runs} finds)"
                )
        finally:
            await coach.close()


if __name__ == "__main__":
    asyncio.run(main())
