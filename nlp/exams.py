"""A child's exams: "his daughter is doing her a levels", "her lad's sitting his leaving
cert", "son's doing his GCSEs". The detail tagger keeps only the exam ("leaving cert", a
plan) or the words as said ("daughter is doing her a levels"); the family detail is the
child and the exam, said as the card shows it ("daughter doing her A levels")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.people import RELATIVES

# Exams as people say them, each as words, and as the card shows them.
_EXAMS = {
    # ("A-levels": the card's sentences read "her A levels" as "a" and "levels")
    ("a", "levels"): "A-levels",
    ("a", "-", "levels"): "A-levels",
    ("as", "levels"): "AS-levels",
    ("gcses",): "GCSEs",
    ("gcse",): "GCSE",
    ("leaving", "cert"): "Leaving Cert",
    ("leaving", "certificate"): "Leaving Certificate",
    ("junior", "cert"): "Junior Cert",
    ("hsc",): "HSC",
    ("vce",): "VCE",
    ("ncea",): "NCEA",
    ("highers",): "Highers",
    ("ib",): "IB",
    ("11", "plus"): "11 plus",
    ("eleven", "plus"): "eleven plus",
}
_LONGEST = max(len(words) for words in _EXAMS)
_WHOSE = frozenset("his her their 's ’s".split())
# "her lad", "his eldest": the child, in a word the relatives' list does not need.
_KIN = frozenset(RELATIVES) | frozenset("lad lass eldest youngest girl boy".split())
_STOPS = frozenset(". ! ? ; , and but so".split())


def exam_details(doc: Doc) -> list[Span]:
    """Family spans from a relative word to the exam they are doing."""
    found = []
    for tok in doc:
        end = _exam_end(doc, tok.i)
        if end is None:
            continue
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 8 and doc[k].text not in _STOPS:
            if doc[k].lower_ in _KIN and k > 0 and doc[k - 1].lower_ in _WHOSE:
                found.append(Span(doc, k, end, label="family"))
                break
            k -= 1
    return found


def _exam_end(doc: Doc, i: int) -> int | None:
    for n in range(_LONGEST, 0, -1):
        words = tuple(t.lower_ for t in doc[i : i + n])
        if len(words) == n and words in _EXAMS:
            return i + n
    return None


# "her lad", "his lass": her son, his daughter, as the card says them.
_CHILD = {"lad": "son", "lass": "daughter"}
_IS = re.compile(r"^(\w+)(?:'s|’s| 's| is| are| 're)\b ?", re.IGNORECASE)


def exam_said(text: str) -> str:
    """ "daughter is doing her a levels" -> "daughter doing her A levels"."""
    said = _IS.sub(r"\1 ", text, count=1).strip()
    first, _, rest = said.partition(" ")
    said = f"{_CHILD.get(first.lower(), first)} {rest}".strip()
    for words, shown in _EXAMS.items():
        pattern = r"\b" + r"\s*".join(re.escape(w) for w in words) + r"\b"
        said = re.sub(pattern, shown, said, flags=re.IGNORECASE)
    return said
