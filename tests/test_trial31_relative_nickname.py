"""Trial 31: "kamila's partner goes by tomek not tomasz" made Kamila's draft "Hi Tomek". A
nickname said of someone's relative is the relative's: it never renames the contact, and
every line and draft greets the contact by their own name."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3132


@pytest.mark.parametrize(
    "correction",
    [
        "ingrid's husband goes by mags not magnus",
        "ingrid's husband goes by mags",
        "her husband magnus goes by mags",
    ],
)
async def test_a_relatives_nickname_never_greets_the_contact(
    coach: Coach, clock: FakeClock, correction: str
) -> None:
    said = "\n".join(
        await everything_said(
            coach,
            clock,
            USER,
            "yoga teacher",
            (
                "met Ingrid Halvorsen at the sailing club, she just won the autumn regatta, "
                "her husband magnus is a fisherman. see her next friday",
                f"saw ingrid at the harbour, {correction}",
            ),
            days=14,
        )
    )
    # the nickname is no news of the husband's to ask about either
    assert "mags" not in said.casefold(), said
    assert "Hi Ingrid" in said, said
