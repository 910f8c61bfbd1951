"""The bot stays responsive: reading a long note never blocks the event loop."""

from __future__ import annotations

import asyncio
import logging

import pytest

from coach.service import Coach

LONG_NOTE = ("met Sarah Chen from Acme Robotics at the mixer, she loves sailing. " * 150)[:10_000]


async def test_reading_a_long_note_runs_off_the_event_loop(
    coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    # Reading this note takes well over this on the machine; the loop must never stall that long.
    loop.slow_callback_duration = 0.25
    try:
        with caplog.at_level(logging.WARNING, logger="asyncio"):
            card = await coach.notes.capture(1001, LONG_NOTE)
    finally:
        loop.set_debug(False)
    assert [p.name for p in card.people] == ["Sarah Chen"]
    stalls = [r.getMessage() for r in caplog.records if "took" in r.getMessage()]
    assert stalls == []
