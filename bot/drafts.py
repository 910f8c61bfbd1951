"""/check, "draft: …" and a reply with /check: coach a message before the user sends it."""

from __future__ import annotations

from html import escape

from telegram import Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from bot import formatting, texts
from bot.context import coach_of, text_of
from coach.drafts import DraftCheck, EmptyDraft
from coach.infra.hardening import clean_text
from coach.service import Coach

HTML = ParseMode.HTML
DRAFT_PREFIX = "draft:"
_BADGES = {
    "pitch_first": "🔴 <b>Pitch-first</b>",
    "mixed": "🟡 <b>Mixed</b>",
    "relationship_first": "🟢 <b>Relationship-first</b>",
}
_MAX_SUGGESTION = 1500


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
    await message.reply_text(check_card(result), parse_mode=HTML)


async def send_tip(message: Message, coach: Coach, user_id: int, note: str) -> None:
    """After a note: a kind word if it shows pitching or hop-in/hop-out (at most weekly)."""
    tip = await coach.drafts.tip_for_note(user_id, note)
    if tip is not None:
        await message.reply_text(escape(texts.TIPS[tip]), parse_mode=HTML)


def check_card(result: DraftCheck) -> str:
    a = result.assessment
    lines = [f"{_BADGES[a.verdict]} · pitch score {a.score}/100"]
    if result.contact_name and result.relationship is not None:
        lines.append(
            f"To {formatting.who(result.contact_name, None)}: "
            f"{escape(result.relationship.describe())}"
        )
    elif result.candidates:
        names = " or ".join(escape(n) for n in result.candidates)
        lines.append(f"Which one did you mean, {names}? Try <code>/check @Full Name …</code>")
    elif result.unknown_name:
        lines.append(
            f"I don't know {escape(formatting.shorten(result.unknown_name, 40))} yet, "
            "so I read it without your history."
        )
    if a.reasons:
        lines += ["", "<b>What reads as a pitch</b>"]
        lines += [
            f"• “{escape(formatting.shorten(r.phrase, 80))}”: {escape(r.why)}" for r in a.reasons
        ]
    if a.strengths:
        lines += ["", "<b>What's good</b>"]
        lines += [f"• {escape(s)}" for s in a.strengths]
    if a.verdict == "relationship_first" and a.suggestion == result.draft:
        lines += ["", "Looks good to send. ✨"]
    elif a.suggestion:
        title = "Looks good. One idea to make it even warmer:" if not a.reasons else "Try this:"
        suggestion = a.suggestion
        if len(suggestion) > _MAX_SUGGESTION:
            suggestion = suggestion[: _MAX_SUGGESTION - 1] + "…"
        lines += ["", f"✍️ <b>{title}</b>", f"<i>{escape(suggestion)}</i>"]
    return formatting.fit(lines)
