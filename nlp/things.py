"""Things a note lists the way it names people: "jollof + bulgogi lol", "brought suya haha".
The model tags a lone lowercase word there as a PERSON; the words around it say it is a dish
or a thing, not someone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.lexicon import CHAT_WORDS, FOODS, first_names

# Signs a list of things: "jollof + bulgogi", "suya & chapman".
_JOINS = frozenset("+ &".split())


def said_as_a_thing(span: Span) -> bool:
    """A food word, or a lowercase word no first name list knows, beside a laugh, an emoji or
    a "+" that joins it to another such word."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.lower_ in FOODS:
        return True
    if not tok.is_lower or tok.lower_ in first_names():
        return False  # "saw tunde lol", "kemi + bisola": people, typed lowercase
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in CHAT_WORDS or _emoji(after)):
        return True
    return _joined_thing(tok, -1) or _joined_thing(tok, 1)


def _joined_thing(tok: Token, step: int) -> bool:
    """ "jollof + bulgogi": a "+" beside tok, and a lowercase word no first name beyond it."""
    doc = tok.doc
    join, other = tok.i + step, tok.i + 2 * step
    if not (0 <= join < len(doc) and 0 <= other < len(doc)) or doc[join].text not in _JOINS:
        return False
    beyond = doc[other]
    return beyond.is_lower and beyond.is_alpha and beyond.lower_ not in first_names()


def _emoji(tok: Token) -> bool:
    return bool(tok.text) and all(ord(c) >= 0x2190 or c == "\ufe0f" for c in tok.text)
