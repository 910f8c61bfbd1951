"""`rapport run --webhook` killed (SIGKILL) mid-note and mid-voice-note: after a restart
the note is stored exactly once and the user gets their answer."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest

from bot.webhook import SECRET_HEADER
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import SECRET, count, until_count, update_of
from tests.voice.conftest import fixture

# Left out of `make test-fast`: bot processes killed mid-note, and the speech model.
pytestmark = pytest.mark.slow
CLAIMED = "SELECT count(*) FROM processed_updates WHERE status = 'claimed'"


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def webhook_process(
    fake: FakeTelegram, database_url: str, cwd: Path, port: int
) -> AsyncIterator[int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env |= {
        "RAPPORT_TELEGRAM__TOKEN": fake.token,
        "RAPPORT_TELEGRAM__BASE_URL": fake.base_url,
        "RAPPORT_TELEGRAM__BASE_FILE_URL": fake.base_file_url,
        "RAPPORT_TELEGRAM__WEBHOOK_SECRET": SECRET,
        "RAPPORT_TELEGRAM__LISTEN": "127.0.0.1",
        "RAPPORT_TELEGRAM__PORT": str(port),
        "RAPPORT_DATABASE__URL": database_url,
        "RAPPORT_UPDATES__LEASE": "2s",
        "RAPPORT_UPDATES__RECOVER_INTERVAL": "0.5s",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", "--webhook", cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                assert time.monotonic() < deadline, "the bot did not come up"
                await asyncio.sleep(0.2)
        yield process.pid
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()


async def post(port: int, update: dict[str, object]) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"http://127.0.0.1:{port}/telegram", json=update, headers={SECRET_HEADER: SECRET}
        ) as response,
    ):
        assert response.status == 200


async def test_killed_mid_note_and_mid_voice_note_loses_nothing_and_stores_once(
    database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    async with FakeTelegram() as fake:
        alice, bob = fake.user(1001), fake.user(1002)
        async with webhook_process(fake, database_url, tmp_path, port) as pid:
            # The note is saved and read, then the process dies before its answer is out.
            fake.delay("sendMessage", 30)
            await post(port, update_of(fake, await alice.send("met Sarah Chen at the mixer")))
            # A voice note: killed while it is being fetched and transcribed.
            fake.delay("getFile", 30)
            await post(port, update_of(fake, await bob.send_voice(fixture("sarah"), 6)))
            deadline = time.monotonic() + 30
            while not (fake.calls_to("sendMessage") and fake.calls_to("getFile")):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.1)
            os.kill(pid, signal.SIGKILL)
        fake.delay("sendMessage", 0)
        fake.delay("getFile", 0)
        async with webhook_process(fake, database_url, tmp_path, port):
            card = await alice.next_reply(timeout=30)
            assert "Sarah Chen" in card.text
            replies = []  # perhaps "number 2 in line" first, then what it heard, then the card
            while not any("New contact" in r for r in replies):
                replies.append((await bob.next_reply(timeout=60)).text)
            assert sum("Sarah" in r for r in replies) == 2, replies
            # Every update this bot took on is done: what it sends for them has been sent.
            await until_count(database_url, CLAIMED, 0)
            assert alice.replies_so_far() == []
    assert await count(database_url, "SELECT count(*) FROM notes WHERE user_id = 1001") == 1
    assert await count(database_url, "SELECT count(*) FROM contacts WHERE user_id = 1001") == 1
    assert await count(database_url, "SELECT count(*) FROM notes WHERE user_id = 1002") == 1
    first = "SELECT count(*) FROM nudges WHERE user_id = 1001 AND kind = 'first'"
    assert await count(database_url, first) == 1
