"""'typing…' only when a reply is slow: a fast answer needs no indicator, and each chat
action counts against Telegram's rate limit like a message does.

When many notes are being read at once the bot is slow because it is busy, and an
indicator for each would spend the shared message budget (and the bot's time) on
decoration while the answers queue: then only the answers are sent.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from telegram import Chat
from telegram.constants import ChatAction
from telegram.error import TelegramError

SLOW_AFTER = 0.3  # seconds
BUSY_FROM = 4  # replies in progress at once


class _InProgress:
    count = 0


@contextlib.asynccontextmanager
async def typing_while_slow(chat: Chat, after: float = SLOW_AFTER) -> AsyncIterator[None]:
    async def show() -> None:
        await asyncio.sleep(after)
        if _InProgress.count >= BUSY_FROM:
            return
        with contextlib.suppress(TelegramError):
            await chat.send_action(ChatAction.TYPING)

    _InProgress.count += 1
    indicator = asyncio.create_task(show())
    try:
        yield
    finally:
        _InProgress.count -= 1
        indicator.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await indicator
