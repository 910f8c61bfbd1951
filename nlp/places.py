"""A district, suburb or town the model read as an organisation, told by how the note says
it: where something is ("a flat in DIFC", "lunch in JLT", "a practice in Harbourside"),
where someone comes from ("from Kumasi originally"), a part of a market or a firm ("the
Ikoyi market", "the Yaba branch of GTBank"), or the town a firm is in, said right after it
("Okafor Farms, Ankeny", "Pryce Motors (Swansea)"). A place is nobody's employer and no
organisation the note names."""

from __future__ import annotations

from spacy.tokens import Span

from nlp.acronyms import NO_BODY
from nlp.lexicon import first_names
from nlp.people import BUSINESS_KINDS, FIRM_WORDS
from nlp.workplaces import a_society

# Said before "in" and a place: a gathering, a home, or a firm's premises.
_SITES = frozenset(
    "meeting mtg lunch dinner coffee breakfast brunch drinks event party place flat "
    "apartment condo house home villa office offices shop store restaurant cafe café bakery "
    "salon practice studio warehouse factory branch plot land property properties".split()
)
# Said before "in" of where someone is: "lives in Ikoyi", "based in Lekki".
_LIVES = frozenset("lives living live lived based settled grew born raised".split())
# Said of where someone comes from: "originally from Kilkenny", "from Kano originally".
_ORIGIN = "originally"
# A part of a place: "the Ikoyi market", "the Surulere area".
# ("the FCC side", "the client side" are a party, not a place.)
_PARTS = frozenset("market area suburb suburbs neighbourhood neighborhood district".split())
# "the Yaba branch of GTBank", "the Leeds office of Arup": the place a firm's part is in.
_PARTS_OF_A_FIRM = frozenset("branch office offices".split())
# Where a segment of a terse note ends: "Okafor Farms, Ankeny. 400 head".
_SEGMENT_ENDS = frozenset(". , ; ) - – — | •".split())


def a_place_said(span: Span) -> bool:
    if span[-1].lower_ in FIRM_WORDS:
        return False  # "a meeting in Warsaw Medical University": a body's premises
    return _where_it_is(span) or _where_they_come_from(span) or _a_part_named(span)


def _where_it_is(span: Span) -> bool:
    """ "a flat in DIFC", "lunch in JLT", "lives in Ikoyi"."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "in":
        return False
    before = doc[k - 1].lower_
    return before in _SITES or before in _LIVES


def _where_they_come_from(span: Span) -> bool:
    """ "originally from Kharkiv", "from Kumasi originally"."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ != "from":
        return False
    before = doc[span.start - 2].lower_ if span.start >= 2 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return _ORIGIN in (before, after)


def _a_part_named(span: Span) -> bool:
    """ "the Ikoyi market", "the Yaba branch of GTBank", "Okafor Farms, Ankeny."."""
    doc, end = span.doc, span.end
    after = doc[end].lower_ if end < len(doc) else ""
    named = all(t.is_title or t.is_upper or not t.is_alpha for t in span)
    if after in _PARTS and named:  # ("the Irvine school district" is the district's)
        then = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        return not a_society(then)  # "Westside neighborhood assoc" is a body
    if after in _PARTS_OF_A_FIRM and end + 2 < len(doc) and doc[end + 1].lower_ == "of":
        return doc[end + 2].ent_type_ not in ("GPE", "LOC")  # "Bancolombia office of Miami"
    return _a_firms_town(span)


def _a_firms_town(span: Span) -> bool:
    """ "Okafor Farms, Ankeny.", "Pryce Motors (Swansea)": one or two capitalised words, a
    segment of their own, right after a firm's name."""
    doc, start, end = span.doc, span.start, span.end
    words = [t for t in span if t.is_alpha]
    if not words or len(span) > 2 or not all(t.is_title for t in words):
        return False  # "Acme Ltd, KPMG": capitals are a firm's
    if any(t.lower_ in first_names() for t in words):
        return False  # "Bright Homes, Tunde": someone named after the firm
    if words[-1].lower_ in FIRM_WORDS or words[-1].lower_ in BUSINESS_KINDS:
        return False  # "CFO, Wexler Foods": the firm itself
    if start < 2 or doc[start - 1].text not in (",", "("):
        return False
    firm = doc[start - 2]
    if firm.ent_type_ != "ORG" or firm.lower_ in NO_BODY:
        return False  # "CFO, Wexler Foods": a job the model read as a firm
    if firm.ent_iob_ == "B" or (start >= 3 and doc[start - 3].ent_type_ != "ORG"):
        return False  # "clients incl. Brex, Carta": a list of one-word firms
    # not a comma: "Tamsin Reed, Salesforce, runs their ERG" is a record of a person the
    # model read as a firm, then her firm, then her work
    return end >= len(doc) or doc[end].text in _SEGMENT_ENDS - {","} or "\n" in doc[end].text
