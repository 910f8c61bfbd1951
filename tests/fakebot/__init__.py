"""A fake Telegram Bot API server for end-to-end tests of the real PTB Application.

Usage::

    async with FakeTelegram() as fake:
        app = Application.builder().token(fake.token).base_url(fake.base_url)...
        alice = fake.user(1001, first_name="Alice")
        await alice.send("/start")
        reply = await alice.next_reply()
"""

from .chats import FakeUser
from .errors import ApiError
from .formatting import FormattedText, ParseError, parse_html, parse_markdown_v2, utf16_len
from .models import ApiCall, ApiErrorRecord, BotMessage, Button, CallbackAnswer, UploadedFile
from .server import DEFAULT_TOKEN, FakeTelegram
from .state import ChatState as FakeChat

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "ApiError",
    "ApiErrorRecord",
    "BotMessage",
    "Button",
    "CallbackAnswer",
    "FakeChat",
    "FakeTelegram",
    "FakeUser",
    "FormattedText",
    "ParseError",
    "UploadedFile",
    "parse_html",
    "parse_markdown_v2",
    "utf16_len",
]
