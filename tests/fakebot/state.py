"""In-memory Telegram state: chats, message stores, files and the pending-update queue."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from .models import BotMessage, CallbackAnswer, UploadedFile

# Telegram's default when allowed_updates was never set or set to [].
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass
class ChatState:
    """One chat as Telegram sees it, plus what the bot did in it (for test assertions)."""

    chat: dict[str, Any]
    usernames: set[str] = field(default_factory=set)
    blocked: bool = False
    next_message_id: int = 1
    # Current content of every message, by id: Telegram JSON for user messages, snapshots
    # for bot messages (so edits can be checked against what is actually there).
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    bot_messages: dict[int, BotMessage] = field(default_factory=dict)
    replies: asyncio.Queue[BotMessage] = field(default_factory=asyncio.Queue)
    edits: asyncio.Queue[BotMessage] = field(default_factory=asyncio.Queue)
    history: list[BotMessage] = field(default_factory=list)  # every send and edit, in order
    chat_actions: list[str] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.chat["id"])

    def take_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    upload: UploadedFile

    def as_file(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.upload.data),
            "file_path": self.file_path,
        }


class FileStore:
    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._counter = itertools.count(1)

    def add(self, upload: UploadedFile, folder: str, extension: str) -> StoredFile:
        n = next(self._counter)
        stored = StoredFile(
            file_id=f"FAKE-{folder}-{n:06d}",
            file_unique_id=f"U{n:06d}",
            file_path=f"{folder}/file_{n}.{extension}",
            upload=upload,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        return self._by_path.get(file_path)


@dataclass
class PendingQuery:
    user_id: int
    chat_id: int
    answer: asyncio.Future[CallbackAnswer]


class UpdateQueue:
    """Updates waiting for getUpdates, with Telegram's offset/long-poll semantics: an update
    stays, and is handed out again, until a getUpdates with a higher offset confirms it, so
    a bot that crashes before confirming gets it again after a restart."""

    def __init__(self) -> None:
        self.pending: list[dict[str, Any]] = []
        # Update ids confirmed by an offset, in order; `on_confirm` is awaited with each
        # newly confirmed batch before the getUpdates that confirmed it is answered.
        self.confirmed: list[int] = []
        self.on_confirm: Callable[[list[int]], Awaitable[None]] | None = None
        self.allowed: frozenset[str] | None = None  # None: Telegram's default set
        self._next_id = 1
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._closed = False
        self.delivered_up_to = 0  # highest update_id ever returned by getUpdates
        # Set once a getUpdates is waiting for updates to come (a long poll in flight).
        self.polling = asyncio.Event()

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self.pending.append(update)
        self._wake()
        return update

    def clear(self) -> None:
        self.pending.clear()

    def close(self) -> None:
        """Release every waiting long poll, so the server can stop without waiting them out."""
        self._closed = True
        self._wake()

    def wake(self) -> None:
        """Answer any waiting long poll now (with nothing, unless updates wait)."""
        self._poll_generation += 1
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _confirm(self, offset: int) -> None:
        if offset < 0:
            # Negative offset: keep only the last -offset updates, forget the rest.
            kept = self.pending[max(len(self.pending) + offset, 0) :]
        elif offset > 0:
            kept = [u for u in self.pending if u["update_id"] >= offset]
        else:
            return
        gone = [u["update_id"] for u in self.pending if u not in kept]
        if gone and self.on_confirm is not None:
            await self.on_confirm(gone)
        self.confirmed += gone
        self.pending = kept

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next(key for key in update if key != "update_id")
        if self.allowed is None:
            return kind not in _OPT_IN_UPDATES
        return kind in self.allowed

    async def get(
        self,
        offset: int,
        limit: int,
        timeout: float,  # noqa: ASYNC109 - it is getUpdates' long-poll timeout
        allowed: list[str] | None,
    ) -> list[dict[str, Any]]:
        if allowed is not None:
            self.allowed = frozenset(allowed) if allowed else None
        await self._confirm(offset)
        # A newer getUpdates supersedes an older one (Telegram answers the old one with 409);
        # PTB abandons its in-flight poll on stop, so the old one must not linger or complain.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()
        deadline = time.monotonic() + timeout
        while True:
            # Updates Telegram would not deliver are dropped, not kept for later.
            self.pending = [u for u in self.pending if self._is_allowed(u)]
            batch = self.pending[:limit]
            if batch or self._closed or generation != self._poll_generation:
                if batch:
                    self.delivered_up_to = max(self.delivered_up_to, batch[-1]["update_id"])
                return batch
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            changed = self._changed
            self.polling.set()
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                return []

    @property
    def last_update_id(self) -> int:
        return self._next_id - 1


def now() -> int:
    return int(time.time())
