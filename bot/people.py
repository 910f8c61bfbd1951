"""/people, /person and /find, and the buttons that page through people and open a card."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import formatting, keyboards, texts
from bot.context import args_of, coach_of, number, user_id_of

HTML = ParseMode.HTML


async def people(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user's contacts, most recently in touch first, a page at a time: /people 2."""
    assert update.message is not None
    args = args_of(context)
    wanted = int(args[0]) if args and args[0].isdecimal() and len(args[0]) < 7 else 1
    page = await coach_of(context).people.page(user_id_of(update), wanted)
    await update.message.reply_text(
        formatting.people_page(page), parse_mode=HTML, reply_markup=keyboards.people_pages(page)
    )


async def person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One contact's card, or a choice when the name fits several."""
    assert update.message is not None
    name = " ".join(args_of(context))
    if not name:
        await update.message.reply_text(texts.PERSON_USAGE, parse_mode=HTML)
        return
    lookup = await coach_of(context).people.lookup(user_id_of(update), name)
    if lookup.card is not None:
        await update.message.reply_text(formatting.person_card(lookup.card), parse_mode=HTML)
    elif lookup.candidates:
        await update.message.reply_text(
            formatting.which_contact(name),
            parse_mode=HTML,
            reply_markup=keyboards.pick_contact(lookup.candidates),
        )
    else:
        await update.message.reply_text(formatting.not_found(name, lookup), parse_mode=HTML)


async def find(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Who do I know …?"""
    assert update.message is not None
    query = " ".join(args_of(context))
    if not query:
        await update.message.reply_text(texts.FIND_USAGE, parse_mode=HTML)
        return
    result = await coach_of(context).people.find(user_id_of(update), query)
    await update.message.reply_text(formatting.find_result(result), parse_mode=HTML)


async def people_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]
) -> None:
    query = update.callback_query
    assert query is not None
    page = await coach_of(context).people.page(user_id_of(update), number(args[0]))
    await query.answer()
    try:
        await query.edit_message_text(
            formatting.people_page(page), parse_mode=HTML, reply_markup=keyboards.people_pages(page)
        )
    except BadRequest as exc:  # a replayed or forged press for the page already shown
        if "not modified" not in exc.message.lower():
            raise


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    query, message = update.callback_query, update.effective_message
    assert query is not None and message is not None
    card = await coach_of(context).people.card(user_id_of(update), number(args[0]))
    if card is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer()
    await message.reply_text(formatting.person_card(card), parse_mode=HTML)
