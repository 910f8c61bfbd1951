"""Is this deployment healthy? Cheap checks for /healthz and gauges for /metrics."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url

from coach.infra import metrics
from coach.infra.settings import Settings
from coach.runtime import Runtime
from nlp.extract import NoteExtractor
from nlp.speech import Transcriber
from storage.db import alembic_config, create_engine, current_revision
from storage.nudges import pending_nudges

PING_TIMEOUT = 3.0


async def database_ok(runtime: Runtime) -> bool:
    """One round trip to the database (the pool pre-pings, so a dropped one reconnects)."""
    try:
        async with asyncio.timeout(PING_TIMEOUT), runtime.sessions() as session:
            await session.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


async def ping_database(url: str) -> None:
    """One round trip to the database at `url`; raises what connecting raised."""
    engine = create_engine(url)
    try:
        async with asyncio.timeout(10), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    finally:
        await engine.dispose()


def root_cause(exc: BaseException) -> str:
    """The innermost error behind `exc`, in one line: "ConnectionRefusedError: ..."."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


async def refresh_gauges(runtime: Runtime) -> None:
    """Database-wide figures, read when Prometheus scrapes."""
    try:
        async with asyncio.timeout(PING_TIMEOUT), runtime.unit_of_work() as session:
            metrics.NUDGES_PENDING.set(await pending_nudges(session))
    except Exception:  # the scrape still serves this process's counters
        return


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


async def check_database(settings: Settings) -> list[Check]:
    """Reachable, then migrated to every head this release ships."""
    url = make_url(settings.database.url).render_as_string(hide_password=True)
    engine = create_engine(settings.database.url)
    try:
        try:
            async with asyncio.timeout(10), engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception as exc:
            return [
                Check(
                    "database",
                    False,
                    f"cannot reach {url}: {type(exc).__name__}: {exc}"[:300],
                    "check database.url (RAPPORT_DATABASE__URL) and that the server is up "
                    "(docker compose ps db)",
                )
            ]
        found = await current_revision(engine)
    finally:
        await engine.dispose()
    reached = Check("database", True, f"reachable at {url}")
    wanted = ",".join(sorted(head_revisions()))
    if found != wanted:
        return [
            reached,
            Check(
                "migrations",
                False,
                f"schema at {found or 'nothing'}, this release needs {wanted}",
                "run `rapport db upgrade` (or set database.auto_migrate = true)",
            ),
        ]
    return [reached, Check("migrations", True, f"schema at {found}")]


def check_language_model(settings: Settings) -> Check:
    try:
        NoteExtractor(settings.nlp.model)
    except Exception as exc:
        return Check(
            "spacy model",
            False,
            f"cannot load {settings.nlp.model}: {exc}"[:300],
            "the note reader ships in nlp/model (make train rebuilds it); reinstall Rapport, "
            "or set nlp.model to an installed pipeline",
        )
    return Check("spacy model", True, f"{settings.nlp.model} loads")


def check_voice_model(settings: Settings) -> Check:
    name = settings.voice.model or "bundled tiny.en"
    try:
        Transcriber(settings.voice.model).load()
    except Exception as exc:
        return Check(
            "voice model",
            False,
            f"cannot load {name}: {exc}"[:300],
            "unset voice.model to use the bundled tiny.en, or point it at a faster-whisper "
            "(CTranslate2) model directory",
        )
    return Check("voice model", True, f"{name} loads")


def check_settings(settings: Settings) -> Check:
    telegram = settings.telegram
    if telegram.token is None or not telegram.token.get_secret_value():
        return Check(
            "settings",
            False,
            "no Telegram token",
            "set RAPPORT_TELEGRAM__TOKEN (from @BotFather)",
        )
    if telegram.mode == "webhook" and (
        telegram.webhook_secret is None or not telegram.webhook_secret.get_secret_value()
    ):
        return Check(
            "settings",
            False,
            "webhook mode without a secret",
            "set RAPPORT_TELEGRAM__WEBHOOK_SECRET to a long random string (A-Z, a-z, 0-9, _ and -)",
        )
    return Check("settings", True, f"valid; {telegram.mode} mode")
