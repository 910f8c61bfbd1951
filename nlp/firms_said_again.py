"""A firm the note names once and then says again on its own is that firm each time, nobody
met: "from Brightwater Credit Union … Brightwater is opening a branch", "join Kestrelle as
CFO … Kestrelle's board". A name said inside someone's full name ("Julien Moreau", later
"Moreau") stays theirs."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.lexicon import first_names

# Words after which the next name is a firm joined: "join Kestrelle as CFO".
_JOINS = frozenset("join joined joining joins".split())
# What a firm has, said after its name: "Kestrelle's board", "Verano's new CFO".
# ("Adaeze's team", "Lucia's office" are a person's: said of a firm only with its officers)
_FIRMS_OWN = frozenset("board ceo cfo coo cto hq shareholders".split())
_POSSESSIVE = frozenset("'s ’s".split())
_NEWLY = frozenset("new former outgoing incoming interim".split())
_TITLES = frozenset("mr mrs ms miss mx dr prof".split())
# A firm said again is said short: "Brightwater", "Coastal Credit".
_MAX_WORDS = 2


def firms_said_again(doc: Doc) -> list[Span]:
    """The names read as people that the note has already said as a firm, relabelled ORG
    (doc is not changed: the caller applies them with the firms its own rule finds)."""
    firms = [
        (e.start, tuple(t.lower_ for t in e))
        for e in doc.ents
        if e.label_ == "ORG" or (e.label_ == "PERSON" and _a_firm_joined_or_owning(doc, e))
    ]
    names = [tuple(t.lower_ for t in e) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) > _MAX_WORDS or not ent[0].is_title:
            continue
        words = tuple(t.lower_ for t in ent)
        if any(_within(words, name) for name in names) or _titled(doc, ent.start):
            continue  # ("Mr. Oduya (Tobenna) — oduya motors": he, and his firm after)
        # the firm said first: "from Coastal Credit Union … Coastal is opening"
        before = [firm for at, firm in firms if at < ent.start]
        # ("Sat with … his daughter Cerys", then "Cerys" misread as a firm: she is said first)
        same = words in before or _a_firm_joined_or_owning(doc, ent)
        opening = any(len(firm) > len(words) and firm[: len(words)] == words for firm in before)
        # ("from Lucia's office, Lucia's brother": a given name misread as a firm first)
        if (same or opening) and words[0] not in first_names():
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    return found


def _a_firm_joined_or_owning(doc: Doc, ent: Span) -> bool:
    """ "join Kestrelle as CFO", "Kestrelle's board": said as a firm."""
    joined = ent.start > 0 and doc[ent.start - 1].lower_ in _JOINS
    k = ent.end + 1
    if k < len(doc) and doc[k].lower_ in _NEWLY:
        k += 1  # "Lumen's new COO"
    owning = k < len(doc) and doc[ent.end].text in _POSSESSIVE and doc[k].lower_ in _FIRMS_OWN
    owning = owning and ent[0].lower_ not in first_names()  # ("Priya's new CFO role")
    return joined or owning


def _titled(doc: Doc, i: int) -> bool:
    k = i - 1
    if k > 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in _TITLES


def _within(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return any(name[k : k + len(words)] == words for k in range(len(name) - len(words) + 1))
