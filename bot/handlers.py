"""Telegram handlers: parse the update, call the coach, format the answer."""

from __future__ import annotations

import logging
from html import escape
from typing import cast

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, ContextTypes

from bot import drafts, formatting, keyboards, texts
from bot.typing import typing_while_slow
from coach.capture import EmptyNote
from coach.infra.spool import NoteKept
from coach.service import Coach, UnknownTimezone
from coach.views import NoteCard

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
FIXING = "fixing_note_id"


def coach_of(context: ContextTypes.DEFAULT_TYPE) -> Coach:
    return cast(Coach, context.bot_data["coach"])


def coach_of_app(app: Application) -> Coach:
    return cast(Coach, app.bot_data["coach"])


def user_id_of(update: Update) -> int:
    assert update.effective_user is not None, "handlers are registered for user updates only"
    return update.effective_user.id


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user and explain what the coach does."""
    assert update.message is not None and update.effective_user is not None
    timezone = await coach_of(context).timezone_of(user_id_of(update))
    name = escape(update.effective_user.first_name)
    await update.message.reply_text(
        texts.WELCOME.format(name=name, timezone=timezone), parse_mode=HTML
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what the coach can do."""
    assert update.message is not None
    await update.message.reply_text(texts.HELP, parse_mode=HTML)


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show or set the timezone dates in notes are read in."""
    assert update.message is not None
    coach, user_id = coach_of(context), user_id_of(update)
    if not context.args:
        current = await coach.timezone_of(user_id)
        await update.message.reply_text(
            texts.TIMEZONE_USAGE.format(timezone=current), parse_mode=HTML
        )
        return
    try:
        zone = await coach.set_timezone(user_id, " ".join(context.args))
    except UnknownTimezone as exc:
        reply = texts.TIMEZONE_UNKNOWN.format(name=escape(formatting.shorten(exc.name, 60)))
        if exc.suggestions:
            reply += (
                " Did you mean "
                + " or ".join(f"<code>{escape(s)}</code>" for s in exc.suggestions)
                + "?"
            )
        await update.message.reply_text(reply, parse_mode=HTML)
        return
    await update.message.reply_text(
        texts.TIMEZONE_SET.format(timezone=escape(zone)), parse_mode=HTML
    )


def source_of(update: Update) -> str | None:
    """The message a note comes from: a redelivered or replayed one finds its note."""
    message = update.message
    return f"tg:{message.chat.id}:{message.message_id}" if message is not None else None


async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Capture a free-text note (or the corrected text of a note being fixed)."""
    assert update.message is not None and update.message.text is not None
    coach, user_id = coach_of(context), user_id_of(update)
    fixing = cast(dict[str, int], context.user_data).pop(FIXING, None)
    text, source_key = update.message.text, source_of(update)
    try:
        async with typing_while_slow(update.message.chat):
            if fixing is not None:
                card = await coach.notes.replace(user_id, fixing, text, source_key=source_key)
            else:
                card = await coach.notes.capture(user_id, text, source_key=source_key)
    except EmptyNote:
        await update.message.reply_text(texts.EMPTY_NOTE, parse_mode=HTML)
        return
    await send_card(update, card)
    if fixing is None:
        await drafts.send_tip(update.message, coach, user_id, update.message.text)


async def send_card(update: Update, card: NoteCard) -> None:
    assert update.effective_message is not None
    message = update.effective_message
    text = formatting.note_card(card)
    # A note that names only an ambiguous person has nothing to show until the user
    # says which one; Telegram refuses an empty message, so only the question goes out.
    if text.strip():
        await message.reply_text(
            text,
            parse_mode=HTML,
            reply_markup=keyboards.note_actions(card.note_id, keyboards.intro_buttons(card.intros)),
        )
    for ask in card.questions:
        await message.reply_text(
            formatting.question(ask.name),
            parse_mode=HTML,
            reply_markup=keyboards.which_person(ask.pending_id, ask.candidates),
        )


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take back the latest note."""
    assert update.message is not None
    result = await coach_of(context).notes.undo(user_id_of(update))
    await update.message.reply_text(formatting.undo_result(result), parse_mode=HTML)


async def people(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user's contacts, newest first, a page at a time."""
    assert update.message is not None
    page = await coach_of(context).rolodex.people(user_id_of(update))
    await update.message.reply_text(
        formatting.people_page(page), parse_mode=HTML, reply_markup=keyboards.people_pages(page)
    )


async def person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One contact's card, or a choice when the name fits several."""
    assert update.message is not None
    name = " ".join(context.args or [])
    if not name:
        await update.message.reply_text(texts.PERSON_USAGE, parse_mode=HTML)
        return
    lookup = await coach_of(context).rolodex.lookup(user_id_of(update), name)
    if lookup.card is not None:
        await update.message.reply_text(formatting.person_card(lookup.card), parse_mode=HTML)
    elif lookup.candidates:
        await update.message.reply_text(
            formatting.question(name),
            parse_mode=HTML,
            reply_markup=keyboards.pick_contact(lookup.candidates),
        )
    else:
        await update.message.reply_text(formatting.not_found(name, lookup), parse_mode=HTML)


async def find(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Who do I know …?"""
    assert update.message is not None
    query = " ".join(context.args or [])
    if not query:
        await update.message.reply_text(texts.FIND_USAGE, parse_mode=HTML)
        return
    result = await coach_of(context).rolodex.find(user_id_of(update), query)
    await update.message.reply_text(formatting.find_result(result), parse_mode=HTML)


class StaleButton(Exception):
    """Callback data that no current button of ours would send."""


def number(arg: str) -> int:
    if not arg.isdigit():
        raise StaleButton(arg)
    return int(arg)


async def undo_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query = update.callback_query
    assert query is not None
    result = await coach_of(context).notes.undo(user_id_of(update), number(args[0]))
    await query.answer("Undone" if result else "Already undone")
    if result is not None:
        await query.edit_message_text(formatting.undo_result(result), parse_mode=HTML)


async def fix_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    if not await coach_of(context).notes.fixable(user_id_of(update), number(args[0])):
        await query.answer(texts.FIX_GONE)
        return
    cast(dict[str, int], context.user_data)[FIXING] = number(args[0])
    await query.answer()
    await message.reply_text(texts.FIX_PROMPT)


async def which_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query = update.callback_query
    assert query is not None
    if len(args) != 2:
        await query.answer(texts.BUTTON_GONE)
        return
    choice = None if args[1] == keyboards.NEW_CONTACT else number(args[1])
    result = await coach_of(context).notes.resolve(user_id_of(update), number(args[0]), choice)
    if result is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer("Saved")
    await query.edit_message_text(formatting.resolution(result), parse_mode=HTML)


async def people_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]
) -> None:
    query = update.callback_query
    assert query is not None
    page = await coach_of(context).rolodex.people(user_id_of(update), number(args[0]))
    await query.answer()
    try:
        await query.edit_message_text(
            formatting.people_page(page), parse_mode=HTML, reply_markup=keyboards.people_pages(page)
        )
    except BadRequest as exc:  # a replayed or forged press for the page already shown
        if "not modified" not in exc.message.lower():
            raise


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    card = await coach_of(context).rolodex.card(user_id_of(update), number(args[0]))
    if card is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer()
    await message.reply_text(formatting.person_card(card), parse_mode=HTML)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point at /help for a command the bot doesn't have."""
    assert update.message is not None
    await update.message.reply_text(texts.UNKNOWN_COMMAND)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and tell the user their data is safe."""
    reply = texts.ERROR
    if isinstance(context.error, NoteKept):
        log.warning("database unreachable: the note waits in the local spool")
        reply = texts.NOTE_KEPT
    else:
        log.error("handler failed: %s", type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(reply)
        except Exception:  # the reply itself failed; the log above has the cause
            log.warning("could not tell the user about the error")
