"""The body that hosts a gathering, named right before it: "ACCJ year-end party", "Local 73
holiday potluck", "Jamaican-Canadian Assoc. breakfast". An organisation the note names,
and where people were met, never anyone's employer."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.acronyms import NO_BODY
from nlp.lexicon import DEMONYMS, EVENT_HEADS, STOP
from nlp.venues import gathering_sponsors, gathering_venues

# A body's word cut short, its full stop no end of a sentence: "Assoc.", "Soc.".
_SHORT = frozenset("assoc soc fed".split())
_HEADS = EVENT_HEADS | frozenset("evening session do".split())
# Last words of a host's name: "Jamaican-Canadian Assoc.", "JN Bank", "Lions Club".
_BODIES = frozenset(
    "assoc assoc. association chamber bank union club society council federation guild".split()
) | frozenset("rotary rotaract kiwanis toastmasters soroptimists jaycees lions optimists".split())
# Service clubs, each one body by its name alone: "Toastmasters meeting", "kiwanis breakfast".
_SERVICE_CLUBS = frozenset("rotary rotaract kiwanis toastmasters soroptimists jaycees".split())
# What a gathering is about, said in capitals before it: "AI meetup", "HR lunch", "VC
# holiday party"; no body hosts those.
_TOPICS = NO_BODY | frozenset("vc cle cme nye hoa bom esg dei stem".split())
# Said between the host and the gathering: "year-end", "holiday", "client", "tech".
_MAX_BETWEEN = 4
_MAX_NAME = 6


def event_hosts(doc: Doc, english: frozenset[str]) -> list[Span]:
    """`english`: the dictionary's words, to tell "Rugby club dinner" (a club's kind,
    capitalised for opening the note) from "Ames Chamber breakfast"."""
    found = []
    for tok in doc[1:]:
        if tok.lower_ not in _HEADS:
            continue
        end = _host_end(doc, tok.i)
        if end is None:
            continue
        start = _past_people(doc, _host_start(doc, end), end)
        words = doc[start:end]
        if _a_host(words) and not _only_a_kind(words, english):
            found.append(Span(doc, start, end, label="ORG"))
    # "drinks at the Grand Meridian", "the mixer hosted by first harbor bank": a gathering's
    # place and sponsor are where people were met, no employer, like its host
    return found + gathering_venues(doc, english) + gathering_sponsors(doc)


def _host_end(doc: Doc, head: int) -> int | None:
    """Past the words that say what kind of gathering it was ("year-end", "new year")."""
    k = head - 1
    while k >= 0 and head - k <= _MAX_BETWEEN and _said_of_the_gathering(doc[k]):
        k -= 1
    if k < 0 or head - k > _MAX_BETWEEN:
        return None
    if k >= 1 and doc[k].text == "." and doc[k - 1].lower_ in _SHORT and not doc[k - 1].whitespace_:
        return k + 1  # "Jamaican-Canadian Assoc. breakfast"
    return k + 1


def _said_of_the_gathering(tok: Token) -> bool:
    if tok.lower_ in _BODIES or "\n" in tok.text:
        return False
    if tok.lower_ in STOP:
        return False  # "a nurse in the ER at night": no gathering's name
    return (tok.is_alpha and tok.is_lower) or tok.ent_type_ == "DATE" or tok.text == "-"


def _host_start(doc: Doc, end: int) -> int:
    start = end
    while start > 0 and end - start < _MAX_NAME and _a_word_of_a_host(doc, start - 1, end):
        start -= 1
    return start


def _past_people(doc: Doc, start: int, end: int) -> int:
    """ "Kemi Adeyemi PTA meeting": the person said before the host is no word of it (a
    body's name the model read as a person, "Ghana Nurses Assoc", is)."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not start <= ent.start < end:
            continue
        if any(t.lower_ in _BODIES for t in ent):
            continue
        name_end = ent.end if ent.end < end else _before_capitals(ent)
        start = max(start, name_end)
    return start


def _before_capitals(ent: Span) -> int:
    """Where the capitals the model ran onto a name start: "Kemi Adeyemi [PTA]"."""
    k = ent.end
    while k > ent.start + 1 and ent.doc[k - 1].is_upper:
        k -= 1
    return k


def _a_word_of_a_host(doc: Doc, i: int, end: int) -> bool:
    tok = doc[i]
    if "\n" in tok.text:
        return False
    if tok.text == ".":  # "Assoc." ends the name
        return i == end - 1 and i > 0 and doc[i - 1].lower_ in _SHORT
    if tok.text == "-":  # "Jamaican-Canadian"
        return not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    if tok.like_num:
        return i > 0 and doc[i - 1].lower_ == "local"  # "Local 73"
    if tok.lower_ in _BODIES or tok.lower_ == "business":
        return True  # "Toronto Korean business assoc."
    if tok.is_alpha and tok.is_lower and tok.lower_ not in STOP:
        # "vietnamese business council": lowercase, a name that ends in a body's word
        last = doc[end - 2] if doc[end - 1].text == "." else doc[end - 1]
        return last.lower_ in _BODIES and tok.ent_type_ not in ("ROLE", "DATE", "PERSON")
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.ent_type_ not in ("ROLE", "DATE")


def _only_a_kind(words: Span, english: frozenset[str]) -> bool:
    """ "Rugby club", "Next chamber", "Bar association": a dictionary word before a body's
    word in lowercase says what kind of body, not which ("Igbo Union" is one). All in
    lowercase, a name needs a people, a place or a word no dictionary knows to say which:
    "ghanaian nurses association" is one, "our book club" and "the running club" are not."""
    named = [t for t in words if t.text != "."]
    if len(named) > 2 and all(t.is_lower for t in named):
        return not any(_says_which(t, english) for t in named)
    if len(named) != 2 or named[1].lower_ not in _BODIES:
        return False
    first = named[0]
    return first.lower_ in STOP or (first.lower_ in english and named[1].is_lower)


def _says_which(tok: Token, english: frozenset[str]) -> bool:
    return (
        tok.lower_ in DEMONYMS
        or tok.ent_type_ in ("NORP", "GPE")
        or (tok.is_alpha and tok.lower_ not in english and tok.lower_ not in _BODIES)
    )


def _a_host(words: Span) -> bool:
    """A name with an acronym ("ACCJ"), a union's local ("Local 73"), or a name ending in
    a body's word ("JN Bank"); "Chamber" alone is no one body's name."""
    if not words:
        return False
    if any(t.lower_ in _TOPICS for t in words):
        return False
    acronym = any(t.is_upper and t.is_alpha and len(t) >= 2 and t.ent_type_ != "GPE" for t in words)
    local = any(t.lower_ == "local" and t.i + 1 < words.end and t.nbor().like_num for t in words)
    last = words[-2] if words[-1].text == "." else words[-1]
    body = len(words) >= 2 and last.lower_ in _BODIES
    alone = len(words) == 1 and last.lower_ in _SERVICE_CLUBS  # "Toastmasters meeting"
    return acronym or local or body or alone
