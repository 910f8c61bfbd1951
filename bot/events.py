"""/events: each event, who the user met there and how many they followed up."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import relationship_format
from bot.context import coach_of, user_id_of

HTML = ParseMode.HTML


async def events(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Events with who you met and how many you followed up."""
    assert update.message is not None
    view = await coach_of(context).events.summary(user_id_of(update))
    await update.message.reply_text(relationship_format.events(view), parse_mode=HTML)
