"""Knowing when a python-telegram-bot Application has finished with what it was sent.

`HandledUpdates` is an update processor (PTB's public `BaseUpdateProcessor` API): it runs
updates like the default one and tells the fake Bot API each update it has finished, so a
test can wait for that instead of sleeping and hoping the bot was quick enough.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import SimpleUpdateProcessor

from .server import FakeTelegram


class HandledUpdates(SimpleUpdateProcessor):
    def __init__(self, fake: FakeTelegram, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self.fake = fake
        fake.tracking_updates = True

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
        finally:
            if isinstance(update, Update):
                self.fake.handled_updates.add(update.update_id)
