"""Organisations a gathering names besides the people at it: the place it was held ("Christmas
party at the Grand Meridian", "the bni lunch at the rosewood hotel") and the body that hosted
or paid for it ("the mixer hosted by first harbor bank"). Each is where people were met,
never a person and never anyone's employer (nlp/hosts.py hands them on as hosts)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import EVENT_HEADS, STOP

# What a gathering is called, before the place it was held: "quiz night in the…".
_GATHERINGS = EVENT_HEADS | frozenset(
    "drinks do launch quiz evening afterparty after-party social soiree soirée gathering "
    "service mass vigil wake funeral christening graduation celebration".split()
)
# Words between the gathering and "at": "Christmas party last night at the…".
_MAX_BETWEEN = 3
_MAX_NAME = 5
# What a place for gatherings is, said last in a lowercase name: "the rosewood hotel".
_PLACES = frozenset(
    "hotel inn pub tavern bar lounge brewery taproom arms hall temple church chapel mosque "
    "gurdwara synagogue mall marina casino resort lodge ballroom gallery museum pavilion "
    "bistro restaurant cafe café".split()
)
# Lowercase words that say what kind of place, not which: "the local pub", "the church hall".
_KINDS_OF_PLACE = _PLACES | frozenset(
    "local new old big small little nice fancy community conference convention parish "
    "student golf country city town village school sports social main usual same hotel "
    "rooftop downstairs upstairs back front".split()
)
# A family's home, said after their name: "at the Okonkwos' place".
_HOMES = frozenset("place house home flat apartment yard garden".split())
# Names the model gave a place or a time: "in the Bronx", "at the Christmas market".
_NOT_A_VENUE = frozenset("GPE LOC DATE TIME NORP ROLE CARDINAL ORDINAL".split())


def gathering_venues(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "drinks at the Drowsy Heron": the name after a gathering and "at the" or "in the".
    `english`: the dictionary's words; one capitalised dictionary word ("at the Office") is
    a room, not a venue's name."""
    found = []
    for tok in doc[1:-2]:
        if tok.lower_ not in ("at", "in", "@") or doc[tok.i + 1].lower_ != "the":
            continue
        if not _after_a_gathering(doc, tok.i):
            continue
        start = tok.i + 2
        end = _capitalised_name_end(doc, start) or _lowercase_place_end(doc, start)
        if end is None or _a_family_home(doc, end) or _a_host_after(doc, end):
            continue
        words = doc[start:end]
        if len(words) == 1 and words[0].lower_ in english:
            continue  # "lunch at the Office": a room
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _after_a_gathering(doc: Doc, at: int) -> bool:
    for k in range(at - 1, max(-1, at - 1 - _MAX_BETWEEN), -1):
        tok = doc[k]
        if tok.lower_ in _GATHERINGS:
            return True
        if tok.is_punct or "\n" in tok.text:
            return False
    return False


def _capitalised_name_end(doc: Doc, start: int) -> int | None:
    """ "the Grand Meridian", "the King's Head", "the Fox and Hound"."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME:
        if not (_capitalised(doc[end]) or (end > start and _joins(doc, end))):
            break
        end += 1
    return end if end > start and _capitalised(doc[end - 1]) else None


def _capitalised(tok: Token) -> bool:
    return (
        tok.is_alpha
        and (tok.is_title or tok.is_upper)
        and tok.ent_type_ not in _NOT_A_VENUE
        and tok.lower_ not in STOP
        and "\n" not in tok.whitespace_
    )


def _joins(doc: Doc, i: int) -> bool:
    """ "Fox and Hound", "King's Head", "Rose & Crown": between two capitalised words."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in ("and", "&", "of", "'s", "’s") and nxt is not None and _capitalised(nxt)


def _lowercase_place_end(doc: Doc, start: int) -> int | None:
    """ "the rosewood hotel": lowercase words ending in what kind of place it is, one of
    them saying which ("the church hall" is only a kind)."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME and doc[end].is_alpha and doc[end].is_lower:
        if doc[end].lower_ in STOP or doc[end].ent_type_ in _NOT_A_VENUE:
            break
        end += 1
        if doc[end - 1].lower_ in _PLACES:
            break
    words = doc[start:end]
    if len(words) < 2 or words[-1].lower_ not in _PLACES:
        return None
    if all(t.lower_ in _KINDS_OF_PLACE or t.pos_ == "ADJ" for t in words[:-1]):
        return None
    return end


def _a_family_home(doc: Doc, end: int) -> bool:
    """ "at the Okonkwos' place", "at the Garcias' house": a family's home."""
    if end >= len(doc) or doc[end].lower_ not in ("'", "’", "'s", "’s"):
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is None or nxt.lower_ in _HOMES or not nxt.is_title


def _a_host_after(doc: Doc, end: int) -> bool:
    """ "at the Rotary lunch": the body hosting the gathering (nlp/hosts.py reads it)."""
    return end < len(doc) and doc[end].lower_ in _GATHERINGS


# Said before the body that put a gathering on: "hosted by", "sponsored by".
_PUT_ON = frozenset("hosted sponsored organised organized thrown co-hosted cohosted".split())
# The last word of a body's name: "first harbor bank", "the pinecrest credit union".
_BODIES = frozenset(
    "bank union association assoc society council chamber club foundation trust group "
    "church network institute federation league partners rotary kiwanis lions toastmasters "
    "university college hospital realty insurance".split()
)


def gathering_sponsors(doc: Doc) -> list[Span]:
    """ "the mixer hosted by first harbor bank": the words after "hosted by" up to a body's
    last word ("hosted by Priya Shah" is a person's do)."""
    found = []
    for tok in doc[:-2]:
        put_on = tok.lower_ in _PUT_ON or (tok.lower_ == "on" and doc[tok.i - 1].lower_ == "put")
        if not put_on or doc[tok.i + 1].lower_ != "by":
            continue
        start = tok.i + 2
        if doc[start].lower_ == "the":
            start += 1
        end = _body_end(doc, start)
        if end is not None:
            found.append(Span(doc, start, end, label="ORG"))
    return found


def _body_end(doc: Doc, start: int) -> int | None:
    """Where the body's name ends: at its last body word within a few words."""
    end = None
    for k in range(start, min(start + _MAX_NAME + 1, len(doc))):
        tok = doc[k]
        if not (tok.is_alpha or tok.text in ("&", "-")) or "\n" in tok.text:
            break
        if tok.lower_ in STOP and tok.lower_ not in ("of", "first"):
            break  # "hosted by my bank", "sponsored by the bank and…": no body's name
        if tok.lower_ in _BODIES and k > start:
            end = k + 1
    return end
