"""A pipeline component that splits "Meenakshi Pillai of Marigold Events" and "Odile Marchand -
Marchand Alarm", read whole as one organisation, into the person and their organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.lexicon import first_names
from nlp.people import FIRM_WORDS

# Words that start an institution's name ("Rotary Club of Evanston", "First Bank of Oak Park").
_INSTITUTION = FIRM_WORDS | frozenset(
    "club department dept office city county state board society association council first "
    "national united american royal friends sisters brothers daughters sons knights".split()
)


@Language.component("rapport_firm_people")
def split_firm_people(doc: Doc) -> Doc:
    ents: list[Span] = []
    for ent in doc.ents:
        of = _person_before_of(ent)
        if of is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, of, label="PERSON"))
        ents.append(Span(doc, of + 1, ent.end, label="ORG"))
    doc.set_ents(ents)
    return doc


# A dash with a space before it separates: "Kevin Oduya - Figma". (A hyphen joins.)
_DASHES = frozenset("- – —".split())


def _person_before_of(ent: Span) -> int | None:
    """Where "of", or a spaced dash, follows a first name and a surname at the start of an
    organisation."""
    if ent.label_ != "ORG" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return None  # "at the Ancient Order of Hibernians hall": one name
    for tok in ent[2:4]:
        dash = tok.text in _DASHES and tok.doc[tok.i - 1].whitespace_
        if (tok.lower_ == "of" or dash) and tok.i + 1 < ent.end:
            before = ent.doc[ent.start : tok.i]
            if not all(t.is_alpha and t.lower_ not in _INSTITUTION for t in before):
                return None
            if before[0].lower_ in first_names() or all(t.is_title for t in before):
                return tok.i
    return None
