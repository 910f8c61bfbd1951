"""Voice messages and audio files: transcribed on this server, then kept like a typed note."""

from __future__ import annotations

import logging
import warnings
from datetime import timedelta
from html import escape
from typing import cast

from telegram import Audio, Document, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram import Voice as TelegramVoice
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes, filters
from telegram.warnings import PTBDeprecationWarning

from bot import formatting, keyboards, texts, updates
from bot.context import FIXING, coach_of, source_of, user_id_of
from bot.notes import send_card
from coach.voice import NoWordsHeard, VoiceRefused, VoiceTooBig, VoiceTooLong

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
AUDIO_MESSAGES = filters.VOICE | filters.AUDIO | filters.Document.AUDIO
# Notes at least this long get a progress message; shorter ones are done before it'd help.
LONG_NOTE_SECONDS = 20
# Room for the heading within Telegram's 4096-character message limit.
MAX_SHOWN_TRANSCRIPT = 3800


class Status:
    """One status message: sent on first use, edited after, deleted when the answer is in."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.sent: Message | None = None
        self.text = ""

    async def show(self, text: str) -> None:
        if text == self.text:
            return  # Telegram refuses an edit that changes nothing
        self.text = text
        if self.sent is None:
            self.sent = await self.message.reply_text(text)
        else:
            await self.sent.edit_text(text)

    async def clear(self) -> None:
        if self.sent is not None:
            try:
                await self.sent.delete()
            except TelegramError:  # already gone, or too old to delete: harmless
                log.info("could not delete the voice status message")


async def voice_note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Transcribe a voice message (or audio file), then answer with the transcript and card."""
    message = update.message
    assert message is not None
    media: TelegramVoice | Audio | Document | None = (
        message.voice or message.audio or message.document
    )
    assert media is not None, "registered for voice, audio and audio documents only"
    await message.chat.send_action(ChatAction.TYPING)
    voice = coach_of(context).voice
    with warnings.catch_warnings():  # PTB warns that `duration` becomes a timedelta in v23
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        duration = None if isinstance(media, Document) else media.duration
    seconds = None if duration is None else _seconds(duration)
    status = Status(message)
    try:
        voice.check(media.file_size, seconds)
        long_note = seconds is not None and seconds >= LONG_NOTE_SECONDS
        if long_note:
            await status.show(texts.VOICE_PROGRESS.format(percent=0))
        audio = await _download(context, media.file_id, voice.settings.max_bytes)

        async def queued(place: int) -> None:
            await status.show(texts.VOICE_QUEUED.format(place=place))

        async def progress(done: float) -> None:
            await status.show(texts.VOICE_PROGRESS.format(percent=round(done * 100)))

        # A voice note sent after pressing Fix is the correction, as a typed one would be.
        fixing = cast(dict[str, int], context.user_data).get(FIXING)
        result = await voice.capture(
            user_id_of(update),
            audio,
            replacing=fixing,
            source_key=source_of(update),
            on_queued=queued,
            on_progress=progress if long_note else None,
        )
    except VoiceRefused as exc:
        await status.clear()
        await message.reply_text(refusal(exc), parse_mode=HTML)
        return
    if fixing is not None:
        cast(dict[str, int], context.user_data).pop(FIXING, None)
    await status.clear()
    heard = formatting.shorten(result.transcript, MAX_SHOWN_TRANSCRIPT)
    await message.reply_text(
        texts.VOICE_HEARD.format(text=escape(heard)),
        parse_mode=HTML,
        reply_markup=fix_transcript(result.card.note_id),
    )
    async with updates.answering(context.application, update):
        await send_card(update, result.card)


async def _download(context: ContextTypes.DEFAULT_TYPE, file_id: str, limit: int) -> bytes:
    try:
        file = await context.bot.get_file(file_id)
    except BadRequest as exc:
        # Telegram's own limit, for files whose size the message didn't state.
        if "too big" in exc.message.lower():
            raise VoiceTooBig(limit + 1, limit) from exc
        raise
    return bytes(await file.download_as_bytearray())


def fix_transcript(note_id: int) -> InlineKeyboardMarkup:
    """The note card's Fix flow: the corrected text replaces the note made from the transcript."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(texts.VOICE_FIX_BUTTON, callback_data=f"{keyboards.FIX}:{note_id}")]]
    )


def refusal(exc: VoiceRefused) -> str:
    if isinstance(exc, NoWordsHeard):
        return texts.VOICE_NO_WORDS
    if isinstance(exc, VoiceTooLong):
        return texts.VOICE_TOO_LONG.format(limit=_spoken_duration(exc.limit))
    if isinstance(exc, VoiceTooBig):
        return texts.VOICE_TOO_BIG.format(limit=f"{exc.limit / 1_000_000:g}")
    return texts.VOICE_UNREADABLE


def _seconds(duration: int | timedelta) -> float:
    # python-telegram-bot 22 gives an int, or a timedelta when PTB_TIMEDELTA is set.
    return duration.total_seconds() if isinstance(duration, timedelta) else float(duration)


def _spoken_duration(seconds: float) -> str:
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds / 60:g} minutes"
    return f"{seconds:g} seconds"
