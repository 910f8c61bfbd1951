"""Which organisation (and job title) belongs to which person.

Works on the token stream after the pipeline ran, using the PERSON entities the
``rapport_people`` component produced; all look-ups are a few tokens wide.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import EVENT_HEADS, FAMILY_NOUNS, ORG_BREAK, STOP, TITLE_WORDS, org_case

_FROM = frozenset("from frm of".split())
_AT = frozenset("at @".split())
_RUNS = frozenset("runs owns founded started manages".split())
_WORKS = frozenset("works work working".split())
# "just started at Stripe", "joined Acme": the person works there now (but see _family_between).
_JOINED_AT = frozenset("started starting joined joining interning interns employed".split())
_JOINED = frozenset("joined joining".split())
# "owns Bloom Florist", "he runs Sunrise Bakery": an org when the user capitalised it.
_OWNS = frozenset("owns runs founded cofounded co-founded manages started launched".split())
_TITLE_GAP = frozenset("of for in".split())
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
    if doc[j - 1].lower_ in EVENT_HEADS:
        return None  # "the rotary lunch" is an event; "Summit Dental" is not
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
    """Clause-level "works at ibm" / "VP sales at Apex" / "owns Bloom Florist", keyed by
    token index."""
    found: list[tuple[int, Affiliation]] = []
    for tok in doc:
        if tok.i + 1 >= len(doc):
            continue
        if tok.lower_ in _OWNS or tok.lower_ in _JOINED:
            aff = _owns(doc, tok, blocked)
            if aff is not None:
                found.append((tok.i, aff))
            continue
        if tok.lower_ not in _AT or tok.i == 0:
            continue
        prev = doc[tok.i - 1].lower_
        title_at = _title_start(doc, tok.i)
        if prev not in _WORKS and prev not in _JOINED_AT and title_at is None:
            continue
        if prev in _JOINED_AT and _family_before(doc, tok.i):
            continue  # "her daughter is starting at UCLA"
        bounds = read_org(doc, tok.i + 1, blocked)
        if bounds is None:
            continue
        title = doc[title_at : tok.i].text if title_at is not None else None
        org = org_case(doc[bounds[0] : bounds[1]].text)
        found.append((tok.i, Affiliation(org, title, bounds)))
    return found


def _title_start(doc: Doc, at: int) -> int | None:
    """Where the job title before "at" begins: "VP sales at", "head of research at"."""
    k = at
    has_title = False
    while k > 0 and at - k < 4:
        prev = doc[k - 1]
        low = prev.lower_
        if not prev.is_alpha or prev.ent_type_ == "PERSON":
            break
        if low in STOP and not (low in _TITLE_GAP and k - 1 > 0 and k < at):
            break
        if low in TITLE_WORDS:
            has_title = True
        k -= 1
    while k < at and doc[k].lower_ in _TITLE_GAP:
        k += 1
    return k if has_title and k < at else None


def _owns(doc: Doc, verb: Token, blocked: frozenset[int]) -> Affiliation | None:
    """ "owns Bloom Florist", "joined Stripe": only a name the user capitalised counts, so
    "runs marketing" and "owns two gyms" stay facts."""
    nxt = doc[verb.i + 1]
    if not (nxt.text[:1].isupper() or nxt.is_upper) or nxt.ent_type_ == "PERSON":
        return None
    bounds = read_org(doc, verb.i + 1, blocked)
    if bounds is None or doc[verb.i + 1].lower_ == "the":
        return None
    if _family_before(doc, verb.i):
        return None
    return Affiliation(org_case(doc[bounds[0] : bounds[1]].text), None, bounds)


def _family_before(doc: Doc, i: int) -> bool:
    """A relative is the subject of this clause: "his son joined Google"."""
    for k in range(i - 1, max(-1, i - 6), -1):
        tok = doc[k]
        if tok.is_punct:
            return False
        if tok.lower_ in FAMILY_NOUNS:
            return True
    return False
