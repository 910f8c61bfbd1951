"""A user's conversation with the bot, through the fake Bot API."""

from __future__ import annotations

import time
from typing import Any

import pytest

from coach.runtime import ExtractionWorker
from tests.fakebot.server import FakeTelegram

NOTE = (
    "met john from acme at the mixer, into fly fishing, wants an intro to a good CPA. "
    "follow up friday"
)


async def test_start_welcomes_and_the_command_menu_is_set(fake: FakeTelegram) -> None:
    alice = fake.user(1001, first_name="Alice")
    await alice.send("/start")
    reply = await alice.next_reply()
    assert "Hi Alice" in reply.text
    assert "/timezone Europe/Berlin" in reply.text
    assert set(fake.commands) >= {"people", "person", "find", "undo", "help"}

    await alice.send("/help")
    assert "/find" in (await alice.next_reply()).text


async def test_a_note_gets_a_card_with_undo_and_fix(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send(NOTE)
    card = await alice.next_reply()
    assert "New contact: John (Acme)" in card.text
    assert "fly fishing" in card.text
    assert "Fri 27 Nov 2026" in card.text
    assert [b.text for row in card.buttons for b in row] == ["↩️ Undo", "✏️ Fix"]

    query = await alice.press(card, "Undo")
    assert (await alice.callback_answer(query)).text == "Undone"
    undone = await alice.next_edit()
    assert "Removed John, whom this note added." in undone.text
    await alice.send("/people")
    assert "No contacts yet" in (await alice.next_reply()).text


async def test_fix_replaces_the_note_with_corrected_text(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met jon from acme")
    card = await alice.next_reply()
    await alice.press(card, "Fix")
    assert "corrected note" in (await alice.next_reply()).text
    await alice.send("met Joan Miller from Acme")
    assert "New contact: Joan Miller (Acme)" in (await alice.next_reply()).text
    await alice.send("/people")
    people = await alice.next_reply()
    assert "Joan Miller" in people.text and "Jon" not in people.text


async def test_which_john_buttons_pick_the_right_contact(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    for note in ["met John Park from Acme", "met John Smith at the chamber breakfast"]:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("john loves sailing")
    ask = await alice.next_reply()  # a note naming only an ambiguous person: just the question
    assert "Which John" in ask.text
    labels = [b.text for row in ask.buttons for b in row]
    assert labels == ["John Park (Acme)", "John Smith", "➕ New contact"]
    await alice.press(ask, "John Park")
    answered = await alice.next_edit()
    assert "Updated: John Park (Acme)" in answered.text and "sailing" in answered.text

    await alice.send("/person john park")
    assert "sailing" in (await alice.next_reply()).text


async def test_gave_to_a_name_two_contacts_share_asks_which_and_saves_it(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    for note in ["met Eleni Papadopoulos at the chamber breakfast", "met Eleni Markou at BNI"]:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("/gave eleni the article on pricing")
    ask = await alice.next_reply()
    assert ask.text == (
        "🤔 Which eleni did you give the article on pricing to? Pick one and I'll note it."
    )
    assert [b.text for row in ask.buttons for b in row] == ["Eleni Papadopoulos", "Eleni Markou"]
    await alice.press(ask, "Eleni Markou")
    answered = await alice.next_edit()
    assert "you gave Eleni Markou the article on pricing" in answered.text
    await alice.send("/person eleni markou")
    assert "Given: the article on pricing" in (await alice.next_reply()).text


async def test_people_pages_and_person_card(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    names = [f"met {n} at the mixer" for n in ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Fox"]]
    names += [f"met {n} at the gala" for n in ["Ed Gray", "Flo Hunt", "Gus Ives", "Hal Jones"]]
    names += ["met Ivy King at the expo", "met Jo Lang at the expo", "met Kim Moss at the expo"]
    for note in names:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("/people")
    first = await alice.next_reply()
    assert "Your people (11), page 1 of 2" in first.text
    assert first.text.index("Kim Moss") < first.text.index("Bo Chen")
    await alice.press(first, "Older")
    second = await alice.next_edit()
    assert "page 2 of 2" in second.text and "Ann Lee" in second.text

    await alice.send("/person ann lee")
    card = await alice.next_reply()
    assert "Ann Lee" in card.text and "Met at mixer" in card.text


async def test_find_and_its_missing_argument(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen from Acme Robotics, loves sailing")
    await alice.next_reply()
    await alice.send("/find who do I know into sailing")
    assert "Sarah Chen" in (await alice.next_reply()).text
    await alice.send("/find")
    assert "What should I look for" in (await alice.next_reply()).text
    await alice.send("/find knitting")
    assert "couldn't find anyone" in (await alice.next_reply()).text


async def test_odd_input_gets_a_friendly_reply(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("/person")
    assert "Whose card" in (await alice.next_reply()).text
    await alice.send("/person Nobody Atall")
    assert "don't know anyone called" in (await alice.next_reply()).text
    await alice.send("/undo")
    assert "nothing to undo" in (await alice.next_reply()).text
    await alice.send("/timezone Mars/Olympus")
    assert "don't know the timezone" in (await alice.next_reply()).text
    await alice.send("/frobnicate")
    assert "/help" in (await alice.next_reply()).text
    await alice.send("🎉🎉🎉")
    assert "didn't spot a name" in (await alice.next_reply()).text
    await alice.send("<b>met</b> Sarah Chen & co " + "x" * 4000)
    assert "New contact: Sarah" in (await alice.next_reply()).text


async def test_timezone_changes_how_dates_are_read(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("/timezone Pacific/Kiritimati")
    assert "Pacific/Kiritimati" in (await alice.next_reply()).text
    await alice.send("met Sarah Chen, follow up tomorrow")
    assert "Sat 28 Nov 2026" in (await alice.next_reply()).text


async def test_two_users_data_never_mix(fake: FakeTelegram) -> None:
    alice, bob = fake.user(1001, first_name="Alice"), fake.user(2002, first_name="Bob")
    await alice.send("met Sarah Chen from Acme Robotics, loves sailing")
    alice_card = await alice.next_reply()
    await bob.send("/people")
    bobs_list = await bob.next_reply()
    assert "No contacts yet" in bobs_list.text
    await bob.send("/find sailing")
    assert "couldn't find anyone" in (await bob.next_reply()).text
    await bob.send("/person sarah")
    assert "don't know anyone" in (await bob.next_reply()).text
    # Bob forging Alice's Undo button (her note's id in his chat) changes nothing of hers.
    alice_undo = alice_card.button("Undo").callback_data
    query = await bob.press(bobs_list, callback_data=alice_undo, forged=True)
    assert (await bob.callback_answer(query)).text == "Already undone"
    await alice.send("/person sarah")
    assert "Sarah Chen" in (await alice.next_reply()).text


async def test_group_chats_are_refused(fake: FakeTelegram) -> None:
    group = fake.group(-100123)
    carol = fake.user(3003, chat=group)
    await carol.send("met Sarah Chen from Acme")
    assert "private chat" in (await carol.next_reply()).text


async def test_a_slow_note_shows_typing(
    fake: FakeTelegram, extraction: ExtractionWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = fake.user(1001)
    extractor = extraction.loaded()
    read = extractor.read

    def slow_read(text: str) -> Any:
        time.sleep(0.6)  # on the pipeline's own thread, like a long note would be
        return read(text)

    monkeypatch.setattr(extractor, "read", slow_read)
    await alice.send("met Dana Lee at the mixer")
    assert "Dana Lee" in (await alice.next_reply()).text
    assert alice.chat_actions == ["typing"]


async def test_a_busy_bot_spends_its_message_budget_on_answers_not_typing(
    fake: FakeTelegram, extraction: ExtractionWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = extraction.loaded()
    read = extractor.read

    def slow_read(text: str) -> Any:
        time.sleep(0.4)
        return read(text)

    monkeypatch.setattr(extractor, "read", slow_read)
    users = [fake.user(2001 + n) for n in range(6)]
    names = ["Dana Lee", "Mike Brown", "Anna Kim", "Priya Patel", "John Park", "Sarah Chen"]
    for user, name in zip(users, names, strict=True):
        await user.send(f"met {name} at the mixer")
    for user, name in zip(users, names, strict=True):
        assert name in (await user.next_reply(timeout=20)).text
    assert [u.chat_actions for u in users] == [[]] * len(users)


async def test_a_note_naming_only_an_ambiguous_person_gets_just_its_question(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    for note in ["met Mike Brennan from Compass", "met Mike Ortiz at the BNI lunch"]:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("Mike called, wants to talk about his umbrella policy")
    ask = await alice.next_reply()
    assert "Which Mike" in ask.text
    labels = [b.text for row in ask.buttons for b in row]
    assert labels[-1] == "➕ New contact" and len(labels) == 3
    await alice.send("/people")
    assert "Mike Brennan" in (await alice.next_reply()).text
