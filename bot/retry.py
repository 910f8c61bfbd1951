"""Bot API calls that survive Telegram's bad moments without sending anything twice.

AIORateLimiter already waits out 429 RetryAfter. On top of it: 5xx answers and connection
errors are retried with exponential backoff, since Telegram did not take the request. A
read timeout is different: the message may have arrived, so a send is not repeated (the
caller decides); only calls that change nothing are retried after one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
# Calls that change nothing on Telegram's side: repeating one after a timeout is harmless.
SAFE_TO_REPEAT = frozenset(
    {"getMe", "getFile", "getWebhookInfo", "getChat", "getMyCommands", "sendChatAction",
     "setMyCommands", "setWebhook", "deleteWebhook", "answerCallbackQuery"}
)  # fmt: skip
JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


def never_reached_telegram(exc: TimedOut) -> bool:
    """A connect or pool timeout: the request was never sent."""
    return isinstance(exc.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout)


class PatientRateLimiter(AIORateLimiter):
    def __init__(
        self, *args: Any, network_retries: int = 4, backoff: float = 0.5, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.network_retries = network_retries
        self.backoff = backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        attempt = 0
        while True:
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise
            except TimedOut as exc:
                if endpoint not in SAFE_TO_REPEAT and not never_reached_telegram(exc):
                    raise
                if attempt >= self.network_retries:
                    raise
            except NetworkError:
                # 5xx from Telegram or its proxies, refused or reset connections.
                if attempt >= self.network_retries:
                    raise
            delay = self.backoff * 2**attempt
            log.info("%s failed; retrying in %.1f s", endpoint, delay)
            await asyncio.sleep(delay)
            attempt += 1
