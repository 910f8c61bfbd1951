"""Terse records of someone met, typed as fields cut by marks: "Ruth Keane. Portwell. claims
lead.", "Marcus Bell, Gallaudet, IT", "- Callum Baird, surveyor, Treverton", "Hunter
Jacobsen, agronomist, Pioneer".

- The name opening the line is the person met, even where the model read it as nothing
  ("Lindiwe Mokoena. Absa.").
- A lone capitalised field after that name ("Portwell", "Gallaudet"), or a field beside their
  job ("agronomist, Pioneer", "Ochoa Tax Svcs. Enrolled agent"), that the model read as a
  second person, is where they work or live: a firm or a place, nobody met.
- A name between one job and the next opens the next record, and stays a person: "Ama Owusu -
  nurse - Yaw - teacher".

A firm said again on its own (nlp/firms_said_again.py) is read in the same pass."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.acronyms import NO_BODY
from nlp.firms_said_again import firms_said_again
from nlp.lexicon import JOB_WORDS, first_names, last_names
from nlp.people import FIRM_WORDS

# What ends or opens a field.
_FIELD_MARKS = frozenset(", . ; - – — • * |".split())
# The marks a name opening a record was seen to end on. ("Ivy Lau | HSBC | RM" is left
# unread: reading her, the rest would become a fact pasted whole, "HSBC | RM".)
_NAME_ENDS = _FIELD_MARKS - {";", "|", "•", "*"}
# A lone field after the opening name is a word or two ("Gallaudet", "Sorenson Labs").
_MAX_FIELD_WORDS = 2
# A firm beside a job may be said in full: "Ruiz Bookkeeping Svcs".
_MAX_FIRM_WORDS = 4
# After a name and a comma, what is said of a person: "Ade Bankole, is an auditor".
_SAID_OF_A_PERSON = frozenset("is was who has had 's ’s".split())
# Before a job that the next field names: "their driver, Yaw", "The club treasurer, Ade".
_WHOSE = frozenset("the a an their his her my our your its".split())
# What the model reads a firm's name as, besides a person: a place or a product. A town
# after a job is where they work ("GP, Harrow"): only one before their job is their firm.
_READ_AS = ("PERSON", "GPE", "PRODUCT")


def read_records(doc: Doc, english: frozenset[str]) -> None:
    """Relabels doc's entities as its records say. `english`: the dictionary's words, to
    tell a name the model missed ("Lau") or a firm's name ("Ruiz Bookkeeping Svcs") from
    ordinary words."""
    opening = opening_names(doc, english)
    if opening:
        doc.ents = sorted(list(doc.ents) + opening, key=lambda e: e.start)
    # Both read the entities as they stand: a field made a firm here is no firm said first.
    _relabel(doc, fields_after_names(doc) + firms_said_again(doc))
    firms_beside_jobs(doc, english)


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
        if after.text in _NAME_ENDS or acted:
            found.append(Span(doc, i, i + 2, label="PERSON"))
    return found


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
        if _between_two_jobs(doc, ent):
            continue  # "Ama Owusu - nurse - Yaw - teacher": the next record's person
        # "store mgr Paramus.": a job opens the field as a mark would
        opened = _cut_before(doc, ent.start) or (ent.start > 0 and _a_job(doc[ent.start - 1]))
        if opened and _cut_after(doc, ent.end) and _after_a_full_name(doc, ent):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    return found


def firms_beside_jobs(doc: Doc, english: frozenset[str]) -> None:
    """A field beside the job of the record's person, read as someone or somewhere, is
    their firm: "Hunter Jacobsen, agronomist, Pioneer", "Marcus Bell, Gallaudet, IT"."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in _READ_AS or len(ent) > _MAX_FIRM_WORDS or not _a_field(doc, ent):
            continue
        if any(t.lower_ in first_names() for t in ent):
            continue  # "Dana Kowalczyk, Tunde": someone else named
        if len(ent) > 1 and not any(_a_firms_word(t, english) for t in ent):
            continue  # "Gurpreet Kaur Sandhu, cfo": a full name, no firm's words
        # ents[:k] as relabelled so far: a firm just found is not the record's person
        if not _opened_by_their_name(ents[:k], ent):
            continue  # a list of people, no record of one
        if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in _SAID_OF_A_PERSON:
            continue  # "Her co-PI, Tomás Echeverría, is a nurse": a person, said of
        after_job = _after_their_job(doc, ent)
        before_job = _before_their_job(doc, ent)
        if after_job and before_job:
            continue  # "Ama Owusu - nurse - Yaw - teacher": the next record's person
        if not (before_job or (after_job and ent.label_ == "PERSON")):
            continue
        ents[k] = Span(doc, ent.start, ent.end, label="ORG")
        changed = True
    if changed:
        doc.ents = ents


def _relabel(doc: Doc, spans: list[Span]) -> None:
    """Puts spans in place of the entities on the same tokens."""
    if not spans:
        return
    taken = {(s.start, s.end) for s in spans}
    kept = [e for e in doc.ents if (e.start, e.end) not in taken]
    unique = {(s.start, s.end): s for s in spans}
    doc.ents = sorted(kept + list(unique.values()), key=lambda e: e.start)


# Fields


def _cut_before(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].text in _FIELD_MARKS


def _cut_after(doc: Doc, end: int) -> bool:
    return end >= len(doc) or "\n" in doc[end].text or doc[end].text in _FIELD_MARKS


def _a_field(doc: Doc, span: Span) -> bool:
    """Cut off on both sides: ". Sorenson." or ", Gallaudet,"."""
    return _cut_before(doc, span.start) and _cut_after(doc, span.end)


def _line_start(doc: Doc, i: int) -> bool:
    """At the start of a line, marks aside: "- Callum Baird"."""
    return (
        i == 0
        or "\n" in doc[i - 1].text
        or (doc[i - 1].text in _FIELD_MARKS and _line_start(doc, i - 1))
    )


# The record's person


def _name_word(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return tok.is_alpha and tok.is_title and (lower in first_names() or lower not in english)


def _surname_word(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return tok.is_alpha and tok.is_title and (lower in last_names() or lower not in english)


def _after_a_full_name(doc: Doc, span: Span) -> bool:
    """The nearest person said before the span on its line has a full name, and nothing
    done or joined stands between them."""
    k = span.start - 1
    while k >= 0 and "\n" not in doc[k].text:
        ent = doc[k].ent_type_
        if ent == "PERSON" and doc[k].ent_iob_ != "B":
            k -= 1
            continue
        if ent == "PERSON":
            end = k + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end - k >= 2
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("and", "&", "with", "w/"):
            return False  # "met tom smith, sarah, and kofi": people said in a row
        k -= 1
    return False


def _opened_by_their_name(earlier: list[Span], ent: Span) -> bool:
    """The record opens on a full name, on the same line: "Marcus Bell, …"."""
    doc = ent.doc
    for other in reversed(earlier):
        between = doc[other.end : ent.start]
        if "\n" in between.text or any(t.text == ";" for t in between):
            return False  # "…; Gurpreet Kaur Sandhu, cfo": a record of its own
        if other.label_ == "PERSON" and len(other) >= 2 and other.start < ent.start:
            return True
    return False


# Their job


def _a_job(tok: Token) -> bool:
    return tok.ent_type_ == "ROLE" or tok.lower_ in JOB_WORDS


def _after_their_job(doc: Doc, ent: Span) -> bool:
    """ "agronomist, Pioneer", "ASL interpreter. Sorenson"."""
    k = ent.start - 2
    if k < 0 or not _a_job(doc[k]):
        return False
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # to where the job starts: "ASL interpreter"
    return k == 0 or doc[k - 1].lower_ not in _WHOSE  # "their driver, Yaw" names the driver


def _before_their_job(doc: Doc, ent: Span) -> bool:
    """ "Gallaudet, IT", "Ochoa Tax Svcs. Enrolled agent"."""
    k = ent.end + 1
    if k >= len(doc):
        return False
    return _a_job(doc[k]) or doc[k].lower_ in NO_BODY


def _between_two_jobs(doc: Doc, ent: Span) -> bool:
    """ "Ama Owusu - nurse - Yaw - teacher": a name between one job and the next is the next
    record's person, no firm."""
    return _after_their_job(doc, ent) and _before_their_job(doc, ent)


def _a_firms_word(tok: Token, english: frozenset[str]) -> bool:
    """ "Ruiz Bookkeeping Svcs": a word of a trade or a firm, no word of a name."""
    word = tok.lower_
    return word in FIRM_WORDS or (word in english and word not in last_names())
