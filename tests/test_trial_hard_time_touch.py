"""A visit or a meeting with someone in a hard time is the check-in the nudge after meeting
them would have asked for: it is done, and the gentle check-in comes a while later, never
the next morning as if nobody had been in touch, nor as "good to meet" (trial: a widower visited the
day after meeting was sent "Tell Gordon it was good to meet… thinking of him" next day)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_console import run

USER = 3102


async def test_a_visit_moves_the_check_in_on(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, USER, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(
        console, out, "Met Norrie Baxter at the bowling club, his wife passed away last month"
    )
    clock.advance(timedelta(days=1))
    await run(console, out, "Popped round to see Norrie Baxter, took him a lasagne")
    next_day = await run(console, out, "/wait 1d")
    assert "Norrie" not in next_day, next_day
    later = await run(console, out, "/wait 14d")
    assert "Norrie" in later, later
    assert "good to meet" not in later and "great to meet" not in later, later
    assert "hard time" in later or "thinking of" in later or "holding up" in later, later
