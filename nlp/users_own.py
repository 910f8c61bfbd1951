"""The user's own family in a contact's detail: "his boy plays left back wi our callum",
"his lass dances alongside my isla". The card is the contact's, and the bot would say it
back as "your callum": what their child does stands without the user's."""

from __future__ import annotations

import re

from nlp.lexicon import FAMILY_NOUNS, first_names

# "plays left back with our callum": the pastime stands without who it's played with.
_ALONG = re.compile(
    r"\s+(?:with|alongside|beside|against|and)\s+(?:our|my|oor)\s+(?P<who>[a-z]+)$",
    re.IGNORECASE,
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
    """The detail said without the user's own child or kin it ends on: "plays left back
    with our callum" is "plays left back". (A detail that says how the two are linked, "son
    in my daughter's class", is kept: the card says so from the user's side.)"""
    cut = _ALONG.search(text)
    if cut is None or not _the_users_own(cut["who"], english):
        return text
    return text[: cut.start()]
