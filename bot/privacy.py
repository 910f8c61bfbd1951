"""/export, /import, /forget, /deleteme, group chats, and messages the bot can't read."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.ext import ContextTypes, filters

from bot import formatting, texts
from bot import trust_texts as tt
from bot.handlers import StaleButton, coach_of, number, source_of, user_id_of
from coach.capture import EmptyNote
from coach.infra.formats import PortableContact
from coach.portability import FORMATS, MAX_IMPORT_BYTES, ImportReport, UnreadableFile
from coach.privacy import ForgetPreview

HTML = ParseMode.HTML
FORGET = "forget"
FORMAT_ALIASES = {"vcf": "vcard", "vcards": "vcard", "ical": "ics", "calendar": "ics"}
CONTACT_FILES = (
    filters.Document.FileExtension("vcf")
    | filters.Document.FileExtension("csv")
    | filters.Document.FileExtension("vcard")
    | filters.Document.MimeType("text/vcard")
    | filters.Document.MimeType("text/x-vcard")
    | filters.Document.MimeType("text/csv")
)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --- export / import -----------------------------------------------------------------------


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [json|csv|vcard|ics]: the user's Rolodex as files."""
    message = update.message
    assert message is not None
    wanted = [FORMAT_ALIASES.get(a.lower(), a.lower()) for a in context.args or []]
    if any(w not in FORMATS for w in wanted):
        await message.reply_text(tt.EXPORT_USAGE, parse_mode=HTML)
        return
    await message.chat.send_action(ChatAction.UPLOAD_DOCUMENT)
    portability = coach_of(context).portability
    for fmt in wanted or FORMATS:
        exported = await portability.export(user_id_of(update), fmt)
        await message.reply_document(
            InputFile(exported.data, filename=exported.file_name),
            caption=tt.EXPORT_CAPTIONS[fmt],
        )
    if not wanted:
        await message.reply_text(tt.EXPORT_DONE)


async def import_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/import: how to send a contacts file."""
    assert update.message is not None
    await update.message.reply_text(tt.IMPORT_USAGE, parse_mode=HTML)


async def contacts_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A .vcf or .csv file: merge its contacts into the user's Rolodex."""
    message = update.message
    assert message is not None and message.document is not None
    document = message.document
    name = document.file_name or "contacts"
    if (document.file_size or 0) > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // 1_000_000
        await message.reply_text(tt.IMPORT_TOO_BIG.format(limit=limit))
        return
    await message.chat.send_action(ChatAction.TYPING)
    file = await context.bot.get_file(document.file_id)
    data = bytes(await file.download_as_bytearray())
    try:
        report = await coach_of(context).portability.import_file(user_id_of(update), name, data)
    except UnreadableFile as exc:
        await message.reply_text(
            tt.IMPORT_UNREADABLE.format(name=escape(formatting.shorten(name, 60)), why=exc),
            parse_mode=HTML,
        )
        return
    await message.reply_text(import_report(name, report), parse_mode=HTML)


def import_report(name: str, report: ImportReport) -> str:
    lines = [f"📥 Imported <b>{escape(formatting.shorten(name, 60))}</b>:"]
    lines.append(f"• added: {len(report.added)}" + _names(report.added))
    lines.append(f"• merged into existing contacts: {len(report.merged)}" + _names(report.merged))
    skipped = len(report.unchanged) + sum(report.skipped.values())
    lines.append(f"• skipped: {skipped}")
    if report.unchanged:
        lines.append(f"    {len(report.unchanged)} already in your Rolodex with nothing new")
    for reason, count in report.skipped.items():
        lines.append(f"    {count} × {escape(reason)}")
    return formatting.fit(lines)


def _names(names: list[str], shown: int = 5) -> str:
    if not names:
        return ""
    listed = ", ".join(escape(formatting.shorten(n, 40)) for n in names[:shown])
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return f" ({listed}{more})"


async def shared_contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A contact shared from the phone's address book becomes a contact here."""
    message = update.message
    assert message is not None and message.contact is not None
    shared = message.contact
    name = " ".join(w for w in (shared.first_name, shared.last_name) if w).strip()
    report = await coach_of(context).portability.merge(
        user_id_of(update), [PortableContact(name=name)] if name else ["a contact without a name"]
    )
    shown = escape(formatting.shorten(name, 80))
    if report.added:
        await message.reply_text(tt.CONTACT_SHARED.format(name=shown), parse_mode=HTML)
    elif report.unchanged or report.merged:
        await message.reply_text(tt.CONTACT_KNOWN.format(name=shown), parse_mode=HTML)
    else:
        await message.reply_text(tt.UNSUPPORTED_DEFAULT)


# --- forgetting one contact ----------------------------------------------------------------


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget <name>: show what would go, and ask to confirm with a button."""
    message = update.message
    assert message is not None
    name = " ".join(context.args or [])
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
        text = f"I don't know anyone called <b>{escape(formatting.shorten(name, 60))}</b>."
        if found.suggestions:
            text += " Did you mean " + " or ".join(escape(s) for s in found.suggestions) + "?"
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
        text += " " + tt.FORGET_SHARED.format(shared=plural(fp.shared_notes, "note").capitalize())
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
        await query.answer("Kept")
        await query.edit_message_text(
            tt.FORGET_KEPT.format(name=escape(preview.name)), parse_mode=HTML
        )
        return
    name = await privacy.forget(user_id, contact_id)
    if name is None:
        await query.answer(texts.BUTTON_GONE)
        return
    await query.answer("Forgotten")
    await query.edit_message_text(tt.FORGET_DONE.format(name=escape(name)), parse_mode=HTML)


# --- erasing everything --------------------------------------------------------------------


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


# --- groups and odd messages ---------------------------------------------------------------


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group: keep a note only if the deployment allows it, and never show stored data."""
    message = update.effective_message
    if message is None:
        return
    coach = coach_of(context)
    is_command = bool(message.text and message.text.startswith("/"))
    if not coach.settings.access.allow_groups or is_command or not message.text:
        await message.reply_text(texts.ONLY_PRIVATE)
        return
    try:
        await coach.notes.capture(user_id_of(update), message.text, source_key=source_of(update))
    except EmptyNote:
        return
    await message.reply_text(tt.GROUP_SAVED)


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, locations and the like: a helpful word about what works."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    if message.sticker is not None:
        kind = "sticker"
    elif message.photo:
        kind = "photo"
    elif message.location is not None or message.venue is not None:
        kind = "location"
    elif message.video is not None or message.video_note is not None or message.animation:
        kind = "video"
    elif message.poll is not None:
        kind = "poll"
    elif message.document is not None:
        await message.reply_text(tt.IMPORT_OTHER_FILE)
        return
    else:
        kind = ""
    await message.reply_text(tt.UNSUPPORTED.get(kind, tt.UNSUPPORTED_DEFAULT), parse_mode=HTML)
