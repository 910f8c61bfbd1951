"""Give first: /gave and /got log a give or a get by hand; /balance shows where to give."""

from __future__ import annotations

from html import escape
from typing import Any, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import relationship_format, texts
from bot.context import StaleButton, args_of, coach_of, number, user_id_of
from bot.nudges import not_found
from coach.ledger import Recorded
from coach.nudges import NotFound

HTML = ParseMode.HTML
PICK = "ledger"  # ledger:<slot>:<contact id>, a pick among the contacts a name fits
# What an ambiguous /gave or /got said, waiting for the pick: callback data holds only ids.
WAITING = "ledger_waiting"
MAX_WAITING = 20


async def _ledger(update: Update, context: ContextTypes.DEFAULT_TYPE, direction: str) -> None:
    assert update.message is not None
    words = args_of(context)
    coach, user_id = coach_of(context), user_id_of(update)
    if not words:
        await update.message.reply_text(usage(direction), parse_mode=HTML)
        return
    try:
        result = await coach.ledger.record(user_id, direction, words)
    except NotFound as exc:
        if not exc.choices or context.user_data is None:
            await update.message.reply_text(not_found(exc), parse_mode=HTML)
            return
        # Never dropped: it waits for the user to say which one they meant.
        waiting = cast(dict[str, Any], context.user_data).setdefault(WAITING, {})
        slot = str(max((int(k) for k in waiting), default=0) + 1)
        waiting[slot] = (direction, exc.what)
        for old in sorted(waiting, key=int)[:-MAX_WAITING]:
            del waiting[old]
        buttons = [
            [InlineKeyboardButton(c.label[:60], callback_data=f"{PICK}:{slot}:{c.contact_id}")]
            for c in exc.choices[:8]
        ]
        await update.message.reply_text(
            which(exc, direction), parse_mode=HTML, reply_markup=InlineKeyboardMarkup(buttons)
        )
        return
    await update.message.reply_text(relationship_format.recorded(result), parse_mode=HTML)


def usage(direction: str) -> str:
    return texts.GAVE_USAGE if direction == "gave" else texts.GOT_USAGE


def which(exc: NotFound, direction: str) -> str:
    """ "Which eleni did you give the article to?": it waits for the answer, and says so."""
    said = texts.GAVE_WHICH if direction == "gave" else texts.GOT_WHICH
    return said.format(name=escape(exc.name), what=escape(exc.what))


async def pick_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    """ledger:<slot>:<contact id>: the contact an ambiguous /gave or /got meant."""
    query = update.callback_query
    assert query is not None
    if len(args) != 2 or context.user_data is None:
        raise StaleButton(":".join(args))
    waiting = cast(dict[str, Any], context.user_data).get(WAITING, {})
    if args[0] not in waiting:
        raise StaleButton(":".join(args))
    direction, what = waiting[args[0]]
    try:
        result: Recorded = await coach_of(context).ledger.record_to(
            user_id_of(update), direction, number(args[1]), what
        )
    except NotFound as exc:
        raise StaleButton(":".join(args)) from exc
    del waiting[args[0]]
    await query.answer()
    await query.edit_message_text(relationship_format.recorded(result), parse_mode=HTML)


async def gave(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/gave <name> <what>: something you gave someone."""
    await _ledger(update, context, "gave")


async def got(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/got <name> <what>: something someone gave you."""
    await _ledger(update, context, "got")


async def balance(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Where you have only taken, and where you could give first."""
    assert update.message is not None
    result = await coach_of(context).ledger.balance(user_id_of(update))
    await update.message.reply_text(relationship_format.balance(result), parse_mode=HTML)
