"""The gate in front of every handler: access control, clean text, per-user flood control,
buttons in groups, the /deleteme confirmation, and secrets kept out of logs."""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from typing import Any, NoReturn, cast

from pydantic import BaseModel, SecretStr
from sqlalchemy.engine import make_url
from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot import formatting, recovery
from bot import trust_texts as tt
from bot.handlers import FIXING, coach_of
from coach.infra.hardening import clean_text
from coach.infra.settings import LimitSettings, Settings
from coach.privacy import is_erase_phrase

log = logging.getLogger(__name__)
HTML = ParseMode.HTML
# Before everything else, including the claim of an update in group -1.
GATE_GROUP = -2
GUARD = "rapport_guard"
DENIED_TELL_EVERY = 60.0  # seconds between "this bot is private" replies to one user


def install(app: Application, settings: Settings) -> None:
    """Put the gate in front of every handler and keep the settings' secrets out of logs."""
    app.bot_data[GUARD] = Guard(settings.limits)
    app.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    redact_secrets(settings)


# --- flood control -------------------------------------------------------------------------


@dataclass
class Bucket:
    tokens: float
    at: float
    waiting: deque[Update] = field(default_factory=deque)
    handled_late: int = 0
    told: bool = False
    dropped: list[str] = field(default_factory=list)
    draining: asyncio.Task[None] | None = None


class Guard:
    """Per-process state of the gate: token buckets, the admitted, and replays in flight."""

    def __init__(self, limits: LimitSettings) -> None:
        self.limits = limits
        self.rate = limits.per_minute / 60.0
        self.buckets: dict[int, Bucket] = {}
        self.replaying: set[int] = set()
        self.admitted: set[int] = set()
        self.denied_told: dict[int, float] = {}

    def bucket(self, user_id: int) -> Bucket:
        bucket = self.buckets.get(user_id)
        if bucket is None:
            bucket = self.buckets[user_id] = Bucket(float(self.limits.burst), time.monotonic())
        return bucket

    def refill(self, bucket: Bucket) -> None:
        now = time.monotonic()
        bucket.tokens = min(float(self.limits.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now

    def take(self, user_id: int) -> bool:
        """A token for this user's update, unless they are over the limit or others wait."""
        bucket = self.bucket(user_id)
        self.refill(bucket)
        if bucket.waiting or bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def forget(self, user_id: int) -> None:
        self.admitted.discard(user_id)
        bucket = self.buckets.pop(user_id, None)
        if bucket is not None:
            bucket.waiting.clear()


def guard_of(context: ContextTypes.DEFAULT_TYPE) -> Guard:
    return cast(Guard, context.bot_data[GUARD])


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler; raises ApplicationHandlerStop to stop an update here."""
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return
    guard = guard_of(context)
    private = chat is not None and chat.type == ChatType.PRIVATE
    if update.edited_message is not None:
        if private:
            await update.edited_message.reply_text(tt.EDITED)
        await settle(context, update)
    message = update.message
    if message is not None and message.text is not None:
        cleaned = clean_text(message.text)
        if cleaned != message.text:
            await redispatch(update, context, cleaned, private)
            raise ApplicationHandlerStop
    if not await admitted(update, context, guard, user.id, private):
        await settle(context, update)
    replay = update.update_id in guard.replaying
    if not replay and not guard.take(user.id):
        await overflow(update, context, guard, user.id)
        raise ApplicationHandlerStop
    if update.callback_query is not None and not private:
        await update.callback_query.answer(tt.GROUP_BUTTON)
        await settle(context, update)
    if private and message is not None and message.text and is_erase_phrase(message.text):
        await confirm_erase(update, context, guard, user.id)
        await settle(context, update)


async def settle(context: ContextTypes.DEFAULT_TYPE, update: Update) -> NoReturn:
    """Stop an update for good. In webhook mode it was recorded on arrival; mark it handled,
    or crash recovery would replay it after every lease."""
    await recovery.finish_stopped(context, update)
    raise ApplicationHandlerStop


async def redispatch(
    update: Update, context: ContextTypes.DEFAULT_TYPE, cleaned: str, private: bool
) -> None:
    """Handle the update again with its text cleaned (messages can't be changed in place)."""
    message = update.message
    assert message is not None
    if not cleaned.strip():
        if private:
            await message.reply_text(tt.EMPTY_AFTER_CLEANING, parse_mode=HTML)
        return
    data = update.to_dict()
    data["message"]["text"] = cleaned
    data["message"].pop("entities", None)
    command = cleaned.split(maxsplit=1)[0] if cleaned.startswith("/") else ""
    if command:
        length = len(command.encode("utf-16-le")) // 2
        data["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    await context.application.process_update(Update.de_json(data, context.bot))


async def admitted(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    guard: Guard,
    user_id: int,
    private: bool,
) -> bool:
    coach = coach_of(context)
    if not coach.settings.access.restricted or user_id in guard.admitted:
        return True
    if await coach.privacy.admitted(user_id):
        guard.admitted.add(user_id)
        return True
    message = update.message
    if private and message is not None and message.text and message.text.startswith("/start"):
        code = message.text.split(maxsplit=1)[1] if " " in message.text.strip() else ""
        if code and await coach.privacy.redeem(user_id, code):
            guard.admitted.add(user_id)
            await message.reply_text(tt.INVITE_OK)
            return True
        if code:
            await message.reply_text(tt.INVITE_WRONG)
            return False
    if update.callback_query is not None:
        await update.callback_query.answer(tt.GROUP_BUTTON if not private else "🔒")
        return False
    now = time.monotonic()
    if private and now - guard.denied_told.get(user_id, 0.0) > DENIED_TELL_EVERY:
        guard.denied_told[user_id] = now
        if update.effective_message is not None:
            await update.effective_message.reply_text(tt.ACCESS_DENIED, parse_mode=HTML)
    return False


async def overflow(
    update: Update, context: ContextTypes.DEFAULT_TYPE, guard: Guard, user_id: int
) -> None:
    """Over the limit: buttons are asked to wait; messages wait in line, or are refused
    (and the user told which) once the line is full."""
    if update.callback_query is not None:
        await update.callback_query.answer(tt.SLOW_BUTTON)
        return
    bucket = guard.bucket(user_id)
    message = update.effective_message
    if message is None:
        return
    if len(bucket.waiting) >= guard.limits.max_queued:
        first = not bucket.dropped
        bucket.dropped.append(_snippet(update))
        if first:
            held = guard.limits.max_queued
            last = _snippet(bucket.waiting[-1]) if bucket.waiting else "your last message"
            notice = tt.QUEUE_FULL.format(held=held, last=last)
            await _say(message.reply_text(notice, parse_mode=HTML))
        return
    # In line before anything is awaited, so the line keeps the order messages came in.
    bucket.waiting.append(update)
    if bucket.draining is None or bucket.draining.done():
        bucket.draining = context.application.create_task(
            drain(context.application, guard, user_id, message.chat_id),
            name=f"rapport-flood-{user_id}",
        )
    if not bucket.told:
        bucket.told = True
        await _say(message.reply_text(tt.SLOW_DOWN))


async def drain(app: Application, guard: Guard, user_id: int, chat_id: int) -> None:
    """Handle the waiting updates in order, one per token as tokens come back."""
    bucket = guard.bucket(user_id)
    while bucket.waiting:
        guard.refill(bucket)
        if bucket.tokens < 1:
            await asyncio.sleep((1 - bucket.tokens) / guard.rate)
            continue
        bucket.tokens -= 1
        update = bucket.waiting.popleft()
        guard.replaying.add(update.update_id)
        try:
            await app.process_update(update)
        except Exception:
            log.exception("a message held back by flood control failed")
        finally:
            guard.replaying.discard(update.update_id)
        bucket.handled_late += 1
    count, dropped = bucket.handled_late, bucket.dropped
    bucket.handled_late, bucket.dropped, bucket.told = 0, [], False
    if guard.buckets.get(user_id) is not bucket:
        return  # the user erased their data meanwhile
    if dropped:
        text = tt.CAUGHT_UP_DROPPED.format(count=count, dropped=len(dropped), first=dropped[0])
    else:
        text = tt.CAUGHT_UP.format(count=count)
    await _say(app.bot.send_message(chat_id, text, parse_mode=HTML))


def _snippet(update: Update) -> str:
    message = update.effective_message
    words = (message.text or message.caption or "") if message is not None else ""
    return f"“{escape(formatting.shorten(words, 40))}”" if words else "a message"


async def _say(sending: Any) -> None:
    try:
        await sending
    except TelegramError:
        log.warning("could not send a flood-control notice")


# --- /deleteme -----------------------------------------------------------------------------


async def confirm_erase(
    update: Update, context: ContextTypes.DEFAULT_TYPE, guard: Guard, user_id: int
) -> None:
    message = update.message
    assert message is not None
    erased = await coach_of(context).privacy.confirm_erase(user_id)
    if erased is None:
        await message.reply_text(tt.DELETEME_NOT_ASKED)
        return
    guard.forget(user_id)
    if context.user_data is not None:
        cast(dict[str, Any], context.user_data).pop(FIXING, None)
    log.info("erased user %s on their request", user_id)
    await message.reply_text(tt.DELETEME_DONE)


# --- secrets out of logs -------------------------------------------------------------------

REDACTED = "[redacted]"
_secrets: set[str] = set()
_installed = False


def secrets_in(settings: BaseModel) -> Iterator[str]:
    """Every secret value in the settings: SecretStr fields, and the database password."""
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, SecretStr):
                secret = item.get_secret_value()
                yield secret
                # Bot tokens are "<bot id>:<secret>"; the secret half alone is secret too.
                if ":" in secret:
                    yield secret.split(":", 1)[1]
                yield from (part for part in secret.split(",") if part != secret)
            elif isinstance(item, BaseModel):
                yield from secrets_in(item)
    database = getattr(settings, "database", None)
    if database is not None:
        try:
            password = make_url(database.url).password
        except Exception:
            password = None
        if password:
            yield str(password)


def redact_secrets(settings: Settings) -> None:
    """From now on, no log record in this process shows any of the settings' secrets."""
    global _installed
    _secrets.update(s.strip() for s in secrets_in(settings) if len(s.strip()) >= 6)
    if _installed:
        return
    _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _secrets:
            _scrub(record)
        return record

    logging.setLogRecordFactory(factory)


def redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:
        message = str(record.msg)
    if any(secret in message for secret in _secrets):
        record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if any(secret in text for secret in _secrets):
            record.exc_info, record.exc_text = None, redact(text)
    if record.stack_info and any(secret in record.stack_info for secret in _secrets):
        record.stack_info = redact(record.stack_info)
