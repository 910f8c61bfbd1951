"""Polling that records before it confirms.

PTB's Updater confirms a batch of updates to Telegram (the next getUpdates' offset) as soon
as it has fetched it; a crash before the handlers record them would lose them. So Rapport
fetches with `bot.get_updates` itself (the Application is built without an Updater), claims
each batch in processed_updates (payloads included, one transaction), and only then asks
for the next offset. An update is always either still at Telegram or in the database, where
a restarted process replays it.
"""

from __future__ import annotations

import asyncio
import logging

from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot import updates

log = logging.getLogger(__name__)
# Seconds a getUpdates waits for something to arrive (long polling), as PTB's Updater does.
POLL_TIMEOUT = 10.0
BACKOFF_FIRST = 1.0
BACKOFF_MOST = 30.0


class Poller:
    def __init__(self, app: Application, timeout: float = POLL_TIMEOUT) -> None:
        self.app = app
        self.timeout = timeout
        # The next update Telegram should hand over; every one before it is recorded.
        self.offset = 0

    async def run(self) -> None:
        """Fetch, record, hand to the handlers, until cancelled. Raises InvalidToken when
        Telegram no longer accepts the token: nothing but a new token fixes that."""
        webhook_gone, failures = False, 0
        while True:
            try:
                if not webhook_gone:
                    # A webhook left set makes Telegram refuse getUpdates (PTB's Updater too
                    # deletes it first).
                    await self.app.bot.delete_webhook()
                    webhook_gone = True
                batch = await self.app.bot.get_updates(offset=self.offset, timeout=self.timeout)
                if batch:
                    fresh = await updates.take(self.app, batch)
                    # Recorded: only now may the next getUpdates tell Telegram they arrived.
                    self.offset = batch[-1].update_id + 1
                    await updates.enqueue(self.app, fresh)
                failures = 0
            except InvalidToken:
                raise
            except Exception as exc:
                # Telegram or the network (a 5xx, a 409 from a second poller) or a claim that
                # failed: nothing was confirmed, so the same batch comes again.
                failures += 1
                delay = min(BACKOFF_FIRST * 2 ** (failures - 1), BACKOFF_MOST)
                if isinstance(exc, TelegramError):
                    log.warning(
                        "getUpdates failed (%s: %s); trying again in %.0f s",
                        type(exc).__name__, exc, delay,
                    )  # fmt: skip
                else:
                    log.exception("could not record updates; fetching them again in %.0f s", delay)
                await asyncio.sleep(delay)
