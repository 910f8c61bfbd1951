"""Dates as the user lives them: in their timezone, from the coach's clock; the calendar holds
what is still to come; /people puts whoever you were last in touch with first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot import formatting
from coach.infra.formats import unfold
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def test_the_timeline_shows_the_day_in_the_users_timezone(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_timezone(ALICE, "America/Chicago")
    # 22:08 in Chicago on Thursday is 04:08 UTC on Friday.
    clock.now = datetime(2026, 11, 27, 4, 8, tzinfo=UTC)
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme at the mixer")
    lookup = await coach.people.lookup(ALICE, "Sarah")
    assert lookup.card is not None
    assert lookup.card.timeline[0].when.strftime("%d %b %H:%M") == "26 Nov 22:08"
    card = formatting.person_card(lookup.card)
    assert "26 Nov 2026: met Sarah Chen" in card and "27 Nov" not in card
    events = await coach.events.summary(ALICE)
    assert events.events[0].last.isoformat() == "2026-11-26"


async def test_the_calendar_holds_only_follow_ups_to_come_at_the_time_they_arrive(
    coach: Coach, clock: FakeClock
) -> None:
    # Thursday 10:00 UTC: a follow-up on Friday, "nice to meet you" on Saturday 10:00 and
    # "give value" on 10 December 10:00.
    await coach.notes.capture(ALICE, "met Sarah Chen at the mixer. follow up friday")
    clock.advance(timedelta(days=2, hours=1))  # Saturday 11:00: the first two are past
    await coach.nudges.set_quiet_hours(ALICE, "07:00-12:00")
    ics = unfold((await coach.portability.export(ALICE, "ics")).data.decode())
    starts = [line for line in ics if line.startswith("DTSTART:")]
    # Due at 10:00, in quiet hours: it arrives at 12:00, and the calendar says so.
    assert starts == ["DTSTART:20261210T120000Z"]
    assert "SUMMARY:Follow up with Sarah Chen" in ics


async def test_people_puts_the_last_touch_first_and_imports_after(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen at the mixer")
    clock.advance(timedelta(hours=1))
    await coach.notes.capture(ALICE, "met Tom Baker at the gala")
    clock.advance(timedelta(hours=1))
    linkedin = (
        "First Name,Last Name,Company,Connected On\n"
        "Ada,Lovelace,Engines,14 Mar 2024\n"
        "Grace,Hopper,Navy,02 Jan 2023\n"
    )
    await coach.portability.import_file(ALICE, "Connections.csv", linkedin.encode())
    clock.advance(timedelta(hours=1))
    await coach.notes.capture(ALICE, "Sarah Chen loves sailing")
    names = [c.name for c in (await coach.people.page(ALICE)).contacts]
    assert names == ["Sarah Chen", "Tom Baker", "Ada Lovelace", "Grace Hopper"]
