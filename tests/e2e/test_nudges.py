"""Nudges reaching the user through the fake Bot API, and the buttons on them."""

from __future__ import annotations

from datetime import timedelta

from bot.keyboards import NUDGE
from tests.conftest import FakeClock
from tests.fakebot.models import ApiCall
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import count

SENT = "SELECT count(*) FROM nudges WHERE status = 'sent'"
NOTE = (
    "met Sarah Chen from Acme Robotics at the chamber breakfast, "
    "her daughter is applying to college"
)


async def test_a_nudge_arrives_when_due_and_its_buttons_work(
    fake: FakeTelegram, clock: FakeClock
) -> None:
    alice = fake.user(1001)
    await alice.send(NOTE)
    await alice.next_reply()
    await alice.expect_no_reply()
    clock.advance(timedelta(days=2))
    nudge = await alice.next_reply()
    assert "Sarah Chen" in nudge.text and "chamber breakfast" in nudge.text
    assert "daughter" in nudge.text
    labels = [b.text for row in nudge.buttons for b in row]
    assert labels == ["✅ Done", "✍️ Draft", "⏰ 1 day", "⏰ 1 week", "⏭ Skip"]

    await alice.press(nudge, "Draft")
    draft = await alice.next_reply()
    assert draft.text.count("Hi Sarah") == 1

    query = await alice.press(nudge, "Done")
    assert (await alice.callback_answer(query)).text == "Saved"
    assert "Logged your touch with Sarah Chen" in (await alice.next_reply()).text
    query = await alice.press(nudge, "Done")
    assert (await alice.callback_answer(query)).text == "Already handled"
    await alice.expect_no_reply()


async def test_snooze_brings_the_nudge_back_a_day_later(
    fake: FakeTelegram, clock: FakeClock
) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen at the mixer")
    await alice.next_reply()
    clock.advance(timedelta(days=2))
    nudge = await alice.next_reply()
    await alice.press(nudge, "1 day")
    assert "tomorrow" in (await alice.next_reply()).text
    await alice.expect_no_reply()
    clock.advance(timedelta(days=1))
    again = await alice.next_reply()
    assert "Sarah Chen" in again.text


async def test_a_rate_limited_send_is_retried_and_arrives_once(
    fake: FakeTelegram, clock: FakeClock
) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen at the mixer")
    await alice.next_reply()
    fake.fail_next("sendMessage", error_code=429, retry_after=1)
    clock.advance(timedelta(days=2))
    nudge = await alice.next_reply(timeout=10)
    assert "Sarah Chen" in nudge.text
    await alice.expect_no_reply()
    assert [e.error_code for e in fake.errors] == [429]
    fake.errors.clear()


async def test_a_user_who_blocked_the_bot_is_not_retried_forever(
    fake: FakeTelegram, clock: FakeClock
) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen at the mixer")
    await alice.next_reply()
    alice.blocked = True
    clock.advance(timedelta(days=2))
    await alice.expect_no_reply()
    blocked_attempts = [e for e in fake.errors if e.error_code == 403]
    assert len(blocked_attempts) == 1
    fake.errors.clear()
    alice.blocked = False
    await alice.send("/nudges")  # coming back unblocks their nudges
    replies = [await alice.next_reply(), await alice.next_reply()]
    assert any("Sarah Chen" in r.text for r in replies)


async def test_nudge_commands(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen from Acme Robotics at the mixer")
    await alice.next_reply()
    await alice.send("/followup sarah next tuesday about the gala")
    assert "Tue 1 Dec" in (await alice.next_reply()).text
    await alice.send("/nudges")
    upcoming = await alice.next_reply()
    assert "gala" in upcoming.text and "Coming up" in upcoming.text
    assert upcoming.buttons
    await alice.send("/followup nobody friday")
    assert "don't know anyone called" in (await alice.next_reply()).text
    await alice.send("/followup sarah")
    assert "Tell me who and when" in (await alice.next_reply()).text
    await alice.send("/cadence sarah every 30d")
    assert "every 30d" in (await alice.next_reply()).text
    await alice.send("/cadence sarah sometimes")
    assert "/cadence Sarah every 30d" in (await alice.next_reply()).text
    await alice.send("/pause 7d")
    assert "paused until" in (await alice.next_reply()).text
    await alice.send("/pause 99999999999d")
    assert "at most 5 years" in (await alice.next_reply()).text
    await alice.send("/cadence sarah every 9999999999999d")
    assert "at most 5 years" in (await alice.next_reply()).text
    await alice.send("/resume")
    assert "back on" in (await alice.next_reply()).text
    await alice.send("/digest on 08:30")
    assert "08:30" in (await alice.next_reply()).text
    await alice.send("/digest maybe")
    assert "/digest on 08:30" in (await alice.next_reply()).text
    await alice.send("/quiet 22:00-07:00")
    assert "22:00-07:00" in (await alice.next_reply()).text
    await alice.send("/quiet later")
    assert "/quiet 21:00-08:00" in (await alice.next_reply()).text


async def test_nudges_list_names_people_fully_and_its_buttons_say_their_line(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    await alice.send("Met Mike Brennan at the BNI lunch. He loves golf.")
    await alice.next_reply()
    await alice.send("Met Mike Ortiz at the expo. He is renovating his kitchen.")
    await alice.next_reply()
    await alice.send("/nudges")
    upcoming = await alice.next_reply()
    assert "Tell Mike Brennan it was good to meet at the BNI lunch" in upcoming.text
    assert "Tell Mike Ortiz it was good to meet at the expo" in upcoming.text
    labels = [[b.text for b in row] for row in upcoming.buttons]
    assert labels[0] == ["1. ✅ Mike Brennan", "1. ✍️", "1. ⏰ 1d", "1. ⏭"]
    assert all(label.startswith(f"{n}. ") for n, row in enumerate(labels, 1) for label in row)
    assert any(row[0] == f"{n}. ✅ Mike Ortiz" for n, row in enumerate(labels, 1))


async def test_each_nudge_is_marked_sent_before_the_next_goes_out(
    fake: FakeTelegram, clock: FakeClock, database_url: str
) -> None:
    """So a crash repeats at most the one nudge Telegram took as the process died."""
    users = [fake.user(1001 + n) for n in range(6)]
    firsts = ["Anna", "Ben", "Carla", "Dev", "Elif", "Femi"]
    for first, user in zip(firsts, users, strict=True):
        await user.send(f"met {first} Walker at the expo")
        await user.next_reply()
    delivered: list[int] = []  # nudges already delivered, each time one more arrives
    marked: list[int] = []  # of those, how many the database had marked sent by then

    async def check(call: ApiCall) -> None:
        rows = (call.params.get("reply_markup") or {}).get("inline_keyboard") or []
        if any(b.get("callback_data", "").startswith(f"{NUDGE}:") for r in rows for b in r):
            delivered.append(len(delivered))
            marked.append(await count(database_url, SENT))

    fake.after("sendMessage", check)
    clock.advance(timedelta(days=2))
    for user in users:
        assert "Walker" in (await user.next_reply()).text
    await fake.settled()  # every send answered, so every check has run
    assert delivered == list(range(len(users)))
    assert marked == delivered
