"""The smallest pieces of a Telegram HTML reply, shared by every formatter."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

# Telegram refuses messages over 4096 characters; leave room for the ellipsis line.
MAX_MESSAGE = 3900


def fit(lines: Iterable[str]) -> str:
    """Join whole lines until the message would be too long; each line closes its own tags."""
    kept: list[str] = []
    size = 0
    for text in lines:
        if size + len(text) + 1 > MAX_MESSAGE:
            kept.append("…")
            break
        kept.append(text)
        size += len(text) + 1
    return "\n".join(kept)


def who(name: str, org: str | None = None) -> str:
    return f"<b>{escape(name)}</b>" + (f" ({escape(org)})" if org else "")
