"""Shared pieces for the benchmarks: the real bot against the fake Bot API, timing, machine."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr
from telegram.ext import Application

from bot.app import build_application
from bot.webhook import Server
from coach.infra.settings import DatabaseSettings, Settings, TelegramSettings
from coach.runtime import ExtractionWorker
from coach.service import Coach, migrate
from tests.fakebot.server import FakeTelegram

RESULTS = Path(__file__).with_name("results.json")


def freeze_like_rapport_run() -> None:
    """What `rapport run` does once it has started (bot/cli.py): keep what is loaded out
    of the garbage collector's full passes."""
    gc.collect()
    gc.freeze()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(seconds: list[float]) -> dict[str, float]:
    return {
        "n": len(seconds),
        "p50_ms": round(percentile(seconds, 0.5) * 1000, 2),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 2),
        "p99_ms": round(percentile(seconds, 0.99) * 1000, 2),
        "mean_ms": round(statistics.fmean(seconds) * 1000, 2),
    }


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    packages = ["python-telegram-bot", "spacy", "sqlalchemy", "faster-whisper", "asyncpg"]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": {name: metadata.version(name) for name in packages},
    }


def record(section: str, data: dict[str, Any]) -> None:
    """Merge one benchmark's figures into bench/results.json."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = machine()
    results[section] = data
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")


@dataclass
class RunningBot:
    fake: FakeTelegram
    coach: Coach
    app: Application  # type: ignore[type-arg]


@asynccontextmanager
async def running_bot(
    database_url: str, rate: float = 30, extraction: ExtractionWorker | None = None, **nudges: Any
) -> AsyncIterator[RunningBot]:
    """The real PTB Application polling the fake Bot API, on a migrated database;
    `extraction`: where spaCy runs, if not where `rapport run` runs it."""
    async with FakeTelegram() as fake:
        settings = Settings(
            database=DatabaseSettings(url=database_url),
            telegram=TelegramSettings(
                token=SecretStr(fake.token),
                base_url=fake.base_url,
                base_file_url=fake.base_file_url,
                max_messages_per_second=rate,
            ),
        )
        settings = settings.model_copy(
            update={"nudges": settings.nudges.model_copy(update=nudges)} if nudges else {}
        )
        await migrate(settings)
        coach = Coach(settings, extraction=extraction)
        app = build_application(settings, coach)
        server = Server(app, settings)
        await server.start()
        freeze_like_rapport_run()
        try:
            yield RunningBot(fake, coach, app)
        finally:
            await server.stop()


DAY = timedelta(days=1)
