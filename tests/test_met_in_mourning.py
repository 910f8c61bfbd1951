"""People met at a funeral or a wake are in a hard time: their nudges and drafts are a
gentle check-in, never "good to meet, what are you working on" or "give her something
first" (trial 23: the family met at a funeral were asked what they were working on)."""

from __future__ import annotations

import io
from pathlib import Path

from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said
from tests.test_console import run

USER = 4141


async def test_the_family_met_at_a_funeral_get_a_gentle_check_in(
    coach: Coach, clock: FakeClock
) -> None:
    said = "\n".join(
        await everything_said(
            coach,
            clock,
            USER,
            "caterer",
            (
                "funeral for john walsh today, met his daughter siobhan walsh, she teaches piano",
                "went to the wake for the late tom okafor, chatted with his son emeka okafor "
                "for ages, he works at delta",
            ),
            days=21,
        )
    )
    assert "good to meet" not in said and "great to meet" not in said, said
    assert "working on" not in said, said
    assert "something first" not in said, said
    assert "thinking of her" in said and "thinking of him" in said, said
    assert "funeral" in said, said  # where they met, said with care


async def test_the_nudge_is_headed_as_a_gentle_check_in(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "wake tonight for the late tom okafor, met his son emeka okafor")
    said = await run(console, out, "/wait 2d")
    assert "Nice-to-meet-you" not in said, said
    assert "A gentle check-in: Emeka Okafor" in said, said
    assert "You met at the wake" in said, said
    assert "thinking of him since the wake" in said, said
