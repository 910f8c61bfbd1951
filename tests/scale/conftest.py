"""Webhook servers (the real PTB Application behind Rapport's aiohttp app) on loopback."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy import text

from bot.app import build_application
from bot.webhook import SECRET_HEADER, Server
from coach.infra.settings import MetricsSettings, Settings, TelegramSettings
from coach.runtime import ExtractionWorker
from coach.service import Coach
from storage.db import create_engine
from tests.conftest import FakeClock
from tests.fakebot.handled import HandledUpdates
from tests.fakebot.server import FakeTelegram

SECRET = "s3cret-token_for-tests"
RUNS = itertools.count()  # numbers the logs of `rapport run` processes
WebhookFactory = Callable[[], AbstractAsyncContextManager["Webhook"]]


class Webhook:
    def __init__(self, server: Server, http: aiohttp.ClientSession, fake: FakeTelegram) -> None:
        self.server = server
        self.http = http
        self.fake = fake
        # What FakeTelegram.settled() waits for: the updates this webhook took.
        if fake.posted_updates is None:
            fake.posted_updates = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> int:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with self.http.post(f"{self.url}/telegram", json=update, headers=headers) as response:
            if response.status == 200:
                assert self.fake.posted_updates is not None
                self.fake.posted_updates.add(update["update_id"])
            return response.status

    async def post_body(self, body: bytes) -> int:
        """POST raw bytes as a JSON body, with the right secret."""
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        async with self.http.post(f"{self.url}/telegram", data=body, headers=headers) as response:
            return response.status

    async def get(self, path: str) -> tuple[int, str]:
        async with self.http.get(self.url + path) as response:
            return response.status, await response.text()


def webhook_settings(settings: Settings, fake: FakeTelegram, tmp_path: object) -> Settings:
    return settings.model_copy(
        update={
            "telegram": TelegramSettings(
                token=SecretStr(fake.token),
                base_url=fake.base_url,
                base_file_url=fake.base_file_url,
                mode="webhook",
                webhook_url="https://bot.example.org/telegram",
                webhook_secret=SecretStr(SECRET),
                listen="127.0.0.1",
                port=0,
            ),
            "metrics": MetricsSettings(enabled=True),
            "nudges": settings.nudges.model_copy(
                update={"dispatch_interval": timedelta(seconds=0.1)}
            ),
            "spool": settings.spool.model_copy(
                update={
                    "path": f"{tmp_path}/spool.jsonl",
                    "replay_interval": timedelta(seconds=0.2),
                }
            ),
        }
    )


@pytest.fixture
async def webhooks(
    settings: Settings,
    extraction: ExtractionWorker,
    clock: FakeClock,
    tmp_path: object,
) -> AsyncIterator[tuple[FakeTelegram, WebhookFactory]]:
    """The fake Bot API, and a factory of webhook processes (in this process) sharing one DB."""
    async with FakeTelegram() as fake, aiohttp.ClientSession() as http:
        configured = webhook_settings(settings, fake, tmp_path)

        @asynccontextmanager
        async def start() -> AsyncIterator[Webhook]:
            coach = Coach(configured, clock=clock, extraction=extraction)
            app = build_application(configured, coach, HandledUpdates(fake))
            server = Server(app, configured)
            await server.start()
            try:
                yield Webhook(server, http, fake)
            finally:
                await server.stop()

        yield fake, start
        fake.assert_no_errors()


def update_of(fake: FakeTelegram, message: dict[str, Any]) -> dict[str, Any]:
    """The update the fake queued for this message, as Telegram would post it."""
    for update in fake.api.updates.pending:
        if update.get("message") is message:
            return update
    raise AssertionError("no such update queued")


async def count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return int((await connection.execute(text(sql))).scalar_one())
    finally:
        await engine.dispose()


async def until_count(url: str, sql: str, wanted: int, timeout: float = 60) -> None:  # noqa: ASYNC109
    """Wait until `sql` counts `wanted` rows: for a bot in another process, the database is
    where it shows it has finished something."""
    async with asyncio.timeout(timeout):
        while await count(url, sql) != wanted:  # noqa: ASYNC110 - another process's rows
            await asyncio.sleep(0.1)


class BotProcess:
    """`rapport run` in a process of its own; everything it prints goes to `log`."""

    def __init__(self, process: asyncio.subprocess.Process, log: Path) -> None:
        self.process = process
        self.log = log

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, no flush."""
        os.kill(self.pid, signal.SIGKILL)

    async def exit_status(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            return await self.process.wait()

    async def until_printed(self, text: str, times: int = 1, timeout: float = 60) -> None:  # noqa: ASYNC109
        """Wait until the process has printed `text` (`times` times)."""
        async with asyncio.timeout(timeout):
            while self.output().count(text) < times:
                assert self.process.returncode is None, self.output()
                await asyncio.sleep(0.1)


@asynccontextmanager
async def rapport_run(
    fake: FakeTelegram, database_url: str, cwd: Path, *args: str, **env: str
) -> AsyncIterator[BotProcess]:
    """`rapport run ARGS` against the fake Bot API; `env` adds RAPPORT_* settings."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    environment |= {
        "RAPPORT_TELEGRAM__TOKEN": fake.token,
        "RAPPORT_TELEGRAM__BASE_URL": fake.base_url,
        "RAPPORT_TELEGRAM__BASE_FILE_URL": fake.base_file_url,
        "RAPPORT_DATABASE__URL": database_url,
        "RAPPORT_SPOOL__PATH": str(cwd / "spool.jsonl"),
    } | env
    log = cwd / f"rapport-{next(RUNS)}.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", *args, cwd=cwd, env=environment,
            stdout=out, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
    bot = BotProcess(process, log)
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()
