"""Scots words a note is typed in, read as the English the details are said in: "his boy
plays wi our callum", "sandra fae paterson lettings". Only whole lowercase words change
("Fae" may be someone's name, "wi-fi" is no "with"); the reader then finds "from" before a
firm, and no card says "wi"."""

from __future__ import annotations

import re

_PLAIN = {"wi": "with", "fae": "from", "frae": "from", "oor": "our"}
_SCOTS = re.compile(r"(?<![\w'’-])(?:wi|fae|frae|oor)(?![\w'’-])")


def plain_english(text: str) -> str:
    """The note with "wi", "fae"/"frae" and "oor" said as "with", "from" and "our"."""
    return _SCOTS.sub(lambda m: _PLAIN[m.group()], text)
