"""/intro: a double-opt-in intro draft, and the intro buttons on cards and reviews."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import keyboards, relationship_format, texts
from bot.context import args_of, coach_of, number, user_id_of
from coach.intros import IntroDraft, NoReason
from coach.phrases import goes_by
from coach.service import Coach

HTML = ParseMode.HTML
INTRO = keyboards.INTRO


async def intro(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/intro <a> <b>: a double-opt-in intro draft."""
    assert update.message is not None
    reply = await intro_reply(coach_of(context), user_id_of(update), " ".join(args_of(context)))
    await update.message.reply_text(reply, parse_mode=HTML)


async def intro_reply(coach: Coach, user_id: int, text: str) -> str:
    if not text:
        return texts.INTRO_USAGE
    draft = await coach.intros.draft_by_names(user_id, text)
    if draft is None:
        return texts.INTRO_USAGE
    if isinstance(draft, list):
        names = " or ".join(f"<b>{escape(n[:60])}</b>" for n in draft)
        return texts.INTRO_WHO.format(names=names) + " " + texts.INTRO_USAGE
    return intro_or_why_not(draft)


def intro_or_why_not(draft: IntroDraft | NoReason) -> str:
    """The draft, or why there is none: an intro says why the two should meet."""
    if isinstance(draft, NoReason):
        # the names they are called: "Huy" for Pham Quoc Huy, not "Pham" (trial 14)
        a, b = (escape(goes_by(n)) for n in (draft.first, draft.second))
        return texts.INTRO_NO_REASON.format(a=a, b=b)
    return relationship_format.intro_draft(draft)


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
    await message.reply_text(intro_or_why_not(draft), parse_mode=HTML)
