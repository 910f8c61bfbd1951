"""Cleaning text that came from outside before anything reads or stores it."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters with no place in a note: zero-width space, word joiner, BOM, soft
# hyphen, and the bidi embeddings/overrides/isolates that can make text display reversed
# ("Trojan source"). Kept: ZWJ (emoji sequences), ZWNJ (Persian), and LRM/RLM marks.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 and C1 control characters, except tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# The longest message read (a note, a draft, a command): Telegram's own cap is 4,096, so
# only something posting to the webhook directly sends more.
MAX_TEXT = 10_000


def clean_text(text: str) -> str:
    """NFC-normalised text without control or invisible formatting characters.

    A carriage return becomes a newline; everything else that is removed leaves no trace.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _INVISIBLE_RE.sub("", text)
    return unicodedata.normalize("NFC", text)
