"""One person, one contact: /merge in Telegram, and a shared contact found by its phone."""

from __future__ import annotations

from tests.fakebot.server import FakeTelegram


async def test_merge_joins_two_priyas_after_a_button(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("met Priya Shah from Acme at the BNI lunch, loves hiking")
    await alice.next_reply()
    await alice.send_document(
        b"Name,Company,Phone\nPriya Shah,Shah Consulting,+1 646 555 0177\n", "c.csv", "text/csv"
    )
    assert "added: 1" in (await alice.next_reply()).text
    await alice.send("/person priya")
    assert "Which priya did you mean?" in (await alice.next_reply()).text

    await alice.send("/merge priya")
    ask = await alice.next_reply()
    assert "Priya Shah (Acme)" in ask.text and "Priya Shah (Shah Consulting)" in ask.text
    await alice.press(ask, "Not the same person")
    assert "Nothing merged" in (await alice.next_edit()).text

    await alice.send("/merge priya")
    ask = await alice.next_reply()
    await alice.press(ask, "🔀 Keep Priya Shah (Acme)")
    done = await alice.next_edit()
    assert done.text.startswith("🔀 Merged into Priya Shah (Acme): Priya Shah.")
    # The same button again finds the other contact gone.
    stale = ask.button("Keep Priya Shah (Acme)").callback_data
    query = await alice.press(ask.message_id, callback_data=stale, forged=True)
    assert (await alice.callback_answer(query)).text == "That button has expired."

    await alice.send("/person priya")
    card = (await alice.next_reply()).text
    assert "Priya Shah (Acme)" in card and "+1 646 555 0177" in card and "hiking" in card
    await alice.send("/merge priya")
    assert "I know only one Priya Shah (Acme)" in (await alice.next_reply()).text


async def test_a_shared_contact_keeps_its_phone_and_is_found_by_it(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send_contact("+1 646 555 0177", "Priya", "Shah")
    assert "Added Priya Shah" in (await alice.next_reply()).text
    # The same number under another name is the same person.
    await alice.send_contact("6465550177", "Pri")
    assert "I already know Priya Shah; nothing changed" in (await alice.next_reply()).text
    await alice.send("/person priya")
    assert "📞 +1 646 555 0177" in (await alice.next_reply()).text


async def test_merge_names_two_contacts_and_keeps_the_fuller_name(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    await alice.send("afterparty: Duc Anh Tran, designer, 2 kids")
    await alice.next_reply()
    await alice.send("Duke from the afterparty runs small agency pixelhaus")
    await alice.next_reply()
    await alice.send("/merge Duke")
    hint = await alice.next_reply()
    assert "Which contact should I merge Duke with?" in hint.text
    assert "/merge Duke and Duc Anh Tran" in hint.text and not hint.buttons

    await alice.send("/merge Duke and Duc Anh Tran")
    ask = await alice.next_reply()
    assert "into one contact, Duc Anh Tran, who goes by Duke?" in ask.text
    await alice.press(ask, "🔀 Merge as Duc Anh Tran")
    done = await alice.next_edit()
    assert done.text.startswith("🔀 Merged into Duc Anh Tran: Duke.")
    await alice.send("/person duke")
    card = (await alice.next_reply()).text
    assert "Duc Anh Tran" in card and "pixelhaus" in card
