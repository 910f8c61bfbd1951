"""A one-man firm named after its owner: "works for himself, craig dunlop kitchens", "has
tam's roofing". A full name, or a name's, said right before a trade names the firm, and is
no mention of the person (who is named elsewhere in the note, or is the one it's about)."""

from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Span

from nlp.lexicon import OWNER_TRADES, first_names


def firm_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the firm named by the name at doc[start:end] ends: after the trade said right
    after it; None when no trade follows ("met dougie plumbing the flats" is one name and a
    verb, so a lone given name needs its "'s"). After a name's, one word may come before
    the trade: "bashir's convenience store", "teresa's hair salon"."""
    owned = end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and not doc[end - 1].whitespace_
    if owned:
        end += 1  # "tam's roofing"
    elif end - start < 2:
        return None
    trades = OWNER_TRADES | _SHOPS if owned else OWNER_TRADES
    if (
        owned
        and end + 1 < len(doc)
        and _a_describing_word(doc, end)
        and doc[end + 1].lower_ in trades
    ):
        end += 1
    if end >= len(doc) or doc[end].lower_ not in trades or doc[end].ent_type_:
        return None
    return end + 1


# What a name's shop is called: "bashir's convenience store"; only after a name's ("the
# shop" alone is no firm).
_SHOPS = frozenset("store stores shop salon barbers chippy takeaway cafe café deli".split())


def _a_describing_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (
        tok.is_alpha
        and not tok.is_stop
        and not tok.ent_type_
        and tok.pos_ in ("NOUN", "ADJ", "PROPN")
    )


_TRAILING = re.compile(r"(?:[\s,]+(?:at|for|with|from|of|in|called|named|is))+$")
_OWNING = frozenset("has have owns own runs run started set".split())
_BUSINESS = frozenset("firm business company outfit shop".split())


def work_without_firm(text: str, org: str) -> str | None:
    """ "runs his own wee firm patel plumbing in dundee" with Patel Plumbing on the card:
    "runs his own firm"; the firm's name and what follows it are said by the org field.
    None when only the owning verb is left ("has dougie's roofing"). A job said with its
    firm ("manager at tesco bank") is kept whole."""
    text = re.sub(r"\bown wee\b", "own", text)  # "his own wee firm": his own firm
    at = text.casefold().find(org.casefold())
    if at <= 0:
        return text
    head = _TRAILING.sub("", text[:at].rstrip(" ,"))
    words = head.casefold().split()
    if words and all(w in _OWNING for w in words):
        # "has dougie's roofing": nothing to say but the firm; "runs wiremu electrical" is
        # said whole, what the coach asks about ("how things are at Wiremu Electrical")
        return None if words[-1] in ("has", "have", "got") else text
    if "own" in words or (words and words[-1] in _BUSINESS):
        return head
    return text


def owner_named_firms(doc: Doc, named: Set[str] = frozenset()) -> list[Span]:
    """ "he's got fraser's plumbing now": a name's trade the model read as no entity at all
    (a name the model did read is made a firm as the pipeline runs). `named`: the words of
    the names of the people the note is about, who need be no known given name."""
    names = first_names() | named
    found = []
    for tok in doc[:-2]:
        if tok.ent_type_ or not tok.is_alpha or tok.lower_ not in names:
            continue
        end = firm_end(doc, tok.i, tok.i + 1)
        if end is not None:
            found.append(Span(doc, tok.i, end, label="ORG"))
    return found
