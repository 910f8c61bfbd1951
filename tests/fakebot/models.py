"""What the fake records: snapshots of bot messages, API calls, errors, uploaded files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class UploadedFile:
    file_name: str | None
    mime_type: str | None
    data: bytes


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, as the user sees it at one point in time (edits make new ones).

    ``text`` is the visible text (HTML/Markdown stripped, caption for media); ``raw`` is what
    the bot passed as text/caption before parsing.
    """

    message_id: int
    chat_id: int
    method: str
    text: str
    raw: str
    parse_mode: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    date: int
    document: UploadedFile | None = None
    photo: UploadedFile | None = None
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def html(self) -> str:
        return self.raw

    @property
    def caption(self) -> str | None:
        return self.text if self.has_media else None

    @property
    def has_media(self) -> bool:
        return self.document is not None or self.photo is not None

    @property
    def buttons(self) -> list[list[Button]]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [
            [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row] for row in rows
        ]

    @property
    def keyboard(self) -> list[list[str]]:
        """Texts of a ReplyKeyboardMarkup (the non-inline keyboard), if any."""
        rows = (self.reply_markup or {}).get("keyboard") or []
        return [[b["text"] if isinstance(b, dict) else b for b in row] for row in rows]

    def button(self, text_substring: str) -> Button:
        matches = [b for row in self.buttons for b in row if text_substring in b.text]
        if len(matches) != 1:
            found = [b.text for row in self.buttons for b in row]
            raise AssertionError(
                f"expected exactly one button containing {text_substring!r} on message "
                f"{self.message_id}, found {len(matches)}; buttons: {found}"
            )
        return matches[0]

    def entity_texts(self, entity_type: str) -> list[str]:
        """The visible substrings covered by entities of one type (e.g. "bold")."""
        units = self.text.encode("utf-16-le")
        return [
            units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
            for e in self.entities
            if e["type"] == entity_type
        ]


@dataclass(frozen=True)
class CallbackAnswer:
    query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    time: float
    files: dict[str, UploadedFile] = field(default_factory=dict)
    error: ApiErrorRecord | None = None


@dataclass(frozen=True)
class ApiErrorRecord:
    method: str
    params: dict[str, Any]
    error_code: int
    description: str
    injected: bool

    def __str__(self) -> str:
        origin = " (injected)" if self.injected else ""
        return f"{self.method}{origin} -> {self.error_code} {self.description}"
