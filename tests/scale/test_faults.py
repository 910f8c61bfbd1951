"""Database outages keep the note; Telegram errors are retried without duplicates."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from telegram.error import NetworkError, TimedOut

from bot.app import build_application
from bot.retry import PatientRateLimiter
from bot.webhook import Server
from coach.infra.settings import DatabaseSettings, Settings, SpoolSettings
from coach.infra.spool import NoteKept
from coach.runtime import ExtractionWorker
from coach.service import Coach
from storage.db import create_engine, upgrade
from tests.conftest import POSTGRES_URL, FakeClock
from tests.fakebot.handled import HandledUpdates
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import Webhook, WebhookFactory, count, update_of, webhook_settings

NOTE = "met Sarah Chen from Acme Robotics at the mixer, loves sailing"


async def test_a_note_sent_while_the_database_is_down_is_spooled_then_saved_once(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock, tmp_path: Path
) -> None:
    spool = SpoolSettings(path=str(tmp_path / "spool.jsonl"))
    down = settings.model_copy(
        update={
            "database": DatabaseSettings(url="postgresql+asyncpg://rapport@127.0.0.1:1/gone"),
            "spool": spool,
        }
    )
    offline = Coach(down, clock=clock, extraction=extraction)
    with pytest.raises(NoteKept):
        await offline.notes.capture(1001, NOTE, source_key="tg:1001:7")
    await offline.close()
    assert len(offline.notes.spool.waiting()) == 1  # type: ignore[union-attr]

    back = Coach(settings.model_copy(update={"spool": spool}), clock=clock, extraction=extraction)
    try:
        cards = []

        async def save(entry: Any) -> None:
            cards.append(await back.notes.capture(entry.user_id, entry.text, source_key=entry.key))

        assert await back.notes.spool.replay(save) == 1  # type: ignore[union-attr]
        # A replay after a crash between saving and rewriting the spool stores nothing twice.
        again = await back.notes.capture(1001, NOTE, source_key="tg:1001:7")
        assert again.note_id == cards[0].note_id and again.people[0].name == "Sarah Chen"
        assert back.notes.spool.waiting() == []  # type: ignore[union-attr]
    finally:
        await back.close()
    assert await count(settings.database.url, "SELECT count(*) FROM notes") == 1
    assert await count(settings.database.url, "SELECT count(*) FROM contacts") == 1


@pytest.fixture
async def own_postgres() -> AsyncIterator[str]:
    """A throwaway PostgreSQL database this test may cut off."""
    if not POSTGRES_URL:
        pytest.skip("needs PostgreSQL (RAPPORT_TEST_POSTGRES_URL)")
    name = f"rapport_outage_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_URL)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()
    try:
        yield url
    finally:
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def cut_off(name: str, allow: bool) -> None:
    assert POSTGRES_URL
    admin = create_engine(POSTGRES_URL)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allow).lower()}'))
        if not allow:
            await conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
    await admin.dispose()


async def test_postgres_dropping_connections_mid_run_loses_nothing(
    own_postgres: str, extraction: ExtractionWorker, clock: FakeClock, tmp_path: Path
) -> None:
    name = make_url(own_postgres).database
    assert name
    async with FakeTelegram() as fake:
        base = Settings(database=DatabaseSettings(url=own_postgres, auto_migrate=False))
        configured = webhook_settings(base, fake, tmp_path)
        coach = Coach(configured, clock=clock, extraction=extraction)
        server = Server(build_application(configured, coach, HandledUpdates(fake)), configured)
        await server.start()
        try:
            async with aiohttp.ClientSession() as http:
                hook = Webhook(server, http, fake)
                alice = fake.user(1001)
                await hook.post(update_of(fake, await alice.send("met Tom Baker at the expo")))
                assert "Tom Baker" in (await alice.next_reply(timeout=10)).text

                await cut_off(name, allow=False)  # PostgreSQL restarts: connections dropped
                await hook.post(update_of(fake, await alice.send(NOTE)))
                assert "I'll keep it and retry" in (await alice.next_reply(timeout=10)).text
                status, _ = await hook.get("/healthz")
                assert status == 503

                await cut_off(name, allow=True)  # back: the spool is replayed
                saved = await alice.next_reply(timeout=10)
                assert "Saved the note you sent" in saved.text and "Sarah Chen" in saved.text
                # The pool recovered: the next note is saved normally.
                await hook.post(update_of(fake, await alice.send("met Ann Lee at the expo")))
                assert "Ann Lee" in (await alice.next_reply(timeout=10)).text
                await alice.expect_no_reply()
        finally:
            await server.stop()
    assert await count(own_postgres, "SELECT count(*) FROM notes") == 3
    assert await count(own_postgres, "SELECT count(*) FROM contacts") == 3


async def test_replies_survive_429_and_5xx_and_arrive_once(
    webhooks: tuple[FakeTelegram, WebhookFactory],
) -> None:
    fake, start = webhooks
    alice = fake.user(1001)
    async with start() as hook:
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", 1)
        fake.fail_next("sendMessage", 502, "Bad Gateway", None)
        fake.fail_next("sendMessage", 500, "Internal Server Error", None)
        await hook.post(update_of(fake, await alice.send(NOTE)))
        assert "Sarah Chen" in (await alice.next_reply(timeout=15)).text
        await alice.expect_no_reply()
    failed = [c for c in fake.calls_to("sendMessage") if c.error is not None]
    assert len(failed) == 3


async def test_a_send_that_timed_out_is_not_repeated_but_reads_are() -> None:
    limiter = PatientRateLimiter(max_retries=1, backoff=0.01)
    calls: list[str] = []

    async def flaky(error: Exception) -> Any:
        calls.append(type(error).__name__)
        if len(calls) == 1:
            raise error
        return {"ok": True}

    with pytest.raises(TimedOut):
        await limiter.process_request(flaky, (TimedOut(),), {}, "sendMessage", {}, None)
    assert calls == ["TimedOut"]
    calls.clear()
    assert await limiter.process_request(flaky, (TimedOut(),), {}, "getFile", {}, None)
    calls.clear()
    assert await limiter.process_request(
        flaky, (NetworkError("Bad Gateway"),), {}, "sendMessage", {}, None
    )
    assert calls == ["NetworkError", "NetworkError"]
    await asyncio.sleep(0)
