"""Assertion helpers shared by the fake's own tests."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import pytest
from telegram.error import BadRequest

from tests.fakebot import FakeTelegram


async def assert_bad_request(fake: FakeTelegram, call: Awaitable[Any], description: str) -> None:
    """The call fails with exactly this Telegram description, and PTB raises BadRequest."""
    with pytest.raises(BadRequest) as info:
        await call
    assert fake.errors[-1].description == description
    # PTB strips "Bad Request: " and capitalize()s the rest, so compare case-insensitively.
    assert info.value.message.lower() == description.removeprefix("Bad Request: ").lower()
