"""The gate in front of every handler: edited messages, text that is nothing once cleaned,
who may use the bot, per-user flood control (bot/flood.py), and buttons pressed in groups.
It stops an update (ApplicationHandlerStop) or lets it through untouched; handlers read
the cleaned text themselves (bot.context.text_of)."""

from __future__ import annotations

import time
from typing import NoReturn, cast

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot import trust_texts as tt
from bot import updates
from bot.context import coach_of, text_of
from bot.flood import FloodControl
from bot.redaction import redact_secrets
from coach.infra.hardening import MAX_TEXT
from coach.infra.settings import Settings

HTML = ParseMode.HTML
# Before everything else, including the claim of an update in group -1.
GATE_GROUP = -2
GATE = "rapport_gate"
DENIED_TELL_EVERY = 60.0  # seconds between "this bot is private" replies to one user


class Gate:
    """This process's memory at the gate: flood control, and who was let in."""

    def __init__(self, settings: Settings) -> None:
        self.flood = FloodControl(settings.limits)
        self.admitted: set[int] = set()
        self.denied_told: dict[int, float] = {}

    def forget(self, user_id: int) -> None:
        """The user erased their data: nothing of them stays here either."""
        self.admitted.discard(user_id)
        self.flood.forget(user_id)


def install(app: Application, settings: Settings) -> None:
    """Put the gate in front of every handler and keep the settings' secrets out of logs."""
    app.bot_data[GATE] = Gate(settings)
    app.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    redact_secrets(settings)


def gate_of(context: ContextTypes.DEFAULT_TYPE) -> Gate:
    return cast(Gate, context.bot_data[GATE])


def stop(app: Application) -> None:
    """The process is stopping: messages held back by flood control wait for the next one."""
    cast(Gate, app.bot_data[GATE]).flood.stop()


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler; raises ApplicationHandlerStop to stop an update here."""
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return
    state = gate_of(context)
    private = chat is not None and chat.type == ChatType.PRIVATE
    if update.edited_message is not None:
        if private:
            await update.edited_message.reply_text(tt.EDITED)
        await settle(context, update)
    message = update.message
    text = message.text if message is not None else None
    # Only invisible or control characters: nothing for any handler to read.
    if message is not None and text and text.strip() and not text_of(message).strip():
        if private:
            await message.reply_text(tt.EMPTY_AFTER_CLEANING, parse_mode=HTML)
        await settle(context, update)
    if not await admitted(update, context, state, user.id, private):
        await settle(context, update)
    # Telegram caps messages at 4,096 characters; a longer one was posted to the webhook
    # by something else, and reading it would hold up everyone else's notes.
    if message is not None and text and len(text) > MAX_TEXT:
        if private:
            reply = tt.TOO_LONG.format(length=len(text), limit=MAX_TEXT)
            await message.reply_text(reply, parse_mode=HTML)
        await settle(context, update)
    if not state.flood.admits(update, user.id):
        # Claimed already, it waits in line here; one refused is done with.
        if not await state.flood.hold(update, context.application, user.id):
            await settle(context, update)
        raise ApplicationHandlerStop
    if update.callback_query is not None and not private:
        await update.callback_query.answer(tt.GROUP_BUTTON)
        await settle(context, update)


async def settle(context: ContextTypes.DEFAULT_TYPE, update: Update) -> NoReturn:
    """Stop an update for good. It was recorded on arrival; mark it handled, or crash
    recovery would replay it."""
    await updates.answered(context.application, update)
    raise ApplicationHandlerStop


async def admitted(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    state: Gate,
    user_id: int,
    private: bool,
) -> bool:
    coach = coach_of(context)
    if not coach.settings.access.restricted or user_id in state.admitted:
        return True
    if await coach.access.admitted(user_id):
        state.admitted.add(user_id)
        return True
    message = update.message
    text = text_of(message) if message is not None else ""
    if private and message is not None and text.startswith("/start"):
        code = text.split(maxsplit=1)[1] if " " in text.strip() else ""
        if code and await coach.access.redeem(user_id, code):
            state.admitted.add(user_id)
            await message.reply_text(tt.INVITE_OK)
            return True
        if code:
            await message.reply_text(tt.INVITE_WRONG)
            return False
    if update.callback_query is not None:
        await update.callback_query.answer(tt.GROUP_BUTTON if not private else tt.LOCKED_BUTTON)
        return False
    now = time.monotonic()
    if private and now - state.denied_told.get(user_id, 0.0) > DENIED_TELL_EVERY:
        state.denied_told[user_id] = now
        if update.effective_message is not None:
            await update.effective_message.reply_text(tt.ACCESS_DENIED, parse_mode=HTML)
    return False
