"""/merge <name>: two contacts that are one person become one, after a confirm button."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import formatting, texts
from bot.context import StaleButton, args_of, coach_of, number, user_id_of
from coach.merge import Merged, MergeLookup

HTML = ParseMode.HTML
MERGE = "merge"
CANCEL = "no"


def ask_text(name: str, lookup: MergeLookup) -> str:
    """What /merge answers: the contacts to join, or why there is nothing to merge."""
    shown = escape(formatting.shorten(name, 60))
    if len(lookup.candidates) >= 2:
        listed = "\n".join(f"• {escape(c.label)}" for c in lookup.candidates)
        return texts.MERGE_ASK.format(name=shown, contacts=listed)
    if lookup.candidates:
        return texts.MERGE_ONLY_ONE.format(name=escape(lookup.candidates[0].label))
    text = texts.MERGE_UNKNOWN.format(name=shown)
    if lookup.suggestions:
        text += texts.DID_YOU_MEAN.format(names=" or ".join(escape(s) for s in lookup.suggestions))
    return text


def choices(lookup: MergeLookup) -> list[tuple[str, str]]:
    """(label, callback data) of each button: keep one contact, or cancel."""
    ids = [c.contact_id for c in lookup.candidates]
    keep = [
        (
            texts.MERGE_KEEP.format(name=c.label[:40]),
            ":".join([MERGE, str(c.contact_id), *(str(i) for i in ids if i != c.contact_id)]),
        )
        for c in lookup.candidates
    ]
    return [*keep, (texts.MERGE_CANCEL, f"{MERGE}:{CANCEL}:{ids[0]}")]


def done_text(merged: Merged) -> str:
    return texts.MERGE_DONE.format(
        who=formatting.who(merged.name, merged.org),
        others=", ".join(escape(o) for o in merged.others),
    )


async def merge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/merge <name>: offer to join the contacts the name fits."""
    message = update.message
    assert message is not None
    name = " ".join(args_of(context))
    if not name:
        await message.reply_text(texts.MERGE_USAGE, parse_mode=HTML)
        return
    lookup = await coach_of(context).merging.find(user_id_of(update), name)
    markup = None
    if len(lookup.candidates) >= 2:
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(label, callback_data=data)] for label, data in choices(lookup)]
        )
    await message.reply_text(ask_text(name, lookup), parse_mode=HTML, reply_markup=markup)


async def merge_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    """merge:<keep>:<other>…, or merge:no:<id>; every id is checked against the presser's."""
    query = update.callback_query
    assert query is not None
    if len(args) < 2:
        raise StaleButton(":".join(args))
    merging = coach_of(context).merging
    if args[0] == CANCEL:
        if not await merging.owns(user_id_of(update), number(args[1])):
            await query.answer(texts.BUTTON_GONE)
            return
        await query.answer()
        await query.edit_message_text(texts.MERGE_CANCELLED)
        return
    merged = await merging.merge(user_id_of(update), number(args[0]), [number(a) for a in args[1:]])
    if merged is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer(texts.SAVED)
    await query.edit_message_text(done_text(merged), parse_mode=HTML)
