"""Trial 31: "he wants me to see her" was kept as the need "see", and the nudge said "keep
an eye out for anyone who could help him see". A need with no thing, only a verb or a
pronoun, says nothing anyone could help with: no line is made of it, and the nudge and
draft use another detail."""

from __future__ import annotations

import re

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3133


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "met shona reid at the curling, she is a vet in crieff, her mum is poorly after "
            "a stroke so she needs me to see her",
            "Shona",
        ),
        (
            "met callum fraser at the bowls, an accountant at tay accounts, his dad had a "
            "fall last week so he wants me to see him",
            "Callum",
        ),
    ],
)
async def test_a_need_with_no_thing_makes_no_line(
    coach: Coach, clock: FakeClock, note: str, name: str
) -> None:
    said = await everything_said(coach, clock, USER, "chiropodist", (note,), days=21)
    assert any(name in line for line in said), said
    for line in said:
        assert not re.search(r"\bsee\b(?! you)", line), line
        assert "needs to" not in line and "wants to" not in line, line
