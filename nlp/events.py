"""Where the user met people: "at the mixer", "Chamber lunch: ...", "ran into X at the gym".

Three readings, best first: a gathering named at the very start of the note ("BNI
breakfast - met ..."), an "at <...> <event word>" phrase, and an "at <place>" phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from nlp.lexicon import (
    EVENT_GENERIC,
    EVENT_HEADS,
    GROUP_EVENTS,
    PLACE_HEADS,
    PLACE_TAILS,
    STOP,
)

_AT = frozenset("at @".split())
_DET = frozenset("the a an this our their that".split())
_INNER = frozenset("in of & and for".split())
_MAX = 5
# What may follow an event named at the start of a note: "golf outing w/ ...",
# "happy hour after the summit", "Chamber lunch: ...", "networking night at the library".
_LEAD_END = frozenset(
    ": - — – , . ! ; w w/ with after at @ today tonight yesterday this last earlier "
    "downtown uptown midtown".split()
)
# What may come before the event a note opens with: "um so tonight was the chamber mixer".
_LEAD_IN = frozenset(
    "um uh so ok okay well just tonight today yesterday this morning evening afternoon last "
    "night was went to the a an".split()
)
# Words that make the rest of a sentence a plan: "he'd get a table at our spring gala".
_PLANNED = frozenset("'d 'll will would could might can shall going gonna wants plans".split())
# Adjectives that make "great lunch w mark" a one-to-one meeting, not a named event.
_NOT_EVENT_MOD = frozenset(
    "great good quick nice fun long short late early awesome amazing productive lovely "
    "big small first another last next solid super really busy boring decent interesting "
    "cool crazy packed quiet random casual informal business working team client my our "
    "his her their".split()
)
_DAY = frozenset("day night pt part session".split())

Found = tuple[str, tuple[int, int]]
HeadTest = Callable[[Doc, int], bool]


def find_event(doc: Doc) -> Found | None:
    return _leading(doc) or _after_at(doc, _event_head) or _after_at(doc, _place_head)


def _leading(doc: Doc) -> Found | None:
    """ "Chamber lunch: talked to ...", "conference day 2: met ...", "golf outing w/ ..."."""
    n = len(doc)
    start = 0
    while start < min(n, 8) and doc[start].lower_ in _LEAD_IN:
        start += 1  # "um so tonight was the [minneapolis foundation mixer]"
    head = _last_head(doc, start, _event_head)
    if head is None:
        return None
    end = head + 1
    # "conference day 2:" keeps "conference"
    if end + 1 < n and doc[end].lower_ in _DAY and doc[end + 1].like_num:
        end += 2
    if end < n and doc[end].lower_ not in _LEAD_END and "\n" not in doc[end].text:
        return None
    words = list(doc[start : head + 1])
    lowers = [t.lower_ for t in words]
    if any(w in _NOT_EVENT_MOD for w in lowers[:-1]):
        return None
    if len(words) == 1 and lowers[0] not in GROUP_EVENTS:
        return None  # "lunch with tom": a meeting, not an event
    return _text(words), (start, head + 1)


def _after_at(doc: Doc, is_head: HeadTest) -> Found | None:
    """The first "at <...> <head>" phrase, in the user's words."""
    for tok in doc:
        if tok.lower_ not in _AT:
            continue
        start = tok.i + 1
        if start < len(doc) and doc[start].lower_ in _DET:
            start += 1
        head = _last_head(doc, start, is_head)
        if head is None:
            continue
        words = list(doc[start : head + 1])
        if any(t.lower_ in ("next", "last") for t in words):
            continue  # "at the next coffee" is a plan, not where they met
        if _planned(doc, tok.i, head):
            continue  # "he'd buy a table at our spring gala": an event to come
        return _text(words), (start, head + 1)
    return None


def _planned(doc: Doc, at: int, head: int) -> bool:
    """An event still to come: "at" in a sentence that says what someone will do, or the
    event dated ahead ("the gala in march")."""
    sent = doc[at].sent
    before = doc[sent.start : at]
    if any(t.lower_ in _PLANNED or t.tag_ == "MD" for t in before):
        return True
    if any(t.tag_ == "VBD" for t in before):
        return False  # "met ana at the library on tuesday": where they met, that day
    end = head + 1
    while (
        end < len(doc) and end - head < _MAX and doc[end].is_alpha and doc[end].lower_ not in STOP
    ):
        end += 1  # "at the library [gala] in april"
    after = [t.lower_ for t in doc[end : end + 2]]
    return (
        bool(after)
        and after[0] in ("in", "on", "next", "this")
        and any(t.ent_type_ == "DATE" for t in doc[end : end + 2])
    )


def _text(words: Sequence[Token]) -> str:
    return " ".join(_case(t.text, t.lower_, t.i == 0) for t in words)


# A group that meets, named in lowercase by what it meets for: "the breakfast club", "the
# running club", "the toddler group". Alone ("at the club") it may be anywhere, so it needs
# a word before it; capitalised ("Morrison Legal Group") it is a firm.
_GROUPS = frozenset("club group class".split())


def _what_a_group_meets_for(tok: Token) -> bool:
    """ "breakfast club", "running club", "book club": a meal, a doing or a pastime's word,
    not a name ("the yale club", "the rotary club" are clubs, firms of a sort)."""
    low = tok.lower_
    return low in EVENT_HEADS or tok.tag_ == "VBG" or low.endswith("ing") or low in _PASTIMES


_PASTIMES = frozenset("book toddler parent supper chess quiz bridge knit craft".split())


def _event_head(doc: Doc, j: int) -> bool:
    low = doc[j].lower_
    if low in _GROUPS:
        if j == 0:
            return False
        before = doc[j - 1]
        said = before.is_alpha and before.is_lower and doc[j].is_lower
        return said and _what_a_group_meets_for(before)
    return low in EVENT_HEADS


def _place_head(doc: Doc, j: int) -> bool:
    low = doc[j].lower_
    if low in PLACE_HEADS:
        return True
    mods = PLACE_TAILS.get(low)
    return mods is not None and j > 0 and doc[j - 1].lower_ in mods


def _last_head(doc: Doc, start: int, is_head: HeadTest) -> int | None:
    head = None
    for j in range(start, min(len(doc), start + _MAX)):
        tok = doc[j]
        if tok.ent_type_ == "PERSON" or not (tok.is_alpha or tok.like_num or tok.text.isalnum()):
            break
        if is_head(doc, j):
            head = j  # (before the stop words: "show" is one, "the bridal show" a head)
            continue
        if tok.lower_ in STOP and tok.lower_ not in _INNER and tok.lower_ != "next":
            break
    return head


def _case(text: str, lower: str, first: bool) -> str:
    if len(text) >= 2 and text.isupper():
        return text  # BNI, AWS
    if text[:1].isupper() and not first and lower not in EVENT_GENERIC:
        return text  # Dreamforce, SaaStr
    return lower


# "also met aisha …", "then met her boss", "and chatted to …": a note that goes on from the
# one before, at the same gathering.
_GOES_ON = re.compile(
    r"^\W*(?:also|then|and|plus)\s+(?:also\s+)?(?:met|spoke\s+(?:to|with)|chatted\s+(?:to|with)"
    r"|talked\s+(?:to|with)|got\s+talking\s+(?:to|with)|bumped\s+into|ran\s+into)\b",
    re.IGNORECASE,
)


def goes_on_from_before(text: str) -> bool:
    """A note that opens "also met …": the people in it were met where the last note's were."""
    return bool(_GOES_ON.match(text))
