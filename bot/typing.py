"""'typing…' only when a reply is slow: a fast answer needs no indicator, and each chat
action counts against Telegram's rate limit like a message does."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from telegram import Chat
from telegram.constants import ChatAction
from telegram.error import TelegramError

SLOW_AFTER = 0.3  # seconds


@contextlib.asynccontextmanager
async def typing_while_slow(chat: Chat, after: float = SLOW_AFTER) -> AsyncIterator[None]:
    async def show() -> None:
        await asyncio.sleep(after)
        with contextlib.suppress(TelegramError):
            await chat.send_action(ChatAction.TYPING)

    indicator = asyncio.create_task(show())
    try:
        yield
    finally:
        indicator.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await indicator
