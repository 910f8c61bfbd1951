"""Only real contact is a touch: a note of meeting or talking with someone, a done follow-up,
a give or a get. A name mentioned in passing, news heard second-hand and corrections are not
(the rule: nlp/contact.py)."""

from __future__ import annotations

from datetime import timedelta

from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def why(coach: Coach, name: str) -> str:
    lookup = await coach.people.lookup(ALICE, name)
    assert lookup.card is not None and lookup.card.relationship is not None, name
    return lookup.card.relationship.why


async def test_only_meeting_or_talking_with_someone_is_a_touch(
    coach: Coach, clock: FakeClock
) -> None:
    for note in [
        "met Mike Brennan, realtor at keller williams",
        "met Priya Natarajan, CFO at Apex",
        "met Chidi Okafor at the chamber breakfast",
        "met Fatima Al-Sayed from Crescent Bank",
        "met Tomasz Kowalczyk at the BNI lunch",
        "met Leah Goldberg, a real estate attorney",
    ]:
        await coach.notes.capture(ALICE, note)
    clock.advance(timedelta(days=3))
    # Mentioned in brackets in a note about someone else.
    await coach.notes.capture(
        ALICE,
        "Grace Oyelaran-Smith, realtor at compass (mike's colleague). into running, "
        "just did the atlanta half",
    )
    clock.advance(timedelta(days=1))
    # Second-hand news, and a correction.
    await coach.notes.capture(ALICE, "mike switched to compass")
    await coach.notes.capture(ALICE, "correction: priya is VP finance not CFO")
    clock.advance(timedelta(days=1))
    # Heard from Chidi: a touch for Chidi, news about Fatima.
    await coach.notes.capture(ALICE, "heard from chidi, fatima approved his loan")
    clock.advance(timedelta(days=1))
    card = await coach.notes.capture(
        ALICE, "call with tomasz, kuba made the all-star team. leah is handling his lease review"
    )
    assert card.stage_changes == []
    assert (await why(coach, "mike")).startswith("1 touch over 0 days")
    assert (await why(coach, "priya")).startswith("1 touch over 0 days")
    assert (await why(coach, "fatima")).startswith("1 touch over 0 days")
    assert (await why(coach, "leah")).startswith("1 touch over 0 days")
    assert (await why(coach, "chidi")).startswith("2 touches over 5 days")
    assert (await why(coach, "tomasz")).startswith("2 touches over 6 days")
    assert (await why(coach, "grace")).startswith("1 touch over 0 days")
    # /check counts conversations the same way.
    check = await coach.drafts.check_draft(ALICE, "@Mike Brennan Hi Mike, how was the move?")
    assert check.relationship is not None
    assert "you've met once" in check.relationship.describe()


async def test_people_met_together_are_each_touched(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(ALICE, "met Chidi Okafor at the chamber breakfast")
    await coach.notes.capture(ALICE, "met Ngozi Eze at the chamber breakfast")
    clock.advance(timedelta(days=2))
    await coach.notes.capture(ALICE, "dinner w chidi and ngozi to celebrate the loan")
    assert (await why(coach, "chidi")).startswith("2 touches")
    assert (await why(coach, "ngozi")).startswith("2 touches")


async def test_a_logged_meeting_closes_the_follow_up_due_that_day(
    coach: Coach, clock: FakeClock
) -> None:
    from bot.relationship_format import note_lines
    from storage.models import Nudge

    await coach.notes.capture(ALICE, "met Mike Brennan, realtor at keller williams")
    due = await coach.nudges.add_follow_up(ALICE, "mike", "tomorrow", "coffee")
    later = await coach.nudges.add_follow_up(ALICE, "mike", "in 10 days", "the listing")
    clock.advance(timedelta(days=2))
    # It was sent yesterday and not answered: overdue, it is closed too.
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])
    card = await coach.notes.capture(ALICE, "coffee with mike b this morning, he loves hockey")
    assert "✅ Follow-up with Mike done" in note_lines(card)
    async with coach.rt.unit_of_work() as session:
        assert (await session.get(Nudge, due.nudge_id)).status == "done"  # type: ignore[union-attr]
        assert (await session.get(Nudge, later.nudge_id)).status == "pending"  # type: ignore[union-attr]
    review = await coach.reviews.build(ALICE)
    assert sum(d.done for d in review.days) == 1
    assert due.nudge_id not in {n.nudge_id for n in await coach.nudges.upcoming(ALICE)}
    # Undoing the note opens the follow-up again.
    await coach.notes.undo(ALICE)
    assert due.nudge_id in {n.nudge_id for n in await coach.nudges.upcoming(ALICE)}
    assert sum(d.done for d in (await coach.reviews.build(ALICE)).days) == 0
    # News about him closes nothing.
    card = await coach.notes.capture(ALICE, "mike switched to compass")
    assert note_lines(card) == [] or "✅" not in " ".join(note_lines(card))


async def test_a_touch_stamped_after_now_reads_as_today_never_negative(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Marisol Dela Cruz at the BNI lunch, caterer")
    # The clock steps back (skew, or a note dated "today" in a zone further east).
    clock.advance(-timedelta(hours=20))
    lookup = await coach.people.lookup(ALICE, "marisol")
    assert lookup.card is not None and lookup.card.relationship is not None
    recency = lookup.card.relationship.health.recency
    assert "last touch today" in recency and "-" not in recency, recency


async def test_someone_only_heard_of_has_no_touch_on_their_card(
    coach: Coach, clock: FakeClock
) -> None:
    """Trial 25: Harold's card said "0 touches" and "last touch 5 days ago" at once."""
    await coach.notes.capture(
        ALICE, "coffee w rosa lima, her boss Dr. Harold Whitfield is picky about gluten free"
    )
    clock.advance(timedelta(days=5))
    lookup = await coach.people.lookup(ALICE, "harold whitfield")
    assert lookup.card is not None and lookup.card.relationship is not None
    said = lookup.card.relationship
    assert "last touch" not in said.health.recency and "no touch yet" in said.health.recency
    assert "0 touches" not in said.why and "no touches yet" in said.why, said.why
