"""Crash safety around the handlers: claim each update once, replay what a dead process
left unfinished, and save notes kept in the spool while the database was away."""

from __future__ import annotations

import logging
import time
from typing import cast

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot import formatting, keyboards, texts
from bot.context import coach_of, coach_of_app
from coach.infra import metrics
from coach.infra.settings import Settings
from coach.infra.spool import SpooledNote, is_outage

log = logging.getLogger(__name__)
# Updates this process claimed before queueing them (webhook, replays): not claimed again.
CLAIMED = "claimed_update_ids"
STARTED = "update_started_at"


def install(app: Application, settings: Settings) -> None:
    """Claim before every handler (group -1), mark done after (group 1), plus the jobs."""
    app.bot_data.setdefault(CLAIMED, set())
    app.bot_data.setdefault(STARTED, {})
    app.add_handler(TypeHandler(Update, claim), group=-1)
    app.add_handler(TypeHandler(Update, finish), group=1)
    assert app.job_queue is not None
    recover = settings.updates.recover_interval.total_seconds()
    app.job_queue.run_repeating(recover_orphans, interval=recover, first=1, name="orphans")
    replay = settings.spool.replay_interval.total_seconds()
    app.job_queue.run_repeating(replay_spool, interval=replay, first=replay, name="spool")


def kind_of(update: Update) -> str:
    if update.callback_query is not None:
        return "callback_query"
    message = update.message
    if message is None:
        return "other"
    if message.voice or message.audio or message.document:
        return "voice"
    if message.text and message.text.startswith("/"):
        return "command"
    return "text" if message.text else "other"


async def claim(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take the update on, or stop here if some process already has (a redelivery)."""
    started = cast(dict[int, float], context.bot_data[STARTED])
    started[update.update_id] = time.perf_counter()
    claimed = cast(set[int], context.bot_data[CLAIMED])
    if update.update_id in claimed:
        claimed.discard(update.update_id)
        return
    if not await take(context.application, update):
        started.pop(update.update_id, None)
        raise ApplicationHandlerStop


async def take(app: Application, update: Update) -> bool:
    """Claim in the database; with the database away, handle it anyway (notes get spooled)."""
    try:
        fresh = await coach_of_app(app).updates.receive(
            app.bot.id, update.update_id, update.to_dict()
        )
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("database unreachable; handling update %s unrecorded", update.update_id)
        return True
    if not fresh:
        metrics.DUPLICATE_UPDATES.inc()
        log.info("update %s was already taken on; skipping the redelivery", update.update_id)
    return fresh


async def finish(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    started = cast(dict[int, float], context.bot_data[STARTED]).pop(update.update_id, None)
    if started is not None:
        metrics.HANDLER_SECONDS.observe(time.perf_counter() - started)
    metrics.UPDATES.labels(kind_of(update)).inc()
    await _mark_done(context, update)


async def finish_stopped(context: ContextTypes.DEFAULT_TYPE, update: Update) -> None:
    """An update stopped before the claim handler (access gate): if the webhook recorded it
    on arrival, record it as handled too."""
    claimed = cast(set[int], context.bot_data.get(CLAIMED, set()))
    if update.update_id not in claimed:
        return
    claimed.discard(update.update_id)
    await _mark_done(context, update)


async def _mark_done(context: ContextTypes.DEFAULT_TYPE, update: Update) -> None:
    try:
        await coach_of(context).updates.finished(context.bot.id, update.update_id)
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("could not mark update %s done; it may be replayed", update.update_id)


async def enqueue_claimed(app: Application, update: Update) -> None:
    cast(set[int], app.bot_data[CLAIMED]).add(update.update_id)
    await app.update_queue.put(update)


async def recover_orphans(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Replay updates a process took on and never finished (it was killed, or lost power)."""
    coach = coach_of(context)
    bot_id = context.bot.id
    try:
        in_flight = list(cast(dict[int, float], context.bot_data[STARTED]))
        payloads = await coach.updates.orphans(bot_id, in_flight)
        await coach.updates.prune(bot_id)
    except Exception as exc:
        if is_outage(exc):
            return
        raise
    for payload in payloads:
        update = Update.de_json(payload, context.bot)
        log.info("replaying update %s left unfinished by a stopped process", update.update_id)
        await enqueue_claimed(context.application, update)


async def replay_spool(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Save notes kept while the database was unreachable, and show each its card."""
    coach = coach_of(context)
    spool = coach.spool
    if not spool.path.exists():
        return

    async def save(entry: SpooledNote) -> None:
        card = await coach.notes.capture(
            entry.user_id, entry.text, source_key=entry.key, spool=False
        )
        try:
            await context.bot.send_message(
                entry.user_id,
                f"{texts.NOTE_SAVED_LATER}\n\n{formatting.note_card(card)}",
                parse_mode=ParseMode.HTML,
                reply_markup=keyboards.note_actions(card.note_id),
            )
        except TelegramError:
            log.warning("saved a spooled note but could not show its card")

    saved = await spool.replay(save)
    if saved:
        log.info("saved %d spooled notes", saved)
