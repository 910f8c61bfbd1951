"""A bot process killed without warning loses no nudge and sends none twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import until_count

# Left out of `make test-fast`: bot processes.
pytestmark = pytest.mark.slow
SENT_FIRST = "SELECT count(*) FROM nudges WHERE kind = 'first' AND status = 'sent'"
UNANSWERED = "SELECT count(*) FROM processed_updates WHERE status = 'claimed'"


@asynccontextmanager
async def bot_process(fake: FakeTelegram, database_url: str, cwd: Path) -> AsyncIterator[int]:
    """`rapport run` in its own process, talking to the fake Bot API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env |= {
        "RAPPORT_TELEGRAM__TOKEN": fake.token,
        "RAPPORT_TELEGRAM__BASE_URL": fake.base_url,
        "RAPPORT_TELEGRAM__BASE_FILE_URL": fake.base_file_url,
        "RAPPORT_DATABASE__URL": database_url,
        "RAPPORT_NUDGES__FIRST_FOLLOW_UP_AFTER": "8s",
        "RAPPORT_NUDGES__DISPATCH_INTERVAL": "0.5s",
        "RAPPORT_NUDGES__QUIET_HOURS": "00:00-00:00",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        yield process.pid
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()


async def test_a_killed_bot_delivers_the_nudge_exactly_once_after_restart(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        async with bot_process(fake, database_url, tmp_path) as pid:
            await alice.send("met Sarah Chen at the mixer, loves sailing")
            card = await alice.next_reply(timeout=60)
            assert "New contact: Sarah Chen" in card.text
            # The card recorded as sent (else the restart sends it again, saying so).
            await until_count(database_url, UNANSWERED, 0)
            os.kill(pid, signal.SIGKILL)  # no clean shutdown, no flush
        await asyncio.sleep(8)  # the nudge falls due while no bot is running
        async with bot_process(fake, database_url, tmp_path):
            nudge = await alice.next_reply(timeout=60)
            assert "Sarah Chen" in nudge.text and "sailing" in nudge.text
            # Marked sent, the nudge can't be claimed again; sends still in flight end first.
            await until_count(database_url, SENT_FIRST, 1)
            assert alice.replies_so_far() == []
        sent = [c for c in fake.calls_to("sendMessage") if "Sarah Chen" in str(c.params)]
        assert len(sent) == 2  # the card and one nudge
