"""Details the detail tagger misses in a caterer's notes, where exact words say them:
a relative's celebration ("her daughter Sofia has her quinceañera in may"), a standing
order ("she orders lunch for 40 staff every other friday"), a student's year and subject
("freshman at georgia tech studying mech engineering") and a yearly do at their work
("they do a big black history month luncheon every feb"). Each is a span with the kind of
detail it is, read like the tagger's."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import MONTHS, WEEKDAYS
from nlp.people import RELATIVES

# Celebrations of someone's life: "her quinceañera", "his bar mitzvah", "their 25th
# anniversary".
_CELEBRATIONS = frozenset(
    "quinceañera quinceanera quince quinces mitzvah christening baptism dedication "
    "communion confirmation graduation wedding birthday anniversary shower naming recital "
    "engagement".split()
)
_HAS = frozenset("has have having celebrates celebrating 's ’s is".split())
_WHOSE = frozenset("his her their".split())
_STOPS = frozenset(". ! ? ; , and but so".split())
# Gatherings a workplace holds: "a big black history month luncheon every feb".
_DOS = frozenset(
    "luncheon lunch gala party dinner banquet picnic retreat conference fundraiser "
    "breakfast brunch cookout offsite bbq potluck mixer".split()
)
_HOLD = frozenset("do does host hosts throw throws hold holds have has run runs".split())
_EVERY = frozenset("every each".split())
# What is ordered for a crowd: "orders lunch for 40 staff".
_ORDER = frozenset("orders order ordering buys books caters".split())
_CROWD = frozenset("staff people guests employees ppl folks heads kids students".split())
_YEARS = frozenset("freshman sophomore junior senior fresher".split())


def occasion_details(doc: Doc) -> list[Span]:
    """The spans, each labelled with its kind of detail."""
    found: list[Span] = []
    for tok in doc:
        span = _celebration(tok) or _standing_order(tok) or _student_year(tok) or _yearly_do(tok)
        if span is not None and not any(s.start < span.end and span.start < s.end for s in found):
            found.append(span)
    return found


def _celebration(tok: Token) -> Span | None:
    """ "her daughter Sofia has her quinceañera in may": from the relative word to the date."""
    if tok.lower_ not in RELATIVES or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _WHOSE:
        return None
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 3 and doc[k].is_title:
        k += 1  # the relative's name
    if k >= len(doc) or doc[k].lower_ not in _HAS:
        return None
    if k == tok.i + 1 and doc[k].lower_ in ("'s", "’s"):
        return None  # "a caterer for her daughter's quinceañera": hers, said in a need
    for end in range(k + 1, min(k + 6, len(doc))):
        if doc[end].text in _STOPS:
            return None
        if doc[end].lower_ in _CELEBRATIONS:
            return Span(doc, tok.i, _with_when(doc, end + 1), label="family")
    return None


def _standing_order(tok: Token) -> Span | None:
    """ "orders lunch for 40 staff every other friday": the order, for how many, how often."""
    if tok.lower_ not in _ORDER or tok.i == 0 or tok.doc[tok.i - 1].pos_ not in ("PRON", "PROPN"):
        return None
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.i + 7, len(doc) - 2)):
        if doc[k].text in _STOPS:
            return None
        if doc[k].lower_ == "for" and doc[k + 1].like_num and doc[k + 2].lower_ in _CROWD:
            return Span(doc, tok.i, _with_when(doc, k + 3), label="work")
    return None


def _student_year(tok: Token) -> Span | None:
    """ "freshman at georgia tech studying mech engineering": the year, the school and the
    subject, to the end of the clause."""
    doc = tok.doc
    if (
        tok.lower_ not in _YEARS
        or tok.i + 2 >= len(doc)
        or doc[tok.i + 1].lower_ not in ("at", "in")
    ):
        return None
    end = tok.i + 2
    while end < len(doc) and doc[end].text not in _STOPS and end - tok.i < 12:
        end += 1
    if not any(t.lower_ in ("studying", "majoring", "doing", "reading") for t in doc[tok.i : end]):
        return None
    return Span(doc, tok.i, end, label="work")


def _yearly_do(tok: Token) -> Span | None:
    """ "they do a big black history month luncheon every feb": what they hold, and when."""
    doc = tok.doc
    if tok.lower_ not in _HOLD or tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ not in ("a", "an"):
        return None
    for k in range(tok.i + 2, min(tok.i + 9, len(doc) - 1)):
        if doc[k].text in _STOPS:
            return None
        if doc[k].lower_ in _DOS and doc[k + 1].lower_ in _EVERY:
            return Span(doc, tok.i + 1, _with_when(doc, k + 1), label="work")
    return None


def _with_when(doc: Doc, end: int) -> int:
    """Past a date said right after ("in may", "every other friday", "every feb")."""
    if end >= len(doc) or doc[end].lower_ not in _WHEN_LEADS:
        return end
    k = end + 1
    while k < len(doc) and k - end <= 3 and _a_when_word(doc[k]):
        k += 1
    return k if k > end + 1 else end


_WHEN_LEADS = frozenset("in on this next every each".split())
_WHEN_WORDS = frozenset("other second week month year weekend quarter spring summer fall".split())


def _a_when_word(tok: Token) -> bool:
    lower = tok.lower_
    return (
        tok.ent_type_ in ("DATE", "TIME")
        or lower in MONTHS
        or lower in WEEKDAYS
        or lower in _WHEN_WORDS
    )
