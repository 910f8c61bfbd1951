"""User trial 22 (a mortgage adviser in Auckland): places from more of the world keep their
capitals, and texting shorthand is said as the word ("next yr" -> "next year")."""

from __future__ import annotations

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 2222


async def _said(coach: Coach, clock: FakeClock, *notes: str) -> list[str]:
    """Every nudge line and draft the user sees about these notes over the next month."""
    for note in notes:
        await coach.notes.capture(USER, note)
    said = await nudges_and_drafts(coach, clock, 30)
    for line in said:
        assert fragments(line) == [], line
    return said


async def test_places_typed_in_lower_case_keep_their_capitals(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(
        coach,
        clock,
        "met ana fifita at the rotary lunch, she's moving to wellington in the new year",
        "met priya nair at the chamber drinks, her son arjun just started uni at otago",
        "coffee with siobhan kelly, she just got back from a trip to cape town",
    )
    text = "\n".join(said)
    for place in ("Wellington", "Otago", "Cape Town"):
        assert place in text, text
    for lowered in ("wellington", "otago", "cape town"):
        assert lowered not in text, text


async def test_texting_shorthand_is_said_as_the_word(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "met jin-woo park at the brekkie, he wants to buy a second cafe site next yr",
        "coffee w/ hemi walker, he needs help w/ his tax return b4 the end of the mth",
    )
    text = "\n".join(said)
    assert "Jin-Woo" in text and "Hemi" in text, text
    for shorthand in (" yr", " b4 ", " mth", " w/ "):
        assert shorthand not in text, text
