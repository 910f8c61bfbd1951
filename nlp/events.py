"""Where the user met people: "at the mixer", "at the chamber breakfast", "at BNI"."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp.lexicon import EVENT_GENERIC, EVENT_HEADS, STOP

_AT = frozenset("at @".split())
_DET = frozenset("the a an this our their that".split())
_INNER = frozenset("in of & for".split())
_MAX = 5


def find_event(doc: Doc) -> tuple[str, tuple[int, int]] | None:
    """The first "at <...> <event word>" phrase, in the user's words."""
    for tok in doc:
        if tok.lower_ not in _AT:
            continue
        start = tok.i + 1
        if start < len(doc) and doc[start].lower_ in _DET:
            start += 1
        head = _last_head(doc, start)
        if head is None:
            continue
        words = doc[start : head + 1]
        if any(t.lower_ in ("next", "last") for t in words):
            continue  # "at the next coffee" is a plan, not where they met
        return " ".join(_case(t.text, t.lower_, t.i == 0) for t in words), (start, head + 1)
    return None


def _last_head(doc: Doc, start: int) -> int | None:
    head = None
    for j in range(start, min(len(doc), start + _MAX)):
        tok = doc[j]
        if tok.ent_type_ == "PERSON" or not (tok.is_alpha or tok.like_num or tok.text.isalnum()):
            break
        if tok.lower_ in STOP and tok.lower_ not in _INNER and tok.lower_ != "next":
            break
        if tok.lower_ in EVENT_HEADS:
            head = j
    return head


def _case(text: str, lower: str, first: bool) -> str:
    if len(text) >= 2 and text.isupper():
        return text  # BNI, AWS
    if text[:1].isupper() and not first and lower not in EVENT_GENERIC:
        return text  # Dreamforce, SaaStr
    return lower
