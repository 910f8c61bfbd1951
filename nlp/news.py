"""Life news said in a few words ("she got engaged!!", "got his green card"): exact phrases,
so a matcher finds them where the detail tagger, trained on longer notes, may not."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

_OWNER: dict[str, Any] = {"LOWER": {"IN": ["his", "her", "their", "the", "a"]}, "OP": "?"}
_RELATIVE: dict[str, Any] = {
    "LOWER": {"IN": ["wife", "husband", "partner", "daughter", "son", "sister"]}
}
_KIN: dict[str, Any] = {
    "LOWER": {
        "IN": "father dad mother mom mum grandmother grandma grandfather grandpa brother "
        "sister husband wife son daughter uncle aunt".split()
    }
}
_WHOSE: dict[str, Any] = {"LOWER": {"IN": ["his", "her", "their", "'s", "’s"]}}
_BODY: dict[str, Any] = {
    "LOWER": {
        "IN": "knee knees back shoulder shoulders hip hips ankle ankles hamstring hamstrings "
        "calf calves achilles groin neck wrist elbow foot feet shin shins quad quads glute "
        "glutes hand thumb toe heel arch pelvis spine rotator".split()
    }
}
_BE: dict[str, Any] = {"LOWER": {"IN": ["is", "'s", "’s", "are", "'re", "was", "feels"]}}
_HOW: dict[str, Any] = {
    "LOWER": {"IN": "much loads lots way a lot bit little no still far heaps".split()},
    "OP": "{0,2}",
}
_STATES = (
    "better worse sore fine stiff tight improved improving healing healed sorted swollen "
    "grand okay ok recovering niggly"
).split()
_FLARES = "playing flaring acting".split()
_SETTLED = "settled healed improved recovered".split()
_AGAIN: dict[str, Any] = {"LOWER": {"IN": ["again", "now"]}, "OP": "?"}
_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "engaged": [[{"LEMMA": "get"}, {"LOWER": {"IN": ["engaged", "married", "hitched"]}}]],
    "hired": [
        [
            {"LEMMA": {"IN": ["get", "land", "accept", "take"]}},
            {"LOWER": {"IN": ["the", "a", "an", "that", "this"]}},
            {"LOWER": {"IN": ["new"]}, "OP": "?"},
            {"LOWER": {"IN": ["job", "offer", "role", "position", "fellowship", "residency"]}},
        ],
        [{"LEMMA": "get"}, {"LOWER": "hired"}],
    ],
    "promoted": [
        [{"LEMMA": "get"}, {"LOWER": "promoted"}],
        [{"LEMMA": "get"}, _OWNER, {"LOWER": {"IN": ["promotion", "tenure"]}}],
        [{"LEMMA": "make"}, {"LOWER": "partner"}],
    ],
    "papers": [
        [{"LEMMA": "get"}, _OWNER, {"LOWER": "green"}, {"LOWER": "card"}],
        [{"LEMMA": "get"}, _OWNER, {"LOWER": {"IN": ["visa", "citizenship", "residency"]}}],
        [{"LEMMA": "become"}, {"LOWER": "a"}, {"LOWER": "citizen"}],
    ],
    "baby": [
        [_OWNER, _RELATIVE, {"LEMMA": "be"}, {"LOWER": {"IN": ["expecting", "pregnant"]}}],
        [{"LEMMA": "be"}, {"LOWER": {"IN": ["expecting", "pregnant"]}}],
        [{"LEMMA": "have"}, {"LOWER": {"IN": ["a", "the"]}}, {"LOWER": "baby"}],
        [{"LEMMA": "have"}, {"LOWER": "twins"}],
    ],
    "launch": [
        [
            {"LOWER": "the", "OP": "?"},
            {"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "{1,3}"},
            {"LOWER": {"IN": ["launched", "shipped"]}},
        ]
    ],
    "training": [
        [
            {"LOWER": "training"},
            {"LOWER": "for"},
            {"OP": "?"},
            {"OP": "?"},
            {"OP": "?"},
            {"LOWER": {"IN": ["marathon", "half", "triathlon", "ironman", "ultra", "race"]}},
        ]
    ],
    # "her knee is better", "his back's playing up again": how an injury is going
    "health": [
        [_WHOSE, _BODY, _BE, _HOW, {"LOWER": {"IN": _STATES}}, _AGAIN],
        [_WHOSE, _BODY, _BE, {"LOWER": {"IN": _FLARES}}, {"LOWER": "up"}, _AGAIN],
        [_WHOSE, _BODY, {"LOWER": {"IN": ["has", "'s"]}}, {"LOWER": {"IN": _SETTLED}}],
    ],
    # Hard news is kept on the card; coach/talk.py never makes a template line of it.
    "loss": [
        [_KIN, {"LOWER": "passed"}, {"LOWER": "away"}],
        [_KIN, {"LOWER": {"IN": ["died", "passed"]}}],
    ],
    "milestone": [
        [{"LEMMA": "pass"}, {"LOWER": "the"}, {"LOWER": "bar"}],
        [{"LEMMA": "buy"}, _OWNER, {"LOWER": {"IN": ["house", "home", "condo", "flat"]}}],
        [{"LOWER": {"IN": ["retired", "graduated"]}}],
    ],
}
# What may follow the phrase and belongs with it: "expecting in may", "promoted to partner".
_TAIL = frozenset("in to from at this next last".split())


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for key, patterns in _PATTERNS.items():
        matcher.add(key, patterns)
    return matcher


def _entity_end(doc: Doc, i: int) -> int:
    return next((e.end for e in doc.ents if e.start <= i < e.end), i + 1)


def life_news(doc: Doc) -> list[Span]:
    """Spans of life news, labelled "plan", longest first where they overlap."""
    found: list[Span] = []
    for _, start, end in sorted(_matcher(doc.vocab)(doc), key=lambda m: m[1] - m[2]):
        if any(start < s.end and s.start < end for s in found):
            continue
        if end - start == 1 and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"):
            continue  # "a retired navy officer": who they are, said as their work
        if end + 1 < len(doc) and doc[end].lower_ in _TAIL and not doc[end + 1].is_punct:
            named = doc[end + 1]
            # "promoted to partner", "expecting in may", "got the job at memorial hermann"
            end = _entity_end(doc, named.i) if named.ent_type_ else end + 2
        if doc[start].lower_ in _WHOSE["LOWER"]["IN"]:
            start += 1  # "[knee is better]": whose knee, the owner of the fact says
        found.append(Span(doc, start, end, label="plan"))
    return sorted(found, key=lambda s: s.start)
