"""/export and /import: the user's Rolodex as files, contacts files merged in, and contacts
shared from the phone."""

from __future__ import annotations

from html import escape

from telegram import InputFile, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes, filters

from bot import formatting
from bot import trust_texts as tt
from bot.context import args_of, coach_of, user_id_of
from bot.privacy import plural
from coach.backup import Restored
from coach.infra.formats import PortableContact
from coach.portability import FORMATS, MAX_IMPORT_BYTES, ImportReport, UnreadableFile

HTML = ParseMode.HTML
FORMAT_ALIASES = {"vcf": "vcard", "vcards": "vcard", "ical": "ics", "calendar": "ics"}
CONTACT_FILES = (
    filters.Document.FileExtension("vcf")
    | filters.Document.FileExtension("csv")
    | filters.Document.FileExtension("vcard")
    | filters.Document.FileExtension("json")
    | filters.Document.MimeType("application/json")
    | filters.Document.MimeType("text/vcard")
    | filters.Document.MimeType("text/x-vcard")
    | filters.Document.MimeType("text/csv")
)


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [json|csv|vcard|ics]: the user's Rolodex as files."""
    message = update.message
    assert message is not None
    wanted = [FORMAT_ALIASES.get(a.lower(), a.lower()) for a in args_of(context)]
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
    if report.restored is not None:
        return restored_report(name, report.restored)
    skipped = len(report.unchanged) + sum(report.skipped.values())
    lines = [
        tt.IMPORTED.format(name=escape(formatting.shorten(name, 60))),
        tt.IMPORT_ADDED.format(count=len(report.added), names=_names(report.added)),
        tt.IMPORT_MERGED.format(count=len(report.merged), names=_names(report.merged)),
        tt.IMPORT_SKIPPED.format(count=skipped),
    ]
    if report.unchanged:
        lines.append(tt.IMPORT_UNCHANGED.format(count=len(report.unchanged)))
    for reason, count in report.skipped.items():
        lines.append(tt.IMPORT_SKIP_REASON.format(count=count, reason=escape(reason)))
    return formatting.fit(lines)


def restored_report(name: str, restored: Restored) -> str:
    return tt.RESTORED.format(
        name=escape(formatting.shorten(name, 60)),
        contacts=plural(len(restored.contacts), "contact"),
        notes=plural(restored.notes, "note"),
        follow_ups=plural(restored.follow_ups, "follow-up"),
    )


def _names(names: list[str], shown: int = 5) -> str:
    if not names:
        return ""
    listed = ", ".join(escape(formatting.shorten(n, 40)) for n in names[:shown])
    more = tt.NAMES_MORE.format(more=len(names) - shown) if len(names) > shown else ""
    return f" ({listed}{more})"


async def shared_contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A contact shared from the phone's address book becomes a contact here."""
    message = update.message
    assert message is not None and message.contact is not None
    shared = message.contact
    name = " ".join(w for w in (shared.first_name, shared.last_name) if w).strip()
    phones = [shared.phone_number] if shared.phone_number else []
    report = await coach_of(context).portability.merge(
        user_id_of(update),
        [PortableContact(name=name, phones=phones)] if name else [tt.NAMELESS_CONTACT],
    )
    if report.added:
        shown = escape(formatting.shorten(name, 80))
        await message.reply_text(tt.CONTACT_SHARED.format(name=shown), parse_mode=HTML)
    elif report.merged:
        # The same person by phone or name: say whom, as the Rolodex knows them.
        shown = escape(formatting.shorten(report.merged[0], 80))
        await message.reply_text(tt.CONTACT_UPDATED.format(name=shown), parse_mode=HTML)
    elif report.unchanged:
        shown = escape(formatting.shorten(report.unchanged[0], 80))
        await message.reply_text(tt.CONTACT_KNOWN.format(name=shown), parse_mode=HTML)
    else:
        await message.reply_text(tt.UNSUPPORTED_DEFAULT)
