"""One router for every inline button: the kind before the first colon picks the handler."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot import intros, keyboards, ledger, merge, notes, nudges, people, privacy, texts
from bot.context import StaleButton

ButtonHandler = Callable[[Update, ContextTypes.DEFAULT_TYPE, list[str]], Awaitable[None]]

BUTTONS: dict[str, ButtonHandler] = {
    keyboards.UNDO: notes.undo_button,
    keyboards.FIX: notes.fix_button,
    keyboards.WHICH: notes.which_button,
    keyboards.PEOPLE: people.people_button,
    keyboards.CARD: people.card_button,
    keyboards.NUDGE: nudges.nudge_button,
    intros.INTRO: intros.intro_button,
    privacy.FORGET: privacy.forget_button,
    merge.MERGE: merge.merge_button,
    ledger.PICK: ledger.pick_button,
}


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Route an inline button press by the kind in its callback data."""
    query = update.callback_query
    assert query is not None
    kind, args = keyboards.parse(query.data)
    action = BUTTONS.get(kind)
    if action is None or not args or not all(keyboards.WORD.fullmatch(a) for a in args):
        await query.answer(texts.BUTTON_GONE)
        return
    try:
        await action(update, context, args)
    except StaleButton:
        await query.answer(texts.BUTTON_GONE)
