"""A job the user is asked to price: "her radiators are shot and she asked me to price replacing
them". The need read was "price replacing them", which names nothing on a card, and reads as a
need anyone could meet. The thing was named earlier in the sentence, as what is broken, and the
price is asked of the user: "a price from me for replacing her radiators" (trial 26), which the
coach says as the user's to send."""

from __future__ import annotations

from spacy.tokens import Span

from nlp.referents import thing_before

_PRICES = frozenset({"quote", "price", "estimate", "quotation"})
_STANDS_IN = frozenset({"it", "them", "one", "ones"})


def job_asked(span: Span) -> str | None:
    """ "a quote from me for a new boiler" for the need "quote for a new one" after "her boiler
    keeps cutting out… she asked me to"; None when the need is no price, or is said whole and
    asked of nobody in particular."""
    if span[0].lower_ not in _PRICES or len(span) < 2:
        return None
    doc = span.doc
    words = list(span)
    if span.end < len(doc) and doc[span.end].lower_ in ("it", "them"):
        words.append(doc[span.end])  # "price fixing" + "it": the span stopped short
    pronoun = next((t for t in reversed(words) if t.lower_ in _STANDS_IN), None)
    thing = None
    if pronoun is not None:
        thing = thing_before(span, plural=pronoun.lower_ in ("them", "ones"))
    of_user = _asked_of_user(span)
    if thing is None and not of_user:
        return None
    said = [f"a {span[0].lower_}"]
    if of_user:
        said.append("from me")
    if words[1].lower_ != "for":
        said.append("for")
    for tok in words[1:]:
        if tok is pronoun and thing is not None:
            said.append(thing if tok.lower_ in ("it", "them") else _bare(thing))
        else:
            said.append(tok.text)
    return " ".join(said)


def _asked_of_user(span: Span) -> bool:
    """ "asked me to", "wants us to" just before the price: the user is the one to give it."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    return (
        len(before) == 3
        and before[1] in ("me", "us")
        and before[2] == "to"
        and span.doc[span.start - 3].lemma_ in ("ask", "want", "need", "get")
    )


def _bare(phrase: str) -> str:
    """ "boiler" of "her boiler": what "a new one" stands in for."""
    first, _, rest = phrase.partition(" ")
    return rest if first in ("the", "her", "his", "their", "a", "an", "my", "our") else phrase
