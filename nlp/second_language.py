"""Details said in English as a second language: verbs without their endings and nouns
without their articles ("He like to fish", "He promise to send sample of new yogurt",
"need: partner in Germany for inverters", "he will arrange visit to the factory").

The detail model learnt the shapes of native notes ("likes to fish", "promised to send a
sample", "needs a partner") and reads little of these; the words that carry the meaning are
still there, so they are read here: a pastime, an offer, a need."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# "he like to fish", "she love to cook": what they like doing is an interest.
_LIKE = frozenset("like likes love loves enjoy enjoys".split())
# "he promise to send", "promised to introduce": what they said they will do for the user.
_PROMISE = frozenset("promise promises promised".split())
# "he will arrange visit", "she will send samples": a promise said with "will".
_WILL_GIVE = frozenset(
    "send arrange organise organize introduce share bring show give provide connect".split()
)
# "need: partner in Germany", "looking for: distributor": a bullet's label, then the need.
_NEED_LABELS = frozenset("need needs want wants".split())
# Who says they will do something for the user: them, not the user.
_THEM = frozenset("he she they".split())
_ENDS = frozenset(". ; ! ? • · , ( )".split())


def second_language_details(doc: Doc, details: list[Span]) -> list[Span]:
    """The interests, offers and needs of second-language English the detail model missed."""
    taken = {i for d in details for i in range(d.start, d.end)}
    found: list[Span] = []
    for tok in doc:
        span = _said_at(doc, tok)
        # "fish and drink pu'er tea" stays one list, as the reader keeps lists whole
        if span is not None and not taken & set(range(span.start, span.end)):
            found.append(span)
            taken.update(range(span.start, span.end))
    return found


def _said_at(doc: Doc, tok: Token) -> Span | None:
    nxt = tok.i + 1
    if nxt + 1 >= len(doc):
        return None
    if tok.lower_ in _LIKE and doc[nxt].lower_ == "to" and _by_them(doc, tok.i):
        return _clause(doc, nxt + 1, "interest")  # "he like to fish"
    if tok.lower_ in _PROMISE and doc[nxt].lower_ == "to" and _by_them(doc, tok.i):
        return _clause(doc, nxt + 1, "offer")  # "he promise to send sample"
    if tok.lower_ == "will" and doc[nxt].lower_ in _WILL_GIVE and _by_them(doc, tok.i):
        return _clause(doc, nxt, "offer")  # "he will arrange visit to the factory"
    if tok.lower_ in _NEED_LABELS and doc[nxt].text == ":" and _opens_line(doc, tok.i):
        return _clause(doc, nxt + 1, "need")  # "need: partner in Germany for inverters"
    return None


def _by_them(doc: Doc, i: int) -> bool:
    """The word before is "he", "she", "they" or a person's name, never "I" or "we"."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.lower_ in _THEM or before.ent_type_ == "PERSON"


def _opens_line(doc: Doc, i: int) -> bool:
    """ "• need:": first on its line, perhaps after a bullet."""
    k = i - 1
    while k >= 0 and not doc[k].is_alpha and "\n" not in doc[k].text:
        k -= 1
    return k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_


def _clause(doc: Doc, start: int, label: str) -> Span | None:
    """From `start` to the end of the clause: a full stop, a comma, a bullet or the line."""
    end = start
    while end < len(doc) and doc[end].text not in _ENDS and "\n" not in doc[end].text:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    if end == start or not any(t.is_alpha for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=label)
