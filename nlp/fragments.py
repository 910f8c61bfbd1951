"""Words the details model took for a pastime or a job that are neither: where the user
met someone ("met him at the golf club yesterday"), how someone feels ("he's still cut
up about it"), and what they have ("they've got old radiators", no news)."""

from __future__ import annotations

import re

from spacy.tokens import Span

_MET = frozenset("met meet meeting bumped ran".split())
_AT = frozenset("at @ in".split())
_DET = frozenset("the a an".split())
# How someone feels, said as they are: no job, pastime or need of theirs.
_FEELING = re.compile(
    r"^(?:still\s+|really\s+|quite\s+|pretty\s+|a\s+bit\s+|awful\s+)*(?:cut\s+up|gutted|upset|"
    r"devastated|heartbroken|made\s+up|chuffed|raging|scunnered|fed\s+up|stressed\s+out|"
    r"cheesed\s+off|in\s+bits|in\s+pieces|torn\s+up)\b",
    re.IGNORECASE,
)


def where_they_met(span: Span) -> bool:
    """ "met him at the golf club yesterday": the place after "met … at" is where the user
    met them, no pastime of theirs."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ in _DET:
        k -= 1
    if k < 1 or doc[k].lower_ not in _AT:
        return False
    return any(t.lower_ in _MET for t in doc[max(0, k - 3) : k])


def a_feeling(text: str) -> bool:
    """ "cut up about", "gutted": how they feel, no detail to keep."""
    return bool(_FEELING.match(text))


_HAVE = frozenset("'ve ’ve have has 's ’s".split())
# What an old thing of theirs is like: "they've got old radiators all through the building".
_WORN = frozenset("old ancient dodgy original tired broken leaky leaking knackered faulty".split())


def a_thing_they_have(span: Span) -> bool:
    """ "they've got old radiators all through the building": the state of what they have,
    no news ("he's got a new job" is)."""
    doc = span.doc
    return (
        span[0].lower_ == "got"
        and span.start > 0
        and doc[span.start - 1].lower_ in _HAVE
        and len(span) > 1
        and span[1].lower_ in _WORN
    )
