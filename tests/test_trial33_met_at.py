"""Everyone a note lists as met at a gathering was met there, and /find finds them by it
(trial 33: after "met A, B and C at parkrun" only the first had "met at", and the bot told
the user they had not met the others yet)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_console import run


@pytest.mark.parametrize(
    ("note", "query", "firsts"),
    [
        (
            "met Oksana, Kwabena and Ruaridh at parkrun this morning",
            "/find parkrun",
            ["oksana", "kwabena", "ruaridh"],
        ),
        (
            "met priya, eilidh and jonas at the breakfast club",
            "/find breakfast club",
            ["priya", "eilidh", "jonas"],
        ),
    ],
)
async def test_everyone_met_at_a_gathering_is_met_there_and_found_by_it(
    coach: Coach, clock: FakeClock, tmp_path: Path, note: str, query: str, firsts: list[str]
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, note)
    found = (await run(console, out, query)).lower()
    for first in firsts:
        assert first in found, found
        card = await run(console, out, f"/person {first}")
        assert "met at" in card.lower(), card
        assert "haven't met" not in card.lower(), card
