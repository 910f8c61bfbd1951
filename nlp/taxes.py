"""Trouble with the tax office: "behind on his HST filings", "HMRC are chasing her for her
self assessment", "the IRS sent him a notice". The detail tagger, trained on "needs a CPA",
misses these; each is a need someone could help with ("help with his HST filings").
"""

from __future__ import annotations

from spacy.tokens import Doc

# Tax offices, as people say them.
_OFFICES = frozenset("cra hmrc irs ato ird taxman sars".split())
_SAID_WITH_THE = frozenset("cra irs ato ird taxman sars".split())
# What is filed or owed: "behind on his VAT return" is tax paperwork, "behind on his
# rehab" is not.
_PAPERWORK = frozenset(
    "tax taxes filing filings return returns vat hst gst assessment bookkeeping books "
    "accounts payroll remittance remittances bas paye".split()
)
# Kept in capitals whatever the note's case: "hst filings" -> "HST filings".
_CAPITALS = frozenset("cra hmrc irs ato ird sars vat hst gst bas paye".split())
_WHOSE = frozenset("his her their".split())
_SENT = frozenset("sent sending sends wrote".split())
_LETTERS = frozenset("letter notice bill demand penalty fine audit".split())
_STOPS = frozenset(", . ; ! ? and but so because".split())


def tax_trouble(doc: Doc) -> list[tuple[int, str]]:
    """Where each trouble with the tax office is said, and the need it makes."""
    found: list[tuple[int, str]] = []
    for tok in doc:
        need = _behind_on(doc, tok.i) or _chased(doc, tok.i)
        if need is not None and not any(_same_clause(doc, at, tok.i) for at, _ in found):
            found.append((tok.i, need))
    return found


def _behind_on(doc: Doc, i: int) -> str | None:
    """ "behind on his HST filings" -> "help with his HST filings"."""
    if doc[i].lower_ != "behind" or i + 2 >= len(doc) or doc[i + 1].lower_ != "on":
        return None
    return _paperwork(doc, i + 2)


def _chased(doc: Doc, i: int) -> str | None:
    """ "HMRC are chasing her for her self assessment" -> "help with her self assessment";
    "the IRS sent him a notice" -> "help with a notice from the IRS"."""
    if doc[i].lower_ not in _OFFICES:
        return None
    office = _said(doc[i].text)
    if doc[i].lower_ in _SAID_WITH_THE:
        office = f"the {office}"  # "the IRS", but "HMRC"
    words = list(doc[i + 1 : i + 12])
    for k, tok in enumerate(words):
        if tok.text in _STOPS:
            break
        if tok.lower_ in ("for", "about", "over") and k + 1 < len(words):
            found = _paperwork(doc, tok.i + 1)
            if found is not None:
                return found
        if tok.lower_ in _LETTERS and any(w.lower_ in _SENT for w in words[:k]):
            return f"help with a {tok.lower_} from {office}"
    return None


def _paperwork(doc: Doc, start: int) -> str | None:
    """ "his HST filings": whose, up to four words, ending on tax paperwork."""
    if start >= len(doc) or doc[start].lower_ not in _WHOSE:
        return None
    end = start + 1
    while end < len(doc) and end - start <= 4 and doc[end].is_alpha:
        end += 1
        if doc[end - 1].lower_ in _PAPERWORK and (
            end >= len(doc) or doc[end].lower_ not in _PAPERWORK
        ):
            said = " ".join(_said(t.text) for t in doc[start + 1 : end])
            return f"help with {doc[start].lower_} {said}"
    return None


def _said(word: str) -> str:
    return word.upper() if word.lower() in _CAPITALS else word


def _same_clause(doc: Doc, a: int, b: int) -> bool:
    """ "behind on his filings, CRA sent him a letter": one trouble, said twice."""
    lo, hi = min(a, b), max(a, b)
    return not any(t.text in (".", "!", "?", ";") or "\n" in t.text for t in doc[lo:hi])
