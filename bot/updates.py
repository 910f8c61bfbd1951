"""Crash safety around the handlers: every update is claimed in the database before it is
handled (polling: before Telegram is told it arrived; webhook: before the 200), marked done
as soon as it is answered, and replayed by another process, or the next one, if this one
dies first. Also the job that saves notes kept in the spool while the database was away."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any, cast

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
# Updates this process claimed and has not marked done (it renews their leases).
OWNED = "rapport_owned_updates"
# Answered, but the database was away when they were to be marked done: marked later.
UNMARKED = "rapport_unmarked_updates"
# One answer goes out at a time, and is recorded before the next (see answering).
ANSWERING = "rapport_answering"
STARTED = "update_started_at"


def install(app: Application, settings: Settings) -> None:
    """Claim before every handler (group -1), mark done after (group 1), plus the jobs."""
    app.bot_data.setdefault(OWNED, set())
    app.bot_data.setdefault(UNMARKED, set())
    app.bot_data.setdefault(STARTED, {})
    app.bot_data.setdefault(ANSWERING, asyncio.Lock())
    app.add_handler(TypeHandler(Update, claim), group=-1)
    app.add_handler(TypeHandler(Update, finish), group=1)
    assert app.job_queue is not None
    beat = settings.updates.recover_interval.total_seconds()
    app.job_queue.run_repeating(keep_alive, interval=beat, first=beat, name="heartbeat")
    replay = settings.spool.replay_interval.total_seconds()
    app.job_queue.run_repeating(replay_spool, interval=replay, first=replay, name="spool")


def owned(app: Application) -> set[int]:
    return cast(set[int], app.bot_data[OWNED])


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


async def take(app: Application, batch: Sequence[Update]) -> list[Update]:
    """Claim a batch of updates in one transaction and return the fresh ones, to be handled;
    the others some process took on before (redeliveries). With the database away, every
    update is handled unrecorded (a note goes to the spool)."""
    try:
        fresh = await coach_of_app(app).updates.receive(
            app.bot.id, [(update.update_id, update.to_dict()) for update in batch]
        )
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("database unreachable; handling %d update(s) unrecorded", len(batch))
        return list(batch)
    owned(app).update(fresh)
    for update in batch:
        if update.update_id not in fresh:
            metrics.DUPLICATE_UPDATES.inc()
            log.info("update %s was already taken on; skipping the redelivery", update.update_id)
    return [update for update in batch if update.update_id in fresh]


async def enqueue(app: Application, batch: Iterable[Update]) -> None:
    """Hand claimed updates to the handlers."""
    for update in batch:
        await app.update_queue.put(update)


async def claim(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Claim an update that arrived unclaimed (none should), or stop here if some process
    has already taken it on."""
    started = cast(dict[int, float], context.bot_data[STARTED])
    started[update.update_id] = time.perf_counter()
    if update.update_id in owned(context.application):
        return
    if not await take(context.application, [update]):
        started.pop(update.update_id, None)
        raise ApplicationHandlerStop


async def finish(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    started = cast(dict[int, float], context.bot_data[STARTED]).pop(update.update_id, None)
    if started is not None:
        metrics.HANDLER_SECONDS.observe(time.perf_counter() - started)
    metrics.UPDATES.labels(kind_of(update)).inc()
    await answered(context.application, update)


@asynccontextmanager
async def answering(app: Application, update: Update) -> AsyncIterator[None]:
    """Send the update's answer inside: it is recorded as answered right after, and no other
    answer goes out before that, so a crash finds at most one answer sent and not recorded
    (which a replay sends again, saying so)."""
    async with cast(asyncio.Lock, app.bot_data[ANSWERING]):
        yield
        await answered(app, update)


async def answered(app: Application, update: Update) -> None:
    """The update is answered: mark it done now, right after the reply went out, so a crash
    from here on does not send the reply again. Stopped updates (the gate) end here too."""
    if update.update_id not in owned(app):
        return
    owned(app).discard(update.update_id)
    try:
        await coach_of_app(app).updates.finished(app.bot.id, update.update_id)
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("could not mark update %s done yet; trying again soon", update.update_id)
        cast(set[int], app.bot_data[UNMARKED]).add(update.update_id)


async def keep_alive(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every updates.recover_interval: mark done what could not be marked before, write this
    process's heartbeat, renew its leases, and replay what dead processes left unfinished."""
    app, coach = context.application, coach_of(context)
    unmarked = cast(set[int], app.bot_data[UNMARKED])
    try:
        for update_id in sorted(unmarked):
            await coach.updates.finished(app.bot.id, update_id)
            unmarked.discard(update_id)
        payloads = await coach.updates.keep_alive(app.bot.id, sorted(owned(app) | unmarked))
        await coach.updates.prune(app.bot.id)
    except Exception as exc:
        if is_outage(exc):
            return
        raise
    await replay(app, payloads)


async def join(app: Application, *, polling: bool) -> None:
    """This process starts: its first heartbeat. Polling, it also replays at once whatever
    an earlier process left unfinished (a webhook process leaves that to the heartbeats)."""
    coach = coach_of_app(app)
    try:
        if not polling:
            await replay(app, await coach.updates.keep_alive(app.bot.id, []))
            return
        while payloads := await coach.updates.take_over(app.bot.id):
            await replay(app, payloads)
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("database unreachable; what earlier processes left waits for the heartbeat")


async def leave(app: Application) -> None:
    """A clean stop: what this process still holds is replayed by the next one at once."""
    try:
        await coach_of_app(app).updates.leave()
    except Exception as exc:
        if not is_outage(exc):
            raise


async def replay(app: Application, payloads: list[dict[str, Any]]) -> None:
    updates = [Update.de_json(payload, app.bot) for payload in payloads]
    for update in updates:
        log.info("replaying update %s left unfinished by a stopped process", update.update_id)
    owned(app).update(update.update_id for update in updates)
    await enqueue(app, updates)


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
