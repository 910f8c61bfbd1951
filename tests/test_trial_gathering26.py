"""A note that goes on from the last ("also met aisha …" sent right after "chamber breakfast
this morning, met wojciech …") is about the same gathering: whoever it names was met there
too (trial 26: Aisha's card had no "met at")."""

from __future__ import annotations

import io
from pathlib import Path

from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_console import run


async def test_also_met_is_met_at_the_same_gathering(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "harrogate chamber lunch today, met priya desai, she runs a bakery")
    await run(console, out, "/wait 20m")
    await run(console, out, "then chatted to tomasz kowal, he does the books for a hotel")
    said = await run(console, out, "/person tomasz")
    assert "Met at harrogate chamber lunch" in said, said


async def test_a_later_note_is_no_part_of_an_old_gathering(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "bni breakfast, met grace obi, she's a mortgage broker")
    await run(console, out, "/wait 2d")
    await run(console, out, "also met lewis hart, he fits kitchens")
    said = await run(console, out, "/person lewis")
    assert "bni" not in said.lower(), said
