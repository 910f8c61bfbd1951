"""User B tries every command and every button with user A's names and ids: nothing of A's is
read or changed (checked in the database), and B gets a polite refusal."""

from __future__ import annotations

import pytest

from bot import texts
from bot import trust_texts as tt
from coach.infra.settings import LimitSettings, Settings
from tests.e2e.trust import replies, snapshot, total
from tests.fakebot.models import BotMessage
from tests.fakebot.server import FakeTelegram


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Bob presses and types a lot, fast: flood control is tested elsewhere."""
    return settings.model_copy(update={"limits": LimitSettings(burst=500, per_minute=6000)})


# Words only Alice ever types: if Bob sees one, her data leaked.
ALICE_ONLY = ("Acme", "Robotics", "kayaking", "golf", "Globex", "Zenith")
# Alice's words Bob never types in the commands below.
NEVER_TYPED = ("Acme", "Robotics", "Globex", "Zenith")
REFUSALS = {
    texts.BUTTON_GONE,
    texts.FIX_GONE,
    "Already undone",
    "Already handled",
    tt.GROUP_BUTTON,
}


async def alice_with_everything(fake: FakeTelegram) -> tuple[list[BotMessage], int]:
    """Alice's Rolodex with a note, a question, nudges, a card choice and a forget prompt."""
    alice = fake.user(1001, first_name="Alice")
    seen: list[BotMessage] = []
    for note in (
        "met Sarah Chen from Acme Robotics at the Zenith gala, loves kayaking. follow up friday",
        "met John Park from Globex, into golf",
        "met John Smith at the Zenith gala",
    ):
        await alice.send(note)
        seen.append(await alice.next_reply())
    await alice.send("john loves kayaking")
    seen.append(await alice.next_reply())  # Which John? (the note names no one else)
    for command in (
        "/nudges",
        "/person john",
        "/forget Sarah Chen",
        "/people",
        "/forget john",
        "/merge john",
    ):
        await alice.send(command)
        seen.append(await alice.next_reply())
    assert any("Which John" in m.text for m in seen)
    return seen, alice.id


def callback_data(messages: list[BotMessage]) -> list[str]:
    found = []
    for message in messages:
        for row in message.buttons:
            for button in row:
                if button.callback_data and button.callback_data not in found:
                    found.append(button.callback_data)
    return found


async def test_every_button_of_alice_pressed_by_bob_changes_nothing(
    fake: FakeTelegram, database_url: str
) -> None:
    messages, alice_id = await alice_with_everything(fake)
    presses = callback_data(messages)
    kinds = {data.split(":")[0] for data in presses}
    assert {"undo", "fix", "who", "card", "nudge", "forget"} <= kinds, kinds
    # Every action on a nudge, not just the ones on the digest keyboard.
    nudge_ids = {d.rsplit(":", 1)[1] for d in presses if d.startswith("nudge:")}
    presses += [f"nudge:{a}:{n}" for n in nudge_ids for a in ("done", "day", "week", "skip")]
    presses += ["forget:ask:1", "forget:yes:1", "forget:no:1"]
    before = await snapshot(database_url, alice_id)
    assert total(before) > 10

    bob = fake.user(2002, first_name="Bob")
    await bob.send("/help")
    bobs = await bob.next_reply()
    for data in dict.fromkeys(presses):
        query = await bob.press(bobs, callback_data=data, forged=True)
        answer = await bob.callback_answer(query)
        assert answer.text in REFUSALS, (data, answer.text)
    # Bob's Fix on Alice's note must not let his next message replace hers.
    await bob.send("met Zed Quinn")
    await bob.next_reply()
    # Page buttons only ever show the presser's own contacts.
    for page in ("people:1", "people:2"):
        await bob.send("/help")
        query = await bob.press(await bob.next_reply(), callback_data=page, forged=True)
        await bob.callback_answer(query)
        assert "Zed Quinn" in (await bob.next_edit()).text
    await fake.wait_until_fetched()
    await bob.expect_no_reply()
    for message in bob.history:
        assert not any(word in message.text for word in ALICE_ONLY), message.text
    assert await snapshot(database_url, alice_id) == before

    # In a group, even Alice's own buttons are refused: nothing private is shown there.
    group = fake.group(-100777)
    alice_in_group = fake.user(1001, chat=group)
    fake.user(2002, chat=group)
    await alice_in_group.send("hello")
    note = await alice_in_group.next_reply()
    for data in presses[:5]:
        query = await alice_in_group.press(note, callback_data=data, forged=True)
        assert (await alice_in_group.callback_answer(query)).text == tt.GROUP_BUTTON
    await alice_in_group.expect_no_reply()
    assert await snapshot(database_url, alice_id) == before


BOB_COMMANDS = [
    "/people",
    "/person Sarah Chen",
    "/person john",
    "/find kayaking",
    "/find who needs golf",
    "/undo",
    "/nudges",
    "/followup Sarah Chen friday about the gala",
    "/cadence Sarah Chen every 30d",
    "/check @Sarah Chen Hi Sarah, want a demo?",
    "/forget Sarah Chen",
    "/forget john",
    "/merge john",
    "/gave Sarah Chen an intro",
    "/got Sarah Chen a referral",
    "/balance Sarah Chen",
    "/intro Sarah Chen John Park",
    "/events",
    "/review",
    "/export",
    "/deleteme",
    "delete everything",
    "Sarah Chen loves kayaking",
]


async def test_every_command_with_alices_names_shows_bob_nothing_of_hers(
    fake: FakeTelegram, database_url: str
) -> None:
    _, alice_id = await alice_with_everything(fake)
    before = await snapshot(database_url, alice_id)
    bob = fake.user(2002, first_name="Bob")
    for command in BOB_COMMANDS:
        await bob.send(command)
        answers = await replies(bob)
        for reply in answers:
            for word in NEVER_TYPED:
                assert word not in reply.text, (command, reply.text)
            if reply.document is not None:
                assert b"Acme" not in reply.document.data
                assert b"kayaking" not in reply.document.data
        if command.startswith("/find"):
            assert "couldn't find anyone" in answers[0].text
        if command == "/export":
            assert sum(r.document is not None for r in answers) == 4
    await fake.wait_until_fetched()
    await bob.expect_no_reply()
    for message in bob.history:
        assert not any(word in message.text for word in NEVER_TYPED), message.text
        if message.document is not None:
            assert b"Acme" not in message.document.data
    # Bob's own "Sarah Chen" note (the last command) is his, not Alice's.
    after = await snapshot(database_url, alice_id)
    assert after == before
    bobs = await snapshot(database_url, 2002)
    assert len(bobs["contacts"]) == 1


@pytest.mark.parametrize("press", ["undo", "forget"])
async def test_a_replayed_button_does_nothing_the_second_time(
    fake: FakeTelegram, database_url: str, press: str
) -> None:
    alice = fake.user(1001)
    await alice.send("met Sarah Chen from Acme Robotics")
    card = await alice.next_reply()
    if press == "undo":
        data = card.button("Undo").callback_data
        expected = "Already undone"
    else:
        await alice.send("/forget Sarah Chen")
        ask = await alice.next_reply()
        data = ask.button("Forget").callback_data
        expected = texts.BUTTON_GONE
    assert data is not None
    first = await alice.press(card if press == "undo" else ask, callback_data=data)
    assert (await alice.callback_answer(first)).text != expected
    await alice.next_edit()
    rows = await snapshot(database_url, alice.id)
    again = await alice.press(card if press == "undo" else ask, callback_data=data, forged=True)
    assert (await alice.callback_answer(again)).text == expected
    assert await snapshot(database_url, alice.id) == rows
