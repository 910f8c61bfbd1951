"""Give first: /gave and /got log a give or a get by hand; /balance shows where to give."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import relationship_format, texts
from bot.context import args_of, coach_of, user_id_of
from bot.nudges import not_found
from coach.nudges import NotFound

HTML = ParseMode.HTML


async def _ledger(update: Update, context: ContextTypes.DEFAULT_TYPE, direction: str) -> None:
    assert update.message is not None
    words = args_of(context)
    if len(words) < 1:
        usage = texts.GAVE_USAGE if direction == "gave" else texts.GOT_USAGE
        await update.message.reply_text(usage, parse_mode=HTML)
        return
    try:
        result = await coach_of(context).ledger.record(user_id_of(update), direction, words)
    except NotFound as exc:
        await update.message.reply_text(not_found(exc), parse_mode=HTML)
        return
    await update.message.reply_text(relationship_format.recorded(result), parse_mode=HTML)


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
