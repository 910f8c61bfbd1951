"""The Bot API methods the fake implements, with Telegram's validation and error strings."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from . import formatting
from .errors import ApiError, bad_request
from .markup import validate_reply_markup
from .models import BotMessage, CallbackAnswer, UploadedFile
from .state import ChatState, FileStore, PendingQuery, StoredFile, UpdateQueue, now

MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024  # getFile refuses bigger files
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note",
        "upload_video_note",
    }
)  # fmt: skip
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)

Params = dict[str, Any]
Files = dict[str, UploadedFile]
Handler = Callable[[Params, Files], Awaitable[Any]]


class BotApi:
    """Telegram's side of the conversation: holds state and answers Bot API methods."""

    def __init__(self, bot_id: int, first_name: str, username: str) -> None:
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.chats: dict[int, ChatState] = {}
        self.files = FileStore()
        self.updates = UpdateQueue()
        self.queries: dict[str, PendingQuery] = {}
        self.webhook_url = ""
        self.commands_by_scope: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.last_commands: list[dict[str, str]] = []
        self._handlers: dict[str, Handler] = {
            "getme": self.get_me,
            "getupdates": self.get_updates,
            "deletewebhook": self.delete_webhook,
            "setwebhook": self.set_webhook,
            "getwebhookinfo": self.get_webhook_info,
            "sendmessage": self.send_message,
            "sendphoto": self.send_photo,
            "senddocument": self.send_document,
            "editmessagetext": self.edit_message_text,
            "editmessagecaption": self.edit_message_caption,
            "editmessagereplymarkup": self.edit_message_reply_markup,
            "deletemessage": self.delete_message,
            "answercallbackquery": self.answer_callback_query,
            "sendchataction": self.send_chat_action,
            "setmycommands": self.set_my_commands,
            "getmycommands": self.get_my_commands,
            "deletemycommands": self.delete_my_commands,
            "getfile": self.get_file,
        }

    async def call(self, method: str, params: Params, files: Files) -> Any:
        # Bot API method names are case-insensitive.
        handler = self._handlers.get(method.lower())
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return await handler(params, files)

    # --- helpers -------------------------------------------------------------------------

    def chat_for(self, params: Params) -> ChatState:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat: ChatState | None = None
        if isinstance(chat_id, int):
            chat = self.chats.get(chat_id)
        elif isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            chat = next((c for c in self.chats.values() if name in c.usernames), None)
        if chat is None:
            raise bad_request("chat not found")
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _format(
        self, text: str, params: Params, entities_field: str, limit: int, too_long: str
    ) -> formatting.FormattedText:
        parse_mode = params.get("parse_mode") or None
        try:
            formatted = formatting.parse(text, parse_mode)
        except formatting.ParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
        except ValueError:
            raise bad_request("unsupported parse_mode") from None
        if parse_mode is None and params.get(entities_field):
            formatted = formatting.FormattedText(
                text, _checked_entities(params[entities_field], text)
            )
        formatted = formatting.trim(formatted)
        if formatting.utf16_len(formatted.text) > limit:
            raise bad_request(too_long)
        return formatted

    def _text(self, params: Params) -> formatting.FormattedText:
        text = params.get("text")
        if not isinstance(text, str) or not text:
            raise bad_request("message text is empty")
        formatted = self._format(text, params, "entities", MAX_TEXT_UTF16, "message is too long")
        if not formatted.text:
            raise bad_request("message text is empty")
        return formatted

    def _caption(self, params: Params) -> formatting.FormattedText:
        """A media message may have no caption; one that is sent must say something, as a
        text must (stricter than Telegram, which drops a blank caption: a bot that sends one
        has a bug worth seeing)."""
        caption = params.get("caption")
        too_long = "message caption is too long"
        formatted = self._format(
            str(caption or ""), params, "caption_entities", MAX_CAPTION_UTF16, too_long
        )
        if caption is not None and not formatted.text:
            raise bad_request("message caption is empty")
        return formatted

    @staticmethod
    def _markup(params: Params) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        validate_reply_markup(markup)
        return markup

    def _base_message(self, chat: ChatState, params: Params) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": 0,
            "from": self.bot_user,
            "chat": chat.chat,
            "date": now(),
        }
        reply_to = params.get("reply_to_message_id")
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
        if reply_to is not None:
            original = chat.messages.get(int(reply_to))
            if original is not None:
                data["reply_to_message"] = original
            elif not (reply_parameters or {}).get("allow_sending_without_reply") and not params.get(
                "allow_sending_without_reply"
            ):
                raise bad_request("message to be replied not found")
        return data

    def _record_sent(
        self,
        chat: ChatState,
        data: dict[str, Any],
        method: str,
        formatted: formatting.FormattedText,
        raw: str,
        params: Params,
        markup: dict[str, Any] | None,
        **media: UploadedFile | None,
    ) -> dict[str, Any]:
        data["message_id"] = chat.take_message_id()
        message = BotMessage(
            message_id=data["message_id"],
            chat_id=chat.id,
            method=method,
            text=formatted.text,
            raw=raw,
            parse_mode=params.get("parse_mode") or None,
            entities=formatted.entities,
            reply_markup=markup,
            date=data["date"],
            data=data,
            **media,
        )
        chat.messages[message.message_id] = data
        chat.bot_messages[message.message_id] = message
        chat.history.append(message)
        chat.replies.put_nowait(message)
        return data

    @staticmethod
    def _with_text(
        data: dict[str, Any],
        formatted: formatting.FormattedText,
        markup: dict[str, Any] | None,
        field: str = "text",
    ) -> dict[str, Any]:
        data = {k: v for k, v in data.items() if k not in (field, _entities_key(field))}
        data.pop("reply_markup", None)
        if formatted.text:
            data[field] = formatted.text
        if formatted.entities:
            data[_entities_key(field)] = formatted.entities
        # Telegram only echoes inline keyboards back in the Message.
        if markup is not None and "inline_keyboard" in markup:
            data["reply_markup"] = markup
        return data

    # --- updates & webhook ---------------------------------------------------------------

    async def get_me(self, params: Params, files: Files) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def get_updates(self, params: Params, files: Files) -> Any:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        return await self.updates.get(
            offset=int(params.get("offset") or 0),
            limit=limit,
            timeout=float(params.get("timeout") or 0),
            allowed=params.get("allowed_updates"),
        )

    async def delete_webhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def set_webhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def get_webhook_info(self, params: Params, files: Files) -> Any:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates.pending),
        }

    # --- sending -------------------------------------------------------------------------

    async def send_message(self, params: Params, files: Files) -> Any:
        chat = self.chat_for(params)
        formatted = self._text(params)
        markup = self._markup(params)
        data = self._with_text(self._base_message(chat, params), formatted, markup)
        return self._record_sent(
            chat, data, "sendMessage", formatted, params["text"], params, markup
        )

    def _upload(self, params: Params, files: Files, field: str) -> StoredFile:
        value: Any = files.get(field, params.get(field))
        if isinstance(value, str) and value.startswith("attach://"):
            value = files.get(value.removeprefix("attach://"))
        if value is None or value == "":
            raise bad_request(f"there is no {field} in the request")
        if isinstance(value, UploadedFile):
            extension = (value.file_name or "bin").rpartition(".")[2] or "bin"
            return self.files.add(value, f"{field}s", extension)
        stored = self.files.get(str(value))
        if stored is not None:
            return stored
        if str(value).startswith(("http://", "https://")):
            return self.files.add(UploadedFile(str(value), None, b""), f"{field}s", "bin")
        raise bad_request("wrong file identifier/HTTP URL specified")

    async def _send_media(self, params: Params, files: Files, field: str) -> Any:
        chat = self.chat_for(params)
        stored = self._upload(params, files, field)
        formatted = self._caption(params)
        markup = self._markup(params)
        data = self._with_text(self._base_message(chat, params), formatted, markup, "caption")
        described = {k: v for k, v in stored.as_file().items() if k != "file_path"}
        if field == "photo":
            data["photo"] = [{**described, "width": 1, "height": 1}]
        else:
            upload = stored.upload
            data["document"] = {
                **described,
                **({"file_name": upload.file_name} if upload.file_name else {}),
                **({"mime_type": upload.mime_type} if upload.mime_type else {}),
            }
        method = "sendPhoto" if field == "photo" else "sendDocument"
        caption = str(params.get("caption") or "")
        media = {field: stored.upload}
        return self._record_sent(chat, data, method, formatted, caption, params, markup, **media)

    async def send_photo(self, params: Params, files: Files) -> Any:
        return await self._send_media(params, files, "photo")

    async def send_document(self, params: Params, files: Files) -> Any:
        return await self._send_media(params, files, "document")

    # --- editing -------------------------------------------------------------------------

    def _editable(self, params: Params, verb: str = "edit") -> tuple[ChatState, BotMessage]:
        if params.get("inline_message_id"):
            raise bad_request(f"message to {verb} not found")  # inline messages aren't modelled
        chat = self.chat_for(params)
        message_id = params.get("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.bot_messages.get(int(message_id))
        if message is None:
            if int(message_id) in chat.messages:
                raise bad_request("message can't be edited")
            raise bad_request(f"message to {verb} not found")
        return chat, message

    def _record_edit(
        self, chat: ChatState, old: BotMessage, new: BotMessage, method: str
    ) -> dict[str, Any]:
        if (new.text, new.entities, new.reply_markup) == (
            old.text,
            old.entities,
            old.reply_markup,
        ):
            raise bad_request(NOT_MODIFIED)
        data = {**new.data, "edit_date": now()}
        new = replace(new, method=method, data=data)
        chat.messages[new.message_id] = data
        chat.bot_messages[new.message_id] = new
        chat.history.append(new)
        chat.edits.put_nowait(new)
        return data

    async def edit_message_text(self, params: Params, files: Files) -> Any:
        chat, old = self._editable(params)
        if old.has_media:
            raise bad_request("there is no text in the message to edit")
        formatted = self._text(params)
        # Omitting reply_markup removes the inline keyboard, exactly like Telegram does.
        markup = self._markup(params)
        new = replace(
            old,
            text=formatted.text,
            raw=params["text"],
            parse_mode=params.get("parse_mode") or None,
            entities=formatted.entities,
            reply_markup=markup,
            data=self._with_text(old.data, formatted, markup),
        )
        return self._record_edit(chat, old, new, "editMessageText")

    async def edit_message_caption(self, params: Params, files: Files) -> Any:
        chat, old = self._editable(params)
        if not old.has_media:
            raise bad_request("there is no caption in the message to edit")
        formatted = self._caption(params)
        markup = self._markup(params)
        new = replace(
            old,
            text=formatted.text,
            raw=str(params.get("caption") or ""),
            parse_mode=params.get("parse_mode") or None,
            entities=formatted.entities,
            reply_markup=markup,
            data=self._with_text(old.data, formatted, markup, "caption"),
        )
        return self._record_edit(chat, old, new, "editMessageCaption")

    async def edit_message_reply_markup(self, params: Params, files: Files) -> Any:
        chat, old = self._editable(params)
        markup = self._markup(params)
        data = {k: v for k, v in old.data.items() if k != "reply_markup"}
        if markup is not None and "inline_keyboard" in markup:
            data["reply_markup"] = markup
        new = replace(old, reply_markup=markup, data=data)
        return self._record_edit(chat, old, new, "editMessageReplyMarkup")

    async def delete_message(self, params: Params, files: Files) -> Any:
        chat = self.chat_for(params)
        message_id = int(params.get("message_id") or 0)
        if message_id not in chat.messages:
            raise bad_request("message to delete not found")
        del chat.messages[message_id]
        chat.bot_messages.pop(message_id, None)
        chat.deleted.append(message_id)
        return True

    # --- misc ------------------------------------------------------------------------------

    async def answer_callback_query(self, params: Params, files: Files) -> Any:
        query = self.queries.get(str(params.get("callback_query_id") or ""))
        if query is None or query.answer.done():
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        query.answer.set_result(
            CallbackAnswer(
                query_id=str(params["callback_query_id"]),
                text=params.get("text"),
                show_alert=bool(params.get("show_alert")),
                url=params.get("url"),
                cache_time=params.get("cache_time"),
            )
        )
        return True

    async def send_chat_action(self, params: Params, files: Files) -> Any:
        chat = self.chat_for(params)
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.chat_actions.append(action)
        return True

    @staticmethod
    def _scope_key(params: Params) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    async def set_my_commands(self, params: Params, files: Files) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            name = command.get("command") if isinstance(command, dict) else None
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
                raise bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands_by_scope[self._scope_key(params)] = commands
        self.last_commands = commands
        return True

    async def get_my_commands(self, params: Params, files: Files) -> Any:
        return self.commands_by_scope.get(self._scope_key(params), [])

    async def delete_my_commands(self, params: Params, files: Files) -> Any:
        self.commands_by_scope.pop(self._scope_key(params), None)
        return True

    async def get_file(self, params: Params, files: Files) -> Any:
        stored = self.files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.upload.data) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return stored.as_file()


def _entities_key(field: str) -> str:
    return "entities" if field == "text" else "caption_entities"


def _checked_entities(entities: Any, text: str) -> list[dict[str, Any]]:
    """Explicit entities (no parse_mode): must be objects inside the text."""
    size = formatting.utf16_len(text)
    if not isinstance(entities, list):
        raise bad_request("can't parse entities JSON object")
    for entity in entities:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request("can't parse MessageEntity JSON object")
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int) or offset < 0:
            raise bad_request("can't parse MessageEntity JSON object")
        if offset + length > size:
            raise bad_request("entity beyond the end of the text")
    return formatting.sort_entities([e for e in entities if e["length"] > 0])
