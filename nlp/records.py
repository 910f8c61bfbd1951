"""A terse record of someone met, typed as segments: "Dana Kowalczyk. ASL interpreter.
Sorenson.", "Marcus Bell, Gallaudet, IT", "Hunter Jacobsen, agronomist, Pioneer". The
segment beside their job (or their department) that the model read as a second person is
where they work: a firm, nobody met."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.acronyms import NO_BODY
from nlp.lexicon import JOB_WORDS, first_names, last_names
from nlp.people import FIRM_WORDS

# What a record's segments are cut by.
_CUTS = frozenset(". , ; - – — | •".split())
_MAX_WORDS = 4
# After a name and a comma, what is said of a person: "Ade Bankole, is an auditor".
_SAID_OF_A_PERSON = frozenset("is was who has had 's ’s".split())
# Before a job that the next segment names: "their driver, Yaw", "The club treasurer, Ade".
_WHOSE = frozenset("the a an their his her my our your its".split())


# What the model reads a firm's name as, besides a person: a place or a product. A town
# after a job is where they work ("GP, Harrow"): only one before their job is their firm.
_READ_AS = ("PERSON", "GPE", "PRODUCT")


def firms_in_records(doc: Doc, english: frozenset[str]) -> None:
    """`english`: the dictionary's words, to tell a firm's name ("Ruiz Bookkeeping Svcs")
    from a person's ("Gurpreet Kaur Sandhu")."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in _READ_AS or len(ent) > _MAX_WORDS or not _a_segment(doc, ent):
            continue
        if any(t.lower_ in first_names() for t in ent):
            continue  # "Dana Kowalczyk, Tunde": someone else named
        if len(ent) > 1 and not any(_a_firms_word(t, english) for t in ent):
            continue  # "Gurpreet Kaur Sandhu, cfo": a full name, no firm's words
        if not _their_name_before(ents[:k], ent):
            continue  # a list of people, no record of one
        if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in _SAID_OF_A_PERSON:
            continue  # "Her co-PI, Tomás Echeverría, is a nurse": a person, said of
        after_job = _after_their_job(doc, ent)
        before_job = _before_their_job(doc, ent)
        if between_two_jobs(doc, ent):
            continue  # "Ama Owusu - nurse - Yaw - teacher": the next record's person
        if not (before_job or (after_job and ent.label_ == "PERSON")):
            continue
        ents[k] = Span(doc, ent.start, ent.end, label="ORG")
        changed = True
    if changed:
        doc.ents = ents


def between_two_jobs(doc: Doc, ent: Span) -> bool:
    """ "Ama Owusu - nurse - Yaw - teacher": a name between one job and the next is the next
    record's person, no firm."""
    return _after_their_job(doc, ent) and _before_their_job(doc, ent)


def _a_segment(doc: Doc, ent: Span) -> bool:
    """Cut off on both sides: ". Sorenson." or ", Gallaudet,"."""
    before = doc[ent.start - 1].text if ent.start else ""
    after = doc[ent.end].text if ent.end < len(doc) else "."
    return before in _CUTS and (after in _CUTS or "\n" in after)


def _their_name_before(earlier: list[Span], ent: Span) -> bool:
    """The record opens on a full name, on the same line: "Marcus Bell, …"."""
    doc = ent.doc
    for other in reversed(earlier):
        between = doc[other.end : ent.start]
        if "\n" in between.text or any(t.text == ";" for t in between):
            return False  # "…; Gurpreet Kaur Sandhu, cfo": a record of its own
        if other.label_ == "PERSON" and len(other) >= 2 and other.start < ent.start:
            return True
    return False


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


def _a_firms_word(tok: Token, english: frozenset[str]) -> bool:
    """ "Ruiz Bookkeeping Svcs": a word of a trade or a firm, no word of a name."""
    word = tok.lower_
    return word in FIRM_WORDS or (word in english and word not in last_names())


def _a_job(tok: Token) -> bool:
    return tok.ent_type_ == "ROLE" or tok.lower_ in JOB_WORDS
