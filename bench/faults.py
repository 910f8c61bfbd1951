"""Fault injection: `rapport run` (polling) SIGKILLed mid-flood and mid-burst, again and again.

Run: .venv/bin/python bench/faults.py [--kills 10] [--database URL]

Against the fake Bot API, which keeps every update until a getUpdates with a higher offset
confirms it (as Telegram does), on a fresh SQLite file or a fresh database on the PostgreSQL
server named by ``--database``. Each round starts the bot, sends either a flood (one user,
40 notes at once) or bursts (three users, 20 notes each, all at once), kills the bot with
SIGKILL at a random moment while it works on them (1-8 s into a flood, 0.2-1.5 s into
bursts), restarts it, and waits until every note of the round has its card. It reports
the notes lost (no row, or no card), stored twice, cards repeated (per kill, and whether
each repeat says it is one), and how long after the restart the last note of the round
was answered. A last round kills the bot between a card reaching the user and
its record, with the default 5-minute lease, and times the card's second coming.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import RESULTS, record
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.texts import SENT_AGAIN
from storage.db import create_engine, upgrade
from tests.fakebot.chats import FakeUser
from tests.fakebot.models import ApiCall
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import BotProcess, count, rapport_run
from tests.scale.test_polling_crash import FIRSTS, LASTS

BENCH_DATABASE = "rapport_bench_faults"
WAIT_FOR_ANSWERS = 180.0


async def fresh_database(server: str | None, folder: Path) -> str:
    if server is None:
        url = f"sqlite+aiosqlite:///{folder / 'faults.db'}"
    else:
        admin = create_engine(server)
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{BENCH_DATABASE}"'))
        await admin.dispose()
        url = make_url(server).set(database=BENCH_DATABASE).render_as_string(False)
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()
    return url


def names(round_no: int, how_many: int, offset: int = 0) -> list[str]:
    """Distinct people: the matcher must not take one note's person for another's."""
    return [
        f"{FIRSTS[(offset + i) % 40]} {LASTS[(offset + i + round_no * 7) % 40]}"
        for i in range(how_many)
    ]


def cards(user: FakeUser, name: str) -> list[str]:
    return [m.text for m in user.history if f"New contact: {name}" in m.text]


async def one_round(
    fake: FakeTelegram, url: str, folder: Path, round_no: int, flood: bool
) -> dict[str, Any]:
    first_user = 10_000 + round_no * 10
    if flood:
        plan = {fake.user(first_user): names(round_no, 40)}
    else:
        plan = {fake.user(first_user + n): names(round_no, 20, 20 * n) for n in range(3)}
    wanted = sum(len(v) for v in plan.values())
    # A flood is read for about 20 s (20 at once, then one a second); bursts in about 2 s.
    kill_after = random.uniform(1.0, 8.0) if flood else random.uniform(0.2, 1.5)
    async with rapport_run(fake, url, folder) as bot:
        await wait_until_polling(fake, bot)
        await asyncio.gather(
            *(u.send(f"met {n} at the expo") for u, ns in plan.items() for n in ns)
        )
        await asyncio.sleep(kill_after)
        answered_before = sum(bool(cards(u, n)) for u, ns in plan.items() for n in ns)
        bot.kill()
    restarted = time.monotonic()
    async with rapport_run(fake, url, folder):
        deadline = restarted + WAIT_FOR_ANSWERS
        while any(not cards(u, n) for u, ns in plan.items() for n in ns):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.1)
        last_answer = time.monotonic() - restarted
    ids = ", ".join(str(u.id) for u in plan)
    stored = await count(url, f"SELECT count(*) FROM notes WHERE user_id IN ({ids})")
    distinct = await count(
        url, f"SELECT count(DISTINCT source_key) FROM notes WHERE user_id IN ({ids})"
    )
    shown = {(u.id, n): cards(u, n) for u, ns in plan.items() for n in ns}
    repeats = [texts for texts in shown.values() if len(texts) > 1]
    return {
        "kind": "flood 1x40" if flood else "bursts 3x20",
        "killed_after_s": round(kill_after, 1),
        "answered_before_kill": answered_before,
        "notes": wanted,
        "stored": stored,
        "stored_twice": stored - distinct,
        "never_answered": sum(not texts for texts in shown.values()),
        "cards_repeated": sum(len(texts) - 1 for texts in repeats),
        "repeats_saying_so": sum(
            all(t.startswith(SENT_AGAIN) for t in texts[1:]) for texts in repeats
        ),
        "last_answer_after_restart_s": round(last_answer, 1),
    }


async def wait_until_polling(fake: FakeTelegram, bot: BotProcess) -> None:
    await bot.until_printed("running in polling mode")
    await asyncio.wait_for(fake.api.updates.polling.wait(), 30)


async def between_send_and_record(fake: FakeTelegram, url: str, folder: Path) -> dict[str, Any]:
    """Killed as the card reaches the user, default lease: when does the card come again?"""
    alice = fake.user(99_001)
    running: list[BotProcess] = []

    async def die(call: ApiCall) -> None:
        if running and "Sarah Chen" in str(call.params.get("text")):
            bot = running.pop()
            bot.kill()  # the user has the card; the bot never hears it went out
            await bot.exit_status()

    fake.after("sendMessage", die)
    async with rapport_run(fake, url, folder) as bot:
        running.append(bot)
        await alice.send("met Sarah Chen from Acme at the mixer, loves sailing")
        first = await alice.next_reply(timeout=60)
        await bot.exit_status()
    fake.after("sendMessage", None)
    restarted = time.monotonic()
    async with rapport_run(fake, url, folder):
        again = await alice.next_reply(timeout=600)
        after = time.monotonic() - restarted
    return {
        "card_again_after_restart_s": round(after, 1),
        "same_card_saying_so": again.text == f"{SENT_AGAIN}\n{first.text}",
    }


async def main(kills: int, server: str | None) -> None:
    random.seed(23)
    backend = "postgresql" if server else "sqlite"
    with tempfile.TemporaryDirectory() as folder:
        url = await fresh_database(server, Path(folder))
        rounds = []
        async with FakeTelegram() as fake:
            for round_no in range(kills):
                row = await one_round(fake, url, Path(folder), round_no, flood=round_no % 2 == 0)
                rounds.append(row)
                print(json.dumps(row), flush=True)
            single = await between_send_and_record(fake, url, Path(folder))
        print(json.dumps(single), flush=True)
    totals = {
        "kills": kills,
        "notes": sum(r["notes"] for r in rounds),
        "lost (never stored)": sum(r["notes"] - r["stored"] + r["stored_twice"] for r in rounds),
        "never answered": sum(r["never_answered"] for r in rounds),
        "stored twice": sum(r["stored_twice"] for r in rounds),
        "cards repeated": sum(r["cards_repeated"] for r in rounds),
        "most repeats in one kill": max(r["cards_repeated"] for r in rounds),
        "repeats saying so": sum(r["repeats_saying_so"] for r in rounds),
        "slowest round answered after restart (s)": max(
            r["last_answer_after_restart_s"] for r in rounds
        ),
        **single,
    }
    print(f"{backend}: {json.dumps(totals)}", flush=True)
    section = json.loads(RESULTS.read_text()).get("faults", {}) if RESULTS.exists() else {}
    record("faults", {**section, backend: {"totals": totals, "rounds": rounds}})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--database", help="a PostgreSQL server URL; a fresh database is made")
    args = parser.parse_args()
    asyncio.run(main(args.kills, args.database))
