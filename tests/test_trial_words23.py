"""User trial 23 (a florist in Galway): needs the user's own trade meets are offered as
the user's own work, for more trades than before: "Let Deepak know you'd be glad to do
the table flowers", never "keep an eye out for flowers" or "help him find a table flowers"."""

from __future__ import annotations

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2323


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str) -> str:
    """Every /balance line, nudge and draft about these notes over the next month."""
    return "\n".join(await everything_said(coach, clock, USER, work, notes, days=30))


async def test_a_florist_offers_to_do_the_flowers_people_need(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(
        coach,
        clock,
        "florist",
        "met ines duarte at the rotary lunch, opening a bakery in march, needs someone to do "
        "flowers for the launch",
        "after mass met father liam byrne, he wants flowers for the easter altar",
        "aisling walsh runs the harbour hotel, met her at the chamber drinks, wants lobby "
        "flowers every week from february",
    )
    assert "glad to do the flowers for the Easter altar" in said, said
    assert "glad to do the lobby flowers" in said, said
    assert "keep an eye out for" not in said, said
    assert "help him find" not in said and "help her find" not in said, said


async def test_a_mortgage_adviser_offers_help_with_a_refinance_never_an_intro(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(
        coach,
        clock,
        "mortgage adviser",
        "met hemi walker at the rugby club, keen to refinance, his fixed rate rolls off in feb",
        "coffee with losa vake, she wants to buy her first home next year",
    )
    assert "keep an eye out for" not in said, said
    assert "Introduce" not in said, said
    assert "glad to help" in said, said
