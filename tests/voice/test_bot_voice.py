"""Voice notes through the fake Bot API: upload, getFile, download, transcript, card."""

from __future__ import annotations

import pytest

from nlp.speech import Transcriber
from tests.fakebot.server import FakeTelegram
from tests.voice.conftest import fixture

# Left out of `make test-fast`: the speech model.
pytestmark = pytest.mark.slow

# Transcribing a few seconds of audio takes about a second here; leave room on a slow machine.
WAIT = 30.0


async def test_a_voice_note_gets_its_transcript_then_the_card(
    fake: FakeTelegram, transcriber: Transcriber
) -> None:
    alice = fake.user(1001)
    await alice.send_voice(fixture("sarah"), duration=7)
    heard = await alice.next_reply(timeout=WAIT)
    assert heard.text.startswith("🎙 I heard:")
    assert "Sarah Chen" in heard.text
    assert [b.text for row in heard.buttons for b in row] == ["✏️ Fix transcript"]
    card = await alice.next_reply()
    assert "New contact: Sarah Chen" in card.text
    assert "Fri 27 Nov 2026" in card.text
    assert [b.text for row in card.buttons for b in row] == ["↩️ Undo", "✏️ Fix"]
    assert alice.chat_actions[0] == "typing"
    assert len(fake.calls_to("getFile")) == 1

    # Fixing the transcript replaces the note with the corrected words.
    await alice.press(heard, "Fix transcript")
    assert "corrected note" in (await alice.next_reply()).text
    await alice.send("met Sarah Chen from Acme Robotics at the mixer")
    assert "New contact: Sarah Chen (Acme Robotics)" in (await alice.next_reply()).text
    await alice.send("/people")
    people = await alice.next_reply()
    assert people.text.count("Sarah Chen") == 1 and "Acme Robotics" in people.text


async def test_an_audio_file_sent_as_a_document_is_transcribed_too(
    fake: FakeTelegram, transcriber: Transcriber
) -> None:
    alice = fake.user(1001)
    await alice.send_document(fixture("noise"), file_name="car-park.ogg", mime_type="audio/ogg")
    reply = await alice.next_reply(timeout=WAIT)
    assert reply.text.startswith("🤫 I couldn't hear any words")
    await alice.expect_no_reply()


async def test_silence_gets_no_invented_words(fake: FakeTelegram, transcriber: Transcriber) -> None:
    alice = fake.user(1001)
    await alice.send_voice(fixture("silence"), duration=4)
    assert "couldn't hear any words" in (await alice.next_reply(timeout=WAIT)).text
    await alice.send("/people")
    assert "No contacts yet" in (await alice.next_reply()).text


async def test_a_corrupt_file_gets_a_clear_answer_and_the_bot_carries_on(
    fake: FakeTelegram, transcriber: Transcriber
) -> None:
    alice = fake.user(1001)
    await alice.send_voice(b"OggS" + bytes(3000), duration=3)
    assert "looks damaged" in (await alice.next_reply(timeout=WAIT)).text
    await alice.send("met Ann Lee at the expo")
    assert "New contact: Ann Lee" in (await alice.next_reply()).text


async def test_an_over_long_voice_note_is_refused_before_downloading(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send_voice(fixture("sarah"), duration=301)
    reply = await alice.next_reply()
    assert "longer than 5 minutes" in reply.text
    assert fake.calls_to("getFile") == []


async def test_long_notes_show_a_status_and_the_second_waits_its_turn(
    fake: FakeTelegram, transcriber: Transcriber
) -> None:
    alice, bob = fake.user(1001), fake.user(1002)
    # Telegram says 25 s: long enough for a status message (the audio itself is shorter).
    await alice.send_voice(fixture("david"), duration=25)
    await bob.send_voice(fixture("priya"), duration=25)
    for user, name in [(alice, "David Miller"), (bob, "Priya Patel")]:
        status = await user.next_reply(timeout=WAIT)
        assert status.text == "🎧 Listening to your voice note… 0%"
        heard = await user.next_reply(timeout=WAIT)
        assert name in heard.text
        assert f"New contact: {name}" in (await user.next_reply()).text
        assert user.deleted == [status.message_id]
    edits = [m.text for user in (alice, bob) for m in user.history if m.method.startswith("edit")]
    assert edits.count("⏳ You're number 2 in line. I'll get to your voice note in a moment.") == 1


async def test_a_voice_note_after_pressing_fix_is_the_correction(
    fake: FakeTelegram, transcriber: Transcriber
) -> None:
    alice = fake.user(1001)
    await alice.send("met sara chen")
    await alice.press(await alice.next_reply(), "Fix")
    assert "corrected note" in (await alice.next_reply()).text
    await alice.send_voice(fixture("sarah"), duration=7)
    assert "Sarah Chen" in (await alice.next_reply(timeout=WAIT)).text
    assert "New contact: Sarah Chen" in (await alice.next_reply()).text
    await alice.send("met Ann Lee at the expo")  # a new note again, not another fix
    assert "New contact: Ann Lee" in (await alice.next_reply()).text
    await alice.send("/people")
    people = (await alice.next_reply()).text
    assert "Sarah Chen" in people and "Ann Lee" in people and "Sara Chen" not in people
