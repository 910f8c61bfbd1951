"""First nudges from one-detail notes: how often the first nudge uses the note's detail.

Run: .venv/bin/python bench/first_nudges.py [--quiet]

Each note below carries one clear personal detail (written for this benchmark, in the
corpus's styles: typed, lowercase, terse, dictated). Each goes through the real coach (the
shipped reader, capture, the planner and the dispatcher) as its own user on a fresh SQLite
database; two days later the dispatcher claims that user's first nudge.

- uses the detail: the first nudge's line holds the detail's clue word (any of them);
- fragments: lines showing a fragment pattern (tests/fragments.py: a doubled word, a clause
  after "about", a trailing preposition, a command in prose, a clause in a question);
- read: the reader kept a fact holding the clue, so a miss is the reader's or the line's.

Target (issue 20): at least 9 in 10 first nudges use the detail, with no fragments.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import record  # noqa: E402
from sqlalchemy import select  # noqa: E402

from coach.infra.settings import DatabaseSettings, Settings, TelegramSettings  # noqa: E402
from coach.service import Coach, migrate  # noqa: E402
from storage.models import Fact  # noqa: E402
from tests.fragments import fragments  # noqa: E402

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)

# (note, clue words: the first nudge uses the detail if it says any of them)
NOTES: list[tuple[str, tuple[str, ...]]] = [
    ("Met Priya Shah at the chamber mixer. She's training for the Chicago marathon.",
     ("marathon",)),
    ("coffee w/ kevin doyle this morning, his daughter molly just got into michigan!!",
     ("michigan",)),
    ("Dana Lee (Glow Labs) - just launched a skincare line", ("skincare",)),
    ("Lunch with Tom Alvarez at the BNI lunch. He needs a bookkeeper.", ("bookkeeper",)),
    ("met mike brennan at bni, his son plays hockey", ("hockey",)),
    ("Met Omar Haddad at the expo. He is renovating his kitchen.", ("kitchen",)),
    ("Ran into Wendy Ng at the library fundraiser, she just got back from a trip to Japan",
     ("japan",)),
    ("Met Jorge Silva at the golf outing. Big golf guy.", ("golf",)),
    ("Sat next to Grace Obi at the rotary breakfast. Her wife is expecting a baby in May.",
     ("baby",)),
    ("Met Raj Patel at the expo, he's moving to Denver in March.", ("denver",)),
    ("Coffee with Ana Ruiz. Loves fly fishing.", ("fishing",)),
    ("Met Lee Chen at the chamber lunch. Looking for a commercial lender for an equipment loan.",
     ("lender",)),
    ("Met Hiro Tanaka at the startup mixer. He offered to review our onboarding flow.",
     ("onboarding",)),
    ("met elena petrova at the women in business lunch. she runs a landscaping company",
     ("landscaping",)),
    ("Drinks with Rob Keller. He just made partner at his firm.", ("partner",)),
    ("Met Lucia Romero at church, getting married next summer", ("wedding", "married")),
    ("Bumped into Sam Park at the coffee shop, she started a podcast", ("podcast",)),
    ("Met Nadia Karimi at the PTA meeting. Her twins play travel volleyball.", ("volleyball",)),
    ("Met Ben Carter at the trade show. He ran the Boston marathon last month.", ("marathon",)),
    ("Zoom with Fatima Al-Sayed, she wants to refinance her building", ("refinance",)),
    ("Met Chris Novak at the meetup. Huge cyclist.", ("cycling", "cyclist")),
    ("Met Tanya Ivanova at the BNI lunch, she just bought a house", ("house",)),
    ("coffee with dev mehta, he's opening a second location in the spring", ("location",)),
    ("Met Aoife Byrne at the conference. Her son just started at Ohio State.", ("ohio",)),
    ("Met Marcus Webb at the mixer. Total jazz nerd.", ("jazz",)),
    ("Met Yuki Sato at the networking breakfast. She needs help with their Instagram.",
     ("instagram",)),
    ("Met Carlos Mendes at the chamber mixer, he sold his company last year", ("company",)),
    ("Met Hannah Cohen at the gala. Her husband Tom is a contractor.", ("tom",)),
    ("Met Kwame Mensah at the alumni event. He just retired.", ("retire", "retirement")),
    ("Met Sofia Rossi at the expo, she's planning a trip to Italy", ("italy",)),
    ("Met Ahmed Khan at the mosque fundraiser. He's writing a book.", ("book",)),
    ("met linh nguyen at the expo, big pickleball player", ("pickleball",)),
    ("Met Olga Petrenko at the mixer, she is looking for a web designer", ("designer",)),
    ("Met Pedro Alves at the BNI lunch. He has two kids.", ("kids",)),
    ("Met Emma Schultz at the chamber breakfast. She adopted a puppy.", ("puppy",)),
    ("Met Daniel Kim at the YPO dinner. He is a Cubs fan.", ("cubs",)),
]  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def uses(line: str, clues: tuple[str, ...]) -> bool:
    said = line.casefold()
    return any(clue in said for clue in clues)


async def measure(quiet: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            database=DatabaseSettings(url=f"sqlite+aiosqlite:///{folder}/bench.db"),
            telegram=TelegramSettings(token=None),
        )
        await migrate(settings)
        clock = Clock()
        coach = Coach(settings, clock=clock)
        try:
            for user, (note, _) in enumerate(NOTES, start=1):
                await coach.notes.capture(user, note)
            clock.now = NOW + timedelta(days=2)
            first: dict[int, str] = {}
            for outgoing in await coach.dispatcher.claim_due(limit=10_000):
                for nudge in outgoing.nudges:
                    if nudge.kind == "first":
                        first.setdefault(outgoing.user_id, nudge.idea)
            async with coach.rt.unit_of_work() as session:
                facts = (await session.scalars(select(Fact))).all()
        finally:
            await coach.close()
    rows = []
    for user, (note, clues) in enumerate(NOTES, start=1):
        line = first.get(user, "")
        read = any(f.user_id == user and uses(f.text, clues) for f in facts)
        rows.append((note, line, uses(line, clues), read, fragments(line) if line else []))
    used = sum(1 for r in rows if r[2])
    broken = [r for r in rows if r[4]]
    if not quiet:
        for note, line, ok, read, bad in rows:
            mark = "ok " if ok else ("MISS" if read else "READ")
            flagged = f"  {bad}" if bad else ""
            print(f"{mark} {note}\n     -> {line or '(no first nudge)'}{flagged}")
    share = used / len(rows)
    print(
        f"\nfirst nudges using the note's detail: {used}/{len(rows)} ({share:.0%}); "
        f"the reader kept the detail in {sum(1 for r in rows if r[3])}; "
        f"lines with a fragment pattern: {len(broken)}"
    )
    return {
        "notes": len(rows),
        "used_detail": used,
        "share": round(share, 3),
        "reader_kept_detail": sum(1 for r in rows if r[3]),
        "fragment_lines": len(broken),
        "misses": [{"note": r[0], "line": r[1], "read": r[3]} for r in rows if not r[2]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    figures = asyncio.run(measure(parser.parse_args().quiet))
    record("first_nudges", figures)


if __name__ == "__main__":
    main()
