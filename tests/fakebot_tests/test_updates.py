"""getUpdates semantics, files, fault injection and the test-side helpers."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest
from telegram import Bot
from telegram.error import EndPointNotFound, InvalidToken, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from tests.fakebot import ApiCall, FakeTelegram


async def test_offset_confirms_updates(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001, first_name="Alice")
    for text in ("one", "two", "three"):
        await alice.send(text)
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first] == ["one", "two"]  # type: ignore[union-attr]
    # Without a new offset nothing is confirmed, so the same updates come back.
    assert [u.update_id for u in await bot.get_updates()] == [1, 2, 3]
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest] == ["three"]  # type: ignore[union-attr]
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == ()
    assert fake.api.updates.pending == []


async def test_each_confirmation_is_recorded_and_can_be_watched(
    fake: FakeTelegram, bot: Bot
) -> None:
    alice = fake.user(1001)
    for text in ("one", "two", "three"):
        await alice.send(text)
    seen: list[tuple[list[int], list[int]]] = []

    async def watch(ids: list[int]) -> None:
        # Called before the confirming getUpdates is answered, with the updates still queued.
        seen.append((ids, [u["update_id"] for u in fake.api.updates.pending]))

    fake.api.updates.on_confirm = watch
    await bot.get_updates(limit=2)
    assert fake.api.updates.confirmed == [] and seen == []  # fetched is not confirmed
    await bot.get_updates(offset=3)
    await bot.get_updates(offset=4)
    assert fake.api.updates.confirmed == [1, 2, 3]
    assert seen == [([1, 2], [1, 2, 3]), ([3], [3])]


async def test_a_call_can_be_interrupted_after_it_took_effect(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)

    async def never_answer(call: ApiCall) -> None:
        await asyncio.sleep(30)  # the bot's read times out: delivered, yet unconfirmed

    fake.after("sendMessage", never_answer)
    with pytest.raises(TimedOut):
        await bot.send_message(1001, "did it arrive?", read_timeout=0.2)
    assert (await alice.next_reply()).text == "did it arrive?"
    fake.after("sendMessage", None)
    await bot.send_message(1001, "and this one")
    assert (await alice.next_reply()).text == "and this one"


async def test_a_revoked_token_is_refused_even_mid_poll(fake: FakeTelegram, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.wait_for(fake.api.updates.polling.wait(), 1)
    fake.revoke_token()
    assert await asyncio.wait_for(poll, 1) == ()
    with pytest.raises(InvalidToken):
        await bot.get_updates()


async def test_negative_offset_keeps_only_the_last_updates(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    for text in ("a", "b", "c"):
        await alice.send(text)
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["c"]  # type: ignore[union-attr]


async def test_long_poll_wakes_on_new_update(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.wait_for(fake.api.updates.polling.wait(), 1)
    assert not poll.done()
    await alice.send("wake up")
    updates = await asyncio.wait_for(poll, 1)
    assert updates[0].message.text == "wake up"  # type: ignore[union-attr]
    assert time.monotonic() - started < 1


async def test_long_poll_timeout_is_honoured(fake: FakeTelegram, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=0.3) == ()  # type: ignore[arg-type]
    assert 0.25 < time.monotonic() - started < 1


async def test_stopping_the_server_releases_long_polls(bot: Bot) -> None:
    fake = await FakeTelegram().start()
    # Own the request object: Bot.shutdown() is a no-op for a Bot never initialize()d.
    request = HTTPXRequest()
    other = Bot(fake.token, base_url=fake.base_url, get_updates_request=request)
    poll = asyncio.create_task(other.get_updates(timeout=30))
    await asyncio.wait_for(fake.api.updates.polling.wait(), 1)
    started = time.monotonic()
    await fake.stop()
    assert await asyncio.wait_for(poll, 2) == ()
    assert time.monotonic() - started < 1
    await request.shutdown()


async def test_allowed_updates_filters_update_types(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    sent = await bot.send_message(1001, "pick", reply_markup=None)
    await alice.send("text")
    reply = await alice.next_reply()
    assert reply.message_id == sent.message_id
    updates = await bot.get_updates(allowed_updates=["callback_query"])
    assert updates == ()  # the message update is dropped, as Telegram would never send it


async def test_voice_file_round_trip(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    await alice.send_voice(b"OggS\x00fake-opus", duration=3)
    (update,) = await bot.get_updates()
    voice = update.message.voice  # type: ignore[union-attr]
    assert voice is not None and voice.file_size == len(b"OggS\x00fake-opus")
    file = await voice.get_file()
    assert file.file_path is not None and file.file_path.startswith(fake.base_file_url)
    assert bytes(await file.download_as_bytearray()) == b"OggS\x00fake-opus"


async def test_documents_both_ways(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    vcard = b"BEGIN:VCARD\nFN:John\nEND:VCARD\n"
    await alice.send_document(vcard, file_name="contacts.vcf", mime_type="text/vcard")
    (update,) = await bot.get_updates()
    document = update.message.document  # type: ignore[union-attr]
    assert (document.file_name, document.mime_type) == ("contacts.vcf", "text/vcard")  # type: ignore[union-attr]
    assert bytes(await (await document.get_file()).download_as_bytearray()) == vcard  # type: ignore[union-attr]

    await bot.send_document(
        1001, b"a,b\n1,2\n", filename="export.csv", caption="<b>Export</b>", parse_mode="HTML"
    )
    reply = await alice.next_reply()
    assert reply.document is not None and reply.document.data == b"a,b\n1,2\n"
    assert (reply.document.file_name, reply.text, reply.caption) == (
        "export.csv",
        "Export",
        "Export",
    )
    await bot.send_photo(1001, b"\x89PNG fake")
    assert (await alice.next_reply()).photo.data == b"\x89PNG fake"  # type: ignore[union-attr]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_gives_ptb_retry_after(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    fake.fail_next("sendMessage", retry_after=3)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(1001, "hi")
    # PTB 22 returns int seconds (timedelta once PTB_TIMEDELTA is on); accept both.
    assert info.value.retry_after in (3, dt.timedelta(seconds=3))
    await bot.send_message(1001, "hi")  # only the next call failed
    fake.assert_no_errors()  # injected failures don't count by default...
    with pytest.raises(AssertionError, match="Too Many Requests"):
        fake.assert_no_errors(include_injected=True)  # ...unless asked


async def test_delay_and_call_log(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    fake.delay("sendMessage", 0.2, times=1)
    with pytest.raises(TimedOut):
        await bot.send_message(1001, "slow", read_timeout=0.05)
    started = time.monotonic()
    await bot.send_message(1001, "fast")
    assert time.monotonic() - started < 0.2
    call = fake.calls_to("sendMessage")[-1]
    assert call.params == {"chat_id": 1001, "text": "fast"}
    assert call.time >= started


async def test_bad_token_and_unknown_method(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})
    assert fake.errors[-1].description == "Not Found: method not found"
    stranger = Bot("1:wrong", base_url=fake.base_url)
    with pytest.raises(InvalidToken):
        await stranger.get_me()
    await stranger.request.shutdown()  # never initialize()d, so Bot.shutdown() would skip it


async def test_method_names_are_case_insensitive(fake: FakeTelegram, bot: Bot) -> None:
    assert (await bot.do_api_request("GETME"))["username"] == "rapport_test_bot"  # type: ignore[index]


async def test_next_reply_timeout_explains_what_happened(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001, first_name="Alice")
    await bot.send_chat_action(1001, "typing")
    with pytest.raises(Exception):  # noqa: B017 - the fake's error, PTB's class doesn't matter
        await bot.send_message(1001, "<b>broken", parse_mode="HTML")
    with pytest.raises(AssertionError) as info:
        await alice.next_reply(timeout=0.05)
    report = str(info.value)
    assert "no bot message within 0.05s" in report
    assert "typing" in report and "Can't find end tag" in report


async def test_expect_no_reply(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    await alice.expect_no_reply()
    await bot.send_message(1001, "chatty")
    with pytest.raises(AssertionError, match="chatty"):
        await alice.expect_no_reply()


async def test_press_and_callback_answer(fake: FakeTelegram, bot: Bot) -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    alice = fake.user(1001)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("↩️ Undo", callback_data="undo:7")]])
    await bot.send_message(1001, "Saved", reply_markup=markup)
    reply = await alice.next_reply()
    query_id = await alice.press(reply, "Undo")
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert query is not None and (query.data, query.id) == ("undo:7", query_id)
    assert query.message is not None and query.message.message_id == reply.message_id  # type: ignore[union-attr]
    await query.answer("Undone", show_alert=True)
    answer = await alice.callback_answer(query_id)
    assert (answer.text, answer.show_alert) == ("Undone", True)
    with pytest.raises(AssertionError, match="callback_data='nope'"):
        await alice.press(reply, callback_data="nope")
