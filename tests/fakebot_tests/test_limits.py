"""Bot API limits, enforced with Telegram's descriptions; driven through a real PTB Bot."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden

from tests.fakebot import FakeTelegram

from .helpers import assert_bad_request


def keyboard(*buttons: InlineKeyboardButton) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons)])


async def test_empty_and_blank_text(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    expected = "Bad Request: message text is empty"
    await assert_bad_request(fake, bot.send_message(1001, ""), expected)
    await assert_bad_request(fake, bot.send_message(1001, " \n "), expected)
    await assert_bad_request(fake, bot.send_message(1001, "<b></b>", parse_mode="HTML"), expected)
    sent = await bot.send_message(1001, "ok")
    await assert_bad_request(fake, bot.edit_message_text(" ", 1001, sent.message_id), expected)


async def test_a_blank_caption_is_refused_but_none_is_fine(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    expected = "Bad Request: message caption is empty"
    for blank in (" ", "\n\t", "<i> </i>"):
        await assert_bad_request(
            fake,
            bot.send_document(1001, b"x", filename="a.txt", caption=blank, parse_mode="HTML"),
            expected,
        )
    await bot.send_document(1001, b"x", filename="a.txt")
    assert (await alice.next_reply()).document is not None


async def test_4096_utf16_units_after_parsing(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    # 2048 emoji are 2048 characters but 4096 UTF-16 code units: exactly at the limit.
    await bot.send_message(1001, "😀" * 2048)
    # Markup doesn't count: the limit applies to the visible text.
    await bot.send_message(1001, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    assert len((await alice.next_reply()).text) == 2048
    assert (await alice.next_reply()).entities == [{"type": "bold", "offset": 0, "length": 4096}]
    too_long = "Bad Request: message is too long"
    await assert_bad_request(fake, bot.send_message(1001, "😀" * 2048 + "a"), too_long)
    await assert_bad_request(fake, bot.send_message(1001, "a" * 4095 + "😀"), too_long)


async def test_callback_data_64_utf8_bytes(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    at_limit = "é" * 32  # 32 characters, 64 bytes
    await bot.send_message(
        1001, "ok", reply_markup=keyboard(InlineKeyboardButton("b", callback_data=at_limit))
    )
    over = InlineKeyboardButton("b", callback_data=at_limit + "x")
    invalid = "Bad Request: BUTTON_DATA_INVALID"
    await assert_bad_request(
        fake, bot.send_message(1001, "x", reply_markup=keyboard(over)), invalid
    )
    empty = InlineKeyboardButton("b", callback_data="")
    await assert_bad_request(
        fake, bot.send_message(1001, "x", reply_markup=keyboard(empty)), invalid
    )


async def test_inline_buttons_need_text_and_exactly_one_action(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.user(1001)
    no_action = InlineKeyboardButton("just text")
    await assert_bad_request(
        fake,
        bot.send_message(1001, "x", reply_markup=keyboard(no_action)),
        "Bad Request: can't parse inline keyboard button: "
        "Text buttons are unallowed in the inline keyboard",
    )
    two = InlineKeyboardButton("both", callback_data="a", url="https://example.com")
    await assert_bad_request(
        fake,
        bot.send_message(1001, "x", reply_markup=keyboard(two)),
        "Bad Request: can't parse inline keyboard button: "
        "exactly one of callback_data, url must be used (fake is strict)",
    )
    blank = InlineKeyboardButton(" ", callback_data="a")
    await assert_bad_request(
        fake,
        bot.send_message(1001, "x", reply_markup=keyboard(blank)),
        "Bad Request: BUTTON_TEXT_INVALID",
    )


async def test_html_parse_errors_reach_ptb(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    await assert_bad_request(
        fake,
        bot.send_message(1001, "<b>unclosed", parse_mode="HTML"),
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
    )
    await assert_bad_request(
        fake,
        bot.send_message(1001, "Tom & Jerry", parse_mode="HTML"),
        "Bad Request: can't parse entities: Character '&' at byte offset 4 does not start an "
        "HTML entity (fake Telegram is strict here: escape it as &amp;)",
    )
    await assert_bad_request(
        fake,
        bot.send_message(1001, "hi", parse_mode="Klingon"),
        "Bad Request: unsupported parse_mode",
    )


async def test_markdown_v2_reserved_character(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    await assert_bad_request(
        fake,
        bot.send_message(1001, "Saved John.", parse_mode="MarkdownV2"),
        "Bad Request: can't parse entities: Character '.' is reserved and must be escaped "
        "with the preceding '\\'",
    )
    sent = await bot.send_message(1001, r"*Saved* John\.", parse_mode="MarkdownV2")
    assert sent.text == "Saved John."
    reply = await alice.next_reply()
    assert reply.entity_texts("bold") == ["Saved"]
    assert reply.parse_mode == "MarkdownV2"


async def test_caption_limit(fake: FakeTelegram, bot: Bot) -> None:
    fake.user(1001)
    await bot.send_document(1001, b"x", filename="a.txt", caption="c" * 1024)
    await assert_bad_request(
        fake,
        bot.send_document(1001, b"x", filename="a.txt", caption="c" * 1025),
        "Bad Request: message caption is too long",
    )


async def test_edit_and_delete_errors(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    sent = await bot.send_message(1001, "hello")
    await assert_bad_request(
        fake,
        bot.edit_message_text("x", chat_id=1001, message_id=999),
        "Bad Request: message to edit not found",
    )
    await assert_bad_request(
        fake,
        bot.edit_message_text("hello", chat_id=1001, message_id=sent.message_id),
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message",
    )
    user_message = await alice.send("mine")
    await assert_bad_request(
        fake,
        bot.edit_message_text("x", chat_id=1001, message_id=user_message["message_id"]),
        "Bad Request: message can't be edited",
    )
    assert await bot.delete_message(1001, sent.message_id)
    assert alice.deleted == [sent.message_id]
    await assert_bad_request(
        fake, bot.delete_message(1001, sent.message_id), "Bad Request: message to delete not found"
    )


async def test_edit_replaces_text_and_drops_keyboard_unless_resent(
    fake: FakeTelegram, bot: Bot
) -> None:
    alice = fake.user(1001)
    markup = keyboard(InlineKeyboardButton("Undo", callback_data="undo:1"))
    sent = await bot.send_message(1001, "Saved", reply_markup=markup)
    await bot.edit_message_text(
        "<i>Saved</i> ✓",
        chat_id=1001,
        message_id=sent.message_id,
        parse_mode="HTML",
        reply_markup=markup,
    )
    edited = await alice.next_edit()
    assert (edited.text, edited.html, edited.button("Undo").callback_data) == (
        "Saved ✓",
        "<i>Saved</i> ✓",
        "undo:1",
    )
    await bot.edit_message_text("Undone", chat_id=1001, message_id=sent.message_id)
    assert (await alice.next_edit()).buttons == []
    await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=markup)
    assert (await alice.next_edit()).method == "editMessageReplyMarkup"
    assert alice.current(sent.message_id).buttons[0][0].text == "Undo"  # type: ignore[union-attr]


async def test_unknown_chat_and_blocked_user(fake: FakeTelegram, bot: Bot) -> None:
    await assert_bad_request(fake, bot.send_message(4242, "hi"), "Bad Request: chat not found")
    alice = fake.user(1001)
    alice.blocked = True
    try:
        await bot.send_message(1001, "hi")
    except Forbidden as exc:
        assert "blocked" in exc.message
    else:
        raise AssertionError("expected Forbidden")


async def test_chat_actions_and_commands(fake: FakeTelegram, bot: Bot) -> None:
    alice = fake.user(1001)
    await bot.send_chat_action(1001, "typing")
    assert alice.chat_actions == ["typing"]
    await assert_bad_request(
        fake,
        bot.send_chat_action(1001, "dancing"),
        "Bad Request: wrong parameter action in request",
    )
    await bot.set_my_commands([("start", "Start over"), ("undo", "Undo the last change")])
    assert fake.commands == {"start": "Start over", "undo": "Undo the last change"}
    assert [c.command for c in await bot.get_my_commands()] == ["start", "undo"]
    await assert_bad_request(
        fake, bot.set_my_commands([("Bad-Name", "x")]), "Bad Request: BOT_COMMAND_INVALID"
    )
