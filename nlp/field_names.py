"""Terse notes written as fields ("Ruth Keane. Portwell. claims lead.", "- Callum Baird,
surveyor, Treverton"): the name opening the line is the person, and a lone capitalised word
in a later field is where they work or live, not someone met. A firm the note names once
("from Brightwater Credit Union", "join Kestrelle as CFO") and then says on its own
("Brightwater is opening…", "Kestrelle's board") is that firm each time."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import first_names, last_names
from nlp.records import between_two_jobs

# What ends or opens a field of a terse note.
_FIELD_MARKS = frozenset(", . ; - – — • * |".split())
# Words after which the next name is a firm joined: "join Kestrelle as CFO".
_JOINS = frozenset("join joined joining joins".split())
# What a firm has, said after its name: "Kestrelle's board", "Verano's new CFO".
# ("Adaeze's team", "Lucia's office" are a person's: said of a firm only with its officers)
_FIRMS_OWN = frozenset("board ceo cfo coo cto hq shareholders".split())
_POSSESSIVE = frozenset("'s ’s".split())
_NEWLY = frozenset("new former outgoing incoming interim".split())
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


def _a_firm_joined_or_owning(doc: Doc, ent: Span) -> bool:
    """ "join Kestrelle as CFO", "Kestrelle's board": said as a firm."""
    joined = ent.start > 0 and doc[ent.start - 1].lower_ in _JOINS
    k = ent.end + 1
    if k < len(doc) and doc[k].lower_ in _NEWLY:
        k += 1  # "Lumen's new COO"
    owning = k < len(doc) and doc[ent.end].text in _POSSESSIVE and doc[k].lower_ in _FIRMS_OWN
    owning = owning and ent[0].lower_ not in first_names()  # ("Priya's new CFO role")
    return joined or owning


def firms_said_again(doc: Doc) -> list[Span]:
    """A name the note also says as a firm ("from Brightwater Credit Union", "join Kestrelle
    as CFO"), said again on its own, is the firm: no person of that name is met. A name
    said in someone's full name ("Julien Moreau", later "Moreau") stays theirs."""
    firms = [
        (e.start, tuple(t.lower_ for t in e))
        for e in doc.ents
        if e.label_ == "ORG" or (e.label_ == "PERSON" and _a_firm_joined_or_owning(doc, e))
    ]
    names = [tuple(t.lower_ for t in e) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) > _MAX_FIELD_WORDS or not ent[0].is_title:
            continue
        words = tuple(t.lower_ for t in ent)
        if any(_within(words, name) for name in names) or _titled(doc, ent.start):
            continue  # ("Mr. Oduya (Tobenna) — oduya motors": he, and his firm after)
        # the firm said first: "from Coastal Credit Union … Coastal is opening"
        before = [firm for at, firm in firms if at < ent.start]
        # ("Sat with … his daughter Cerys", then "Cerys" misread as a firm: she is said first)
        same = words in before or _a_firm_joined_or_owning(doc, ent)
        opening = any(len(firm) > len(words) and firm[: len(words)] == words for firm in before)
        # ("from Lucia's office, Lucia's brother": a given name misread as a firm first)
        if (same or opening) and words[0] not in first_names():
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    return found


_TITLES = frozenset("mr mrs ms miss mx dr prof".split())


def _titled(doc: Doc, i: int) -> bool:
    k = i - 1
    if k > 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in _TITLES


def _within(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return any(name[k : k + len(words)] == words for k in range(len(name) - len(words) + 1))


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
