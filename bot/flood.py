"""Per-user flood control: a token bucket per user. Over the limit, messages wait in line
and are handled in order as tokens come back; past `limits.max_queued` they are refused,
and the user is told which."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from html import escape
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application

from bot import formatting
from bot import trust_texts as tt
from coach.infra.settings import LimitSettings

log = logging.getLogger(__name__)
HTML = ParseMode.HTML


@dataclass
class Bucket:
    tokens: float
    at: float
    waiting: deque[Update] = field(default_factory=deque)
    handled_late: int = 0
    told: bool = False
    dropped: list[str] = field(default_factory=list)
    draining: asyncio.Task[None] | None = None
    in_hand: bool = False  # a held message is being handled now


class FloodControl:
    """This process's token buckets, and the held updates being handled now."""

    def __init__(self, limits: LimitSettings) -> None:
        self.limits = limits
        self.rate = limits.per_minute / 60.0
        self.buckets: dict[int, Bucket] = {}
        self.replaying: set[int] = set()
        # Set as the process stops: held messages are claimed, so the next process takes them.
        self.stopping = asyncio.Event()

    def bucket(self, user_id: int) -> Bucket:
        bucket = self.buckets.get(user_id)
        if bucket is None:
            bucket = self.buckets[user_id] = Bucket(float(self.limits.burst), time.monotonic())
        return bucket

    def refill(self, bucket: Bucket) -> None:
        now = time.monotonic()
        bucket.tokens = min(float(self.limits.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now

    def admits(self, update: Update, user_id: int) -> bool:
        """A token for this update: a held one being handled now has had its token; others
        need one, and none while earlier ones still wait."""
        if update.update_id in self.replaying:
            return True
        bucket = self.bucket(user_id)
        self.refill(bucket)
        # Not while one held is in hand either: a message let straight in would race it and
        # could be saved before the earlier ones still being read.
        if bucket.waiting or bucket.in_hand or bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def forget(self, user_id: int) -> None:
        bucket = self.buckets.pop(user_id, None)
        if bucket is not None:
            bucket.waiting.clear()

    def stop(self) -> None:
        """Handle no more held messages: each line ends after the message in hand."""
        self.stopping.set()

    async def hold(self, update: Update, app: Application, user_id: int) -> bool:
        """Over the limit: buttons are asked to wait; messages wait in line, or are refused
        (and the user told which) once the line is full. True if the update waits in line."""
        if update.callback_query is not None:
            await update.callback_query.answer(tt.SLOW_BUTTON)
            return False
        bucket = self.bucket(user_id)
        message = update.effective_message
        if message is None:
            return False
        if len(bucket.waiting) >= self.limits.max_queued:
            first = not bucket.dropped
            bucket.dropped.append(_snippet(update))
            if first:
                held = self.limits.max_queued
                last = _snippet(bucket.waiting[-1]) if bucket.waiting else "your last message"
                notice = tt.QUEUE_FULL.format(held=held, last=last)
                await _say(message.reply_text(notice, parse_mode=HTML))
            return False
        # In line before anything is awaited, so the line keeps the order messages came in.
        bucket.waiting.append(update)
        if bucket.draining is None or bucket.draining.done():
            bucket.draining = app.create_task(
                self._drain(app, user_id, message.chat_id), name=f"rapport-flood-{user_id}"
            )
        if not bucket.told:
            bucket.told = True
            await _say(message.reply_text(tt.SLOW_DOWN))
        return True

    async def _drain(self, app: Application, user_id: int, chat_id: int) -> None:
        """Handle the waiting updates in order, one per token as tokens come back."""
        bucket = self.bucket(user_id)
        while bucket.waiting:
            if self.stopping.is_set():
                return
            self.refill(bucket)
            if bucket.tokens < 1:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stopping.wait(), (1 - bucket.tokens) / self.rate)
                continue
            bucket.tokens -= 1
            update = bucket.waiting.popleft()
            self.replaying.add(update.update_id)
            bucket.in_hand = True
            try:
                await app.process_update(update)
            except Exception:
                log.exception("a message held back by flood control failed")
            finally:
                bucket.in_hand = False
                self.replaying.discard(update.update_id)
            bucket.handled_late += 1
        count, dropped = bucket.handled_late, bucket.dropped
        bucket.handled_late, bucket.dropped, bucket.told = 0, [], False
        if self.buckets.get(user_id) is not bucket:
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
