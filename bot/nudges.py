"""Nudge commands, nudge buttons, and the job that delivers due nudges."""

from __future__ import annotations

import asyncio
import logging
import time
from html import escape

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot import nudge_format, texts
from bot.formatting import fit
from bot.handlers import StaleButton, coach_of, number, user_id_of
from bot.keyboards import digest_actions, nudge_actions
from coach.dispatch import CLAIM_BATCH
from coach.infra import metrics
from coach.infra.durations import format_duration
from coach.nudges import BadWhen, NotFound, follow_up_from_words
from coach.service import Coach
from coach.views import Outgoing

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
ACTIONS = ("done", "day", "week", "skip")
UPCOMING_SHOWN = 10
SENDS_IN_FLIGHT = 16
# Accepted sends are marked in the database in batches of this many, or this often.
MARK_BATCH = 100
MARK_EVERY = 0.5
# A dispatch run claims no more than it can send in this share of the job's interval.
RUN_SHARE = 0.9


async def nudges(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What's coming in the next two weeks, with buttons."""
    assert update.message is not None
    coach = coach_of(context)
    coming = (await coach.nudges.upcoming(user_id_of(update)))[:UPCOMING_SHOWN]
    days = coach.settings.nudges.upcoming_window.days or 1
    markup = digest_actions([n.nudge_id for n in coming], [n.person or "note" for n in coming])
    await update.message.reply_text(
        nudge_format.upcoming_message(coming, days),
        parse_mode=HTML,
        reply_markup=markup if coming else None,
    )


async def followup(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/followup <name> <when> [reason]."""
    assert update.message is not None
    words = context.args or []
    try:
        view = await follow_up_from_words(coach_of(context).nudges, user_id_of(update), words)
    except NotFound as exc:
        await update.message.reply_text(not_found(exc), parse_mode=HTML)
        return
    except BadWhen:
        await update.message.reply_text(texts.FOLLOWUP_USAGE, parse_mode=HTML)
        return
    await update.message.reply_text(
        f"📅 Got it: {escape(view.idea)}, on {nudge_format.when(view.due)}.", parse_mode=HTML
    )


async def cadence(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cadence <name> <every 30d>: how often to keep in touch with one person."""
    assert update.message is not None
    words = context.args or []
    if len(words) < 2:
        await update.message.reply_text(texts.CADENCE_USAGE, parse_mode=HTML)
        return
    span_words = 2 if len(words) > 2 and words[-2].lower() == "every" else 1
    name, span = " ".join(words[:-span_words]), words[-1]
    try:
        saved_name, every = await coach_of(context).nudges.set_cadence(
            user_id_of(update), name, span
        )
    except NotFound as exc:
        await update.message.reply_text(not_found(exc), parse_mode=HTML)
        return
    except ValueError:
        await update.message.reply_text(texts.CADENCE_USAGE, parse_mode=HTML)
        return
    await update.message.reply_text(
        f"🤝 I'll nudge you to keep in touch with <b>{escape(saved_name)}</b> every "
        f"{format_duration(every)}.",
        parse_mode=HTML,
    )


async def pause(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pause 7d: hold nudges for a holiday."""
    assert update.message is not None
    try:
        until = await coach_of(context).nudges.pause(
            user_id_of(update), " ".join(context.args or [])
        )
    except ValueError:
        await update.message.reply_text(texts.PAUSE_USAGE, parse_mode=HTML)
        return
    await update.message.reply_text(
        f"🏖 Nudges paused until {nudge_format.when(until)}. Nothing is lost; /resume any time."
    )


async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/resume: nudges flow again."""
    assert update.message is not None
    was_paused = await coach_of(context).nudges.resume(user_id_of(update))
    await update.message.reply_text(
        "▶️ Nudges are back on." if was_paused else "Nudges weren't paused."
    )


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest on 08:30 or /digest off."""
    assert update.message is not None
    args = [a.lower() for a in context.args or []]
    book, user_id = coach_of(context).nudges, user_id_of(update)
    try:
        if args[:1] == ["off"]:
            await book.set_digest(user_id, None)
            reply = "🔔 Digest off: nudges arrive one by one when they're due."
        elif args[:1] == ["on"]:
            at = await book.set_digest(user_id, args[1] if len(args) > 1 else "08:30")
            reply = f"☀️ Digest on: one message each morning at {at} with the day's people."
        else:
            raise ValueError("usage")
    except ValueError:
        reply = texts.DIGEST_USAGE
    await update.message.reply_text(reply, parse_mode=HTML)


async def quiet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiet 21:00-08:00: no nudges in these hours."""
    assert update.message is not None
    try:
        hours = await coach_of(context).nudges.set_quiet_hours(
            user_id_of(update), "".join(context.args or [])
        )
    except ValueError:
        await update.message.reply_text(texts.QUIET_USAGE, parse_mode=HTML)
        return
    await update.message.reply_text(f"🌙 Quiet hours set: no nudges {hours}.")


async def nudge_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    """Done, snooze, skip or draft on a nudge."""
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    if len(args) != 2:
        raise StaleButton(":".join(args))
    action, nudge_id = args[0], number(args[1])
    book, user_id = coach_of(context).nudges, user_id_of(update)
    if action == "draft":
        opener = await book.draft(user_id, nudge_id)
        await query.answer(None if opener else texts.BUTTON_GONE)
        if opener:
            await message.reply_text(nudge_format.draft_message(opener), parse_mode=HTML)
        return
    if action not in ACTIONS:
        raise StaleButton(action)
    result = await book.act(user_id, nudge_id, action)
    if result is None:
        await query.answer("Already handled")
        return
    await query.answer("Saved")
    await message.reply_text(nudge_format.action_message(result), parse_mode=HTML)


def not_found(exc: NotFound) -> str:
    if exc.candidates:
        return (
            f"Several people fit <b>{escape(exc.name)}</b>: "
            + ", ".join(escape(c) for c in exc.candidates)
            + ". Use the full name."
        )
    return f"I don't know anyone called <b>{escape(exc.name)}</b> yet. /people lists who I know."


class _SentMarks:
    """Messages Telegram accepted, marked sent in the database a batch at a time.

    Marking each send in its own transaction cost more than the send; batching trades that
    for a wider window (up to MARK_BATCH sends or MARK_EVERY seconds) in which a crash would
    let the lease run out and those nudges go again, the same as a crash mid-send.
    """

    def __init__(self, coach: Coach) -> None:
        self.coach = coach
        self.waiting: list[tuple[list[int], int]] = []
        self.since = time.monotonic()
        self.writing = asyncio.Lock()

    async def add(self, nudge_ids: list[int], message_id: int) -> None:
        self.waiting.append((nudge_ids, message_id))
        due = len(self.waiting) >= MARK_BATCH or time.monotonic() - self.since >= MARK_EVERY
        if due and not self.writing.locked():  # else the next write, or flush(), takes it
            await self.flush()

    async def flush(self) -> None:
        async with self.writing:  # one write at a time, in the order the sends finished
            deliveries, self.waiting = self.waiting, []
            if deliveries:
                await self.coach.dispatcher.sent_many(deliveries)
            self.since = time.monotonic()


async def dispatch_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The repeating job: claim due nudges from the database and deliver them.

    Batch after batch while there is work, sized so the run ends about when the next one is
    due: the rate limit, not the job's interval, sets how many nudges go out per second.
    """
    coach = coach_of(context)
    rate = coach.settings.telegram.max_messages_per_second
    budget = coach.settings.nudges.dispatch_interval.total_seconds() * RUN_SHARE
    start = time.monotonic()
    # Sends overlap (the rate limiter still paces them); one slow chat doesn't hold up the rest.
    in_flight = asyncio.Semaphore(SENDS_IN_FLIGHT)
    marks = _SentMarks(coach)
    limit = max(1, min(CLAIM_BATCH, int(budget * rate)))
    while outgoing := await coach.dispatcher.claim_due(limit):
        results = await asyncio.gather(
            *(deliver(context.bot, coach, o, marks, in_flight) for o in outgoing),
            return_exceptions=True,
        )
        await marks.flush()
        for result in results:
            if isinstance(result, BaseException):
                raise result
        limit = min(CLAIM_BATCH, int((budget - (time.monotonic() - start)) * rate))
        if limit < 1:
            break


async def deliver(
    bot: Bot,
    coach: Coach,
    outgoing: Outgoing,
    marks: _SentMarks,
    in_flight: asyncio.Semaphore,
) -> None:
    batches = [outgoing.nudges] if outgoing.digest else [[n] for n in outgoing.nudges]
    for batch in batches:
        ids = [n.nudge_id for n in batch]
        if outgoing.digest:
            text = nudge_format.digest_message(batch)
            markup = digest_actions(ids, [n.person or "note" for n in batch])
        else:
            text, markup = nudge_format.nudge_message(batch[0]), nudge_actions(ids[0])
        try:
            async with in_flight:
                sent = await bot.send_message(
                    outgoing.user_id, fit([text]), parse_mode=HTML, reply_markup=markup
                )
        except Forbidden:
            log.info("user %s blocked the bot; holding their nudges", outgoing.user_id)
            await coach.dispatcher.user_unreachable(outgoing.user_id, ids)
            return
        except BadRequest as exc:
            if "chat not found" not in exc.message.lower():
                raise
            await coach.dispatcher.user_unreachable(outgoing.user_id, ids)
            return
        except TimedOut:
            # Telegram may have delivered it: better one nudge missing than two arriving.
            log.warning("sending nudges %s timed out; counting them as sent", ids)
            metrics.NUDGES_SENT.inc(len(ids))
            await marks.add(ids, 0)
            continue
        except (RetryAfter, NetworkError):
            log.warning("could not deliver nudges %s now; will retry", ids)
            metrics.NUDGES_FAILED.inc(len(ids))
            await coach.dispatcher.retry_later(ids)
            continue
        metrics.NUDGES_SENT.inc(len(ids))
        await marks.add(ids, sent.message_id)
