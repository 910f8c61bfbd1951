"""The person a note is about, named where notes name them: alone on the first line or a
bullet heading ("Seonaid Macaulay" then the bullets about her), or in the fragment that opens
the note ("Tea at Urbanista with Hiba Sfeir", "a note about young Finlay Urquhart").

The model often reads such a name, with nothing around it to go by, as a firm or not at all;
then the lines under it go to the first relative named later. A name-shaped span in one of
these places is the person."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import (
    CLUB_WORDS,
    DEMONYMS,
    FIRM_TAILS,
    INSTITUTION_WORDS,
    MONTHS,
    OWNER_TRADES,
    TITLE_WORDS,
    WEEKDAYS,
    first_names,
    last_names,
)

# Words that introduce the person a fragment is about: "coffee with", "young", "note about".
_INTRO = frozenset("with young about met meet meeting".split())
# "with" brings in who was met after a meal or a meeting ("coffee at Kalei with"); after a
# job ("an adviser with Edward Jones") it names the firm.
_MEETINGS = frozenset(
    "coffee coffees lunch dinner drinks drink tea breakfast brunch call chat catch-up catchup "
    "meeting meet met zoom beers pint walk".split()
)

_BULLETS = frozenset("- – — * • ·".split())

# After a heading name: the line ends, or a dash or colon starts what is said of them.
_HEADING_ENDS = frozenset("- – — : ,".split())

# Words of a firm's or a place's name, never of a person's.
_NOT_NAME_WORDS = (
    CLUB_WORDS
    | INSTITUTION_WORDS
    | FIRM_TAILS
    | OWNER_TRADES
    | TITLE_WORDS
    | DEMONYMS
    | MONTHS
    | frozenset(WEEKDAYS)
)


def heading_people(doc: Doc, english: frozenset[str]) -> None:
    """Relabel as a person a name the model read as a firm, or missed, where a note names
    the person it is about."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ == "ORG" and _name_shaped(ent, english) and _introduced(ent):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    missed = _unlabelled_first_line(doc, english)
    if missed is not None:
        ents.append(missed)
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _name_shaped(span: Span, english: frozenset[str]) -> bool:
    """Two or three capitalised words ("Seonaid Macaulay", "Ailsa Drummond-Stewart") none of
    which names a firm, a place's kind or a job, and the first a given name or no word a
    dictionary knows."""
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 3:
        return False
    if not all(t.is_alpha and t.is_title for t in words):
        return False
    lowered = [t.lower_ for t in words]
    if any(w in _NOT_NAME_WORDS for w in lowered):
        return False
    first = lowered[0]
    if first in english and first not in first_names():
        return False
    return all(w not in english or w in first_names() or w in last_names() for w in lowered[1:])


def _introduced(span: Span) -> bool:
    """Alone on its line or opening a bullet ("Seonaid Macaulay\\n", "- Hiba Sfeir - ..."), or
    right after a word that brings in who the note is about ("with", "young")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in _INTRO:
        return before.lower_ != "with" or _a_meeting_with(before)
    opens = before is None or "\n" in before.text or before.text in _BULLETS
    if before is not None and before.text in _BULLETS and before.i > 0:
        opens = "\n" in doc[before.i - 1].text or "\n" in doc[before.i - 1].whitespace_
    if before is not None and "\n" in before.whitespace_:
        opens = True
    ends = after is None or "\n" in after.text or after.text in _HEADING_ENDS
    if span[-1].whitespace_ and "\n" in span[-1].whitespace_:
        ends = True
    return opens and ends


def _a_meeting_with(with_: Token) -> bool:
    """ "Coffee with", "lunch at Tawlet with": a meeting's word, then perhaps where, before it."""
    doc = with_.doc
    k = with_.i - 1
    while k >= 0 and doc[k].ent_type_ in ("ORG", "GPE", "FAC", "LOC"):
        k -= 1  # "at Kalei"
    if k >= 0 and doc[k].lower_ in ("at", "in") and k < with_.i - 1:
        k -= 1
    return k >= 0 and doc[k].lower_ in _MEETINGS


def _unlabelled_first_line(doc: Doc, english: frozenset[str]) -> Span | None:
    """The note's first line is a name alone ("Iain Macrae") the model gave no label."""
    breaks = [t.i for t in doc if "\n" in t.text]
    if not breaks:
        return None  # one line only: no heading above anything
    end = breaks[0]
    if end == 0 or any(t.ent_type_ for t in doc[:end]):
        return None
    line = doc[0:end]
    return Span(doc, 0, end, label="PERSON") if _name_shaped(line, english) else None
