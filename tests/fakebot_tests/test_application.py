"""A real PTB Application polling the fake: the loop the project's e2e tests rely on."""

from __future__ import annotations

import html
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakebot import FakeTelegram
from tests.fakebot.handled import HandledUpdates


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_user is not None and update.message is not None
    name = html.escape(update.effective_user.first_name)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("↩️ Undo", callback_data="undo")]])
    await update.message.reply_html(f"Hi <b>{name}</b>!", reply_markup=markup)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_chat_action(ChatAction.TYPING)
    await update.message.reply_text(
        f"<i>{html.escape(update.message.text)}</i>", parse_mode=ParseMode.HTML
    )


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Undone")
    await query.edit_message_text("Nothing to undo")


def build_app(fake: FakeTelegram) -> Application:  # type: ignore[type-arg]
    app = (
        Application.builder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .concurrent_updates(HandledUpdates(fake, 1))
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(undo))
    return app


async def test_command_message_and_button_round_trip(fake: FakeTelegram) -> None:
    alice = fake.user(1001, first_name="Al<ice>")
    app = build_app(fake)
    async with app:
        await app.start()
        # poll_interval=0: fetch again right away; the long-poll timeout only bounds idle waits,
        # stop() cancels the in-flight getUpdates immediately.
        await app.updater.start_polling(poll_interval=0.0, timeout=10)  # type: ignore[union-attr]
        try:
            await alice.send("/start")
            greeting = await alice.next_reply()
            assert greeting.text == "Hi Al<ice>!"
            assert greeting.entity_texts("bold") == ["Al<ice>"]

            await alice.send("met john from acme & co 😀")
            echoed = await alice.next_reply()
            assert echoed.text == "met john from acme & co 😀"
            assert echoed.entities == [{"type": "italic", "offset": 0, "length": 26}]
            assert alice.chat_actions == ["typing"]

            query_id = await alice.press(greeting, "Undo")
            assert (await alice.callback_answer(query_id)).text == "Undone"
            edited = await alice.next_edit()
            assert (edited.message_id, edited.text, edited.buttons) == (
                greeting.message_id,
                "Nothing to undo",
                [],
            )
            await alice.expect_no_reply()
        finally:
            stopping = time.monotonic()
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()
    assert time.monotonic() - stopping < 1
    fake.assert_no_errors()
    # PTB's shutdown getUpdates confirmed everything it fetched.
    assert fake.api.updates.pending == []
