"""Which organisation (and job title) belongs to which person.

Works on the token stream after the pipeline ran, using the PERSON entities the
``rapport_people`` component produced; all look-ups are a few tokens wide.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import EVENT_HEADS, ORG_BREAK, STOP, TITLE_WORDS, org_case

_FROM = frozenset("from frm of".split())
_AT = frozenset("at @".split())
_RUNS = frozenset("runs owns founded started manages".split())
_WORKS = frozenset("works work working".split())
_DASHES = frozenset(", - — – : /".split())
_OWNER_OF = frozenset("owner founder cofounder co-founder ceo president head".split())
_ORG_JOIN = frozenset("of & and".split())
_MAX_ORG = 5
_ABBREV = frozenset("st mt ft dr".split())


@dataclass(frozen=True)
class Affiliation:
    org: str | None
    title: str | None
    org_span: tuple[int, int] | None = None


def read_org(doc: Doc, i: int, blocked: frozenset[int]) -> tuple[int, int] | None:
    """The org name starting at token i ("acme robotics", "the chamber of commerce")."""
    n = len(doc)
    if i < n and doc[i].lower_ == "the":
        i += 1
    start, j = i, i
    while j < n and j - start < _MAX_ORG and j not in blocked:
        tok = doc[j]
        low = tok.lower_
        if low in _ORG_JOIN and j > start and j + 1 < n and _org_word(doc[j + 1]):
            j += 1
            continue
        if tok.text == "." and j > start and doc[j - 1].lower_ in _ABBREV:
            j += 1  # "st. mary's"
            continue
        if (low == "'s" or tok.like_num) and j > start:
            j += 1
            continue
        if not _org_word(tok):
            break
        j += 1
    while j > start and doc[j - 1].lower_ in _ORG_JOIN:
        j -= 1  # "acme and <next person>"
    if j == start:
        return None
    if any(doc[k].lower_ in EVENT_HEADS for k in range(start, j)):
        return None
    return (start, j)


def _org_word(tok: Token) -> bool:
    text = tok.text
    low = tok.lower_
    if low in ORG_BREAK or (low in STOP and not text[:1].isupper()):
        return False
    if text.endswith(".") and 2 <= len(text) <= 4 and text[0].isalpha():
        return True  # "st." in "st. mary's"
    return not tok.like_num and text.replace("-", "").replace("'", "").isalnum()


def affiliation(doc: Doc, person: Span, blocked: frozenset[int]) -> Affiliation:
    """Org/title expressed right after a person: "X from Y", "X (Y)", "X, VP at Y"."""
    n, e = len(doc), person.end
    if e >= n:
        return Affiliation(None, None)
    low = doc[e].lower_
    if low in _FROM:
        return _org_only(doc, read_org(doc, e + 1, blocked))
    if low == "(":
        close = next((k for k in range(e + 1, min(n, e + 8)) if doc[k].text == ")"), None)
        if close is not None and close > e + 1:
            return _org_only(doc, (e + 1, close))
    if low in _AT and e + 1 < n and doc[e + 1].lower_ not in ("the", "a", "an", "this"):
        return _org_only(doc, read_org(doc, e + 1, blocked))
    if low == "who" and e + 1 < n and doc[e + 1].lower_ in _RUNS:
        return _org_only(doc, read_org(doc, e + 2, blocked))
    if low in _DASHES:
        return _titled(doc, e + 1, blocked)
    return Affiliation(None, None)


def _org_only(doc: Doc, bounds: tuple[int, int] | None) -> Affiliation:
    if bounds is None:
        return Affiliation(None, None)
    return Affiliation(org_case(doc[bounds[0] : bounds[1]].text), None, bounds)


def _titled(doc: Doc, i: int, blocked: frozenset[int]) -> Affiliation:
    """ ", VP of sales at stripe" / " - CEO at Verde Foods" / ", owner of Riverside Auto"."""
    n = len(doc)
    if i < n and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    j = i
    while j < n and j - i < 6 and doc[j].lower_ not in _AT and not doc[j].is_punct:
        j += 1
    words = [t.lower_ for t in doc[i:j]]
    if not words or not any(w in TITLE_WORDS for w in words):
        return Affiliation(None, None)
    if j < n and doc[j].lower_ in _AT:
        bounds = read_org(doc, j + 1, blocked)
        org = org_case(doc[bounds[0] : bounds[1]].text) if bounds else None
        return Affiliation(org, doc[i:j].text, bounds)
    if len(words) >= 3 and words[0] in _OWNER_OF and words[1] == "of":
        bounds = read_org(doc, i + 2, blocked)
        if bounds:
            return Affiliation(org_case(doc[bounds[0] : bounds[1]].text), words[0], bounds)
    return Affiliation(None, doc[i:j].text)


def works_at(doc: Doc, blocked: frozenset[int]) -> list[tuple[int, Affiliation]]:
    """Clause-level "works at ibm" / "solutions architect at Amazon", keyed by token index."""
    found: list[tuple[int, Affiliation]] = []
    for tok in doc:
        if tok.lower_ not in _AT or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        prev = doc[tok.i - 1].lower_
        if prev not in _WORKS and prev not in TITLE_WORDS:
            continue
        bounds = read_org(doc, tok.i + 1, blocked)
        if bounds is None:
            continue
        title = None
        if prev in TITLE_WORDS:
            k = tok.i - 1
            while (
                k > 0
                and tok.i - k < 4
                and doc[k - 1].is_alpha
                and (doc[k - 1].lower_ not in STOP and doc[k - 1].ent_type_ != "PERSON")
            ):
                k -= 1
            title = doc[k : tok.i].text
        org = org_case(doc[bounds[0] : bounds[1]].text)
        found.append((tok.i, Affiliation(org, title, bounds)))
    return found
