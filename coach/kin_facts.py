"""A family fact that tells what a named relative does ("husband is Obi, a pharmacist") is
stored as the relative it names ("husband is Obi") when the relative, a contact of their own,
carries the rest of it: the card's Family line ("husband Obi, a pharmacist"), /find and the
export then say it once. News said of the relative's own family ("wife Sue's mum passed
away") stays whole: it is the contact's news too."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.schema import Fact, PersonMention
from storage.contacts import name_key


def family_said_once(mention: PersonMention, people: list[PersonMention]) -> list[Fact]:
    """The mention's facts, each family fact cut at a relative who carries the rest."""
    relatives = [
        p
        for p in people
        if p.relation and p.of and p.facts and name_key(p.of) == name_key(mention.name)
    ]
    if not relatives:
        return mention.facts
    return [
        _cut_at_relative(fact, relatives) if fact.kind == "family" else fact
        for fact in mention.facts
    ]


def _cut_at_relative(fact: Fact, relatives: list[PersonMention]) -> Fact:
    for relative in relatives:
        named = re.search(rf"\b{re.escape(relative.name)}\b", fact.text, re.IGNORECASE)
        named = named or re.search(
            rf"\b{re.escape(relative.name.split()[0])}\b", fact.text, re.IGNORECASE
        )
        if named is None:
            continue
        rest = fact.text[named.end() :]
        if rest[:1] in ("'", "’"):
            return fact  # "wife Sue's mum passed away": news of her family, and so of his
        said = _content(rest)
        carried = _content(" ".join(f.text for f in relative.facts))
        if said and len(said & carried) * 3 >= len(said) * 2:
            return replace(fact, text=fact.text[: named.end()])
    return fact


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in STOP_WORDS}
