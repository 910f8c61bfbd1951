"""Checking a draft through the fake Bot API: /check, a reply with /check, and "draft:"."""

from __future__ import annotations

from tests.fakebot.server import FakeTelegram

HARD_SELL = (
    "Hi Sarah, great meeting you! Our agency helps startups <grow> 3x. "
    "Book a demo here: calendly.com/alice/30min & 20% off this week only!"
)
WARM = "Congrats on the new role, Sarah! How are you finding it so far?"


async def test_check_flags_a_pitch_explains_it_and_suggests_a_rewrite(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen from Acme at the mixer, loves sailing")
    await alice.next_reply()
    await alice.send("/check " + HARD_SELL)
    reply = await alice.next_reply()
    assert "Pitch-first" in reply.text
    assert "To Sarah Chen: know stage, you've met once, met today" in reply.text
    assert "calendly.com/alice/30min" in reply.text and "booking link" in reply.text
    assert "Try this:" in reply.text
    assert "Hi Sarah, great meeting you! Have you been sailing lately?" in reply.text
    assert "typing" in alice.chat_actions


async def test_a_warm_draft_is_good_to_send(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("/check " + WARM)
    reply = await alice.next_reply()
    assert "Relationship-first" in reply.text
    assert "celebrates their news" in reply.text
    assert "Looks good to send" in reply.text


async def test_reply_with_check_to_a_pasted_draft(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    pasted = await alice.send("Who makes the purchasing decisions at your company?")
    await alice.next_reply()  # the paste was read as a note first
    await alice.send("/check", reply_to=pasted["message_id"])
    reply = await alice.next_reply()
    assert "Pitch-first" in reply.text
    assert "Who makes the purchasing decisions" in reply.text


async def test_a_draft_prefix_is_checked_and_not_saved_as_a_note(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send(
        "draft: Hi Tom, our firm is the leading provider of IT services. Can we "
        "schedule a demo on Tuesday?"
    )
    assert "Pitch-first" in (await alice.next_reply()).text
    await alice.send("/people")
    assert "No contacts yet" in (await alice.next_reply()).text


async def test_check_without_a_draft_explains_how(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("/check")
    assert "draft:" in (await alice.next_reply()).text


async def test_a_note_about_pitching_everyone_gets_one_kind_tip(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("BNI lunch: met Dana Fox, gave my elevator pitch to everyone")
    card = await alice.next_reply()
    assert "Dana Fox" in card.text
    tip = await alice.next_reply()
    assert "lead with curiosity" in tip.text
    await alice.send("chamber expo, met Raj Patel and handed out 50 cards")
    assert "Raj Patel" in (await alice.next_reply()).text
    await alice.send("/people")
    # No second tip within the week: the next reply is the people list.
    assert "Raj Patel" in (await alice.next_reply()).text
