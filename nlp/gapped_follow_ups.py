"""A second follow-up said with its verb left out: "ring niall before christmas, and pawel
w/c 4th jan" is a call to Niall before Christmas and one to Pawel in the week of the 4th
(trial 31: only the first was kept, and it went to Pawel)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from spacy.tokens import Doc, Span

from nlp.dates import resolve_when
from nlp.followups import FoundFollowUp
from nlp.people import Person

_STOPS = frozenset(". ! ? ;".split())


def gapped_follow_ups(
    doc: Doc, dates: list[Span], found: list[FoundFollowUp], now: datetime, people: list[Person]
) -> list[FoundFollowUp]:
    """`found` with each follow-up's gapped twin ("…, and pawel w/c 4th jan") for the one
    named before its date, and the first one's person the name said before its own date."""
    out = list(found)
    for span in sorted(dates, key=lambda s: s.start):
        name_at = span.start - 1
        if name_at < 2 or doc[name_at - 1].lower_ != "and" or not _a_name_word(doc, name_at):
            continue
        first = next((f for f in reversed(out) if f.at < name_at - 1), None)
        if first is None or any(t.text in _STOPS for t in doc[first.at : name_at]):
            continue
        said_to = first.at - 1  # "ring niall before christmas": Niall, said before the date
        if doc[said_to].lower_ in ("on", "by", "at"):
            said_to -= 1  # "email gavin on friday"
        old = doc[said_to].text
        if not _a_name_word(doc, said_to) or old.casefold() not in first.what.casefold().split():
            continue
        when = resolve_when(span, now)
        if when is None or when.stale:
            continue
        what = " ".join(doc[name_at].text if w == old else w for w in first.what.split())
        k = out.index(first)
        out[k] = replace(first, person_at=_named(doc, people, said_to))
        twin = FoundFollowUp(
            span.start, when.due, what, _named(doc, people, name_at), first.topic,
            said=span.text, vague=when.vague,
        )  # fmt: skip
        said = next((j for j, f in enumerate(out) if f.at == span.start), None)
        if said is None:
            out.insert(k + 1, twin)
        else:  # read already, but as the first one's again ("call ross")
            out[said] = twin
    return out


def _a_name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.is_alpha and not tok.is_stop and tok.pos_ in ("PROPN", "NOUN", "X", "ADJ", "VERB")


def _named(doc: Doc, people: list[Person], i: int) -> int | None:
    """Where the person the word at i names is said: here, or where their given name is."""
    word = doc[i].lower_
    for person in people:
        if any(m.start <= i < m.end for m in person.mentions):
            return i
    for person in people:
        if person.name.split()[0].casefold() == word and not person.is_relative:
            return person.mentions[0].start
    return None
