"""User trials, words 6: a need for the user's own trade said another way is theirs to
offer; "good to meet" only to someone met, and met now; volunteers and the people who
want to volunteer meet."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 6006


async def _nudges_and_drafts(coach: Coach, clock: FakeClock, days: int = 3) -> list[str]:
    return await nudges_and_drafts(coach, clock, days)


# --- 1. the user's own trade, said another way ----------------------------------------------


async def test_a_lender_need_is_a_business_bankers_own_to_offer(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_my_work(USER, "small-business banker at First Community Bank")
    await coach.notes.capture(
        USER,
        "met Marco Rossi at the chamber breakfast, owns Trattoria Rossi, needs a commercial "
        "lender for his new pizza oven",
    )
    # the give-first line, a week or two after the first "good to meet" (trial 20: help,
    # never "you could be his lender")
    said = " ".join(await _nudges_and_drafts(coach, clock, 21))
    assert (
        "know you'd be glad to help if he's still looking for a commercial lender for his new "
        "pizza oven" in said
    ), said
    assert "could be" not in said, said
    assert (
        "If you're still looking for a commercial lender for your new pizza oven, I'd be "
        "glad to help." in said
    ), said
    assert "keep an eye out" not in said and "think of someone" not in said, said
    balance = await coach.ledger.balance(USER)
    hints = " ".join(b.hint for b in balance.give_first)
    assert "think of someone" not in hints and "/find" not in hints, hints


async def test_a_banker_the_user_knows_is_who_a_lender_need_is_introduced_to(
    coach: Coach,
) -> None:
    await coach.notes.capture(
        USER, "met Rosa Diaz at the bni lunch, she is a commercial banker at Summit Bank"
    )
    await coach.notes.capture(
        USER, "coffee with Ade Bello, runs a catering company, needs a lender for new vans"
    )
    balance = await coach.ledger.balance(USER)
    hints = " ".join(b.hint for b in balance.give_first)
    assert "Introduce Ade to Rosa Diaz" in hints, hints


# --- 2. "good to meet" only to someone met, and met now --------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "emailed with Priya Shah, haven't met yet, she runs Spice Route and is opening a "
        "second location in march",
        "heard from Dana Brooks that her pastor, Rev. James Cole, runs the food pantry",
        "met Carla Diaz years ago at a conference, she just opened a bakery on main street",
        "reconnected with Omar Haddad on linkedin, he is training for the boston marathon",
    ],
)
async def test_good_to_meet_is_said_only_after_a_first_meeting(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    await coach.notes.capture(USER, note)
    said = await _nudges_and_drafts(coach, clock)
    for line in said:
        assert "to meet" not in line, said
        assert fragments(line) == [], line


async def test_a_recent_first_meeting_is_still_good_to_meet(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        USER, "coffee with Priya Shah, she runs Spice Route and is opening a second location"
    )
    said = await _nudges_and_drafts(coach, clock)
    assert said and "good to meet" in said[0] and "great to meet you" in said[1], said


# --- 3. volunteers and people who want to volunteer ------------------------------------------


@pytest.mark.parametrize(
    "wants",
    [
        "met Sam Ortiz at the chamber breakfast, he wants to volunteer on weekends",
        "coffee with Sam Ortiz, he is looking for volunteer work",
    ],
)
async def test_a_nonprofit_that_needs_volunteers_meets_someone_who_wants_to_volunteer(
    coach: Coach, wants: str
) -> None:
    await coach.notes.capture(
        USER,
        "met Linda Park at the rotary lunch, she runs the Eastside Food Pantry, the "
        "pantry needs volunteers",
    )
    await coach.notes.capture(USER, wants)
    balance = await coach.ledger.balance(USER)
    hints = {b.name: b.hint for b in balance.give_first}
    assert "Sam Ortiz" in hints.get("Linda Park", ""), hints
    # wanting to give time is no need of theirs: never "Sam needs a volunteer"
    assert "needs a volunteer" not in " ".join(hints.values()), hints
    for hint in hints.values():
        assert fragments(hint) == [], hint
