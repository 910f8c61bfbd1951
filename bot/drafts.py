"""/check, "draft: …" and a reply with /check: coach a message before the user sends it."""

from __future__ import annotations

from html import escape

from telegram import Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from bot import formatting, texts
from bot.context import coach_of, text_of
from coach.drafts import EmptyDraft
from coach.infra.hardening import clean_text
from coach.service import Coach

HTML = ParseMode.HTML
DRAFT_PREFIX = "draft:"


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check <draft>, or /check in reply to a pasted draft."""
    message = update.message
    assert message is not None and message.text is not None
    parts = text_of(message).split(maxsplit=1)
    draft = parts[1] if len(parts) > 1 else ""
    if not draft.strip() and message.reply_to_message is not None:
        replied = message.reply_to_message
        draft = clean_text(replied.text or replied.caption or "")
    await _check(message, context, draft)


async def draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message starting "draft:" is a draft to check, not a note."""
    message = update.message
    assert message is not None and message.text is not None
    text = text_of(message).lstrip()
    await _check(message, context, text[len(DRAFT_PREFIX) :])


async def _check(message: Message, context: ContextTypes.DEFAULT_TYPE, draft: str) -> None:
    assert message.from_user is not None
    if not draft.strip():
        await message.reply_text(texts.CHECK_USAGE, parse_mode=HTML)
        return
    await message.chat.send_action(ChatAction.TYPING)
    try:
        result = await coach_of(context).drafts.check_draft(message.from_user.id, draft)
    except EmptyDraft:
        await message.reply_text(texts.CHECK_USAGE, parse_mode=HTML)
        return
    await message.reply_text(formatting.check_card(result), parse_mode=HTML)


async def send_tip(message: Message, coach: Coach, user_id: int, note: str) -> None:
    """After a note: a kind word if it shows pitching or hop-in/hop-out (at most weekly)."""
    tip = await coach.drafts.tip_for_note(user_id, note)
    if tip is not None:
        await message.reply_text(escape(texts.TIPS[tip]), parse_mode=HTML)
