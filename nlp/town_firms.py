"""A small firm said in lowercase as its name, its trade and its town: "he runs sparkle
clean glasgow", "aoife from swift removals dundee". The model finds no firm in a run of
lowercase everyday words; a trade's word after a word or two, right after "from" or an
owning verb, and then at most one word (the town) before the clause ends, names one. The
town is where it trades, no part of the name the card shows."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.lexicon import OWNER_TRADES, STOP
from nlp.people import BUSINESS_KINDS
from nlp.world_spans import TRADE_WORDS

_LEADS = frozenset("from frae fae runs run owns own has started".split())
_TRADES = OWNER_TRADES | TRADE_WORDS | frozenset("clean cleaners valeting beauty".split())
_CLAUSE_ENDS = frozenset(", . ; ! ? - – — ( and but".split())
_MAX_NAME = 2
# What may follow a trade that is no town: "from local removals firm", "…cleaning lady".
_NO_TOWN = frozenset("firm van guy lad lass man woman lady team crew side work job quote".split())


def firms_by_town(doc: Doc) -> list[Span]:
    found = []
    for tok in doc[:-2]:
        if tok.lower_ not in _LEADS:
            continue
        start = tok.i + 1
        trade = _trade_after(doc, start)
        if trade is None:
            continue
        end = trade + 1
        town = end < len(doc) and _a_town(doc, end)
        after = end + 1 if town else end
        if (
            after < len(doc)
            and doc[after].lower_ not in _CLAUSE_ENDS
            and "\n" not in doc[after].text
        ):
            continue  # "runs sparkle clean glasgow and edinburgh" ends; "…removals van" not
        if not town and end < len(doc) and doc[end].lower_ not in _CLAUSE_ENDS:
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _trade_after(doc: Doc, start: int) -> int | None:
    """Where the trade's word is, after one or two lowercase words of a name."""
    for trade in range(start + 1, min(len(doc), start + _MAX_NAME + 1)):
        if not all(_a_lowercase_word(doc, j) for j in range(start, trade)):
            return None
        if doc[trade].is_lower and doc[trade].lower_ in _TRADES and not doc[trade].ent_type_:
            return trade
    return None


def _a_town(doc: Doc, i: int) -> bool:
    """ "glasgow", "dundee": one word, no plural, and no word for what the business is
    ("from local removals firm" says what it is, no town). Towns are in the dictionary
    too, so what is not a town is what is left out."""
    tok = doc[i]
    return (
        _a_lowercase_word(doc, i)
        and tok.tag_ != "NNS"
        and tok.lower_ not in BUSINESS_KINDS
        and tok.lower_ not in _NO_TOWN
    )


def _a_lowercase_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (
        tok.is_alpha
        and tok.is_lower
        and tok.lower_ not in STOP
        and tok.lower_ not in _TRADES
        and tok.ent_type_ not in ("PERSON", "ORG", "DATE", "TIME")
    )
