"""The user's own family in a contact's detail: "his boy plays left back wi our callum",
"his lass dances alongside my isla". The card is the contact's, and the bot would say it
back as "your callum": what their child does stands without the user's."""

from __future__ import annotations

import re

from spacy.tokens import Span

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


# What the user does for a contact, said first: "emailed rosa the quote", "sent tom the deck".
_USER_ACTS = frozenset(
    "emailed sent texted called rang phoned messaged quoted invoiced dropped dm'd "
    "whatsapped posted delivered".split()
)
# What the user did with it, said after a comma with no one named: "included 10 gluten free
# plates", "attached the menu", "threw in a free tasting".
_THEN = frozenset("included attached added threw copied cc'd promised mentioned offered".split())


def the_users_act(span: Span) -> bool:
    """ "emailed rosa the quote …, included 10 gluten free plates": the user's own doing
    (the sentence's unsaid "I"), not Rosa's work (trial 27 asked Rosa "how things are going
    since you included 10 gluten free plates")."""
    head = span[0]
    if head.lower_ not in _THEN or head.dep_ != "conj":
        return False
    first = head.head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    return first.lower_ in _USER_ACTS and not has_subject
