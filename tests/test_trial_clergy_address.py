"""A minister is greeted as people greet one: "Hi Reverend Mackay" when the notes call him
Rev. Mackay, "Hi John" when they write his whole name, never "Hi Rev. John" (trial: a
plumber's note "Coffee with Rev. John Mackay at St Andrews" drafted "Hi Rev. John")."""

from __future__ import annotations

from coach.address import addressed
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 3107


def test_a_reverend_goes_with_the_surname() -> None:
    assert addressed("Alan Pryce", "Alan", ["chatted with rev pryce after the service"]) == (
        "Reverend Pryce"
    )
    assert addressed("Alan Pryce", "Alan", ["The Reverend Pryce wants a quote"]) == (
        "Reverend Pryce"
    )
    assert addressed("Alan Pryce", "Alan", ["met Rev. Alan Pryce at the fete"]) is None
    # a priest is Father with his given name, as he is called
    assert addressed("Sean Doyle", "Sean", ["fr sean doyle blessed the van"]) == "Fr. Sean"


async def test_no_line_says_rev_before_a_given_name(coach: Coach, clock: FakeClock) -> None:
    said = "\n".join(
        await everything_said(
            coach,
            clock,
            USER,
            "plumber",
            (
                "Coffee with Rev. Gareth Lloyd at St Davids, he needs the vestry boiler looked at",
                "met Rev Mair Evans at the food bank, she loves hill walking. rev evans wants "
                "a quote for the chapel toilets",
            ),
            days=21,
        )
    )
    assert "Rev. Gareth" not in said and "Rev. Mair" not in said, said
    assert "Hi Gareth" in said, said
    assert "Hi Reverend Evans" in said, said
