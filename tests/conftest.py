"""Shared fixtures: a migrated database per test (SQLite, and PostgreSQL when configured),
one spaCy pipeline per session, and a coach with a fixed clock."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from coach.infra.settings import DatabaseSettings, Settings, TelegramSettings
from coach.runtime import ExtractionWorker
from coach.service import Coach
from storage.db import create_engine, upgrade
from storage.models import Base

POSTGRES_URL = os.environ.get("RAPPORT_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgres"] if POSTGRES_URL else ["sqlite"]
# Thursday 26 November 2026, 10:00 UTC: "friday" in a note means 27 November.
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def pytest_report_header() -> str:
    if POSTGRES_URL:
        return "database backends: sqlite, postgres (RAPPORT_TEST_POSTGRES_URL)"
    return "database backends: sqlite only (set RAPPORT_TEST_POSTGRES_URL to add postgres)"


@pytest.fixture(scope="session")
def extraction() -> Iterator[ExtractionWorker]:
    worker = ExtractionWorker("rapport")
    yield worker
    worker.close()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str | None]:
    """A throwaway PostgreSQL database for this test session, migrated once."""
    if not POSTGRES_URL:
        yield None
        return
    name = f"rapport_test_{uuid.uuid4().hex[:10]}"
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)

    async def create() -> None:
        admin = create_engine(POSTGRES_URL)
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await admin.dispose()
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()

    async def drop() -> None:
        admin = create_engine(POSTGRES_URL)
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()

    asyncio.run(create())
    yield url
    asyncio.run(drop())


@pytest.fixture(params=BACKENDS)
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_database: str | None
) -> AsyncIterator[str]:
    """An empty, fully migrated database."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'rapport.db'}"
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        yield url
        return
    assert postgres_database is not None
    engine = create_engine(postgres_database)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()
    yield postgres_database


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        database=DatabaseSettings(url=database_url, auto_migrate=False),
        telegram=TelegramSettings(token=None),
    )


class FakeClock:
    """Time the tests move by hand, so nobody waits for real days."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by

    # As bot.console.ConsoleClock's: an instant, the same moment in any timezone.
    wall = False

    def move_zone(self, old: object, new: object) -> None:
        pass


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def coach(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> AsyncIterator[Coach]:
    coach = Coach(settings, clock=clock, extraction=extraction)
    yield coach
    await coach.close()
