"""Give first: /gave and /got log a give or a get by hand; /balance shows where to give."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import relationship_format, texts
from bot.context import args_of, coach_of, user_id_of
from bot.nudges import not_found
from coach.nudges import NotFound
from coach.service import Coach

HTML = ParseMode.HTML


async def _ledger(update: Update, context: ContextTypes.DEFAULT_TYPE, direction: str) -> None:
    assert update.message is not None
    reply = await ledger_reply(coach_of(context), user_id_of(update), direction, args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def ledger_reply(coach: Coach, user_id: int, direction: str, words: list[str]) -> str:
    """What /gave or /got answers."""
    if len(words) < 1:
        return texts.GAVE_USAGE if direction == "gave" else texts.GOT_USAGE
    try:
        result = await coach.ledger.record(user_id, direction, words)
    except NotFound as exc:
        return not_found(exc)
    return relationship_format.recorded(result)


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
