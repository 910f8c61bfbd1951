"""Notes: a free-text note becomes a card; undo, fix and "Which John?" act on it. Also notes
sent in groups, and messages that aren't notes at all (stickers, photos and the like)."""

from __future__ import annotations

from typing import cast

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import drafts, formatting, keyboards, texts, updates
from bot import trust_texts as tt
from bot.context import FIXING, coach_of, number, source_of, text_of, user_id_of
from bot.typing import typing_while_slow
from coach.notes import EmptyNote
from coach.views import NoteCard

HTML = ParseMode.HTML


async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Capture a free-text note (or the corrected text of a note being fixed)."""
    assert update.message is not None
    coach, user_id = coach_of(context), user_id_of(update)
    fixing = cast(dict[str, int], context.user_data).pop(FIXING, None)
    text, source_key = text_of(update.message), source_of(update)
    try:
        async with typing_while_slow(update.message.chat):
            if fixing is not None:
                card = await coach.notes.replace(user_id, fixing, text, source_key=source_key)
            else:
                card = await coach.notes.capture(user_id, text, source_key=source_key)
    except EmptyNote:
        await update.message.reply_text(texts.EMPTY_NOTE, parse_mode=HTML)
        return
    # Recorded as answered at once: a crash after this does not send the card again (the
    # tip that may follow is a bonus).
    async with updates.answering(context.application, update):
        await send_card(update, card)
    if fixing is None:
        await drafts.send_tip(update.message, coach, user_id, text)


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
            formatting.question(ask),
            parse_mode=HTML,
            reply_markup=keyboards.which_person(ask.pending_id, ask.candidates),
        )


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take back the latest note."""
    assert update.message is not None
    result = await coach_of(context).notes.undo(user_id_of(update))
    await update.message.reply_text(formatting.undo_result(result), parse_mode=HTML)


async def undo_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query = update.callback_query
    assert query is not None
    result = await coach_of(context).notes.undo(user_id_of(update), number(args[0]))
    await query.answer(texts.UNDONE if result else texts.ALREADY_UNDONE)
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
    notes = coach_of(context).notes
    if args[1] == keyboards.NOT_A_PERSON:
        dropped = await notes.dismiss(user_id_of(update), number(args[0]))
        await query.answer(texts.NOT_A_PERSON if dropped else texts.BUTTON_GONE)
        if dropped:
            await query.edit_message_text(texts.NOT_A_PERSON)
        return
    choice = None if args[1] == keyboards.NEW_CONTACT else number(args[1])
    result = await notes.resolve(user_id_of(update), number(args[0]), choice)
    if result is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer(texts.SAVED)
    await query.edit_message_text(formatting.resolution(result), parse_mode=HTML)


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group: keep a note only if the deployment allows it, and never show stored data."""
    message = update.effective_message
    if message is None:
        return
    coach = coach_of(context)
    text = text_of(message)
    if not coach.settings.access.allow_groups or text.startswith("/") or not text:
        await message.reply_text(texts.ONLY_PRIVATE)
        return
    try:
        await coach.notes.capture(user_id_of(update), text, source_key=source_of(update))
    except EmptyNote:
        return
    await message.reply_text(tt.GROUP_SAVED)


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, locations and the like: a helpful word about what works."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    if message.sticker is not None:
        kind = "sticker"
    elif message.photo:
        kind = "photo"
    elif message.location is not None or message.venue is not None:
        kind = "location"
    elif message.video is not None or message.video_note is not None or message.animation:
        kind = "video"
    elif message.poll is not None:
        kind = "poll"
    elif message.document is not None:
        await message.reply_text(tt.IMPORT_OTHER_FILE)
        return
    else:
        kind = ""
    await message.reply_text(tt.UNSUPPORTED.get(kind, tt.UNSUPPORTED_DEFAULT), parse_mode=HTML)
