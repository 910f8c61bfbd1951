"""/merge <name> and <name>, or /merge <name>: two contacts that are one person become one,
after a confirm button."""

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
    """What /merge answers: the contacts to join, or why there is nothing to merge yet."""
    shown = escape(formatting.shorten(lookup.asked or name, 60))
    if lookup.plan is not None:
        return _pair_text(lookup)
    if lookup.ambiguous:
        return texts.MERGE_AMBIGUOUS.format(name=shown, contacts=_listed(lookup))
    if lookup.same:
        label = escape(lookup.candidates[0].label)
        return texts.MERGE_SAME.format(names=shown[:1].upper() + shown[1:], label=label)
    if len(lookup.candidates) >= 2:
        return texts.MERGE_ASK.format(name=shown, contacts=_listed(lookup))
    if lookup.candidates:
        return _only_one(lookup)
    text = texts.MERGE_UNKNOWN.format(name=shown)
    if lookup.suggestions:
        return text + texts.DID_YOU_MEAN.format(
            names=" or ".join(escape(s) for s in lookup.suggestions)
        )
    return text + texts.MERGE_EXAMPLE


def _listed(lookup: MergeLookup) -> str:
    return "\n".join(f"• {escape(c.label)}" for c in lookup.candidates)


def _pair_text(lookup: MergeLookup) -> str:
    assert lookup.plan is not None
    first, second = (escape(c.label) for c in lookup.candidates)
    goes_by = lookup.plan.goes_by
    return texts.MERGE_PAIR.format(
        first=first,
        second=second,
        name=escape(lookup.plan.name),
        goes_by=texts.MERGE_GOES_BY.format(name=escape(goes_by)) if goes_by else "",
    )


def _only_one(lookup: MergeLookup) -> str:
    """One contact fits: how to name it with its other half, not a dead end."""
    label = escape(lookup.candidates[0].label)
    if lookup.partner is None:
        return texts.MERGE_ONLY_ONE.format(name=label)
    return texts.MERGE_WHICH.format(
        name=label,
        short=escape(formatting.shorten(lookup.asked, 60)),
        partner=escape(lookup.partner),
    )


def options(lookup: MergeLookup) -> list[tuple[str, int, list[int]]]:
    """(label, contact kept, contacts merged into it) of each way to merge: for two named
    contacts the one merge proposed, else keep any one of those the name fits."""
    ids = [c.contact_id for c in lookup.candidates]
    if lookup.plan is not None:
        label = texts.MERGE_YES.format(name=lookup.plan.name[:40])
        return [(label, ids[0], ids[1:])]
    if lookup.ambiguous or lookup.same or len(ids) < 2:
        return []
    return [
        (
            texts.MERGE_KEEP.format(name=c.label[:40]),
            c.contact_id,
            [i for i in ids if i != c.contact_id],
        )
        for c in lookup.candidates
    ]


def choices(lookup: MergeLookup) -> list[tuple[str, str]]:
    """(label, callback data) of each button: merge, or cancel; none if nothing to merge."""
    merges = [
        (label, ":".join([MERGE, str(keep), *(str(i) for i in others)]))
        for label, keep, others in options(lookup)
    ]
    if not merges:
        return []
    return [*merges, (texts.MERGE_CANCEL, f"{MERGE}:{CANCEL}:{lookup.candidates[0].contact_id}")]


def done_text(merged: Merged) -> str:
    text = texts.MERGE_DONE.format(
        who=formatting.who(merged.name, merged.org),
        others=", ".join(escape(o) for o in merged.others),
    )
    if merged.goes_by:
        text += texts.MERGE_DONE_GOES_BY.format(name=escape(merged.goes_by))
    return text


async def merge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/merge <name> [and <name>]: offer to join the contacts the names fit."""
    message = update.message
    assert message is not None
    name = " ".join(args_of(context))
    if not name:
        await message.reply_text(texts.MERGE_USAGE, parse_mode=HTML)
        return
    lookup = await coach_of(context).merging.find(user_id_of(update), name)
    buttons = [[InlineKeyboardButton(label, callback_data=data)] for label, data in choices(lookup)]
    markup = InlineKeyboardMarkup(buttons) if buttons else None
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
