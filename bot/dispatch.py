"""The job that delivers due nudges: claim them in the database, send them one at a time
through the rate limiter, and mark each sent as soon as Telegram has accepted it."""

from __future__ import annotations

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
# A dispatch run claims no more than it can send in this share of the job's interval.
RUN_SHARE = 0.9


async def dispatch_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The repeating job: claim due nudges from the database and deliver them.

    Batch after batch while there is work, sized so the run ends about when the next one is
    due: the rate limit, not the job's interval, sets how many nudges go out per second.
    One send is in flight at a time and each is marked sent as soon as it is accepted, so a
    crash can repeat at most one nudge, the one Telegram took as the process died.
    """
    coach = coach_of(context)
    rate = coach.settings.telegram.max_messages_per_second
    budget = coach.settings.nudges.dispatch_interval.total_seconds() * RUN_SHARE
    start = time.monotonic()
    limit = max(1, min(CLAIM_BATCH, int(budget * rate)))
    while outgoing := await coach.dispatcher.claim_due(limit):
        for batch in outgoing:
            await deliver(context.bot, coach, batch)
        limit = min(CLAIM_BATCH, int((budget - (time.monotonic() - start)) * rate))
        if limit < 1:
            break


async def deliver(bot: Bot, coach: Coach, outgoing: Outgoing) -> None:
    batches = [outgoing.nudges] if outgoing.digest else [[n] for n in outgoing.nudges]
    for batch in batches:
        ids = [n.nudge_id for n in batch]
        if outgoing.digest:
            text = nudge_format.digest_message(batch)
            markup = digest_actions(ids, [n.person or "note" for n in batch])
        else:
            text, markup = nudge_format.nudge_message(batch[0]), nudge_actions(ids[0])
        try:
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
            await coach.dispatcher.sent_many([(ids, 0)])
            continue
        except (RetryAfter, NetworkError):
            log.warning("could not deliver nudges %s now; will retry", ids)
            metrics.NUDGES_FAILED.inc(len(ids))
            await coach.dispatcher.retry_later(ids)
            continue
        metrics.NUDGES_SENT.inc(len(ids))
        await coach.dispatcher.sent_many([(ids, sent.message_id)])
