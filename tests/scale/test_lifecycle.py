"""`rapport run` starting and stopping on faults: a token Telegram rejects (at start, or
revoked later), bad settings, a database that is not there yet. One clear line each, the
right exit status, and never the token."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.lifecycle import TOKEN_REJECTED
from storage.db import create_engine
from tests.conftest import POSTGRES_URL
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import rapport_run

# Left out of `make test-fast`: whole `rapport run` processes.
pytestmark = pytest.mark.slow
WRONG_TOKEN = "123456789:AAWrongTokenThatTelegramRejects0123456"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def secrets_in(output: str, token: str) -> list[str]:
    return [secret for secret in (token, token.split(":", 1)[1]) if secret in output]


async def test_a_token_telegram_rejects_is_one_line_and_exit_2(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        env = {"RAPPORT_TELEGRAM__TOKEN": WRONG_TOKEN}
        async with rapport_run(fake, database_url, tmp_path, **env) as bot:
            assert await bot.exit_status() == 2
            output = bot.output()
    assert output.splitlines() == [f"rapport: {TOKEN_REJECTED}"]
    assert secrets_in(output, WRONG_TOKEN) == []


async def test_a_token_revoked_while_running_stops_the_process(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        async with rapport_run(fake, database_url, tmp_path) as bot:
            await alice.send("met Sarah Chen at the mixer")
            assert "Sarah Chen" in (await alice.next_reply(timeout=60)).text
            fake.revoke_token()
            # A supervisor restarts a process that exits, not one that lingers.
            assert await bot.exit_status() == 2
            output = bot.output()
    assert TOKEN_REJECTED in output
    assert "Traceback" not in output
    assert secrets_in(output, fake.token) == []


async def test_bad_settings_name_the_key_without_showing_the_value_of_a_secret(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        # The token pasted into the port, and an encryption key that is no key.
        env = {
            "RAPPORT_TELEGRAM__PORT": fake.token,
            "RAPPORT_STORAGE__ENCRYPTION_KEY": "my-secret-passphrase",
        }
        async with rapport_run(fake, database_url, tmp_path, **env) as bot:
            assert await bot.exit_status() == 2
            output = bot.output()
    lines = output.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("rapport: bad configuration: ") for line in lines)
    assert "telegram.port" in output and "storage.encryption_key" in output
    assert "my-secret-passphrase" not in output and secrets_in(output, fake.token) == []


async def test_without_its_database_it_stops_at_once_with_no_wait(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://rapport:hunter2-password@127.0.0.1:{closed_port()}/rapport"
    async with FakeTelegram() as fake, rapport_run(fake, url, tmp_path, "--no-wait") as bot:
        assert await bot.exit_status() == 1
        output = bot.output()
    (line,) = output.splitlines()
    assert line.startswith("rapport: cannot reach the database (")
    assert line.endswith("; not waiting (--no-wait)")
    assert "hunter2-password" not in output


@contextlib.asynccontextmanager
async def forwarding(port: int, target: tuple[str, int]) -> AsyncIterator[None]:
    """From now on, connections to 127.0.0.1:`port` reach `target`: the database is up."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*target)
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    server = await asyncio.start_server(connect, "127.0.0.1", port)
    try:
        yield
    finally:
        server.close()


@pytest.fixture
async def empty_postgres() -> AsyncIterator[str]:
    """A new, empty PostgreSQL database (`rapport run` migrates it)."""
    if not POSTGRES_URL:
        pytest.skip("needs PostgreSQL (RAPPORT_TEST_POSTGRES_URL)")
    name = f"rapport_wait_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_URL)
    async with admin.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def test_it_waits_for_its_database_one_line_per_try_then_runs(
    empty_postgres: str, tmp_path: Path
) -> None:
    server = make_url(empty_postgres)
    port = closed_port()
    url = server.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    async with FakeTelegram() as fake, rapport_run(fake, url, tmp_path) as bot:
        alice = fake.user(1001)
        await bot.until_printed("cannot reach the database", times=2)
        async with forwarding(port, (server.host or "127.0.0.1", server.port or 5432)):
            await alice.send("met Sarah Chen at the mixer")
            assert "Sarah Chen" in (await alice.next_reply(timeout=60)).text
    tries = [line for line in bot.output().splitlines() if "cannot reach the database" in line]
    assert "trying again in 1 s (attempt 1)" in tries[0]
    assert "trying again in 2 s (attempt 2)" in tries[1]
    assert "Traceback" not in bot.output()
