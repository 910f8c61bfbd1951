"""Whoever works for a contact, said with "her" or "his": "her accountant just retired",
"his web guy quit", "her boiler guy retired so she needs someone reliable". What is said of
them is not the contact's news nor job, and the need it leaves is said whole ("a new boiler
guy"): a plumber's note filed "retired" as the letting agent's own news."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import first_names
from nlp.people import RELATIVES

_WHOSE = frozenset("her his their our".split())
_GONE = frozenset(
    "retired retiring retire quit quitting left leaving moved moving died passed closed "
    "stopped stopping".split()
)
# A need that only says "someone": whom they lost says what it is.
VAGUE_NEEDS = frozenset(
    ["someone", "somebody", "someone reliable", "someone good", "someone new", "a new one",
     "a replacement", "a good one", "someone decent", "someone local", "a new person"]
)  # fmt: skip


def provider_before(doc: Doc, start: int) -> Span | None:
    """ "her boiler guy" when "retired" at `start` (after an adverb or two) is said of them."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1  # "her accountant just retired"
    end = k + 1
    while k >= 0 and end - k <= 3 and _a_noun(doc[k]) and doc[k].is_lower:
        k -= 1
    if k < 0 or k + 1 == end or doc[k].lower_ not in _WHOSE:
        return None
    if any(t.lower_ in RELATIVES for t in doc[k + 1 : end]):
        return None  # "her husband retired": family news, the family detail's
    return doc[k + 1 : end]


def _a_noun(tok: Token) -> bool:
    """ "her cleaner moved…": the tagger may call "cleaner" an adjective, not its subject."""
    if tok.pos_ in ("PRON", "PROPN") or tok.lower_ in first_names():
        return False  # "her name is consuelo she used to…", "his girl nia does hair"
    return tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass", "compound")


def said_of_their_provider(span: Span) -> bool:
    """A detail that starts where something is said of someone who works for them."""
    doc = span.doc
    if span[0].pos_ in ("VERB", "AUX") or span[0].lower_ in _GONE:
        return provider_before(doc, span.start) is not None
    after = span.end
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    # "her accountant" read as her job, when "just retired" follows
    return (
        span.start >= 1
        and doc[span.start - 1].lower_ in _WHOSE
        and after < len(doc)
        and doc[after].lower_ in _GONE
        and provider_before(doc, after) is not None
    )


def whom_they_lost(span: Span) -> str | None:
    """ "a new boiler guy" for "someone reliable" after "her boiler guy retired"."""
    doc = span.doc
    sent = span.sent
    for tok in reversed(doc[sent.start : span.start]):
        if tok.lower_ in _GONE:
            provider = provider_before(doc, tok.i)
            if provider is not None:
                return f"a new {provider.text}"
    return None
