"""Short fact phrases ("fly fishing", "intro to a good CPA") found after trigger words.

One Matcher holds every trigger; each match reads a few tokens to the clause boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from nlp.schema import FactKind

# (kind, trigger words, index in the trigger where the fact text starts)
_TRIGGERS: list[tuple[FactKind, str, int]] = [
    ("interest", "into", 1),
    ("interest", "loves", 1),
    ("interest", "love", 1),
    ("interest", "big on", 2),
    ("interest", "big into", 2),
    ("interest", "passionate about", 2),
    ("interest", "obsessed with", 2),
    ("interest", "enjoys", 1),
    ("interest", "fan of", 2),
    ("interest", "interested in", 2),
    ("interest", "plays", 1),
    ("need", "wants", 1),
    ("need", "want", 1),
    ("need", "needs", 1),
    ("need", "need", 1),
    ("need", "looking for", 2),
    ("need", "searching for", 2),
    ("need", "hiring", 1),
    ("need", "trying to find", 3),
    ("need", "in the market for", 4),
    ("offer", "offered to", 2),
    ("offer", "offered", 1),
    ("offer", "can help with", 1),
    ("offer", "can help", 1),
    ("offer", "happy to", 2),
    ("offer", "can intro", 1),
    ("offer", "can introduce", 1),
    ("work", "runs", 0),
    ("work", "owns", 0),
    ("work", "works in", 2),
    ("work", "works as", 2),
    ("work", "is a", 2),
    ("work", "'s a", 2),
    ("work", "is an", 2),
    ("work", "'s an", 2),
]

_FAMILY = [
    "daughter", "daughters", "son", "sons", "wife", "husband", "kid", "kids", "child",
    "children", "twins", "baby", "grandkids", "grandson", "granddaughter", "teens",
    "teenagers", "boyfriend", "girlfriend", "fiance", "fiancee", "spouse",
]  # fmt: skip
_FAMILY_ADJ = ["teenage", "little", "young", "grown", "adult", "new", "older", "younger", "twin"]

# Verbs after which "into" is motion, not an interest.
_NOT_INTEREST_BEFORE = frozenset(
    "looking look move moving moved went go going get got getting ran run bumped turn "
    "turned intro introduced tap tapping break".split()
)
_BREAK = frozenset(
    "but so because although while who which when he she they i we also then "
    "follow f/u fu ping call email text send check remind".split()
)
_AFTER_AND_BREAK = frozenset(
    "he she they i we his her wants loves needs is was into runs offered can also both".split()
)
_LEAD_DROP = frozenset(
    "a an the some more new good great reliable trusted solid his her our my their".split()
)
_TAIL_DROP = frozenset("to for with of and & the a an at in on".split())
_SUBJECT_DROP = (
    "an intro to", "intro to", "an introduction to", "introduction to", "help with", "intro",
    "introductions to", "referrals to", "referrals for",
)  # fmt: skip
_MAX = 8


@dataclass(frozen=True)
class FoundFact:
    at: int
    kind: FactKind
    text: str
    topics: tuple[str, ...]
    end: int = 0


class FactFinder:
    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.rules: dict[str, tuple[FactKind, int]] = {}
        for n, (kind, words, keep) in enumerate(_TRIGGERS):
            key = f"FACT_{n}"
            self.rules[key] = (kind, keep)
            self.matcher.add(key, [[{"LOWER": w} for w in words.split()]])
        fam = {"LOWER": {"IN": _FAMILY}}
        self.matcher.add(
            "FAMILY",
            [
                [{"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": _FAMILY_ADJ}, "OP": "?"}, fam],
                [{"LIKE_NUM": True}, {"LOWER": {"IN": _FAMILY_ADJ}, "OP": "?"},
                 {"LOWER": {"IN": ["boys", "girls", "labs", "dogs"]}}],
            ],
            greedy="LONGEST",
        )  # fmt: skip

    def __call__(self, doc: Doc, blocked: frozenset[int]) -> list[FoundFact]:
        found: list[FoundFact] = []
        taken: set[int] = set()
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        for match_id, start, end in matches:
            if start in taken:
                continue
            key = doc.vocab.strings[match_id]
            fact: FoundFact | None
            if key == "FAMILY":
                fact = self._family(doc, start, end, blocked)
            else:
                kind, keep = self.rules[key]
                fact = self._triggered(doc, kind, start + keep, end, blocked)
            if fact is not None:
                found.append(fact)
                taken.update(range(start, max(end, fact.end)))
        return found

    def _triggered(
        self, doc: Doc, kind: FactKind, text_start: int, end: int, blocked: frozenset[int]
    ) -> FoundFact | None:
        trigger = doc[end - 1]
        if trigger.lower_ == "into" and end >= 2 and doc[end - 2].lower_ in _NOT_INTEREST_BEFORE:
            return None
        stop = _phrase_end(doc, end, blocked)
        if stop == end:
            return None
        body = _trim(doc, end, stop, lead=kind != "offer")
        if body is None:
            return None
        b0, b1 = body
        text = doc[min(text_start, b0) if text_start < end else b0 : b1].text
        subject = doc[b0:b1].text.lower()
        if kind == "interest":
            # "hiking with his dog": the interest is the hiking
            cut = next((t.i for t in doc[b0:b1] if t.lower_ == "with" and t.i > b0), b1)
            b1 = cut
            items = _split_items(doc, b0, b1)
            return FoundFact(b0, kind, ", ".join(items), tuple(i.lower() for i in items))
        if kind == "work":
            if text_start >= end:
                text = subject
            return FoundFact(b0, kind, text, ())
        topic = "" if subject.startswith("to ") else _subject(subject)
        if kind == "offer" and "help" not in doc[text_start:end].text.lower():
            topic = ""
        return FoundFact(b0, kind, text, (topic,) if topic else ())

    def _family(self, doc: Doc, start: int, end: int, blocked: frozenset[int]) -> FoundFact:
        stop = _phrase_end(doc, end, blocked, family=True)
        stop = min(stop, start + _MAX)
        while stop > end and doc[stop - 1].lower_ in _TAIL_DROP:
            stop -= 1
        return FoundFact(start, "family", doc[start:stop].text, (), stop)


def _phrase_end(doc: Doc, i: int, blocked: frozenset[int], family: bool = False) -> int:
    """First token after i that ends the phrase: punctuation, a new clause, a person, a date."""
    n = len(doc)
    j = i
    while j < n and j - i < _MAX:
        tok = doc[j]
        if j in blocked:
            break
        if tok.ent_type_ == "PERSON" and not family:
            break
        if _is_boundary(tok):
            break
        if tok.lower_ in _BREAK and j > i:
            break
        if (
            tok.lower_ in ("and", "&")
            and j + 1 < n
            and (doc[j + 1].lower_ in _AFTER_AND_BREAK or doc[j + 1].ent_type_ == "PERSON")
        ):
            break
        j += 1
    return j


def _is_boundary(tok: Token) -> bool:
    if tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return False  # "co-packer"
    if tok.is_punct and tok.text not in ("'", "'s", "&", "+"):
        return True
    if tok.lower_ == "'s" or tok.text == "&" or tok.like_num:
        return False
    return not any(c.isalnum() for c in tok.text) or tok.is_space


def _trim(doc: Doc, start: int, stop: int, lead: bool) -> tuple[int, int] | None:
    while lead and start < stop and doc[start].lower_ in _LEAD_DROP:
        start += 1
    while stop > start and doc[stop - 1].lower_ in _TAIL_DROP:
        stop -= 1
    return (start, stop) if stop > start else None


def _split_items(doc: Doc, start: int, stop: int) -> list[str]:
    items: list[str] = []
    cur: list[str] = []
    for tok in doc[start:stop]:
        if tok.lower_ in ("and", "&", ",", "+"):
            if cur:
                items.append(" ".join(cur))
            cur = []
        elif not (not cur and tok.lower_ in _LEAD_DROP):
            cur.append(tok.text)
    if cur:
        items.append(" ".join(cur))
    return items


def _subject(phrase: str) -> str:
    """The topic inside a need/offer: "an intro to a good CPA" -> "cpa"."""
    p = phrase.lower().strip()
    changed = True
    while changed:
        changed = False
        for prefix in _SUBJECT_DROP:
            if p.startswith(prefix + " "):
                p = p[len(prefix) + 1 :]
                changed = True
        first, _, rest = p.partition(" ")
        if rest and first in _LEAD_DROP:
            p, changed = rest, True
    return p.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
