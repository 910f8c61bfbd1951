"""`rapport export`, `rapport import` and `rapport keygen`: the same as /export and /import."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from coach.infra.settings import Settings
from coach.portability import FORMATS, ImportReport, UnreadableFile
from coach.service import Coach


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="a user's Rolodex as JSON, CSV, vCard or ICS")
    export.add_argument("--user", type=int, required=True, help="Telegram user id")
    export.add_argument("--format", choices=FORMATS, default="json")
    export.add_argument("--output", "-o", help="file to write (default: stdout)")
    imports = commands.add_parser("import", help="merge a .vcf or .csv file into a Rolodex")
    imports.add_argument("--user", type=int, required=True, help="Telegram user id")
    imports.add_argument("file", help="the .vcf or .csv file")
    commands.add_parser("keygen", help="print a new key for storage.encryption_key")


def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "keygen":
        print(Fernet.generate_key().decode())
        return 0
    if args.command == "export":
        data = asyncio.run(_export(settings, args.user, args.format))
        if args.output:
            Path(args.output).write_bytes(data)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        return 0
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"rapport: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        report = asyncio.run(_import(settings, args.user, path.name, data))
    except UnreadableFile as exc:
        print(f"rapport: {path} is not a vCard or CSV file I can read ({exc})", file=sys.stderr)
        return 1
    skipped = len(report.unchanged) + sum(report.skipped.values())
    print(f"added {len(report.added)}, merged {len(report.merged)}, skipped {skipped}")
    return 0


async def _export(settings: Settings, user_id: int, fmt: str) -> bytes:
    coach = Coach(settings)
    try:
        return (await coach.portability.export(user_id, fmt)).data
    finally:
        await coach.close()


async def _import(settings: Settings, user_id: int, name: str, data: bytes) -> ImportReport:
    coach = Coach(settings)
    try:
        return await coach.portability.import_file(user_id, name, data)
    finally:
        await coach.close()
