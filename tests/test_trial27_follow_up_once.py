"""A follow-up already asked for is not asked for again: "its femi i need to call
wednesday not her" after "call him wednesday" was on Femi made a second "Call Femi on
Wed" (trial 27); so did saying "call him friday" in a second note."""

from __future__ import annotations

from datetime import timedelta

from coach.service import Coach
from storage.contacts import Contacts
from storage.nudges import Nudges
from tests.conftest import FakeClock

USER = 2701


async def waiting_days(coach: Coach, name: str) -> list[str]:
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, USER)
        found = [cid for cid, said, _ in await contacts.named(name) if said == name]
        assert len(found) == 1, found
        nudges = await Nudges(session, USER).waiting(found[0], ("follow_up",))
        return sorted(n.due_at.date().isoformat() for n in nudges)


async def test_a_follow_up_moved_to_whom_it_was_already_for_is_one(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER,
        "Bishop Tunde Bakare from New Covenant stopped by, his wife Funmilayo runs the "
        "choir. call him thursday to confirm the menu",
    )
    (day,) = await waiting_days(coach, "Tunde Bakare")
    clock.advance(timedelta(hours=2))
    await coach.notes.capture(USER, "and its tunde i need to call thursday not her")
    assert await waiting_days(coach, "Tunde Bakare") == [day]


async def test_a_follow_up_said_again_in_another_note_is_one(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "met Ngozi Eze at the bridal fair, text her friday")
    (day,) = await waiting_days(coach, "Ngozi Eze")
    clock.advance(timedelta(hours=5))
    await coach.notes.capture(USER, "Ngozi Eze loved the cake samples, text her friday")
    assert await waiting_days(coach, "Ngozi Eze") == [day]
