"""/review and /review off|on, and the job that sends each user their weekly review."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden
from telegram.ext import ContextTypes

from bot import charts, keyboards, relationship_format, texts
from bot.context import args_of, coach_of, user_id_of
from coach.review import WeeklyReview

log = logging.getLogger(__name__)
HTML = ParseMode.HTML


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review: this week's review now; /review off|on: the Sunday evening review."""
    assert update.message is not None
    coach, user_id = coach_of(context), user_id_of(update)
    arg = (args_of(context) or [""])[0].casefold()
    if arg in ("off", "on"):
        await coach.reviews.set_enabled(user_id, arg == "on")
        await update.message.reply_text(
            texts.REVIEW_ON if arg == "on" else texts.REVIEW_OFF, parse_mode=HTML
        )
        return
    result = await coach.reviews.build(user_id)
    await update.message.reply_text(
        relationship_format.review(result), parse_mode=HTML, reply_markup=_review_markup(result)
    )
    await update.message.reply_photo(await charts.review_png(result), caption=texts.REVIEW_CHART)


def _review_markup(result: WeeklyReview) -> InlineKeyboardMarkup | None:
    rows = keyboards.intro_buttons(result.intros)
    return InlineKeyboardMarkup(rows) if rows else None


async def weekly_reviews(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The job: send each user whose Sunday evening it is their review, once."""
    coach = coach_of(context)
    for user_id, previous in await coach.reviews.claim_due():
        try:
            result = await coach.reviews.build(user_id)
            await context.bot.send_message(
                user_id,
                relationship_format.review(result),
                parse_mode=HTML,
                reply_markup=_review_markup(result),
            )
            await context.bot.send_photo(
                user_id, await charts.review_png(result), caption=texts.REVIEW_CHART
            )
        except Forbidden:
            log.info("a user blocked the bot; their weekly review is skipped")
        except Exception:
            log.exception("weekly review for a user failed; will retry next check")
            await coach.reviews.unclaim(user_id, previous)
