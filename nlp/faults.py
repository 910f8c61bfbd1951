"""Something of theirs that is broken is a need, not a pastime or news: "her heating's been
playing up" (the details model read "playing up" as a pastime), "flat above the shop has a
leaking combi boiler, wants it looked at" (no need was read at all)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_FAULT = (
    r"(?:playing\s+up|acting\s+up|on\s+the\s+blink|packing\s+in|packed\s+in|leaking|"
    r"broken|knackered|not\s+working|making\s+a\s+racket|banging)"
)
# "her heating's been playing up", "their boiler is leaking"
_THEIRS_BROKEN = re.compile(
    r"\b(?P<whose>his|her|their)\s+(?P<thing>[a-z]+(?:\s+[a-z]+)?)"
    r"(?:'s|’s|\s+is|\s+has|\s+keeps)\s+(?:been\s+|still\s+|always\s+)*" + _FAULT + r"\b",
    re.IGNORECASE,
)
# "has a leaking combi boiler, wants it looked at"
_WANTS_IT = re.compile(
    r"\b(?:a|an|the)\s+(?P<thing>(?:[a-z-]+\s+){0,3}?[a-z-]+)[,.]?\s+(?:and\s+)?"
    r"(?:he|she|they)?\s*(?:wants|needs|would\s+like)\s+it\s+"
    r"(?P<done>looked\s+at|fixed|sorted|seen\s+to|replaced|serviced|checked)\b",
    re.IGNORECASE,
)


# What can be fixed for them; "his back's playing up again" is his health, his news.
_FIXABLE = frozenset(
    "heating boiler boilers combi shower showers radiator radiators toilet loo tap taps sink "
    "drain drains pipes pipe plumbing wiring electrics lights fuse fusebox cooker oven hob "
    "fridge freezer dishwasher washer machine dryer fire heater pump van car motor engine "
    "roof gutters gutter window windows door doors aircon laptop computer printer phone "
    "wifi broadband internet alarm immersion cylinder".split()
)


def fault_needs(doc: Doc) -> list[tuple[int, int, str]]:
    """(first token, end token, the need) for each broken thing of theirs the note says."""
    found = []
    for m in _THEIRS_BROKEN.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and m["thing"].split()[-1].lower() in _FIXABLE:
            found.append((span.start, span.end, f"{m['whose']} {m['thing']} looked at".lower()))
    for m in _WANTS_IT.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and m["thing"].split()[-1].lower() in _FIXABLE:
            found.append((span.start, span.end, f"the {m['thing']} {m['done']}".lower()))
    return found
