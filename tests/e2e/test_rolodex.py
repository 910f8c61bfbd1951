"""The super Rolodex through the fake Bot API: ledger, intros, /find, stages, events, review."""

from __future__ import annotations

import io
import struct
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from matplotlib import image

from coach.infra.settings import Settings
from coach.runtime import ExtractionWorker
from tests.conftest import FakeClock
from tests.e2e.conftest import bot_on_fake
from tests.fakebot.chats import FakeUser
from tests.fakebot.models import BotMessage
from tests.fakebot.server import FakeTelegram


def png_size(message: BotMessage) -> tuple[int, int]:
    assert message.photo is not None, message.text
    data = message.photo.data
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.imread(io.BytesIO(data), format="png").shape[:2] == (400, 800)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def reply_with(user: FakeUser, marker: str) -> BotMessage:
    """The next reply containing `marker`, past any nudges that arrive in between."""
    for _ in range(10):
        reply = await user.next_reply()
        if marker in reply.text:
            return reply
    raise AssertionError(f"no reply with {marker!r}")


async def test_notes_and_commands_fill_the_ledger(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    for note in ["met Dana Lee at the chamber breakfast", "met Marcus Kim at the BNI lunch"]:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("introduced Dana to Marcus")
    card = await alice.next_reply()
    assert "🎁 You gave Dana Lee: intro to Marcus Kim" in card.text
    assert "🎁 You gave Marcus Kim: intro to Dana Lee" in card.text
    await alice.send("Chris referred me to his lender")
    assert "🙏 Chris gave you: referral to his lender" in (await alice.next_reply()).text
    await alice.send("/gave Dana the article on pricing")
    gave = await alice.next_reply()
    assert "you gave Dana Lee the article on pricing" in gave.text
    assert "given 2, received 0" in gave.text
    await alice.send("/got Marcus a coffee")
    assert "Marcus Kim gave you a coffee" in (await alice.next_reply()).text
    await alice.send("/person dana")
    person = await alice.next_reply()
    assert "Given: the article on pricing, intro to Marcus Kim" in person.text
    assert "Stage:" in person.text and "Health:" in person.text
    await alice.send("/balance")
    balance = await alice.next_reply()
    assert "taken more than given" in balance.text and "Chris" in balance.text
    await alice.send("/gave")
    assert "Who and what" in (await alice.next_reply()).text


async def test_a_need_brings_an_intro_button_with_a_double_opt_in_draft(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    await alice.send("met Maria Gomez, an accountant at Gomez CPA, loves golf")
    await alice.next_reply()
    await alice.send("met john from acme at the mixer, wants an intro to a good CPA")
    card = await alice.next_reply()
    assert "John needs a good CPA: you know Maria Gomez, a CPA at Gomez CPA" in card.text
    await alice.press(card, "Intro John ↔ Maria")
    draft = await alice.next_reply()
    assert "Double opt-in intro" in draft.text
    assert "Hi John, you mentioned you're looking for a good CPA" in draft.text
    assert "No pressure either way" in draft.text and "Hi Maria" in draft.text
    # Another user's forged button gets nothing.
    bob = fake.user(2002)
    await bob.send("/people")
    bobs = await bob.next_reply()
    forged = card.button("Intro John").callback_data
    query = await bob.press(bobs, callback_data=forged, forged=True)
    assert (await bob.callback_answer(query)).text == "That button has expired."
    await alice.send("/intro john and maria")
    assert "Hi John" in (await alice.next_reply()).text


async def test_find_answers_plain_questions_best_first(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    for note in [
        "met Dana Lee, a realtor at Keller Williams, at the chamber breakfast",
        "met Sam Wu at the BNI lunch, he is into real estate investing",
        "met Tom Reed at the mixer, big on sailing",
        "met Priya Shah from Acme, she is looking for a web developer",
        "met Maria Gomez, an accountant at Gomez CPA",
    ]:
        await alice.send(note)
        await alice.next_reply()

    async def first_two(question: str) -> list[str]:
        await alice.send(f"/find {question}")
        text = (await alice.next_reply()).text
        lines = text.splitlines()[1:3]
        return [line.split(" — ")[0].lstrip("• ").split(" (")[0] for line in lines]

    assert set(await first_two("who do I know in real estate")) == {"Dana Lee", "Sam Wu"}
    assert (await first_two("who likes sailing"))[0] == "Tom Reed"
    assert (await first_two("who needs a web designer"))[0] == "Priya Shah"
    assert (await first_two("who did I meet at the BNI lunch"))[0] == "Sam Wu"
    assert (await first_two("accountant"))[0] == "Maria Gomez"


async def test_stage_moves_show_on_the_note_card(fake: FakeTelegram, clock: FakeClock) -> None:
    alice = fake.user(1001)
    await alice.send("met Dana Lee at the chamber breakfast")
    await alice.next_reply()
    clock.advance(timedelta(days=1))
    await alice.send("called Dana Lee, she loves sailing")
    assert "→" not in (await alice.next_reply()).text
    # Saturday 08:00, before the nice-to-meet-you nudge is due: a give and a third touch.
    clock.advance(timedelta(hours=22))
    await alice.send("sent Dana the article on pricing")
    card = await alice.next_reply()
    assert "⬆️ Dana Lee: 👋 know → 🙂 like" in card.text


async def test_events_coach_against_hop_in_hop_out(fake: FakeTelegram, clock: FakeClock) -> None:
    alice = fake.user(1001)
    for note in ["met Dana Lee at the BNI lunch", "met Sam Wu at the BNI lunch, loves golf"]:
        await alice.send(note)
        await alice.next_reply()
    clock.advance(timedelta(days=5))  # the nice-to-meet-you nudges arrive meanwhile
    await alice.send("/gave Dana an intro to my lender")
    await reply_with(alice, "Noted")
    await alice.send("/events")
    events = await reply_with(alice, "Your events")
    assert "BNI lunch" in events.text and "met 2, followed up 1" in events.text
    assert "Dana Lee ✅" in events.text
    assert "You met 2 people at the BNI lunch and followed up with 1" in events.text
    assert "Sam" in events.text.split("💡")[1]


async def test_review_command_sends_text_and_a_png(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met Maria Gomez, an accountant at Gomez CPA")
    await alice.next_reply()
    await alice.send("met john from acme, wants an intro to a good CPA")
    await alice.next_reply()
    await alice.send("/review")
    text = await alice.next_reply()
    assert "Your week" in text.text and "Intros you could make" in text.text
    assert [b.text for row in text.buttons for b in row] == ["🤝 Intro John ↔ Maria"]
    photo = await alice.next_reply()
    assert png_size(photo) == (800, 400)
    await alice.send("/review off")
    assert "No more Sunday reviews" in (await alice.next_reply()).text


@pytest.fixture
async def fast_reviews(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> AsyncIterator[FakeTelegram]:
    """The bot with the weekly-review check every 0.1 s instead of hourly."""
    review = settings.review.model_copy(update={"check_interval": timedelta(seconds=0.1)})
    async with bot_on_fake(settings, extraction, clock, review=review) as fake:
        yield fake


async def test_the_weekly_review_arrives_sunday_evening_once(
    fast_reviews: FakeTelegram, clock: FakeClock
) -> None:
    alice = fast_reviews.user(1001)
    await alice.send("met Dana Lee at the mixer")
    await alice.next_reply()
    await alice.expect_no_reply()  # Thursday: nothing
    clock.now = datetime(2026, 11, 29, 18, 30, tzinfo=UTC)  # Sunday evening, UTC
    review = await alice.next_reply()
    assert "Your week" in review.text
    assert png_size(await alice.next_reply()) == (800, 400)
    await alice.expect_no_reply()
