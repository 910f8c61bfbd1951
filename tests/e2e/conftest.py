"""The real PTB Application, polling the fake Bot API server on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from pydantic import SecretStr
from telegram.ext import Application

from bot import gate
from bot.app import build_application
from bot.webhook import Server
from coach.infra.settings import Settings, TelegramSettings
from coach.runtime import ExtractionWorker
from coach.service import Coach
from tests.conftest import FakeClock
from tests.fakebot.handled import HandledUpdates
from tests.fakebot.server import FakeTelegram

# Jobs that run at least this often (the tests' nudge dispatch and review checks) are
# waited for by FakeTelegram.settled().
WATCHED_JOB = timedelta(seconds=1)


def settle_on(fake: FakeTelegram, app: Application, coach: Coach) -> None:
    """Let `fake.settled()` wait for this bot: messages held back by flood control handled,
    and a run of each frequent job (nudges, reviews) that found nothing more to send. Its
    updates are tracked by the HandledUpdates processor it was built with."""

    async def flood_drained() -> None:
        # A user's held messages are handled by one task, which ends when none are left.
        flood = app.bot_data[gate.GATE].flood
        while tasks := [
            b.draining
            for b in flood.buckets.values()
            if b.draining is not None and not b.draining.done()
        ]:
            await asyncio.wait(tasks)

    fake.settles_with(flood_drained)
    if coach.settings.nudges.dispatch_interval <= WATCHED_JOB:
        watch_runs(fake, coach.dispatcher, "claim_due")
    if coach.settings.review.check_interval <= WATCHED_JOB:
        watch_runs(fake, coach.reviews, "claim_due")


def watch_runs(fake: FakeTelegram, owner: object, claim: str) -> None:
    """A repeating job whose run starts by claiming what is due and ends when a claim finds
    nothing: `fake.settled()` waits for a whole run that started after it was called."""
    claim_due = getattr(owner, claim)
    ended = {"runs": 0}
    idle = asyncio.Condition()

    async def claiming(*args: Any) -> Any:
        found = await claim_due(*args)
        if not found:
            async with idle:
                ended["runs"] += 1
                idle.notify_all()
        return found

    async def ran() -> None:
        # The first run to end may have started before this call; the second has not.
        async with idle:
            seen = ended["runs"]
            await idle.wait_for(lambda: ended["runs"] >= seen + 2)

    setattr(owner, claim, claiming)
    fake.settles_with(ran)


@asynccontextmanager
async def bot_on_fake(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock, **sections: Any
) -> AsyncIterator[FakeTelegram]:
    """The bot polling a fresh fake Bot API; `sections` override settings sections."""
    async with FakeTelegram() as fake, serving(fake, settings, extraction, clock, **sections):
        yield fake
    fake.assert_no_errors()


@asynccontextmanager
async def serving(
    fake: FakeTelegram,
    settings: Settings,
    extraction: ExtractionWorker,
    clock: FakeClock,
    **sections: Any,
) -> AsyncIterator[Server]:
    """One bot process (in this process) polling `fake`, from start to a clean stop."""
    telegram = TelegramSettings(
        token=SecretStr(fake.token), base_url=fake.base_url, base_file_url=fake.base_file_url
    )
    settings = settings.model_copy(update={"telegram": telegram, **sections})
    coach = Coach(settings, clock=clock, extraction=extraction)
    app = build_application(settings, coach, HandledUpdates(fake))
    settle_on(fake, app, coach)
    server = Server(app, settings)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def fake(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> AsyncIterator[FakeTelegram]:
    # Check for due nudges often; the tests move the clock instead of waiting.
    nudges = settings.nudges.model_copy(update={"dispatch_interval": timedelta(seconds=0.1)})
    async with bot_on_fake(settings, extraction, clock, nudges=nudges) as fake:
        yield fake
