"""Migrations run forward over data written by the previous release (revision 0001)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from coach.infra.health import head_revisions
from coach.infra.settings import DatabaseSettings, Settings
from coach.runtime import ExtractionWorker
from coach.service import Coach
from storage.db import create_engine, current_revision, upgrade
from tests.conftest import BACKENDS, POSTGRES_URL, FakeClock

ROWS = [
    "INSERT INTO users (id, timezone, blocked, created_at) "
    "VALUES (1001, 'Europe/Berlin', false, '2026-11-01 09:00:00+00')",
    "INSERT INTO contacts (id, user_id, name, name_key, org, met_at, stage, created_at, "
    "updated_at) VALUES (1, 1001, 'Sarah Chen', 'sarah chen', 'Acme Robotics', 'mixer', "
    "'know', '2026-11-01 09:00:00+00', '2026-11-01 09:00:00+00')",
    "INSERT INTO notes (id, user_id, text, status, created_at) VALUES (1, 1001, "
    "'met Sarah Chen from Acme Robotics at the mixer', 'enriched', '2026-11-01 09:00:00+00')",
    "INSERT INTO note_contacts (id, note_id, contact_id, created_contact) VALUES (1, 1, 1, true)",
    "INSERT INTO facts (id, user_id, contact_id, note_id, kind, text, created_at) "
    "VALUES (1, 1001, 1, 1, 'interest', 'sailing', '2026-11-01 09:00:00+00')",
    "INSERT INTO nudges (id, user_id, contact_id, note_id, kind, reason, due_at, status, "
    "attempts, created_at) VALUES (1, 1001, 1, 1, 'first', '', '2026-11-03 09:00:00+00', "
    "'pending', 0, '2026-11-01 09:00:00+00')",
]


@pytest.fixture(params=BACKENDS)
async def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A database at the previous migration head (0001) holding a user's data."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    else:
        assert POSTGRES_URL
        name = f"rapport_old_{uuid.uuid4().hex[:8]}"
        admin = create_engine(POSTGRES_URL)
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await admin.dispose()
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    await upgrade(engine, "0001")
    async with engine.begin() as conn:
        for row in ROWS:
            await conn.execute(text(row))
        if request.param == "postgres":
            for table in ("contacts", "notes", "note_contacts", "facts", "nudges"):
                await conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 10)")
                )
    await engine.dispose()
    yield url
    if request.param == "postgres":
        admin = create_engine(POSTGRES_URL)  # type: ignore[arg-type]
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def test_upgrading_keeps_the_data_and_the_app_works_on_it(
    old_database: str, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    engine = create_engine(old_database)
    assert await current_revision(engine) == "0001"
    await upgrade(engine)
    assert set((await current_revision(engine) or "").split(",")) == head_revisions()
    async with engine.connect() as conn:
        notes = (await conn.execute(text("SELECT text, source_key FROM notes"))).all()
        assert notes == [("met Sarah Chen from Acme Robotics at the mixer", None)]
        assert (await conn.execute(text("SELECT count(*) FROM processed_updates"))).scalar() == 0
    await engine.dispose()

    settings = Settings(database=DatabaseSettings(url=old_database, auto_migrate=False))
    coach = Coach(settings, clock=clock, extraction=extraction)
    try:
        card = await coach.notes.capture(1001, "Sarah Chen's daughter is applying to college")
        assert [p.name for p in card.people] == ["Sarah Chen"] and not card.people[0].created
        again = await coach.notes.capture(1001, "coffee with Tom Baker", source_key="tg:1001:5")
        assert (
            await coach.notes.capture(1001, "x", source_key="tg:1001:5")
        ).note_id == again.note_id
        lookup = await coach.people.lookup(1001, "Sarah Chen")
        assert lookup.card is not None
    finally:
        await coach.close()
