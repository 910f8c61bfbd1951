"""A pipeline component that splits "Meenakshi Pillai of Marigold Events" and "Odile Marchand -
Marchand Alarm", read whole as one organisation, into the person and their organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.lexicon import first_names
from nlp.people import FIRM_WORDS, RELATIVES

# Words that start an institution's name ("Rotary Club of Evanston", "First Bank of Oak Park").
_INSTITUTION = FIRM_WORDS | frozenset(
    "club department dept office city county state board society association council first "
    "national united american royal friends sisters brothers daughters sons knights".split()
)


@Language.component("rapport_firm_people")
def split_firm_people(doc: Doc) -> Doc:
    ents: list[Span] = []
    for k, ent in enumerate(doc.ents):
        if _a_place_in_brackets(ent, doc.ents[k - 1] if k else None):
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Comau (Turin)"
            continue
        if ent.label_ == "PERSON" and _opens_like_a_firm(ent):
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))  # "Iglesia Bautista …"
            continue
        if _two_named(ent):  # "twins Sara & Sam": two children, no firm
            ents.append(Span(doc, ent.start, ent.start + 1, label="PERSON"))
            ents.append(Span(doc, ent.end - 1, ent.end, label="PERSON"))
            continue
        dash = _spaced_dash(ent)
        if dash is not None:  # "Kemppi - Jussi Virtanen", "Dana Cole - Blue Ocean Labs"
            firm_first = _firm_then_person(ent, dash)
            ents.append(Span(doc, ent.start, dash, label="ORG" if firm_first else "PERSON"))
            ents.append(Span(doc, dash + 1, ent.end, label="PERSON" if firm_first else "ORG"))
            continue
        of = _person_before_of(ent)
        if of is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, of, label="PERSON"))
        ents.append(Span(doc, of + 1, ent.end, label="ORG"))
    doc.set_ents(_titled_then_named(doc, ents))
    return doc


# "Mrs. Adebayo", "Dr. Haddad": a title before a surname, the full name said later.
_FORMAL = frozenset("mr mrs ms miss dr prof mx".split())
_SETS_OFF = frozenset("- – — (".split())


def _titled_then_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "met Mrs. Adebayo, coach from whitney young - Funmilayo Adebayo": the name after a
    dash ending in the surname said with a title is that person's full name, not a firm;
    what they are "from" before the dash is then the firm, not a second person."""
    titled = {
        e[-1].lower_
        for e in ents
        if e.label_ == "PERSON"
        and e.start > 0
        and doc[e.start - 1].lower_.rstrip(".") in _FORMAL
        and len(e) == 1
    }
    if not titled:
        return ents
    out = list(ents)
    for k, ent in enumerate(out):
        if (
            ent.label_ != "ORG"
            or len(ent) < 2
            or ent[-1].lower_ not in titled
            or ent.start == 0
            or doc[ent.start - 1].text not in _SETS_OFF
        ):
            continue
        out[k] = Span(doc, ent.start, ent.end, label="PERSON")
        before = out[k - 1] if k else None
        if (
            before is not None
            and before.label_ == "PERSON"
            and before.end == ent.start - 1
            and before.start > 0
            and doc[before.start - 1].lower_ in ("from", "at", "with")
        ):
            out[k - 1] = Span(doc, before.start, before.end, label="ORG")
    return out


def _a_place_in_brackets(ent: Span, before: Span | None) -> bool:
    """ "Gabriele Rossi from Comau (Turin)": one word in brackets right after a firm is
    where it is."""
    doc = ent.doc
    return (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and before is not None
        and before.label_ == "ORG"
        and ent.start == before.end + 1
        and doc[before.end].text == "("
        and ent.end < len(doc)
        and doc[ent.end].text == ")"
    )


# First words of an organisation's name, never of a person's: "Iglesia Bautista Emanuel",
# "Casa Esperanza", "Our Lady of Guadalupe".
_FIRM_OPENERS = frozenset("iglesia casa templo masjid hotel club camp banco grupo".split())


def _opens_like_a_firm(ent: Span) -> bool:
    first = ent[0].lower_
    return len(ent) > 1 and (first in _FIRM_OPENERS or (first == "our" and ent[1].lower_ == "lady"))


def _two_named(ent: Span) -> bool:
    """Two first names joined by "&" or "and", read as a firm, right after a relative word."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and len(ent) == 3
        and ent[1].lower_ in ("&", "and", "+")
        and ent[0].lower_ in first_names()
        and ent[2].lower_ in first_names()
        and ent.start > 0
        and doc[ent.start - 1].lower_ in RELATIVES
    )


def _spaced_dash(ent: Span) -> int | None:
    """Where a dash with a space before it splits an entity read as a person."""
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    return next((t.i for t in ent[1:-1] if t.text in _DASHES and doc[t.i - 1].whitespace_), None)


def _firm_then_person(ent: Span, dash: int) -> bool:
    """ "Kemppi - Jussi Virtanen", "Haddad Fuel - Sami Haddad": one word, or a firm's last
    word, then a full name; else the name comes first ("Kevin Oduya - Figma")."""
    doc = ent.doc
    left, right = doc[ent.start : dash], doc[dash + 1 : ent.end]
    if len(right) < 2 or right[-1].lower_ in FIRM_WORDS:
        return False
    named = all(t.is_alpha for t in right) and (
        right[0].lower_ in first_names() or all(t.is_title for t in right)
    )
    return named and (len(left) == 1 or left[-1].lower_ in FIRM_WORDS)


# A dash with a space before it separates: "Kevin Oduya - Figma". (A hyphen joins.)
_DASHES = frozenset("- – —".split())


def _person_before_of(ent: Span) -> int | None:
    """Where "of", or a spaced dash, follows a first name and a surname at the start of an
    organisation."""
    if ent.label_ != "ORG" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return None  # "at the Ancient Order of Hibernians hall": one name
    if _opens_like_a_firm(ent):
        return None  # "Our Lady of Lourdes"
    for tok in ent[2:4]:
        dash = tok.text in _DASHES and tok.doc[tok.i - 1].whitespace_
        if (tok.lower_ == "of" or dash) and tok.i + 1 < ent.end:
            before = ent.doc[ent.start : tok.i]
            if not all(t.is_alpha and t.lower_ not in _INSTITUTION for t in before):
                return None
            if before[0].lower_ in first_names() or all(t.is_title for t in before):
                return tok.i
    return None
