"""Test-side handle for a Telegram user: send updates as them, await what the bot does."""

from __future__ import annotations

import asyncio
import itertools
import re
from typing import TYPE_CHECKING, Any

from .formatting import utf16_len
from .models import BotMessage, CallbackAnswer, UploadedFile
from .state import ChatState, PendingQuery, now

if TYPE_CHECKING:
    from .server import FakeTelegram

# tdlib's bot-command pattern: '/cmd' or '/cmd@botname', not glued to a word, '/', '<' or '>'.
_BOT_COMMAND_RE = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")
_query_ids = itertools.count(1)


def bot_command_entities(text: str) -> list[dict[str, Any]]:
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])}
        for m in _BOT_COMMAND_RE.finditer(text)
    ]


class FakeUser:
    """A Telegram user talking to the bot in one chat (their private chat unless a group)."""

    def __init__(self, fake: FakeTelegram, user: dict[str, Any], chat: ChatState) -> None:
        self.fake = fake
        self.user = user
        self.chat = chat

    def __repr__(self) -> str:
        return f"<FakeUser {self.user['first_name']} id={self.id} chat={self.chat_id}>"

    @property
    def id(self) -> int:
        return int(self.user["id"])

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def chat_actions(self) -> list[str]:
        return self.chat.chat_actions

    @property
    def history(self) -> list[BotMessage]:
        """Every bot message and edit in this chat so far, consumed or not."""
        return list(self.chat.history)

    @property
    def deleted(self) -> list[int]:
        return self.chat.deleted

    @property
    def blocked(self) -> bool:
        return self.chat.blocked

    @blocked.setter
    def blocked(self, value: bool) -> None:
        # Telegram then answers the bot's sends with 403 "bot was blocked by the user".
        self.chat.blocked = value

    def current(self, message_id: int) -> BotMessage | None:
        """The bot message as it is now (after edits), or None if deleted/unknown."""
        return self.chat.bot_messages.get(message_id)

    # --- sending updates -----------------------------------------------------------------

    def _message(self, **content: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.chat.take_message_id(),
            "from": self.user,
            "chat": self.chat.chat,
            "date": now(),
            **content,
        }
        self.chat.messages[message["message_id"]] = message
        self.fake.api.updates.push("message", message)
        return message

    async def send(
        self,
        text: str,
        *,
        entities: list[dict[str, Any]] | None = None,
        reply_to: BotMessage | int | None = None,
    ) -> dict[str, Any]:
        """Queue a text message update; '/cmd args' gets a bot_command entity like Telegram."""
        content: dict[str, Any] = {"text": text}
        found = entities if entities is not None else bot_command_entities(text)
        if found:
            content["entities"] = found
        if reply_to is not None:
            reply_id = reply_to if isinstance(reply_to, int) else reply_to.message_id
            content["reply_to_message"] = self.chat.messages[reply_id]
        return self._message(**content)

    async def send_contact(
        self, phone_number: str, first_name: str, last_name: str | None = None
    ) -> dict[str, Any]:
        """Share a contact from the phone's address book."""
        contact = {"phone_number": phone_number, "first_name": first_name}
        if last_name:
            contact["last_name"] = last_name
        return self._message(contact=contact)

    async def send_voice(
        self, data: bytes, duration: int = 1, mime_type: str = "audio/ogg"
    ) -> dict[str, Any]:
        stored = self.fake.api.files.add(UploadedFile(None, mime_type, data), "voice", "oga")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        return self._message(voice=voice)

    async def send_document(
        self,
        data: bytes,
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
    ) -> dict[str, Any]:
        extension = file_name.rpartition(".")[2] or "bin"
        upload = UploadedFile(file_name, mime_type, data)
        stored = self.fake.api.files.add(upload, "documents", extension)
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        content: dict[str, Any] = {"document": document}
        if caption:
            content["caption"] = caption
        return self._message(**content)

    async def press(
        self,
        message: BotMessage | int,
        button_text: str | None = None,
        *,
        callback_data: str | None = None,
        forged: bool = False,
    ) -> str:
        """Press an inline button on the message's *current* keyboard; returns the query id.

        ``forged=True`` sends ``callback_data`` even though no such button is on the message,
        as a hostile client can: the bot must refuse it politely.
        """
        message_id = message if isinstance(message, int) else message.message_id
        current = self.chat.bot_messages.get(message_id)
        if current is None:
            raise AssertionError(f"{self!r}: message {message_id} is gone, nothing to press")
        if callback_data is None:
            if button_text is None:
                raise ValueError("pass button_text or callback_data")
            button = current.button(button_text)
            if button.callback_data is None:
                raise AssertionError(f"button {button.text!r} has no callback_data: {button}")
            callback_data = button.callback_data
        elif not forged and callback_data not in {
            b.callback_data for row in current.buttons for b in row
        }:
            raise AssertionError(
                f"no button with callback_data={callback_data!r} on message {message_id}; "
                f"buttons: {current.buttons}"
            )
        query_id = f"{self.id}{next(_query_ids):08d}"
        self.fake.api.queries[query_id] = PendingQuery(
            self.id, self.chat_id, asyncio.get_running_loop().create_future()
        )
        self.fake.api.updates.push(
            "callback_query",
            {
                "id": query_id,
                "from": self.user,
                "message": current.data,
                "chat_instance": str(self.chat_id),
                "data": callback_data,
            },
        )
        return query_id

    # --- awaiting the bot ----------------------------------------------------------------

    async def next_reply(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next message the bot sent to this chat (sendMessage/sendPhoto/sendDocument)."""
        try:
            return await asyncio.wait_for(self.chat.replies.get(), timeout)
        except TimeoutError:
            raise AssertionError(self._nothing_came("message", timeout)) from None

    async def next_edit(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next edit (text, caption or keyboard) of a bot message in this chat."""
        try:
            return await asyncio.wait_for(self.chat.edits.get(), timeout)
        except TimeoutError:
            raise AssertionError(self._nothing_came("edit", timeout)) from None

    async def callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        query = self.fake.api.queries.get(query_id)
        if query is None:
            raise AssertionError(f"unknown or already-awaited callback query {query_id!r}")
        try:
            return await asyncio.wait_for(asyncio.shield(query.answer), timeout)
        except TimeoutError:
            raise AssertionError(
                self._nothing_came(f"answerCallbackQuery for {query_id}", timeout)
            ) from None

    async def expect_no_reply(self) -> None:
        """Assert the bot sent this chat nothing more once it had finished with everything
        it was given (FakeTelegram.settled): waiting on that, not on a timer, this can't
        pass just because the bot was slow."""
        await self.fake.settled()
        if not self.chat.replies.empty():
            message = self.chat.replies.get_nowait()
            raise AssertionError(f"{self!r} expected no reply, but the bot sent: {message.text!r}")

    def replies_so_far(self) -> list[BotMessage]:
        """The messages the bot has sent this chat that no next_reply took yet."""
        got = []
        while not self.chat.replies.empty():
            got.append(self.chat.replies.get_nowait())
        return got

    def _nothing_came(self, what: str, timeout: float) -> str:
        lines = [f"{self!r}: no bot {what} within {timeout}s."]
        lines.append(f"  bot messages/edits so far: {[(m.method, m.text) for m in self.history]}")
        lines.append(f"  unconsumed edits: {self.chat.edits.qsize()}")
        lines.append(f"  chat actions: {self.chat_actions}")
        if self.fake.errors:
            lines.append("  API errors returned to the bot:")
            lines.extend(f"    {error}" for error in self.fake.errors)
        recent = [call.method for call in self.fake.calls[-10:]]
        lines.append(f"  last API calls: {recent}")
        updates = self.fake.api.updates
        waiting = [u for u in updates.pending if u["update_id"] > updates.delivered_up_to]
        lines.append(f"  updates not yet fetched by the bot: {len(waiting)}")
        return "\n".join(lines)
