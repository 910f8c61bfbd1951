"""/start, /help, /timezone and /me; commands the bot doesn't have; and errors."""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken
from telegram.ext import ContextTypes

from bot import formatting, lifecycle, texts
from bot.context import args_of, coach_of, user_id_of
from coach.infra.spool import NoteKept
from coach.service import Coach, UnknownTimezone

log = logging.getLogger(__name__)
HTML = ParseMode.HTML


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
    reply = await timezone_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def me(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show or set the user's own line of work."""
    assert update.message is not None
    reply = await me_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def me_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    if not words:
        work = await coach.my_work(user_id)
        return texts.ME_IS.format(work=escape(work)) if work else texts.ME_USAGE
    if [w.casefold() for w in words] == ["off"]:
        await coach.set_my_work(user_id, "")
        return texts.ME_OFF
    work = await coach.set_my_work(user_id, " ".join(words))
    return texts.ME_SET.format(work=escape(work or ""))


async def timezone_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    if not words:
        return texts.TIMEZONE_USAGE.format(timezone=await coach.timezone_of(user_id))
    try:
        zone = await coach.set_timezone(user_id, " ".join(words))
    except UnknownTimezone as exc:
        reply = texts.TIMEZONE_UNKNOWN.format(name=escape(formatting.shorten(exc.name, 60)))
        if exc.suggestions:
            reply += texts.DID_YOU_MEAN.format(
                names=" or ".join(f"<code>{escape(s)}</code>" for s in exc.suggestions)
            )
        return reply
    return texts.TIMEZONE_SET.format(timezone=escape(zone))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point at /help for a command the bot doesn't have."""
    assert update.message is not None
    await update.message.reply_text(texts.UNKNOWN_COMMAND)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and tell the user their data is safe."""
    if isinstance(context.error, InvalidToken):
        # Revoked while running: no reply can go out, and nothing but a new token helps.
        log.critical(lifecycle.TOKEN_REJECTED)
        lifecycle.end_run(context.application, lifecycle.BAD_TOKEN)
        return
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
