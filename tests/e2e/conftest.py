"""The real PTB Application, polling the fake Bot API server on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import build_application, prepare
from coach.runtime import ExtractionWorker
from coach.service import Coach
from coach.settings import Settings, TelegramSettings
from tests.conftest import FakeClock
from tests.fakebot.server import FakeTelegram


@asynccontextmanager
async def bot_on_fake(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock, **sections: Any
) -> AsyncIterator[FakeTelegram]:
    """The bot polling a fresh fake Bot API; `sections` override settings sections."""
    async with FakeTelegram() as fake:
        telegram = TelegramSettings(
            token=SecretStr(fake.token), base_url=fake.base_url, base_file_url=fake.base_file_url
        )
        settings = settings.model_copy(update={"telegram": telegram, **sections})
        coach = Coach(settings, clock=clock, extraction=extraction)
        app = build_application(settings, coach)
        await app.initialize()
        await prepare(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield fake
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await coach.close()
        fake.assert_no_errors()


@pytest.fixture
async def fake(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> AsyncIterator[FakeTelegram]:
    # Check for due nudges often; the tests move the clock instead of waiting.
    nudges = settings.nudges.model_copy(update={"dispatch_interval": timedelta(seconds=0.1)})
    async with bot_on_fake(settings, extraction, clock, nudges=nudges) as fake:
        yield fake
