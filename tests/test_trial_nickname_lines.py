"""Lines and drafts greet someone by the name the user calls them: "Thomas Reid (everyone
calls him big tam)" is Tam, never "Hi Thomas" (trial: a Scottish joiner's notes)."""

from __future__ import annotations

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3103


async def test_drafts_greet_by_the_nickname_however_it_was_said(
    coach: Coach, clock: FakeClock
) -> None:
    said = "\n".join(
        await everything_said(
            coach,
            clock,
            USER,
            "joiner",
            (
                "Met Alexander Munro aka big Eck at the cattle sale, he keeps highland cows",
                "Met Robert Laing, known as Rab, at the bowling club, he plays the pipes",
            ),
            days=21,
        )
    )
    assert "Hi Eck" in said and "Hi Rab" in said, said
    assert "Alexander," not in said and "Hi Alexander" not in said, said
    assert "Hi Robert" not in said, said
