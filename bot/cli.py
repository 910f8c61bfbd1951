"""The `rapport` command: run the bot, chat in a terminal, migrate, extract."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, NetworkError

from bot import portability_cli, texts
from bot import trust_texts as tt
from bot.app import MissingToken, build_application, quiet_secret_loggers
from bot.console import ConsoleClock, chat
from bot.doctor import doctor
from bot.lifecycle import BAD_TOKEN, TOKEN_REJECTED
from bot.redaction import redact_secrets, settings_error
from bot.webhook import MissingSecret, Server
from coach.drafts import read_drafts
from coach.infra.health import ping_database, root_cause
from coach.infra.settings import ConfigFileMissing, Settings, load_settings
from coach.infra.spool import is_outage
from coach.service import Coach, migrate, read_notes
from coach.voice import transcribe_files

# Commands that read or write the database: each migrates it first (database.auto_migrate).
DATABASE_COMMANDS = ("run", "start", "chat", "export", "import", "db")
log = logging.getLogger("rapport")
# Waiting for the database or Telegram at start: 1 s, then twice as long, at most 30 s.
BACKOFF_FIRST = 1.0
BACKOFF_MOST = 30.0

TOKEN_HINT = (
    "No Telegram token is set. Get one from @BotFather, then set RAPPORT_TELEGRAM__TOKEN "
    "or telegram.token in config.toml."
)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="rapport", description="A relationship-first networking coach."
    )
    main.add_argument(
        "--config", help="path to config.toml (default: $RAPPORT_CONFIG or ./config.toml)"
    )
    commands = main.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the Telegram bot")
    run.add_argument(
        "--webhook", action="store_true", help="serve a webhook (telegram.mode = webhook)"
    )
    run.add_argument(
        "--no-wait",
        action="store_true",
        help="stop at once if the database or Telegram cannot be reached (default: wait)",
    )
    commands.add_parser("doctor", help="check this deployment, with a fix for each problem")
    chat_command = commands.add_parser(
        "chat", help="the coach in this terminal (reads stdin line by line)"
    )
    chat_command.add_argument(
        "--now",
        help="start the console's clock here, ISO 8601 (e.g. 2026-11-26T09:00); without an "
        "offset it is the time on your own clock, in your /timezone (coach.default_timezone "
        "until you set one), and stays so when you change it; /wait 2d moves it on, so a "
        "scripted trial lives through weeks",
    )
    chat_command.add_argument(
        "--files", default=".", help="folder /export writes to (default: this one)"
    )
    commands.add_parser("start", help="the Telegram bot if a token is set, else the console coach")
    db = commands.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade"])
    extract = commands.add_parser("extract", help="show what Rapport reads from notes")
    extract.add_argument("text", nargs="?", help="one note; without it, one note per line on stdin")
    extract.add_argument("--json", action="store_true", help="JSON output (the default)")
    extract.add_argument("--now", help="reference time, ISO 8601 (default: now)")
    extract.add_argument(
        "--tz", default=None, help="timezone for relative dates (default: settings)"
    )
    transcribe = commands.add_parser("transcribe", help="print what Rapport hears in audio files")
    transcribe.add_argument("files", nargs="+", metavar="FILE", help="voice notes or audio files")
    transcribe.add_argument("--json", action="store_true", help="one JSON object per file")
    check = commands.add_parser("check", help="is a message pitch-first? (before you send it)")
    check.add_argument("text", nargs="?", help="one draft; without it, one draft per stdin line")
    check.add_argument("--json", action="store_true", help="JSON output (the default)")
    portability_cli.add_commands(commands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    quiet_secret_loggers()
    # Migrations say what they do only when asked to (rapport db upgrade).
    if args.command != "db":
        logging.getLogger("alembic").setLevel(logging.WARNING)
    # Each job PTB's JobQueue schedules, at INFO: nothing an operator needs to read.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redact_secrets()  # a bot token is kept out of everything printed, even before settings
    try:
        settings = load_settings(args.config)
    except ConfigFileMissing as exc:
        print(f"rapport: bad configuration: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        for line in settings_error(exc).splitlines():
            print(f"rapport: bad configuration: {line}", file=sys.stderr)
        return 2
    redact_secrets(settings)
    if args.command == "run" and args.webhook:
        telegram = settings.telegram.model_copy(update={"mode": "webhook"})
        settings = settings.model_copy(update={"telegram": telegram})
    if args.command == "doctor":
        return doctor(settings)
    # The bot (run, or start with a token) migrates as it starts, waiting for a database that
    # is down; every other command that reads or writes the database migrates here, first.
    bot = args.command == "run" or (args.command == "start" and has_token(settings))
    if (
        args.command in DATABASE_COMMANDS
        and not bot
        and (settings.database.auto_migrate or args.command == "db")
    ):
        # Every command that reads or writes the database finds it migrated, new or old.
        try:
            revision = asyncio.run(migrate(settings))
        except (SQLAlchemyError, OSError) as exc:
            print(f"rapport: {tt.CLI_NO_DATABASE.format(why=type(exc).__name__)}", file=sys.stderr)
            return 1
        if args.command == "db":
            print(f"database is at revision {revision}")
            return 0
    if args.command in ("export", "import", "keygen"):
        return portability_cli.run(settings, args)
    if args.command == "extract":
        return extract(settings, args.text, args.now, args.tz)
    if args.command == "check":
        return check_drafts(settings, args.text)
    if args.command == "transcribe":
        return transcribe(settings, args.files, args.json)
    if args.command == "chat" or (args.command == "start" and not has_token(settings)):
        if args.command == "start":
            print(TOKEN_HINT + " Starting the console coach instead.\n", file=sys.stderr)
        try:
            start = console_start(settings, getattr(args, "now", None))
        except ValueError:
            print(f"rapport: {texts.CONSOLE_BAD_NOW.format(now=args.now)}", file=sys.stderr)
            return 2
        files = Path(getattr(args, "files", "."))
        wall = start is not None and datetime.fromisoformat(args.now).tzinfo is None
        asyncio.run(run_console(settings, ConsoleClock(start, wall=wall), files))
        return 0
    return run_bot(settings, wait=not getattr(args, "no_wait", False))


def has_token(settings: Settings) -> bool:
    return settings.telegram.token is not None and bool(settings.telegram.token.get_secret_value())


def run_bot(settings: Settings, *, wait: bool = True) -> int:
    coach = Coach(settings)
    try:
        server = Server(build_application(settings, coach), settings)
    except MissingToken:
        print(f"rapport: {TOKEN_HINT}", file=sys.stderr)
        return 2
    except MissingSecret as exc:
        print(f"rapport: {exc} (RAPPORT_TELEGRAM__WEBHOOK_SECRET)", file=sys.stderr)
        return 2
    try:
        return asyncio.run(serve(server, coach, settings, wait))
    except KeyboardInterrupt:  # Ctrl-C while still waiting for the database or Telegram
        return 130


async def serve(server: Server, coach: Coach, settings: Settings, wait: bool) -> int:
    """Check the token, wait for the database, then run until stopped: the exit status."""
    try:
        if not await keep_trying("Telegram", server.app.initialize, wait):
            return 1
    except InvalidToken:
        print(f"rapport: {TOKEN_REJECTED}", file=sys.stderr)
        await coach.close()
        return BAD_TOKEN
    if not await keep_trying("the database", partial(open_database, settings), wait):
        await server.app.shutdown()
        await coach.close()
        return 1
    # What is loaded by now lives as long as the process. Frozen, the garbage collector's
    # full passes skip it: 0.13 s each on 2 cores, stalling every chat (bench/gc_pause.py).
    gc.collect()
    gc.freeze()
    return await server.run()


async def open_database(settings: Settings) -> None:
    if settings.database.auto_migrate:
        await migrate(settings)
    else:
        await ping_database(settings.database.url)


async def keep_trying(what: str, attempt: Callable[[], Awaitable[None]], wait: bool) -> bool:
    """Run `attempt` until it gets through; while `what` cannot be reached, wait with
    backoff, one line per try. Without `wait`, one failure ends it: False."""
    tries = 0
    while True:
        try:
            await attempt()
            return True
        except Exception as exc:
            if not unreachable(exc):
                raise
            tries += 1
            cause = root_cause(exc)
            if not wait:
                print(f"rapport: cannot reach {what} ({cause}); not waiting (--no-wait)",
                      file=sys.stderr)  # fmt: skip
                return False
            delay = min(BACKOFF_FIRST * 2 ** (tries - 1), BACKOFF_MOST)
            log.warning("cannot reach %s (%s); trying again in %.0f s (attempt %d)",
                        what, cause, delay, tries)  # fmt: skip
            await asyncio.sleep(delay)


def unreachable(exc: BaseException) -> bool:
    """A database or Telegram that is down or out of reach, as opposed to a bug."""
    if isinstance(exc, InvalidToken):
        return False
    return is_outage(exc) or isinstance(exc, NetworkError)


def console_start(settings: Settings, now: str | None) -> datetime | None:
    """--now as an aware time: without an offset it is read in coach.default_timezone."""
    if now is None:
        return None
    start = datetime.fromisoformat(now)
    zone = ZoneInfo(settings.coach.default_timezone)
    return start.replace(tzinfo=zone) if start.tzinfo is None else start


async def run_console(settings: Settings, clock: ConsoleClock, files: Path) -> None:
    coach = Coach(settings, clock=clock)
    try:
        await chat(coach, settings.console.user_id, files=files, clock=clock)
    finally:
        await coach.close()


def extract(settings: Settings, text: str | None, now_text: str | None, tz_name: str | None) -> int:
    zone = ZoneInfo(tz_name or settings.coach.default_timezone)
    now = datetime.fromisoformat(now_text) if now_text else datetime.now(zone)
    now = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    notes: Iterator[str] = (
        iter([text]) if text is not None else (line.rstrip("\n") for line in sys.stdin)
    )
    for result in read_notes(settings.nlp.model, notes, now):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def transcribe(settings: Settings, files: list[str], as_json: bool) -> int:
    failed = 0
    for result in transcribe_files(settings.voice, files):
        if as_json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        elif "error" in result:
            print(f"{result['file']}: {result['error']}", file=sys.stderr)
        else:
            print(result["text"] if len(files) == 1 else f"{result['file']}: {result['text']}")
        failed += "error" in result
    return 1 if failed else 0


def check_drafts(settings: Settings, text: str | None) -> int:
    drafts: Iterator[str] = (
        iter([text]) if text is not None else (line.rstrip("\n") for line in sys.stdin)
    )
    for result in read_drafts(settings.nlp.model, drafts):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
