"""How fast /find and /person answer on a Rolodex of 100, 10,000 and 100,000 contacts.

    .venv/bin/python bench/find_scale.py [--sizes 100 10000 100000] [--database URL]
                                         [--runs 5] [--no-record]

One user per size, all in one database (so the small Rolodex shares its tables with the big
ones). Each contact gets an organisation, three or four facts, one or two notes (with their
note links and "note" interactions), some gives and gets, and a follow-up; seeded with bulk
inserts. Then it times:

* /find: People.find over narrow and broad questions (the spaCy lemma step runs too);
* /person: People.lookup with a contact's full name, the call the bot's /person handler makes,
  which returns the whole card (facts, follow-ups, timeline, gives and gets, stage, health);
* /person with a typo in the name (the fallback that compares against every name).

and prints the query plans (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL) of
every SELECT behind one /find and one /person at each size. Figures and plans go into
bench/results.json as "find_person_scale_sqlite" / "find_person_scale_postgresql".

SQLite by default (a fresh file); --database takes a PostgreSQL server URL, on which a
throwaway database is created and dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, insert, select, text
from sqlalchemy.engine import make_url

from bench.harness import record, summary
from coach.infra.settings import DatabaseSettings, Settings
from coach.service import Coach
from storage.db import create_engine, upgrade
from storage.models import Contact, Fact, Interaction, Note, NoteContact, Nudge, User

FIRST = (
    "Anna Ben Carla David Elena Frank Grace Hugo Iris Jack Karen Liam Maria Noah Olga Paul "
    "Quinn Rosa Sam Tina Umar Vera Will Xena Yusuf Zoe Aaron Bella Chris Diana Ethan Fiona "
    "George Hana Ivan Julia Kevin Lena Marco Nina Oscar Priya Ravi Sofia Tom Ursula Victor "
    "Wendy Yara Zack"
).split()
LAST = (
    "Smith Chen Garcia Müller Rossi Kowalski Novak Ivanova Haddad Okafor Tanaka Kim Nguyen "
    "Patel Singh Cohen Dubois Silva Jensen Larsen Berg Moreau Fischer Weber Costa Ramos Ortiz "
    "Lopez Park Wong Reyes Kaur Ali Khan Sato Ito Lindqvist Nieminen Horvat Popescu Petrov "
    "Sokolov Murphy Kelly Walsh Byrne Evans Hughes Price Wood Clarke Ward Baker Hill Wright "
    "Green Hall Scott Adams Turner Parker Collins Stewart Morris Rogers Cook Bell Bailey Cooper "
    "Howard Foster Gray James Bennett Ross Russell Griffin Hayes Myers Ford Hamilton Graham "
    "Sullivan Wallace West Cole Jordan Reed Owens Marshall Ellis Stone Fox Webb Hunt"
).split()
ORG_A = (
    "Acme Northwind Blue Summit Harbor Maple Granite Silver Oak Pioneer Bright Evergreen "
    "Crescent Atlas Redwood Copper Lakeside Orchard Keystone Beacon"
).split()
ORG_B = (
    "Robotics Labs Realty Partners Dental Legal Bakery Design Capital Builders Insurance "
    "Consulting Media Logistics Foods Health Studio Ventures Print Systems"
).split()
ROLES = [
    "realtor", "accountant", "plumber", "dentist", "web designer", "lawyer", "chef", "coach",
    "mortgage broker", "insurance agent", "financial advisor", "photographer", "recruiter",
    "software engineer", "graphic designer", "contractor", "banker", "marketing consultant",
    "nurse", "teacher", "pilot", "barista", "baker", "electrician",
]  # fmt: skip
HOBBIES = [
    "sailing", "golf", "running", "fly fishing", "wine", "yoga", "cycling", "hiking", "chess",
    "photography", "cooking", "skiing", "tennis", "jazz", "gardening", "climbing",
]  # fmt: skip
EVENTS = [
    "BNI lunch", "chamber breakfast", "mixer", "expo", "gala", "Rotary dinner",
    "startup weekend", "golf day",
]  # fmt: skip
FAMILY = ["two kids", "daughter at college", "newborn son", "dog named Max", "married to Lee"]
# (kind, question): narrow ones match a handful of people, broad ones thousands at 100k.
QUESTIONS = [
    ("narrow", "who is a pediatric dentist"),
    ("narrow", "who works at Northwind Robotics"),
    ("narrow", "anyone into chess and jazz"),
    ("broad", "who do I know in real estate"),
    ("broad", "who likes sailing"),
    ("broad", "who needs a web designer"),
    ("broad", "who did I meet at the BNI lunch"),
    ("broad", "cpa"),
]


def person_name(i: int) -> str:
    """A unique, realistic name: 'Maria Chen', then 'Maria Chen-Park' once pairs run out."""
    first, rest = FIRST[i % len(FIRST)], i // len(FIRST)
    last = LAST[rest % len(LAST)]
    if rest >= len(LAST):
        last += "-" + LAST[(rest // len(LAST)) % len(LAST)]
    return f"{first} {last}" + (f" {rest // len(LAST) ** 2}" if rest >= len(LAST) ** 2 else "")


def typo(name: str) -> str:
    """Swap two letters in the first name: 'Maria' -> 'Mraia'."""
    first, _, rest = name.partition(" ")
    if len(first) >= 4:
        first = first[0] + first[2] + first[1] + first[3:]
    return f"{first} {rest}"


async def seed(coach: Coach, user_id: int, n: int, now: datetime) -> float:
    """Bulk-insert a user's Rolodex of n contacts; returns the seconds it took."""
    started = time.perf_counter()
    rng = random.Random(user_id)
    ago = [
        now - timedelta(days=rng.randrange(1, 400), minutes=rng.randrange(1440)) for _ in range(n)
    ]
    async with coach.rt.unit_of_work() as session:
        session.add(User(id=user_id, timezone="Europe/Berlin"))
        await session.flush()
        names = [person_name(i) for i in range(n)]
        await session.execute(
            insert(Contact.__table__),
            [
                {
                    "user_id": user_id,
                    "name": names[i],
                    "name_key": names[i].casefold(),
                    "org": f"{ORG_A[i % 19]} {ORG_B[(i // 19) % len(ORG_B)]}",
                    "met_at": EVENTS[i % len(EVENTS)],
                    "met_on": ago[i].date(),
                    "stage": ("know", "like", "trust")[i % 3],
                    "created_at": ago[i],
                    "updated_at": ago[i],
                    "last_touch_at": ago[i] + timedelta(days=i % 30),
                }
                for i in range(n)
            ],
        )
        rows = await session.execute(
            select(Contact.name_key, Contact.id).where(Contact.user_id == user_id)
        )
        id_of = dict(rows.all())
        ids = [id_of[name.casefold()] for name in names]
        facts = []
        for i, cid in enumerate(ids):
            role = "pediatric dentist" if i % 997 == 5 else ROLES[i % len(ROLES)]
            facts.append(("work", role, cid, ago[i]))
            facts.append(("interest", HOBBIES[(i // 3) % len(HOBBIES)], cid, ago[i]))
            if i % 7 == 0:
                facts.append(("need", f"intro to a {ROLES[(i + 3) % len(ROLES)]}", cid, ago[i]))
            if i % 5 == 0:
                facts.append(("family", FAMILY[i % len(FAMILY)], cid, ago[i]))
        await session.execute(
            insert(Fact.__table__),
            [
                {"user_id": user_id, "contact_id": c, "kind": k, "text": t, "created_at": w}
                for k, t, c, w in facts
            ],
        )
        notes = []
        for i, name in enumerate(names):
            for j in range(1 + (i % 2)):
                when = ago[i] + timedelta(days=20 * j)
                notes.append(
                    {
                        "user_id": user_id,
                        "text": f"met {name} at the {EVENTS[i % len(EVENTS)]}, "
                        f"{ROLES[i % len(ROLES)]}, into {HOBBIES[(i // 3) % len(HOBBIES)]}",
                        "status": "enriched",
                        "event": EVENTS[i % len(EVENTS)] if j == 0 else None,
                        "source_key": f"bench:{user_id}:{i}:{j}",
                        "created_at": when,
                    }
                )
        await session.execute(insert(Note.__table__), notes)
        rows = await session.execute(
            select(Note.source_key, Note.id, Note.created_at).where(Note.user_id == user_id)
        )
        links, touches = [], []
        for key, note_id, when in rows.all():
            i = int(key.split(":")[2])
            cid = ids[i]
            links.append({"note_id": note_id, "contact_id": cid, "created_contact": key[-1] == "0"})
            touches.append(
                {
                    "user_id": user_id,
                    "contact_id": cid,
                    "note_id": note_id,
                    "kind": "note",
                    "summary": "",
                    "created_at": when,
                }
            )
        for i, cid in enumerate(ids):
            if i % 3 == 0:
                touches.append(
                    {
                        "user_id": user_id,
                        "contact_id": cid,
                        "note_id": None,
                        "kind": "gave" if i % 2 else "got",
                        "summary": "an intro to a " + ROLES[(i + 5) % len(ROLES)],
                        "created_at": ago[i] + timedelta(days=3),
                    }
                )
        await session.execute(insert(NoteContact.__table__), links)
        await session.execute(insert(Interaction.__table__), touches)
        await session.execute(
            insert(Nudge.__table__),
            [
                {
                    "user_id": user_id,
                    "contact_id": cid,
                    "kind": "keep_in_touch",
                    "reason": "catch up",
                    "due_at": now + timedelta(days=1 + i % 60),
                    "status": ("pending", "done", "sent", "skipped")[i % 4],
                    "attempts": 0,
                    "created_at": ago[i],
                }
                for i, cid in enumerate(ids)
            ],
        )
    return time.perf_counter() - started


@asynccontextmanager
async def database(server: str | None) -> AsyncIterator[str]:
    """A fresh SQLite file, or a throwaway database on the given PostgreSQL server."""
    if server is None:
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        return
    name = f"rapport_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


class Statements:
    """Every SELECT the engine runs while `capturing` is on, with its parameters."""

    def __init__(self, coach: Coach) -> None:
        self.capturing = False
        self.seen: dict[str, Any] = {}
        event.listen(coach.engine.sync_engine, "before_cursor_execute", self._on_execute)

    def _on_execute(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any
    ) -> None:
        if self.capturing and statement.lstrip().upper().startswith("SELECT"):
            self.seen.setdefault(statement, parameters)

    async def during(self, work: Callable[[], Any]) -> dict[str, Any]:
        self.seen, self.capturing = {}, True
        try:
            await work()
        finally:
            self.capturing = False
        return self.seen


async def explain(coach: Coach, statements: dict[str, Any]) -> list[dict[str, Any]]:
    sqlite = coach.engine.dialect.name == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (ANALYZE, COSTS OFF) "
    plans = []
    async with coach.engine.connect() as conn:
        for statement, parameters in statements.items():
            rows = (await conn.exec_driver_sql(prefix + statement, parameters)).all()
            plan = [f"{row[1]}:{row[3]}" if sqlite else row[0] for row in rows]
            if sqlite:  # id:detail -> an indented tree, as the sqlite3 shell prints it
                depth = {0: -1}
                lines = []
                for row in rows:
                    depth[row[0]] = depth.get(row[1], -1) + 1
                    lines.append("  " * depth[row[0]] + row[3])
                plan = lines
            plans.append({"sql": " ".join(statement.split()), "plan": plan})
    return plans


async def run(server: str | None, sizes: list[int], runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {"sizes": {}}
    async with database(server) as url:
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        coach = Coach(Settings(database=DatabaseSettings(url=url, auto_migrate=False)))
        backend = coach.engine.dialect.name
        out["backend"] = backend
        statements = Statements(coach)
        await coach.warm_up()
        now = datetime.now(UTC)
        try:
            for user_id, size in enumerate(sizes, start=1):
                seconds = await seed(coach, user_id, size, now)
                if backend == "postgresql":  # what autovacuum would have done by now
                    async with coach.engine.connect() as conn:
                        await conn.execution_options(isolation_level="AUTOCOMMIT")
                        await conn.execute(text("ANALYZE"))
                figures: dict[str, Any] = {"seed_seconds": round(seconds, 1)}
                rng = random.Random(size)
                for _, q in QUESTIONS:  # warm caches
                    await coach.people.find(user_id, q)
                by_kind: dict[str, list[float]] = {"narrow": [], "broad": []}
                hits: dict[str, int] = {}
                for _ in range(runs):
                    for kind, q in QUESTIONS:
                        start = time.perf_counter()
                        result = await coach.people.find(user_id, q)
                        by_kind[kind].append(time.perf_counter() - start)
                        hits[q] = len(result.hits)
                figures["find_narrow"] = summary(by_kind["narrow"])
                figures["find_broad"] = summary(by_kind["broad"])
                figures["find_all"] = summary(by_kind["narrow"] + by_kind["broad"])
                figures["find_hits"] = hits
                person, fuzzy = [], []
                picks = [rng.randrange(size) for _ in range(runs * 10)]
                for i in picks:
                    start = time.perf_counter()
                    lookup = await coach.people.lookup(user_id, person_name(i))
                    person.append(time.perf_counter() - start)
                    assert lookup.card is not None, person_name(i)
                for i in picks[: max(3, runs)]:
                    start = time.perf_counter()
                    await coach.people.lookup(user_id, typo(person_name(i)))
                    fuzzy.append(time.perf_counter() - start)
                figures["person"] = summary(person)
                figures["person_typo"] = summary(fuzzy)
                card_name = person_name(picks[0])
                broad = await statements.during(
                    lambda uid=user_id: coach.people.find(uid, "who likes sailing")
                )
                narrow = await statements.during(
                    lambda uid=user_id: coach.people.find(uid, "who needs a web designer")
                )
                card = await statements.during(
                    lambda uid=user_id, name=card_name: coach.people.lookup(uid, name)
                )
                figures["plans"] = {
                    "find 'who likes sailing'": await explain(coach, broad),
                    "find 'who needs a web designer'": await explain(coach, narrow),
                    "person": await explain(coach, card),
                }
                out["sizes"][str(size)] = figures
                print(
                    f"{backend:>10} {size:>7} contacts (seeded in {seconds:5.1f} s): "
                    f"/find p95 {figures['find_all']['p95_ms']:7.1f} ms "
                    f"(narrow p50 {figures['find_narrow']['p50_ms']:6.1f}, "
                    f"broad p50 {figures['find_broad']['p50_ms']:6.1f}); "
                    f"/person p95 {figures['person']['p95_ms']:6.1f} ms "
                    f"(p50 {figures['person']['p50_ms']:5.1f}; "
                    f"typo p50 {figures['person_typo']['p50_ms']:6.1f})",
                    flush=True,
                )
        finally:
            await coach.close()
    return out


def print_plans(result: dict[str, Any]) -> None:
    for size, figures in result["sizes"].items():
        for what, plans in figures["plans"].items():
            print(f"\n== {result['backend']} {size} contacts: {what}")
            for entry in plans:
                print(f"-- {entry['sql'][:300]}")
                for line in entry["plan"]:
                    print(f"   {line}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", "--db", help="PostgreSQL server URL (default: SQLite)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="rounds over the questions")
    parser.add_argument("--no-record", action="store_true", help="leave results.json alone")
    parser.add_argument("--quiet-plans", action="store_true", help="don't print the plans")
    args = parser.parse_args()
    result = await run(args.database, args.sizes, args.runs)
    if not args.quiet_plans:
        print_plans(result)
    if not args.no_record:
        record(f"find_person_scale_{result['backend']}", result)


if __name__ == "__main__":
    asyncio.run(main())
