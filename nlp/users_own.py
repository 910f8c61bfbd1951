"""The user's own family in a contact's detail: "his boy plays left back wi our callum",
"her daughter is in the same class as my emily". The card is the contact's, and the bot
would say it back as "your callum"; the link to the user's child is no detail of theirs."""

from __future__ import annotations

import re

from nlp.lexicon import FAMILY_NOUNS, first_names

_MINE = re.compile(r"\b(?:our|my|oor)\s+(?P<who>[a-z]+)\b", re.IGNORECASE)
# "plays left back with our callum": the pastime stands without who it's played with.
_ALONG = re.compile(
    r"\s+(?:with|alongside|beside|against|and)\s+(?:our|my|oor)\s+[a-z]+$", re.IGNORECASE
)
_ALSO_KIN = frozenset("boy girl wee".split())


def _the_users_own(word: str, english: frozenset[str]) -> bool:
    """Kin ("my daughter") or a name: a known given name, or a word no dictionary knows
    ("our callum"); "our church" is no one."""
    word = word.casefold()
    return (
        word in FAMILY_NOUNS
        or word in _ALSO_KIN
        or word in first_names()
        or bool(english and word not in english)
    )


def without_users_own(text: str, english: frozenset[str] = frozenset()) -> str:
    """The detail said without the user's own child or kin; "" when it is all about them
    ("in the same class as my emily")."""
    mine = [m for m in _MINE.finditer(text) if _the_users_own(m.group("who"), english)]
    if not mine:
        return text
    cut = _ALONG.sub("", text)
    if cut != text and not any(_the_users_own(m["who"], english) for m in _MINE.finditer(cut)):
        return cut
    return ""
