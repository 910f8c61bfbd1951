"""The weekly review lists whom the user still owes a follow-up; someone they have been in
touch with since it fell due (a give, a get, a done nudge) is owed nothing (trial: the review
still said "Fraser Bell, due Thu 10 Dec" after the user gave Fraser an intro on the 11th)."""

from __future__ import annotations

from datetime import timedelta

from bot.relationship_format import review as review_text
from coach.service import Coach
from tests.conftest import FakeClock

USER = 3106


async def due_and_sent(coach: Coach, clock: FakeClock, days: int) -> None:
    clock.advance(timedelta(days=days))
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])


async def test_a_give_since_the_follow_up_fell_due_settles_it(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "Met Morag Findlay at the rotary dinner, she runs a florist")
    await coach.notes.capture(USER, "Met Euan Baird at the rotary dinner, he's a roofer")
    await due_and_sent(coach, clock, 3)
    clock.advance(timedelta(days=1))
    await coach.ledger.record(USER, "gave", "Morag Findlay an intro to a wedding planner".split())
    text = review_text(await coach.reviews.build(USER))
    assert "Morag Findlay" not in text, text
    assert "• <b>Euan Baird</b>, due " in text, text


async def test_a_get_since_the_follow_up_fell_due_settles_it(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "Met Callum Reid at the rotary dinner, he's a surveyor")
    await due_and_sent(coach, clock, 3)
    await coach.ledger.record(USER, "got", "Callum Reid a referral to his lawyer".split())
    text = review_text(await coach.reviews.build(USER))
    assert "Follow-ups still waiting" not in text, text
    assert "<b>Callum Reid</b>, due" not in text, text


async def test_a_give_before_the_follow_up_fell_due_leaves_it_owed(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "Met Isla Munro at the rotary dinner. call her on friday")
    clock.advance(timedelta(hours=2))
    await coach.ledger.record(USER, "gave", "Isla Munro a ticket to the gala".split())
    await due_and_sent(coach, clock, 6)
    text = review_text(await coach.reviews.build(USER))
    assert "• <b>Isla Munro</b>, due " in text, text
