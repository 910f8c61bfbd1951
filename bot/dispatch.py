"""The job that delivers due nudges: claim them in the database, send them through the rate
limiter, mark them sent."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot import nudge_format
from bot.context import coach_of
from bot.formatting import fit
from bot.keyboards import digest_actions, nudge_actions
from coach.dispatch import CLAIM_BATCH
from coach.infra import metrics
from coach.service import Coach
from coach.views import Outgoing

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
SENDS_IN_FLIGHT = 16
# Accepted sends are marked in the database in batches of this many, or this often.
MARK_BATCH = 100
MARK_EVERY = 0.5
# A dispatch run claims no more than it can send in this share of the job's interval.
RUN_SHARE = 0.9


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
