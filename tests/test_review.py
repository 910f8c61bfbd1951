"""The weekly review: its contents, when it is due, and its chart."""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta

from matplotlib import image

from bot.charts import render_review
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def test_review_lists_drift_intros_gives_owed_and_counts(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the mixer")
    clock.advance(timedelta(days=60))
    await coach.notes.capture(ALICE, "met Maria Gomez, an accountant at Gomez CPA")
    await coach.notes.capture(ALICE, "met John Park, wants an intro to a good CPA")
    await coach.ledger.record(ALICE, "got", "Maria a referral to her lender".split())
    review = await coach.reviews.build(ALICE)
    assert [d.name for d in review.drifting] == ["Dana Lee"]
    assert [(s.need_name, s.match_name) for s in review.intros] == [("John Park", "Maria Gomez")]
    assert [(o.name, o.what) for o in review.owed] == [("Maria Gomez", "a referral to her lender")]
    assert review.stages == {"know": 3, "like": 0, "trust": 0}
    assert len(review.days) == 7


async def test_review_is_due_sunday_evening_once_and_can_be_turned_off(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the mixer")
    await coach.set_timezone(ALICE, "Europe/Berlin")
    clock.now = datetime(2026, 11, 29, 16, 30, tzinfo=UTC)  # Sunday 17:30 in Berlin
    assert await coach.reviews.claim_due() == []
    clock.now = datetime(2026, 11, 29, 17, 5, tzinfo=UTC)  # 18:05 in Berlin
    assert [u for u, _ in await coach.reviews.claim_due()] == [ALICE]
    clock.advance(timedelta(hours=1))
    assert await coach.reviews.claim_due() == []  # once a week
    clock.advance(timedelta(days=7))
    await coach.reviews.set_enabled(ALICE, False)
    assert await coach.reviews.claim_due() == []
    await coach.reviews.set_enabled(ALICE, True)
    assert [u for u, _ in await coach.reviews.claim_due()] == [ALICE]


async def test_the_chart_is_a_real_png(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the mixer")
    png = render_review(await coach.reviews.build(ALICE))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (800, 400)
    pixels = image.imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (400, 800)


def test_a_week_that_finished_older_follow_ups_never_says_more_done_than_due() -> None:
    from bot.relationship_format import follow_ups_said

    assert follow_ups_said(3, 5) == "3 done of 5 due"
    assert follow_ups_said(6, 5) == "6 done this week, 5 fell due"


async def test_a_week_with_follow_ups_left_undone_says_so_and_names_them(
    coach: Coach, clock: FakeClock
) -> None:
    from bot.relationship_format import review as review_text

    for name in ("Sarah Chen", "Dana Lee", "Marcus Kim"):
        await coach.notes.capture(ALICE, f"met {name} at the chamber breakfast")
    clock.advance(timedelta(days=3))
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])
    review = await coach.reviews.build(ALICE)
    assert (review.done, review.due) == (0, 3)
    text = review_text(review)
    assert "nothing is owed" not in text and "Lovely week" not in text, text
    assert "Follow-ups still waiting" in text
    for name in ("Sarah Chen", "Dana Lee", "Marcus Kim"):
        assert f"• <b>{name}</b>, due " in text, text
    assert "A short hello is all each one takes, and one today is a good start." in text


async def test_only_a_week_with_nothing_left_undone_is_called_lovely(
    coach: Coach, clock: FakeClock
) -> None:
    from bot.relationship_format import review as review_text

    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast")
    clock.advance(timedelta(days=3))
    [outgoing] = await coach.dispatcher.claim_due()
    [nudge] = outgoing.nudges
    await coach.nudges.act(ALICE, nudge.nudge_id, "done")
    text = review_text(await coach.reviews.build(ALICE))
    assert "Follow-ups: 1 done of 1 due." in text, text
    assert "Follow-ups still waiting" not in text
    assert "Everyone is in touch and nothing is owed. Lovely week." in text


async def test_a_week_that_did_its_own_follow_ups_but_left_an_older_one_says_it_is_waiting(
    coach: Coach, clock: FakeClock
) -> None:
    # Trial 21: "Follow-ups: 4 done of 4 due." above five people still waiting from earlier.
    from bot.relationship_format import review as review_text

    await coach.notes.capture(ALICE, "met Dana Lee at the chamber breakfast")
    clock.advance(timedelta(days=3))
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])
    clock.advance(timedelta(days=7))
    await coach.notes.capture(ALICE, "met Sarah Chen at the rotary lunch")
    clock.advance(timedelta(days=3))
    [outgoing] = await coach.dispatcher.claim_due()
    sarah = next(n for n in outgoing.nudges if "Sarah" in (n.person or ""))
    await coach.nudges.act(ALICE, sarah.nudge_id, "done")
    text = review_text(await coach.reviews.build(ALICE))
    assert "Follow-ups: 1 done this week, 1 still waiting." in text, text
    assert "• <b>Dana Lee</b>, due " in text, text


def test_a_week_with_no_follow_ups_due_says_none_fell_due() -> None:
    from bot.relationship_format import follow_ups_said

    assert follow_ups_said(0, 0) == "none fell due this week"


async def test_a_drafted_follow_up_not_yet_said_sent_is_still_listed_as_drafted(
    coach: Coach, clock: FakeClock
) -> None:
    from bot.relationship_format import review as review_text

    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast")
    clock.advance(timedelta(days=3))
    [outgoing] = await coach.dispatcher.claim_due()
    [nudge] = outgoing.nudges
    await coach.nudges.draft(ALICE, nudge.nudge_id)
    text = review_text(await coach.reviews.build(ALICE))
    assert "• <b>Sarah Chen</b>, due " in text, text
    assert "(drafted; tap ✅ Sent it once it's gone)" in text
    assert "A short hello today is all it takes." in text
    assert "Lovely week" not in text
