"""`rapport export`, `rapport import` and `rapport keygen`: the same as /export and /import.
Each failure is one line saying what to do, and a non-zero exit."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from bot import portability
from bot import trust_texts as tt
from bot.console import plain
from coach.infra.settings import Settings
from coach.portability import FORMATS, ImportReport, UnreadableFile
from coach.service import Coach


class CliError(Exception):
    """A one-line message for the person at the terminal."""


def add_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="a user's Rolodex as JSON, CSV, vCard or ICS")
    export.add_argument("--user", type=int, required=True, help="Telegram user id")
    export.add_argument("--format", default="json", help=f"one of {', '.join(FORMATS)}")
    export.add_argument("--output", "-o", help="file to write (default: stdout)")
    imports = commands.add_parser(
        "import", help="merge a .vcf or .csv file into a Rolodex, or restore a rapport.json"
    )
    imports.add_argument("--user", type=int, required=True, help="Telegram user id")
    imports.add_argument("file", help="the .vcf, .csv or rapport.json file")
    commands.add_parser("keygen", help="print a new key for storage.encryption_key")


def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "keygen":
        print(Fernet.generate_key().decode())
        return 0
    try:
        if args.command == "export":
            export(settings, args.user, args.format, args.output)
        else:
            import_file(settings, args.user, Path(args.file))
    except CliError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return 1
    return 0


def export(settings: Settings, user_id: int, fmt: str, output: str | None) -> None:
    fmt = portability.FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in FORMATS:
        raise CliError(tt.CLI_UNKNOWN_FORMAT.format(format=fmt, formats=", ".join(FORMATS)))
    data = asyncio.run(_export(settings, user_id, fmt))
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise CliError(tt.CLI_CANT_WRITE.format(path=output, why=exc.strerror)) from None
        print(tt.CLI_EXPORTED.format(path=output), file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def import_file(settings: Settings, user_id: int, path: Path) -> None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(tt.CLI_NO_FILE.format(path=path)) from None
    except OSError as exc:
        raise CliError(tt.CLI_CANT_READ.format(path=path, why=exc.strerror)) from None
    try:
        report = asyncio.run(_import(settings, user_id, path.name, data))
    except UnreadableFile as exc:
        raise CliError(plain(tt.IMPORT_UNREADABLE.format(name=path.name, why=exc))) from None
    print(import_lines(path.name, report))


def import_lines(name: str, report: ImportReport) -> str:
    """Who was added, merged and skipped, every name of them."""
    if report.restored is not None:
        return plain(portability.restored_report(name, report.restored))
    lines = [tt.CLI_IMPORTED.format(name=name)]
    for label, names in (
        (tt.CLI_ADDED, report.added),
        (tt.CLI_MERGED, report.merged),
        (tt.CLI_UNCHANGED, report.unchanged),
    ):
        if names:
            lines.append(label.format(count=len(names), names=", ".join(names)))
    for reason, count in report.skipped.items():
        lines.append(tt.CLI_SKIPPED.format(count=count, reason=reason))
    if len(lines) == 1:
        lines.append(tt.CLI_NOTHING)
    return "\n".join(lines)


async def _export(settings: Settings, user_id: int, fmt: str) -> bytes:
    coach = Coach(settings)
    try:
        if not await coach.portability.has_user(user_id):
            raise CliError(tt.CLI_UNKNOWN_USER.format(user=user_id))
        return (await coach.portability.export(user_id, fmt)).data
    finally:
        await coach.close()


async def _import(settings: Settings, user_id: int, name: str, data: bytes) -> ImportReport:
    coach = Coach(settings)
    try:
        return await coach.portability.import_file(user_id, name, data)
    finally:
        await coach.close()
