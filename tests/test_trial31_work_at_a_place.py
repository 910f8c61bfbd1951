"""Trial 31: "gp at the hyndland practice" kept Hyndland, a district, as her workplace, and
the nudge asked "How is work at Hyndland going?". "Work at" is said of a workplace, never
of a place: a title with its own workplace asks how things are there, and a known place is
no workplace to ask about."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3136


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("met dr isla grant at the chamber, gp at the dennistoun practice", "Dennistoun"),
        ("met ruaridh bell at the rotary, dentist at the morningside practice", "Morningside"),
    ],
)
async def test_work_is_never_asked_of_a_place(
    coach: Coach, clock: FakeClock, note: str, place: str
) -> None:
    said = await everything_said(coach, clock, USER, "physio", (note,), days=14)
    assert said, said
    for line in said:
        assert f"at {place} going" not in line and f"at {place} is going" not in line, line
