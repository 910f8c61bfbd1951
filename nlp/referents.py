"""What "it" or "them" in a need stands for: "her radiators are shot and she asked me to price
replacing them" is about her radiators. One rule for every need that says a pronoun of a thing,
so the card, /find and the coach's lines name the thing instead of "them"."""

from __future__ import annotations

from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OWNERS = frozenset({"det", "poss", "compound", "amod"})


def thing_before(span: Span, *, plural: bool) -> str | None:
    """The thing a pronoun in `span` stands for, said whole ("her radiators", "the fence"), or
    None. First the nearest subject of its own clause earlier in the sentence, of the pronoun's
    number ("the fence at the back of his garden blew down"); else, for "them", the last plural
    thing named earlier in the note ("her sash windows are rotten, she wants someone to…")."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.pos_ == "NOUN" and tok.dep_ in _SUBJECTS and (tok.tag_ == "NNS") == plural:
            return _noun_phrase(tok)
    if not plural:
        return None
    things = [t for t in doc[: span.start] if t.tag_ == "NNS" and t.ent_type_ != "PERSON"]
    return _noun_phrase(things[-1]) if things else None


def _noun_phrase(noun: Token) -> str:
    """ "her radiators", "the fence", "the loft hatch": the noun with its compounds and its
    determiner, nothing after it."""
    left = [c for c in noun.lefts if c.dep_ in _OWNERS]
    start = min([noun.i, *(c.i for c in left)])
    phrase = noun.doc[start : noun.i + 1].text.lower()
    if not left or left[0].dep_ not in ("det", "poss"):
        phrase = f"the {phrase}"
    return phrase
