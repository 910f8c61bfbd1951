"""Firm names that end in "and co", "& sons", "and partners": "runs mcgrath and co",
"from patel & sons builders". The model reads only the surname ("McGrath") as the firm and
leaves "co" to be filed as work (trial 31); the whole name is the firm. And words for the
police said as a trade ("retired polis") are a job, not an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_ANDS = frozenset("and & n".split())
_PARTNERS = frozenset("co co. company sons son daughters daughter partners associates".split())
# A trade said after "and co" is the firm's: "mcgrath and co accountants".
_TRADES = frozenset(
    "accountants solicitors lawyers builders joiners plumbers electricians architects "
    "surveyors opticians dentists estate agents roofers painters decorators bakers butchers "
    "funeral directors engineers consultants".split()
)
# The police as people say it in a trade: "retired polis", "ex-polis".
_POLICE = frozenset("polis".split())


def firm_suffixes(doc: Doc) -> None:
    """Each firm the model cut before "and co" (or read as no firm) takes the words in."""
    ents = [e for e in doc.ents if not (e.label_ == "ORG" and e.text.casefold() in _POLICE)]
    for k, ent in enumerate(ents):
        if ent.label_ not in ("ORG", "PERSON") or ent.end + 1 >= len(doc):
            continue
        if doc[ent.end].lower_ not in _ANDS or doc[ent.end + 1].lower_ not in _PARTNERS:
            continue
        if ent.label_ == "PERSON" and not _said_as_firm(doc, ent):
            continue  # "met sarah and co": a person and her friends
        end = ent.end + 2
        while end < len(doc) and doc[end].lower_ in _TRADES and end - ent.end < 5:
            end += 1
        if any(e.start < end and e.end > ent.end for e in ents if e is not ent):
            continue
        ents[k] = Span(doc, ent.start, end, label="ORG")
    ents = _unread(doc, ents)
    if [(e.start, e.end, e.label_) for e in ents] != [(e.start, e.end, e.label_) for e in doc.ents]:
        doc.ents = ents


_FIRM_LEADS = frozenset("runs run owns own from at with for joined".split())


def _said_as_firm(doc: Doc, ent: Span) -> bool:
    """ "runs mcgrath and co", "from patel and sons": a name said where a firm goes."""
    return ent.start > 0 and doc[ent.start - 1].lower_ in _FIRM_LEADS


def _unread(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "runs doyle and sons": a firm the model did not read at all, one word said where a
    firm goes and "and sons" after it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    for tok in doc[2:-1]:
        at = tok.i - 1
        if tok.lower_ not in _ANDS or doc[tok.i + 1].lower_ not in _PARTNERS:
            continue
        if at in taken or tok.i + 1 in taken or not doc[at].is_alpha or doc[at].is_stop:
            continue
        if doc[at - 1].lower_ not in _FIRM_LEADS:
            continue
        end = tok.i + 2
        while end < len(doc) and doc[end].lower_ in _TRADES and end - tok.i < 5:
            end += 1
        if any(i in taken for i in range(at, end)):
            continue
        ents.append(Span(doc, at, end, label="ORG"))
        taken.update(range(at, end))
    return sorted(ents, key=lambda e: e.start)
