"""What the reader tests ask of a result: who it names, one person by first name, and
whether a detail of theirs says a word."""

from __future__ import annotations

from nlp.schema import NoteExtraction, PersonMention


def names(result: NoteExtraction) -> list[str]:
    return [p.name for p in result.people]


def person(result: NoteExtraction, first: str) -> PersonMention:
    found = [p for p in result.people if p.name.split()[0].lower() == first.lower()]
    assert found, f"{first!r} not in {names(result)}"
    return found[0]


def said(p: PersonMention, word: str, kinds: set[str] | None = None) -> bool:
    return any(word in f.text.lower() and (kinds is None or f.kind in kinds) for f in p.facts)


def orgs(result: NoteExtraction) -> list[str]:
    """The organisations a note names, lowercased, as the org tests compare them."""
    return [o.lower() for o in result.orgs]
