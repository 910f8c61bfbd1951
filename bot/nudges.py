"""Nudge commands and the buttons on nudges; bot/dispatch.py delivers them."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import nudge_format, texts
from bot.context import StaleButton, args_of, coach_of, number, user_id_of
from bot.keyboards import digest_actions, sent_it
from coach.infra.durations import format_duration
from coach.nudges import BadWhen, NotFound, follow_up_from_words
from coach.service import Coach

HTML = ParseMode.HTML
ACTIONS = ("done", "day", "week", "skip")
UPCOMING_SHOWN = 10


async def nudges(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What's coming in the next two weeks, with buttons."""
    assert update.message is not None
    coach = coach_of(context)
    every = await coach.nudges.upcoming(user_id_of(update))
    coming = every[:UPCOMING_SHOWN]
    days = coach.settings.nudges.upcoming_window.days or 1
    markup = digest_actions([n.nudge_id for n in coming], [n.person or "note" for n in coming])
    await update.message.reply_text(
        nudge_format.upcoming_message(coming, days, len(every) - len(coming)),
        parse_mode=HTML,
        reply_markup=markup if coming else None,
    )


async def followup(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/followup <name> <when> [reason]."""
    assert update.message is not None
    reply = await followup_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def followup_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    try:
        view = await follow_up_from_words(coach.nudges, user_id, words)
    except NotFound as exc:
        return not_found(exc)
    except BadWhen:
        return texts.FOLLOWUP_USAGE
    return texts.FOLLOWUP_SET.format(idea=escape(view.idea), when=nudge_format.when(view.due))


async def cadence(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cadence <name> <every 30d>: how often to keep in touch with one person."""
    assert update.message is not None
    reply = await cadence_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def cadence_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    if len(words) < 2:
        return texts.CADENCE_USAGE
    span_words = 2 if len(words) > 2 and words[-2].lower() == "every" else 1
    name, span = " ".join(words[:-span_words]), words[-1]
    try:
        saved_name, every = await coach.nudges.set_cadence(user_id, name, span)
    except NotFound as exc:
        return not_found(exc)
    except ValueError:
        return texts.CADENCE_USAGE
    return texts.CADENCE_SET.format(name=escape(saved_name), every=format_duration(every))


async def pause(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pause 7d: hold nudges for a holiday."""
    assert update.message is not None
    reply = await pause_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def pause_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    try:
        until = await coach.nudges.pause(user_id, " ".join(words))
    except ValueError:
        return texts.PAUSE_USAGE
    return texts.PAUSED.format(until=nudge_format.when(until))


async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/resume: nudges flow again."""
    assert update.message is not None
    reply = await resume_reply(coach_of(context), user_id_of(update))
    await update.message.reply_text(reply, parse_mode=HTML)


async def resume_reply(coach: Coach, user_id: int) -> str:
    return texts.RESUMED if await coach.nudges.resume(user_id) else texts.NOT_PAUSED


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest on 08:30 or /digest off."""
    assert update.message is not None
    reply = await digest_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def digest_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    args = [a.lower() for a in words]
    try:
        if args[:1] == ["off"]:
            await coach.nudges.set_digest(user_id, None)
            return texts.DIGEST_OFF
        if args[:1] == ["on"]:
            at = await coach.nudges.set_digest(user_id, args[1] if len(args) > 1 else "08:30")
            return texts.DIGEST_ON.format(at=at)
    except ValueError:
        pass
    return texts.DIGEST_USAGE


async def quiet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiet 21:00-08:00: no nudges in these hours."""
    assert update.message is not None
    reply = await quiet_reply(coach_of(context), user_id_of(update), args_of(context))
    await update.message.reply_text(reply, parse_mode=HTML)


async def quiet_reply(coach: Coach, user_id: int, words: list[str]) -> str:
    try:
        hours = await coach.nudges.set_quiet_hours(user_id, "".join(words))
    except ValueError:
        return texts.QUIET_USAGE
    return texts.QUIET_SET.format(hours=hours)


async def nudge_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    """Done, snooze, skip or draft on a nudge."""
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    if len(args) != 2:
        raise StaleButton(":".join(args))
    action, nudge_id = args[0], number(args[1])
    book, user_id = coach_of(context).nudges, user_id_of(update)
    if action == "draft":
        draft = await book.draft(user_id, nudge_id)
        await query.answer(None if draft else texts.BUTTON_GONE)
        if draft:
            await message.reply_text(
                nudge_format.draft_message(draft),
                parse_mode=HTML,
                reply_markup=sent_it(draft.nudge_id),
            )
        return
    if action not in ACTIONS:
        raise StaleButton(action)
    result = await book.act(user_id, nudge_id, action)
    if result is None:
        await query.answer(texts.ALREADY_HANDLED)
        return
    await query.answer(texts.SAVED)
    await message.reply_text(nudge_format.action_message(result), parse_mode=HTML)


def not_found(exc: NotFound) -> str:
    if exc.candidates:
        return texts.SEVERAL_FIT.format(
            name=escape(exc.name), names=", ".join(escape(c) for c in exc.candidates)
        )
    return texts.NOBODY_CALLED.format(name=escape(exc.name))
