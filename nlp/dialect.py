"""Scots words a note is typed in, read as the English the details are said in: "his boy
plays wi our callum", "sandra fae paterson lettings", "mairi's da, angus". Only whole
lowercase words change ("Fae" may be someone's name, "wi-fi" is no "with"); the reader then
finds "from" before a firm, a father after a name's, and no card says "wi"."""

from __future__ import annotations

import re

_PLAIN = {"wi": "with", "fae": "from", "frae": "from", "oor": "our"}
_SCOTS = re.compile(r"(?<![\w'’-])(?:wi|fae|frae|oor)(?![\w'’-])")

# Parents said in Scots. "da" and "maw" are read as kin only after someone's ("mairi's da",
# "his maw"): alone, "da" is part of a name ("joao da silva").
_KIN = {"da": "dad", "maw": "mum", "faither": "father", "mither": "mother", "granda": "grandad"}
_SCOTS_KIN = re.compile(
    r"(?P<whose>(?:\w['’]s|s['’]|\b(?:his|her|their|my|ma|yer|your|our)) )"
    r"(?P<kin>da|maw|faither|mither|granda)(?![\w'’-])"
)


def plain_english(text: str) -> str:
    """The note with "wi", "fae"/"frae" and "oor" said as "with", "from" and "our", and a
    parent said in Scots ("her da") said in English."""
    text = _SCOTS.sub(lambda m: _PLAIN[m.group()], text)
    return _SCOTS_KIN.sub(lambda m: m.group("whose") + _KIN[m.group("kin")], text)
