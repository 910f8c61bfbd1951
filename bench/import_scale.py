"""Importing big contacts files and restoring a backup, and how long the event loop is held.

Run: .venv/bin/python bench/import_scale.py [--sizes 1000 5000] [--database URL]
For each size: a phone's vCard 2.1 file (quoted-printable notes, two phones, an e-mail, a
title, a URL and a birthday per card) and a Google CSV with the same people are imported
into an empty account, then the account's JSON export is restored into another. Prints
seconds for each and the longest the event loop went without running another task (a
ticker every 10 ms measures it), since the bot answers other users meanwhile. Nothing is
asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from find_scale import database
from harness import record

from coach.infra.settings import DatabaseSettings, Settings
from coach.service import Coach, migrate


def vcards(size: int) -> bytes:
    cards = []
    for i in range(size):
        cards.append(
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N:Person{i};Pat;;;\r\nFN:Pat Person{i}\r\n"
            f"TEL;CELL:+1 312 555 {i:04d}\r\nTEL;WORK:(312) 600-{i:04d}\r\n"
            f"EMAIL;HOME:pat{i}@example.com\r\nORG:Firm {i % 50}\r\nTITLE:Partner\r\n"
            f"URL:https://www.linkedin.com/in/pat{i}\r\nBDAY:1980-04-05\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:met at the expo, two kids and a dog =\r\n"
            "named Rex, loves sailing\r\nEND:VCARD\r\n"
        )
    return "".join(cards).encode()


def google_csv(size: int) -> bytes:
    rows = ["Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title"]
    rows += [
        f"Pat Person{i},pat{i}@example.com,+1 312 555 {i:04d},Firm {i % 50},Partner"
        for i in range(size)
    ]
    return ("\n".join(rows) + "\n").encode()


async def longest_stall(work: object) -> tuple[float, float]:
    """(seconds the work took, the longest gap between 10 ms ticks meanwhile)."""
    gaps: list[float] = []

    async def tick() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.02)  # the ticker has started: a stall from the first step counts
    start = time.perf_counter()
    await work  # type: ignore[misc]
    spent = time.perf_counter() - start
    ticker.cancel()
    return spent, max(gaps, default=spent)


async def in_fresh_database(server: str | None, size: int) -> dict[str, float]:
    async with database(server) as url:
        return await one_size(url, size)


async def one_size(url: str, size: int) -> dict[str, float]:
    settings = Settings(database=DatabaseSettings(url=url, auto_migrate=False))
    await migrate(settings)
    coach = Coach(settings)
    figures: dict[str, float] = {}
    try:
        base = size * 10
        imports = (
            ("vcard", "contacts.vcf", vcards(size), base + 1),
            ("csv", "google.csv", google_csv(size), base + 2),
        )
        for label, name, data, user in imports:
            spent, stall = await longest_stall(coach.portability.import_file(user, name, data))
            figures[f"{label}_s"], figures[f"{label}_stall_s"] = spent, stall
        backup = (await coach.portability.export(base + 1, "json")).data
        spent, stall = await longest_stall(
            coach.portability.import_file(base + 3, "rapport.json", backup)
        )
        figures["restore_s"], figures["restore_stall_s"] = spent, stall
    finally:
        await coach.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 5000])
    parser.add_argument(
        "--database",
        help="a PostgreSQL server's async URL: a throwaway database is made on it "
        "(default: a temporary SQLite file)",
    )
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        f = asyncio.run(in_fresh_database(args.database, size))
        print(
            f"{size:>6} contacts: vCard 2.1 {f['vcard_s']:6.2f} s (loop held up to "
            f"{f['vcard_stall_s']:5.2f} s), Google CSV {f['csv_s']:6.2f} s (up to "
            f"{f['csv_stall_s']:5.2f} s), backup restored {f['restore_s']:6.2f} s (up to "
            f"{f['restore_stall_s']:5.2f} s)"
        )
        results[str(size)] = {k: round(v, 3) for k, v in f.items()}
    backend = "postgresql" if args.database else "sqlite"
    record(f"import_scale ({backend})", results)


if __name__ == "__main__":
    main()
