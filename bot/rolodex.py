"""Rolodex commands: /gave, /got, /balance, /intro, /events, /review; the intro button and
the job that sends weekly reviews."""

from __future__ import annotations

import logging
from html import escape

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden
from telegram.ext import ContextTypes

from bot import charts, keyboards, rolodex_format, texts
from bot.handlers import coach_of, number, user_id_of
from bot.nudges import not_found
from coach.nudges import NotFound
from coach.review import WeeklyReview

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
INTRO = keyboards.INTRO
PHOTO_CAPTION = "Follow-ups done vs due this week, and your network by stage."


async def _ledger(update: Update, context: ContextTypes.DEFAULT_TYPE, direction: str) -> None:
    assert update.message is not None
    words = context.args or []
    if len(words) < 1:
        usage = texts.GAVE_USAGE if direction == "gave" else texts.GOT_USAGE
        await update.message.reply_text(usage, parse_mode=HTML)
        return
    try:
        result = await coach_of(context).ledger.record(user_id_of(update), direction, words)
    except NotFound as exc:
        await update.message.reply_text(not_found(exc), parse_mode=HTML)
        return
    await update.message.reply_text(rolodex_format.recorded(result), parse_mode=HTML)


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
    await update.message.reply_text(rolodex_format.balance(result), parse_mode=HTML)


async def intro(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/intro <a> <b>: a double-opt-in intro draft."""
    assert update.message is not None
    text = " ".join(context.args or [])
    if not text:
        await update.message.reply_text(texts.INTRO_USAGE, parse_mode=HTML)
        return
    draft = await coach_of(context).intros.draft_by_names(user_id_of(update), text)
    if draft is None:
        await update.message.reply_text(texts.INTRO_USAGE, parse_mode=HTML)
    elif isinstance(draft, list):
        names = " or ".join(f"<b>{escape(n[:60])}</b>" for n in draft)
        await update.message.reply_text(
            f"I couldn't tell who {names} is. {texts.INTRO_USAGE}", parse_mode=HTML
        )
    else:
        await update.message.reply_text(rolodex_format.intro_draft(draft), parse_mode=HTML)


async def intro_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    if len(args) != 2:
        await query.answer(texts.BUTTON_GONE)
        return
    draft = await coach_of(context).intros.draft(
        user_id_of(update), number(args[0]), number(args[1])
    )
    if draft is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer()
    await message.reply_text(rolodex_format.intro_draft(draft), parse_mode=HTML)


async def events(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Events with who you met and how many you followed up."""
    assert update.message is not None
    view = await coach_of(context).events.summary(user_id_of(update))
    await update.message.reply_text(rolodex_format.events(view), parse_mode=HTML)


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review: this week's review now; /review off|on: the Sunday evening review."""
    assert update.message is not None
    coach, user_id = coach_of(context), user_id_of(update)
    arg = (context.args or [""])[0].casefold()
    if arg in ("off", "on"):
        await coach.reviews.set_enabled(user_id, arg == "on")
        await update.message.reply_text(
            texts.REVIEW_ON if arg == "on" else texts.REVIEW_OFF, parse_mode=HTML
        )
        return
    result = await coach.reviews.build(user_id)
    await update.message.reply_text(
        rolodex_format.review(result), parse_mode=HTML, reply_markup=_review_markup(result)
    )
    await update.message.reply_photo(await charts.review_png(result), caption=PHOTO_CAPTION)


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
                rolodex_format.review(result),
                parse_mode=HTML,
                reply_markup=_review_markup(result),
            )
            await context.bot.send_photo(
                user_id, await charts.review_png(result), caption=PHOTO_CAPTION
            )
        except Forbidden:
            log.info("a user blocked the bot; their weekly review is skipped")
        except Exception:
            log.exception("weekly review for a user failed; will retry next check")
            await coach.reviews.unclaim(user_id, previous)
