"""Trial 19 (Dev, a sports physiotherapist in Leeds): a need his own trade meets is his to
offer, never an eye kept out or someone to think of; no "a someone", no "How is doing…",
no "What got you into" a condition or a person; a relative's need is the relative's."""

from __future__ import annotations

import pytest

from coach.service import Coach

DEV = 1901
PHYSIO = "sports physio clinic, msk assessments and injury rehab"


async def _lines(coach: Coach, work: str | None, *notes: str) -> list[str]:
    """What /balance and the nudge list tell the user, and the drafts of each nudge."""
    if work is not None:
        await coach.set_my_work(DEV, work)
    for note in notes:
        await coach.notes.capture(DEV, note)
    balance = await coach.ledger.balance(DEV)
    lines = [b.hint for b in [*balance.only_taken, *balance.give_first]]
    return lines + [n.idea for n in await coach.nudges.upcoming(DEV)]


def _about(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if name in line]


# --- 1. the user's own trade is his to offer ------------------------------------------------


@pytest.mark.parametrize(
    ("work", "note", "name", "said"),
    [
        (PHYSIO,
         "Met Liam Walsh at the Roundhay rugby club, head coach, he wants a physio stall at "
         "their family fun day.",
         "Liam", "glad to run the physio stall"),
        (PHYSIO,
         "Met Priya Shah at the running club, she's looking for a gait analysis before her "
         "first ultra.",
         "Priya", "glad to do the gait analysis"),
        ("physiotherapist",
         "Met Tom Reilly at the cricket club, he needs someone pitchside on sundays.",
         "Tom", "glad to be pitchside on sundays"),
        ("wedding photographer",
         "Met Ana Lopes at the mixer, she's looking for a photographer for her shop launch.",
         "Ana", "you could be the photographer"),
        ("personal trainer",
         "Met Kwame Boateng at the chamber, he wants a personal trainer for his staff.",
         "Kwame", "you could be the personal trainer"),
    ],
)  # fmt: skip
async def test_a_need_the_users_trade_meets_is_offered_not_watched_for(
    coach: Coach, work: str, note: str, name: str, said: str
) -> None:
    lines = _about(await _lines(coach, work, note), name)
    assert lines
    for line in lines:
        assert "keep an eye out" not in line, line
        assert "think of someone" not in line, line
        assert "find a" not in line, line
    assert any(said in line for line in lines), lines


@pytest.mark.parametrize(
    "need",
    [
        "wants a sports massage for his sore calves",
        "needs some rehab on her knee after the ski trip",
        "is looking for an MSK screening for the warehouse team",
    ],
)
async def test_a_physio_need_is_never_someone_to_think_of_in_balance(
    coach: Coach, need: str
) -> None:
    note = f"Met Sam Okoro at the gym, {need}."
    lines = _about(await _lines(coach, "physio", note), "Sam")
    for line in lines:
        assert "think of someone" not in line, line
        assert "keep an eye out" not in line, line


async def test_another_trade_still_watches_for_a_physio(coach: Coach) -> None:
    note = "Met Liam Walsh at the rugby club, he wants a physio stall at their fun day."
    lines = _about(await _lines(coach, "mortgage broker", note), "Liam")
    assert any("keep an eye out for a physio stall" in line for line in lines), lines

