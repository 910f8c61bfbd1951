"""Nudges at the service layer: scheduling, dispatch rules and the user's actions."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from coach.ideas import Person, idea, opener
from coach.nudges import BadWhen, NotFound, follow_up_from_words
from coach.sentences import Detail
from coach.service import Coach
from storage.models import Interaction, Nudge
from tests.conftest import POSTGRES_URL, FakeClock

ALICE = 1001


async def statuses(coach: Coach, user_id: int = ALICE) -> list[tuple[str, str]]:
    async with coach.rt.unit_of_work() as session:
        rows = await session.execute(
            select(Nudge.kind, Nudge.status).where(Nudge.user_id == user_id).order_by(Nudge.id)
        )
        return [(kind, status) for kind, status in rows]


async def deliver_all(coach: Coach) -> list[str]:
    """Claim what's due and confirm each as sent, like the bot's job does."""
    names = []
    for outgoing in await coach.dispatcher.claim_due():
        for nudge in outgoing.nudges:
            await coach.dispatcher.sent_many([([nudge.nudge_id], 1)])
            names.append(nudge.person or "")
    return names


async def test_a_new_contact_gets_a_first_then_a_give_value_nudge(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast, loves sailing")
    assert await coach.dispatcher.claim_due() == []
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    [nudge] = outgoing.nudges
    assert (nudge.kind, nudge.person, nudge.met_at) == ("first", "Sarah Chen", "chamber breakfast")
    assert "sailing" in nudge.idea
    await coach.dispatcher.sent_many([([nudge.nudge_id], 7)])
    assert await coach.dispatcher.claim_due() == []

    clock.advance(timedelta(days=12))
    assert await deliver_all(coach) == ["Sarah Chen"]
    # After the give-value nudge, a keep-in-touch one is lined up at the stage's cadence.
    assert await statuses(coach) == [
        ("first", "sent"),
        ("give_value", "sent"),
        ("keep_in_touch", "pending"),
    ]


async def test_a_nudge_the_coach_plans_never_lands_on_christmas_day(
    coach: Coach, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 12, 23, 15, 0, tzinfo=UTC)
    await coach.notes.capture(ALICE, "met Ola Bankole at the office party, loves jazz")
    days = [n.due.date().isoformat() for n in await coach.nudges.upcoming(ALICE)]
    assert days and "2026-12-25" not in days, days
    assert days[0] == "2026-12-26", days


async def test_a_claimed_nudge_that_was_never_confirmed_is_retried_after_the_lease(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen")
    clock.advance(timedelta(days=2))
    [first] = await coach.dispatcher.claim_due()
    # The process dies here: no sent() call. Nothing is sent twice while the lease holds...
    assert await coach.dispatcher.claim_due() == []
    clock.advance(coach.settings.nudges.claim_lease + timedelta(seconds=1))
    # ...and nothing is lost after it runs out.
    [again] = await coach.dispatcher.claim_due()
    assert again.nudges[0].nudge_id == first.nudges[0].nudge_id


async def test_an_explicit_follow_up_replaces_the_generic_nudge_due_around_then(
    coach: Coach,
) -> None:
    card = await coach.notes.capture(
        ALICE, "met Sarah Chen, follow up friday about the mentoring program"
    )
    assert [f.what for f in card.follow_ups] == ["mentoring program"]
    assert await statuses(coach) == [
        ("first", "cancelled"),
        ("give_value", "pending"),
        ("follow_up", "pending"),
    ]
    upcoming = await coach.nudges.upcoming(ALICE)
    assert [n.kind for n in upcoming] == ["follow_up", "give_value"]
    assert upcoming[0].idea == "Follow up with Sarah about the mentoring program"
    # Friday 27 November at 09:00 in the user's timezone (UTC here).
    assert upcoming[0].due == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


async def test_done_logs_an_interaction_and_lines_up_the_next_touch(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen, her daughter is applying to college")
    clock.advance(timedelta(days=14))
    outgoing = await coach.dispatcher.claim_due()
    ids = [n.nudge_id for o in outgoing for n in o.nudges]
    assert len(ids) == 2  # the first and the give-value nudge are both due now
    for nudge_id in ids:
        assert await coach.nudges.act(ALICE, nudge_id, "done") is not None
    async with coach.rt.unit_of_work() as session:
        touches = await session.scalar(
            select(func.count()).select_from(Interaction).where(Interaction.kind == "nudge_done")
        )
    assert touches == 2
    pending = [n for n in await coach.nudges.upcoming(ALICE)]
    assert pending == []  # the keep-in-touch nudge is 21 days out, beyond the 14-day view
    assert await statuses(coach) == [
        ("first", "done"),
        ("give_value", "done"),
        ("keep_in_touch", "pending"),
    ]
    # A finished nudge can't be acted on twice.
    assert await coach.nudges.act(ALICE, ids[0], "done") is None


async def test_snooze_and_skip(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen")
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    nudge_id = outgoing.nudges[0].nudge_id
    await coach.dispatcher.sent_many([([nudge_id], 3)])
    result = await coach.nudges.act(ALICE, nudge_id, "day")
    assert result is not None
    assert await coach.dispatcher.claim_due() == []
    clock.advance(timedelta(days=1))
    [again] = await coach.dispatcher.claim_due()
    assert again.nudges[0].nudge_id == nudge_id
    assert await coach.nudges.act(ALICE, nudge_id, "skip") is not None
    assert (await statuses(coach))[0] == ("first", "skipped")


async def test_nudges_wait_for_the_end_of_quiet_hours_in_the_users_timezone(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_timezone(ALICE, "Europe/Berlin")
    await coach.notes.capture(ALICE, "met Sarah Chen")
    # Two days later at 21:30 UTC it is 22:30 in Berlin: quiet.
    clock.now = datetime(2026, 11, 28, 21, 30, tzinfo=UTC)
    assert await coach.dispatcher.claim_due() == []
    clock.now = datetime(2026, 11, 29, 6, 59, tzinfo=UTC)  # 07:59 in Berlin
    assert await coach.dispatcher.claim_due() == []
    clock.now = datetime(2026, 11, 29, 7, 0, tzinfo=UTC)  # 08:00 in Berlin
    assert len(await coach.dispatcher.claim_due()) == 1
    # The user's own quiet hours win over the default.
    assert await coach.nudges.set_quiet_hours(ALICE, "07:00-10:00") == "07:00-10:00"


async def test_at_most_max_per_day_the_most_important_first(coach: Coach, clock: FakeClock) -> None:
    for name in ["Anna Lee", "Ben Cho", "Carla Diaz", "Dan Fox", "Emma Gray", "Fred Hunt"]:
        await coach.notes.capture(ALICE, f"met {name} at the expo")
    await coach.notes.capture(ALICE, "met Greg Ives at the expo, follow up in 3 days")
    clock.advance(timedelta(days=3, hours=1))
    sent = await deliver_all(coach)
    assert len(sent) == coach.settings.nudges.max_per_day == 5
    assert sent[0] == "Greg Ives"  # the explicit follow-up goes first
    assert await deliver_all(coach) == []  # the rest roll to tomorrow
    clock.advance(timedelta(days=1))
    assert len(await deliver_all(coach)) == 2


async def test_digest_groups_the_days_nudges_in_one_morning_message(
    coach: Coach, clock: FakeClock
) -> None:
    assert await coach.nudges.set_digest(ALICE, "8:30") == "08:30"
    for name in ["Anna Lee", "Ben Cho", "Carla Diaz"]:
        await coach.notes.capture(ALICE, f"met {name} at the expo")
    clock.now = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    assert await coach.dispatcher.claim_due() == []  # before 08:30
    clock.now = datetime(2026, 11, 29, 8, 31, tzinfo=UTC)
    [digest] = await coach.dispatcher.claim_due()
    assert digest.digest and len(digest.nudges) == 3


async def test_pause_holds_nudges_and_resume_releases_them(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen")
    await coach.nudges.pause(ALICE, "7d")
    clock.advance(timedelta(days=3))
    assert await coach.dispatcher.claim_due() == []
    assert await coach.nudges.resume(ALICE)
    assert len(await coach.dispatcher.claim_due()) == 1
    with pytest.raises(ValueError):
        await coach.nudges.pause(ALICE, "a while")


async def test_a_user_who_blocked_the_bot_gets_no_nudges_until_they_return(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen")
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    await coach.dispatcher.user_unreachable(ALICE, [outgoing.nudges[0].nudge_id])
    clock.advance(timedelta(days=1))
    assert await coach.dispatcher.claim_due() == []
    await coach.notes.capture(ALICE, "met Dana Lee")  # writing to the bot again
    assert len(await coach.dispatcher.claim_due()) == 1


async def test_followup_by_hand_finds_name_date_and_reason(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics")
    words = "sarah chen next tuesday about the mentoring program".split()
    view = await follow_up_from_words(coach.nudges, ALICE, words)
    assert view.person == "Sarah Chen"
    assert view.due.date().isoformat() == "2026-12-01"
    assert view.idea.endswith("about the mentoring program") or view.idea.endswith(
        "about mentoring program"
    )
    with pytest.raises(NotFound):
        await follow_up_from_words(coach.nudges, ALICE, ["nobody", "friday"])
    with pytest.raises(BadWhen):
        await follow_up_from_words(coach.nudges, ALICE, ["sarah", "someday", "maybe"])


async def test_followup_by_the_12th_means_this_months_12th_as_in_a_note(
    coach: Coach, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # Monday 7 December
    await coach.notes.capture(ALICE, "met Jan-Erik Weber, organizes the design meetup")
    words = "Jan-Erik by the 12th about the speaker slot".split()
    view = await follow_up_from_words(coach.nudges, ALICE, words)
    # The 12th is a Saturday: due the working day before, as the note reader has it.
    assert view.due.date().isoformat() == "2026-12-11"
    assert view.idea.endswith("about the speaker slot")
    # A day of the month already past this month is next month's.
    view = await follow_up_from_words(coach.nudges, ALICE, "jan-erik by the 5th".split())
    assert view.due.date().isoformat() == "2027-01-05"


async def test_cadence_per_contact(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen")
    name, every = await coach.nudges.set_cadence(ALICE, "sarah", "every 45d")
    assert (name, every) == ("Sarah Chen", timedelta(days=45))
    with pytest.raises(ValueError):
        await coach.nudges.set_cadence(ALICE, "sarah", "5m")


@pytest.mark.parametrize("kind", ["first", "give_value", "keep_in_touch", "follow_up"])
def test_ideas_are_personal_and_never_salesy(kind: str) -> None:
    details = [
        Detail("family", "daughter applying to college", 1),
        Detail("interest", "sailing", 2),
        Detail("need", "an intro to a good CPA", 3),
    ]
    person = Person("Sarah Chen", "chamber breakfast", details, pronoun="she")
    for text in (idea(person, kind, "the gala").text, opener(person, kind, "the gala")):
        assert "Sarah" in text
        assert not {"pitch", "sell", "close", "buy"} & set(text.lower().split())
    assert idea(person, "give_value").text == (
        "Sarah needs a good CPA: think of someone you know who could help"
    )


@pytest.mark.skipif(not POSTGRES_URL, reason="two dispatchers need PostgreSQL's SKIP LOCKED")
async def test_two_dispatchers_on_postgres_deliver_each_nudge_exactly_once(
    coach: Coach, clock: FakeClock, extraction: object
) -> None:
    async with coach.rt.unit_of_work() as session:
        from storage.users import Users

        for user_id in range(1, 101):
            await Users(session).get_or_create(user_id)
            for n in range(5):
                session.add(
                    Nudge(user_id=user_id, kind="follow_up", reason=f"n{n}", due_at=clock.now)
                )
    other = Coach(coach.settings, clock=clock, extraction=coach.extraction)
    delivered: list[int] = []

    async def run(dispatcher_coach: Coach) -> None:
        for _ in range(20):
            for outgoing in await dispatcher_coach.dispatcher.claim_due():
                ids = [n.nudge_id for n in outgoing.nudges]
                delivered.extend(ids)
                await dispatcher_coach.dispatcher.sent_many([(ids, 1)])

    try:
        await asyncio.gather(run(coach), run(other))
    finally:
        await other.close()
    assert len(delivered) == 500
    assert len(set(delivered)) == 500


async def add_due(coach: Coach, user_id: int, count: int, due_at: datetime, **user: object) -> None:
    async with coach.rt.unit_of_work() as session:
        from storage.users import Users

        row = await Users(session).get_or_create(user_id)
        for name, value in user.items():
            setattr(row, name, value)
        session.add_all(
            Nudge(user_id=user_id, kind="follow_up", reason=f"n{n}", due_at=due_at)
            for n in range(count)
        )


async def test_nudges_held_back_do_not_hide_the_ones_queued_behind_them(
    coach: Coach, clock: FakeClock
) -> None:
    # 600 older nudges in quiet hours (10:00 UTC is inside 09:00-11:00), then one that may go.
    await add_due(coach, 1, 600, clock.now - timedelta(days=1), quiet_hours="09:00-11:00")
    await add_due(coach, 2, 1, clock.now - timedelta(hours=1))
    [outgoing] = await coach.dispatcher.claim_due()
    assert outgoing.user_id == 2


async def test_claims_still_in_their_lease_count_against_the_daily_limit(
    coach: Coach, clock: FakeClock
) -> None:
    await add_due(coach, ALICE, 10, clock.now - timedelta(hours=1))
    [first] = await coach.dispatcher.claim_due(limit=3)
    assert len(first.nudges) == 3
    # Not yet confirmed as sent, but claimed: only two more may go today.
    [second] = await coach.dispatcher.claim_due()
    assert len(second.nudges) == coach.settings.nudges.max_per_day - 3
    assert await coach.dispatcher.claim_due() == []


async def test_a_batch_of_sends_is_recorded_at_once_and_lines_up_one_next_touch(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen, her daughter is applying to college")
    clock.advance(timedelta(days=14))
    [outgoing] = await coach.dispatcher.claim_due()
    await coach.dispatcher.sent_many(
        [([n.nudge_id], 10 + i) for i, n in enumerate(outgoing.nudges)]
    )
    assert await statuses(coach) == [
        ("first", "sent"),
        ("give_value", "sent"),
        ("keep_in_touch", "pending"),
    ]
    assert await coach.dispatcher.claim_due() == []


async def test_an_ignored_nudge_stays_answerable_until_a_newer_one_replaces_it(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast")
    clock.advance(timedelta(days=2))
    assert await deliver_all(coach) == ["Sarah Chen"]
    # A busy week and more: the unanswered nudge is still there to answer.
    clock.advance(timedelta(days=10))
    sent = [(n.kind, n.person) for n in await coach.nudges.upcoming(ALICE) if n.sent]
    assert sent == [("first", "Sarah Chen")]
    # The give-value nudge about her arrives: it replaces the older one on /nudges.
    clock.advance(timedelta(days=2))
    assert await deliver_all(coach) == ["Sarah Chen"]
    sent = [(n.kind, n.person) for n in await coach.nudges.upcoming(ALICE) if n.sent]
    assert sent == [("give_value", "Sarah Chen")]


@pytest.mark.parametrize("action", ["draft", "day", "done", "skip"])
async def test_a_replaced_nudge_stays_off_the_list_once_the_newer_one_is_handled(
    coach: Coach, clock: FakeClock, action: str
) -> None:
    """Handling the newer nudge about someone doesn't bring back the older one it replaced:
    /nudges lists only what is still waiting for the user."""
    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast")
    clock.advance(timedelta(days=2))
    assert await deliver_all(coach) == ["Sarah Chen"]
    clock.advance(timedelta(days=12))
    assert await deliver_all(coach) == ["Sarah Chen"]
    [newer] = [n for n in await coach.nudges.upcoming(ALICE) if n.sent]
    assert newer.kind == "give_value"
    if action == "draft":
        assert await coach.nudges.draft(ALICE, newer.nudge_id) is not None
    else:
        assert await coach.nudges.act(ALICE, newer.nudge_id, action) is not None
    assert [n.kind for n in await coach.nudges.upcoming(ALICE) if n.sent] == []


async def test_nudges_lists_sent_unanswered_ones_of_the_last_days_with_their_buttons(
    coach: Coach, clock: FakeClock, tmp_path: object
) -> None:
    import io

    from bot.console import Console
    from bot.nudge_format import upcoming_message

    for name in ("Sarah Chen", "Dana Lee", "Marcus Kim"):
        await coach.notes.capture(ALICE, f"met {name} at the chamber breakfast")
    clock.advance(timedelta(days=2))
    # Three nudges arrive together; in the console only the last one's choices answer.
    assert sorted(await deliver_all(coach)) == ["Dana Lee", "Marcus Kim", "Sarah Chen"]
    listed = await coach.nudges.upcoming(ALICE)
    sent = [n for n in listed if n.sent]
    assert {n.person for n in sent} == {"Sarah Chen", "Dana Lee", "Marcus Kim"}
    assert listed[: len(sent)] == sent, "the sent ones come first"
    text = upcoming_message(listed, 14)
    # They are the coach's nudges the user hasn't acted on, not messages of theirs that
    # nobody answered: the heading says whose they are and what they wait for.
    heading = "📬 Nudges I sent you lately that you haven't acted on yet:"
    assert text.index(heading) < text.index("Coming up in the next 14")
    assert "not answered" not in text
    assert text.count("1. ") == 1
    # The console's /nudges answers an earlier one: its draft, then Done.
    out = io.StringIO()
    console = Console(coach, ALICE, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await console.handle("/nudges")
    first = next(i for i, n in enumerate(listed) if n.person == "Sarah Chen") + 1
    await console.handle(str(first))
    # Its menu is numbered on after the list's choices, as every follow-up menu is.
    await console.handle(re.findall(r"(\d+)\) ✍️ Draft", out.getvalue())[-1])
    assert "opener" in out.getvalue()
    assert "marked this nudge as handled" in out.getvalue()
    await console.handle(re.findall(r"(\d+)\) ✅ Sent it", out.getvalue())[-1])
    assert "Logged your touch with Sarah Chen" in out.getvalue()
    after = await coach.nudges.upcoming(ALICE)
    assert {n.person for n in after if n.sent} == {"Dana Lee", "Marcus Kim"}
    # Unanswered ones stay a while (SENT_LISTED_FOR), then leave the list.
    clock.advance(timedelta(days=4))
    assert {n.person for n in await coach.nudges.upcoming(ALICE) if n.sent} == {
        "Dana Lee",
        "Marcus Kim",
    }
    clock.advance(timedelta(days=15))
    assert not any(n.sent for n in await coach.nudges.upcoming(ALICE))


async def test_a_sent_nudge_is_listed_and_drafted_with_the_words_that_were_sent(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast, loves sailing")
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    [sent] = outgoing.nudges
    await coach.dispatcher.sent_many([([sent.nudge_id], 7)])
    assert "sailing" in sent.idea
    # Its detail is now "the last one used", which the next nudge avoids; the sent nudge
    # itself still reads as it went, and its draft talks about the same thing.
    clock.advance(timedelta(hours=3))
    [listed] = [n for n in await coach.nudges.upcoming(ALICE) if n.sent]
    assert listed.idea == sent.idea
    draft = await coach.nudges.draft(ALICE, sent.nudge_id)
    assert draft is not None and "sailing" in draft.opener


async def test_a_sent_nudge_keeps_its_words_after_a_later_note_replaces_its_detail(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        ALICE, "Met Dana Lee at the chamber breakfast. She is training for the Chicago marathon."
    )
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    [sent] = outgoing.nudges
    await coach.dispatcher.sent_many([([sent.nudge_id], 7)])
    assert "marathon training" in sent.idea
    await coach.notes.capture(ALICE, "Dana Lee just ran the Chicago marathon!")
    listed = [n for n in await coach.nudges.upcoming(ALICE) if n.nudge_id == sent.nudge_id]
    assert all(n.idea == sent.idea for n in listed)
    draft = await coach.nudges.draft(ALICE, sent.nudge_id)
    assert draft is not None and "marathon training" in draft.opener, draft


async def test_a_sent_nudge_keeps_its_words_after_a_later_get_is_logged(
    coach: Coach, clock: FakeClock
) -> None:
    """/nudges lists what was sent, not a thank-you for something that happened since."""
    await coach.notes.capture(
        ALICE, "met Marek Kowalczyk at the chamber lunch, frustrated with their current broker"
    )
    clock.advance(timedelta(days=2))
    [outgoing] = await coach.dispatcher.claim_due()
    [sent] = outgoing.nudges
    await coach.dispatcher.sent_many([([sent.nudge_id], 7)])
    clock.advance(timedelta(days=1))
    await coach.ledger.record(ALICE, "got", "marek intro to his cpa ewa nowak".split())
    [listed] = [n for n in await coach.nudges.upcoming(ALICE) if n.nudge_id == sent.nudge_id]
    assert listed.idea == sent.idea


async def test_taking_a_draft_handles_the_nudge_but_logs_no_touch_until_it_is_sent(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the chamber breakfast, loves sailing")
    clock.advance(timedelta(days=14))
    assert await deliver_all(coach) == ["Sarah Chen", "Sarah Chen"]  # first and give-value
    clock.advance(timedelta(days=30))
    [outgoing] = await coach.dispatcher.claim_due()
    [nudge] = outgoing.nudges
    assert nudge.kind == "keep_in_touch"
    await coach.dispatcher.sent_many([([nudge.nudge_id], 9)])

    draft = await coach.nudges.draft(ALICE, nudge.nudge_id)
    assert draft is not None and draft.person == "Sarah Chen" and draft.opener
    # Acted on: off the "sent, not answered" list, and it doesn't come back a week later.
    assert not any(n.sent for n in await coach.nudges.upcoming(ALICE))
    assert ("keep_in_touch", "drafted") in await statuses(coach)
    # ...but nothing was sent yet, so no touch is logged.
    async with coach.rt.unit_of_work() as session:
        touches = await session.scalar(
            select(func.count()).select_from(Interaction).where(Interaction.kind == "nudge_done")
        )
    assert touches == 0
    clock.advance(timedelta(days=8))
    assert await deliver_all(coach) == []
    # Saying it was sent (Done under the draft) logs the touch.
    result = await coach.nudges.act(ALICE, nudge.nudge_id, "done")
    assert result is not None
    async with coach.rt.unit_of_work() as session:
        touches = await session.scalar(
            select(func.count()).select_from(Interaction).where(Interaction.kind == "nudge_done")
        )
    assert touches == 1


async def test_the_draft_reply_says_the_nudge_is_handled_and_how_to_log_the_touch() -> None:
    from bot.nudge_format import draft_message
    from coach.views import NudgeDraft

    text = draft_message(NudgeDraft(5, "Hi Sarah, how was the regatta?", "Sarah Chen"))
    assert "Hi Sarah, how was the regatta?" in text
    assert "won't come back" in text
    assert "tap ✅ Sent it and I'll log your touch with Sarah." in text


async def test_people_met_at_one_event_are_nudged_a_few_a_day_not_all_one_morning(
    coach: Coach, clock: FakeClock
) -> None:
    from collections import Counter

    from bot.nudge_format import upcoming_message

    names = ["Sarah Chen", "Dana Lee", "Marcus Kim", "Priya Shah", "Tom Okafor", "Ana Ruiz"]
    for name in names:
        await coach.notes.capture(ALICE, f"met {name} at the chamber breakfast")
    await coach.notes.capture(ALICE, "met Leo Park at the chamber breakfast, call him on Saturday")
    listed = await coach.nudges.upcoming(ALICE)
    firsts = Counter(n.due.date() for n in listed if n.kind == "first")
    # Three a day, from the day they were due on: a steady trickle, none dropped.
    assert list(firsts.values()) == [3, 3]
    assert max(firsts) - min(firsts) == timedelta(days=1)
    # The follow-up the user dated keeps its day, full as that day is.
    [follow_up] = [n for n in listed if n.kind == "follow_up"]
    assert follow_up.due.strftime("%A") == "Saturday" and follow_up.due.date() == min(firsts)
    text = upcoming_message(listed, 14)
    for day in firsts:
        assert f"{day.day} {day.strftime('%b')}" in text, text


async def test_keep_in_touch_nudges_after_one_event_are_spread_too(
    coach: Coach, clock: FakeClock
) -> None:
    from collections import Counter

    for name in ("Sarah Chen", "Dana Lee", "Marcus Kim", "Priya Shah", "Tom Okafor"):
        await coach.notes.capture(ALICE, f"met {name} at the chamber breakfast")
    for _ in range(20):  # every morning for three weeks the user gets that day's nudges
        clock.advance(timedelta(days=1))
        await deliver_all(coach)
    async with coach.rt.unit_of_work() as session:
        due = (
            await session.scalars(
                select(Nudge.due_at).where(
                    Nudge.user_id == ALICE, Nudge.kind == "keep_in_touch", Nudge.status == "pending"
                )
            )
        ).all()
    assert len(due) == 5
    assert max(Counter(d.date() for d in due).values()) <= 3
