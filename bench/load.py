"""Load: N simulated users send notes through the fake Bot API to 1 and 2 `rapport run
--webhook` processes sharing one throwaway PostgreSQL database.

Reports throughput, p50/p99 reply latency (webhook POST to the card reaching the fake
Telegram) and whether every note was stored exactly once. Not a timed test:

    .venv/bin/python bench/load.py --users 20 --notes 5 \
        --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
from sqlalchemy import text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.db import create_engine, upgrade
from tests.fakebot.server import FakeTelegram
from tests.scale.test_crash import free_port, webhook_process

SECRET = "s3cret-token_for-tests"
NAMES = ["Sarah Chen", "Tom Baker", "Ann Lee", "Raj Patel", "Maria Lopez", "John Park"]


async def fresh_database(admin_url: str) -> str:
    name = f"rapport_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()
    return url


async def run(admin_url: str, processes: int, users: int, notes: int) -> dict[str, float]:
    url = await fresh_database(admin_url)
    async with FakeTelegram() as fake:
        ports = [free_port() for _ in range(processes)]
        with tempfile.TemporaryDirectory() as tmp:
            try:
                async with _all(fake, url, Path(tmp), ports):
                    return await drive(fake, url, ports, users, notes)
            finally:
                admin = create_engine(admin_url)
                async with admin.connect() as conn:
                    await conn.execution_options(isolation_level="AUTOCOMMIT")
                    name = make_url(url).database
                    await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                await admin.dispose()


class _all:
    def __init__(self, fake: FakeTelegram, url: str, cwd: Path, ports: list[int]) -> None:
        self.managers = [webhook_process(fake, url, cwd, port) for port in ports]

    async def __aenter__(self) -> None:
        await asyncio.gather(*(m.__aenter__() for m in self.managers))

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.gather(*(m.__aexit__(None, None, None) for m in self.managers))


async def drive(
    fake: FakeTelegram, url: str, ports: list[int], users: int, notes: int
) -> dict[str, float]:
    people = [fake.user(10_000 + n) for n in range(users)]
    balancer = itertools.cycle(ports)
    latencies: list[float] = []

    async def one_user(index: int, http: aiohttp.ClientSession) -> None:
        user = people[index]
        for n in range(notes):
            name = NAMES[(index + n) % len(NAMES)]
            message = await user.send(f"met {name} {index}x{n} at the expo, loves sailing")
            update = next(u for u in fake.api.updates.pending if u.get("message") is message)
            fake.api.updates.pending.remove(update)
            started = time.perf_counter()
            async with http.post(
                f"http://127.0.0.1:{next(balancer)}/telegram",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
            ) as response:
                assert response.status == 200
            await user.next_reply(timeout=120)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    async with aiohttp.ClientSession() as http:
        await asyncio.gather(*(one_user(i, http) for i in range(users)))
    elapsed = time.perf_counter() - started
    engine = create_engine(url)
    async with engine.connect() as conn:
        stored = (await conn.execute(text("SELECT count(*) FROM notes"))).scalar_one()
        distinct = (
            await conn.execute(text("SELECT count(DISTINCT (user_id, source_key)) FROM notes"))
        ).scalar_one()
    await engine.dispose()
    latencies.sort()
    return {
        "notes": users * notes,
        "stored": stored,
        "distinct": distinct,
        "seconds": elapsed,
        "per_second": users * notes / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--notes", type=int, default=5)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "RAPPORT_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
        ),
    )
    args = parser.parse_args()
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")  # fmt: skip
    for processes in (1, 2):
        r = await run(args.postgres, processes, args.users, args.notes)
        once = "yes" if r["stored"] == r["distinct"] == r["notes"] else "NO"
        print(
            f"{processes} process(es): {r['notes']} notes from {args.users} users in "
            f"{r['seconds']:.1f} s = {r['per_second']:.1f} notes/s; reply p50 "
            f"{r['p50'] * 1000:.0f} ms, p99 {r['p99'] * 1000:.0f} ms; stored exactly once: "
            f"{once} ({r['stored']} rows)"
        )


if __name__ == "__main__":
    asyncio.run(main())
