"""A firm named after the family that owns it: "lerato mokoena. mokoena catering", "Ruben
Castellano runs castellano concrete", "linh pham - pham's nails". The surname of someone the
note names, said again on its own with what the firm does after it, is the firm's name, not
a second mention of the person (nor a new person, as "tanaka ramen" read by the model)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.lexicon import OWNER_TRADES, first_names
from nlp.people import FIRM_WORDS

# What a family firm does, said right after the surname: "sullivan hvac", "tanaka ramen".
_TRADES = (
    FIRM_WORDS
    | OWNER_TRADES
    | frozenset(
        "catering caterers concrete hvac ramen sushi tacos appraisal appraisals nails "
        "tax accounting law legal transport haulage movers moving tailoring printing "
        "photography physio optical optometry chiropractic orthodontics dentistry veterinary "
        "vet paving masonry welding fabrication plumbing heating cooling".split()
    )
)
_MAX_TRADE = 3
_OWNED = ("'s", "’s")


def surname_firms(doc: Doc) -> None:
    """Each surname, said apart from its person's name, with a trade after it."""
    surnames = _surnames(doc)
    if not surnames:
        return
    ents = list(doc.ents)
    firms = []
    for tok in doc[:-1]:
        if tok.lower_ not in surnames or _inside_a_name(ents, tok.i):
            continue
        if tok.i and doc[tok.i - 1].is_alpha and doc[tok.i - 1].lower_ in first_names():
            continue  # "grace osei catering the wedding": the person, doing something
        end = _trade_end(doc, tok.i + 1)
        if end is None or any(e.label_ == "ORG" and e.start < end <= e.end for e in ents):
            continue  # "Cho's Auto Body": a firm the model read whole already ("pham" is not)
        firms.append(Span(doc, tok.i, end, label="ORG"))
    if not firms:
        return
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in firms)]
    doc.ents = sorted(kept + firms, key=lambda e: e.start)


def _surnames(doc: Doc) -> set[str]:
    """The last word of each name of two words or more the note says ("lerato mokoena")."""
    return {
        ent[-1].lower_
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) >= 2
        and ent[-1].is_alpha
        and len(ent[-1]) >= 3
        and ent[-1].lower_ not in _TRADES
    }


def _inside_a_name(ents: list[Span], i: int) -> bool:
    """Said as part of a person's name ("mike sullivan"); a name the model ran onto the
    trade ("tanaka ramen") opens at the surname and is no name."""
    return any(e.label_ == "PERSON" and e.start < i < e.end for e in ents) or any(
        e.label_ == "PERSON" and e.start == i and e[-1].lower_ not in _TRADES for e in ents
    )


def _trade_end(doc: Doc, k: int) -> int | None:
    """After the surname (and its "'s"): one to three words of what the firm does, the last
    of them ending the phrase ("sullivan hvac now", "castellano concrete, his wife")."""
    if k < len(doc) and doc[k].lower_ in _OWNED and not doc[k - 1].whitespace_:
        k += 1
    end = k
    while end < len(doc) and end - k < _MAX_TRADE and doc[end].lower_ in _TRADES:
        end += 1
    if end == k:
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("DET", "PRON") and nxt.lower_ not in ("this", "that"):
        return None  # "osei catering the wedding": what they are doing, to something
    return end
