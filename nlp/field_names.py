"""Terse notes written as fields ("Ruth Keane. Portwell. claims lead.", "- Callum Baird,
surveyor, Treverton"): the name opening the line is the person, and a lone capitalised word
in a later field is where they work or live, not someone met. A firm said again on its own
is read with them (nlp/firms_said_again.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.firms_said_again import firms_said_again
from nlp.lexicon import first_names, last_names
from nlp.records import between_two_jobs

# What ends or opens a field of a terse note.
_FIELD_MARKS = frozenset(", . ; - – — • * |".split())
_MAX_FIELD_WORDS = 2


def _line_start(doc: Doc, i: int) -> bool:
    return (
        i == 0
        or "\n" in doc[i - 1].text
        or (doc[i - 1].text in _FIELD_MARKS and _line_start(doc, i - 1))
    )


def _field_end(doc: Doc, end: int) -> bool:
    return end >= len(doc) or "\n" in doc[end].text or doc[end].text in _FIELD_MARKS


def _name_word(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return tok.is_alpha and tok.is_title and (lower in first_names() or lower not in english)


def _surname_word(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return tok.is_alpha and tok.is_title and (lower in last_names() or lower not in english)


def opening_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "Ivy Lau, HSBC, RM…", "Lindiwe Mokoena. Absa.": a given name and a surname alone in
    the first field of a line (or before what they did), that the model read as nothing,
    are a person."""
    found = []
    for tok in doc[:-2]:
        i = tok.i
        if not _line_start(doc, i) or doc[i].ent_type_ or doc[i + 1].ent_type_:
            continue
        if not (_name_word(doc[i], english) and _surname_word(doc[i + 1], english)):
            continue
        after = doc[i + 2]
        # "Margot Lefebvre called:": a listed given name, then what she did
        acted = after.tag_ in ("VBD", "VBZ") and doc[i].lower_ in first_names()
        if after.text in (",", ".", "-", "–", "—") or acted:
            found.append(Span(doc, i, i + 2, label="PERSON"))
    return found


def _after_a_full_name(doc: Doc, span: Span) -> bool:
    """A full name is said before the span on its line, with only fields between them."""
    k = span.start - 1
    while k >= 0 and "\n" not in doc[k].text:
        ent = doc[k].ent_type_
        if ent == "PERSON" and doc[k].ent_iob_ != "B":
            k -= 1
            continue
        if ent == "PERSON":
            start = k
            end = k + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end - start >= 2
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("and", "&", "with", "w/"):
            return False  # "met tom smith, sarah, and kofi": people said in a row
        k -= 1
    return False


def _a_field(doc: Doc, ent: Span) -> bool:
    """ "…, Treverton" / ". Portwell." / "store mgr Paramus.": the name is a field alone."""
    before = doc[ent.start - 1] if ent.start else None
    opened = before is not None and (before.text in _FIELD_MARKS or before.ent_type_ == "ROLE")
    return opened and _field_end(doc, ent.end)


def fields_after_names(doc: Doc) -> list[Span]:
    """A capitalised word or two that are no given name, alone in a field after the full
    name opening the line: a firm, a place or a team, no person ("Marcus Bell, Gallaudet,
    IT", "Dana Kowalczyk. ASL interpreter. Sorenson.")."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) > _MAX_FIELD_WORDS:
            continue
        if ent[0].lower_ in first_names() or not all(t.is_title for t in ent):
            continue
        if between_two_jobs(doc, ent):
            continue  # "Ama Owusu - nurse - Yaw - teacher": the next record's person
        if _a_field(doc, ent) and _after_a_full_name(doc, ent):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    return found


def firms_in_fields(doc: Doc, english: frozenset[str]) -> None:
    """Reads a terse note's fields: the opening name is someone, a lone firm or place in a
    later field and a firm said again are firms."""
    opening = opening_names(doc, english)
    if opening:
        doc.ents = sorted(list(doc.ents) + opening, key=lambda e: e.start)
    firms = fields_after_names(doc) + firms_said_again(doc)
    if not firms:
        return
    taken = {(s.start, s.end) for s in firms}
    kept = [e for e in doc.ents if (e.start, e.end) not in taken]
    unique = {(s.start, s.end): s for s in firms}
    doc.ents = sorted(kept + list(unique.values()), key=lambda e: e.start)
