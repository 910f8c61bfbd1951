"""Forgetting: /forget one contact (after a confirm button), and /deleteme, then typing
"delete everything", to erase every row about the user."""

from __future__ import annotations

import logging
from html import escape
from typing import Any, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes, filters

from bot import formatting, texts
from bot import trust_texts as tt
from bot.context import FIXING, StaleButton, args_of, coach_of, number, user_id_of
from bot.gate import gate_of
from coach.infra.hardening import clean_text
from coach.privacy import ForgetPreview, is_erase_phrase

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
FORGET = "forget"


class _ErasePhrase(filters.MessageFilter):
    """A message saying "delete everything", the confirmation /deleteme asks for."""

    def filter(self, message: Message) -> bool:
        return message.text is not None and is_erase_phrase(clean_text(message.text))


ERASE_PHRASE = _ErasePhrase(name="ErasePhrase")


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget <name>: show what would go, and ask to confirm with a button."""
    message = update.message
    assert message is not None
    name = " ".join(args_of(context))
    if not name.strip():
        await message.reply_text(tt.FORGET_USAGE, parse_mode=HTML)
        return
    found = await coach_of(context).privacy.find_to_forget(user_id_of(update), name)
    if found.preview is not None:
        await ask_to_forget(message, found.preview)
    elif found.candidates:
        await message.reply_text(
            tt.FORGET_WHICH.format(name=escape(formatting.shorten(name, 60))),
            reply_markup=InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            c.label[:60], callback_data=f"{FORGET}:ask:{c.contact_id}"
                        )
                    ]
                    for c in found.candidates[:8]
                ]
            ),
        )
    else:
        text = tt.FORGET_UNKNOWN.format(name=escape(formatting.shorten(name, 60)))
        if found.suggestions:
            text += texts.DID_YOU_MEAN.format(
                names=" or ".join(escape(s) for s in found.suggestions)
            )
        await message.reply_text(text, parse_mode=HTML)


def confirm_text(preview: ForgetPreview) -> str:
    fp = preview.footprint
    text = tt.FORGET_CONFIRM.format(
        who=formatting.who(preview.name, preview.org),
        facts=plural(fp.facts, "fact"),
        notes=plural(fp.notes, "note"),
        nudges=plural(fp.nudges, "follow-up"),
    )
    if fp.shared_notes:
        one = fp.shared_notes == 1
        text += " " + tt.FORGET_SHARED.format(
            shared=plural(fp.shared_notes, "note").capitalize(),
            mention="mentions" if one else "mention",
            stay="stays" if one else "stay",
        )
    return text


async def ask_to_forget(message: Message, preview: ForgetPreview) -> None:
    await message.reply_text(
        confirm_text(preview),
        parse_mode=HTML,
        reply_markup=InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        tt.FORGET_YES, callback_data=f"{FORGET}:yes:{preview.contact_id}"
                    ),
                    InlineKeyboardButton(
                        tt.FORGET_NO, callback_data=f"{FORGET}:no:{preview.contact_id}"
                    ),
                ]
            ]
        ),
    )


async def forget_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]
) -> None:
    """forget:ask|yes|no:<contact id>; the id is checked against the presser's own contacts."""
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    if len(args) != 2 or args[0] not in ("ask", "yes", "no"):
        raise StaleButton(":".join(args))
    action, contact_id = args[0], number(args[1])
    privacy, user_id = coach_of(context).privacy, user_id_of(update)
    preview = await privacy.preview(user_id, contact_id)
    if preview is None:
        await query.answer(texts.BUTTON_GONE)
        return
    if action == "ask":
        await query.answer()
        await ask_to_forget(message, preview)
        return
    if action == "no":
        await query.answer(tt.KEPT)
        await query.edit_message_text(
            tt.FORGET_KEPT.format(name=escape(preview.name)), parse_mode=HTML
        )
        return
    name = await privacy.forget(user_id, contact_id)
    if name is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer(tt.FORGOTTEN)
    await query.edit_message_text(tt.FORGET_DONE.format(name=escape(name)), parse_mode=HTML)


async def deleteme(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/deleteme: say what would be erased; typing "delete everything" then erases it."""
    message = update.message
    assert message is not None
    held = await coach_of(context).privacy.request_erase(user_id_of(update))
    await message.reply_text(
        tt.DELETEME_ASK.format(
            contacts=plural(held.contacts, "contact"),
            notes=plural(held.notes, "note"),
            nudges=plural(held.nudges, "follow-up"),
        ),
        parse_mode=HTML,
    )


async def confirm_erase(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "delete everything" soon after /deleteme: erase every row about the user."""
    message = update.message
    assert message is not None
    user_id = user_id_of(update)
    erased = await coach_of(context).privacy.confirm_erase(user_id)
    if erased is None:
        await message.reply_text(tt.DELETEME_NOT_ASKED)
        return
    gate_of(context).forget(user_id)
    if context.user_data is not None:
        cast(dict[str, Any], context.user_data).pop(FIXING, None)
    log.info("erased user %s on their request", user_id)
    await message.reply_text(tt.DELETEME_DONE)
