"""Trial 31: "their wee boy is starting p1 next year" made "ask her how her son's p1 is
coming along", of a school year not begun. A relative's start that is still ahead is
asked about as a plan ("how is he feeling about starting nursery?"), or left out; never
as something under way."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3134


@pytest.mark.parametrize(
    ("note", "started"),
    [
        (
            "met Elspeth Murray at the choir, she's a pharmacist in Perth, her daughter is "
            "starting nursery next year",
            "nursery",
        ),
        (
            "met Duncan Kerr at the golf, he's a joiner, his son is starting secondary "
            "school in august",
            "secondary school",
        ),
    ],
)
async def test_a_relatives_start_still_ahead_is_not_asked_as_under_way(
    coach: Coach, clock: FakeClock, note: str, started: str
) -> None:
    said = await everything_said(coach, clock, USER, "driving instructor", (note,), days=21)
    for line in said:
        assert "coming along" not in line, line
        assert f"{started} going" not in line and f"{started} is going" not in line, line
        if started in line:
            assert f"starting {started}" in line, line
