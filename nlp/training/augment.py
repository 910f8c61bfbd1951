"""Seeded variations of an annotated note, so the reader meets notes written many ways.

A note is cut into segments at every mark boundary; each variation rewrites segments
(lowercase, no punctuation, other names, other organisations) or inserts new ones between
words outside every mark (fillers, emoji). Marks are then re-measured from the segments,
so they stay exactly on the text they covered.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp.lexicon import first_names, last_names
from nlp.training.marks import DETAIL, ORG, PERSON, Annotated, Mark

POOLS = Path(__file__).with_name("pools.json")
_PUNCT = re.compile(r"(?<=\w)[.,;:!?]+(?=\s|$)|^[.,;:!?]+")


@dataclass
class _Segment:
    text: str
    inside: frozenset[int]  # indexes of the marks covering it


@lru_cache(maxsize=1)
def pools() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(POOLS.read_text(encoding="utf-8"))
    return data


def _segments(note: Annotated) -> list[_Segment]:
    cuts = sorted({0, len(note.text)} | {m.start for m in note.marks} | {m.end for m in note.marks})
    out = []
    for lo, hi in itertools.pairwise(cuts):
        inside = frozenset(i for i, m in enumerate(note.marks) if m.start <= lo and hi <= m.end)
        out.append(_Segment(note.text[lo:hi], inside))
    return out


def _rebuild(note: Annotated, segments: list[_Segment], suffix: str) -> Annotated:
    text = ""
    spans: dict[int, list[int]] = {}
    for seg in segments:
        for i in seg.inside:
            spans.setdefault(i, [len(text), 0])[1] = len(text) + len(seg.text)
        text += seg.text
    marks = []
    for i, mark in enumerate(note.marks):
        start, end = spans.get(i, (0, 0))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            marks.append(Mark(start, end, mark.layer, mark.label, mark.person))
    return Annotated(f"{note.id}{suffix}", text, tuple(marks))


def _case_like(model: str, word: str) -> str:
    if model.islower():
        return word.lower()
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word


@lru_cache(maxsize=1)
def census() -> tuple[list[str], list[str]]:
    """US census first names and the most common surnames: thousands of names, so the
    reader learns a name from where it stands, not by heart."""
    firsts = sorted(n.capitalize() for n in first_names())
    lasts = sorted(n.capitalize() for n in last_names())[:20000]
    return firsts, lasts


def _new_name(rng: random.Random) -> tuple[str, str]:
    """Half the time a name from the many cultures of the pool, else from the census."""
    if rng.random() < 0.5:
        return rng.choice(pools()["first_names"]), rng.choice(pools()["last_names"])
    firsts, lasts = census()
    return rng.choice(firsts), rng.choice(lasts)


def _person_map(note: Annotated, rng: random.Random) -> dict[str, str]:
    """Each word of each person's name, lowercased, to a word of a new name."""
    mapping: dict[str, str] = {}
    for person in sorted({m.person for m in note.marks if m.label == PERSON and m.person}):
        words = person.split()
        new_first, new_last = _new_name(rng)
        mapping.setdefault(words[0].lower(), new_first)
        for word in words[1:]:
            mapping.setdefault(word.lower(), new_last)
    return mapping


def _rename(text: str, mapping: dict[str, str], rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group()
        new = mapping.get(word.lower())
        if new is None:  # a nickname or form the name does not hold ("Doug")
            new = mapping.setdefault(word.lower(), _new_name(rng)[0])
        return _case_like(word, new)

    return re.sub(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", swap, text)


def vary(note: Annotated, rng: random.Random, n: int) -> Annotated:
    """One variation of `note`, chosen with `rng`; `n` numbers it in the id."""
    segments = _segments(note)
    marks = note.marks
    is_person = [m.label == PERSON and m.layer != DETAIL for m in marks]
    is_org = [m.label == ORG and m.layer != DETAIL for m in marks]
    if rng.random() < 0.85:
        mapping = _person_map(note, rng)
        for seg in segments:
            if any(is_person[i] for i in seg.inside):
                seg.text = _rename(seg.text, mapping, rng)
    if rng.random() < 0.5:
        chosen: dict[str, str] = {}
        for seg in segments:
            org_marks = [i for i in seg.inside if is_org[i]]
            if org_marks and _whole_mark(note, seg, org_marks[0]):
                old = seg.text
                new = chosen.setdefault(old.lower(), rng.choice(pools()["orgs"]))
                seg.text = new.lower() if old.islower() else new
    lower = rng.random() < 0.45
    if lower:
        for seg in segments:
            seg.text = seg.text.lower()
    if rng.random() < (0.5 if lower else 0.2):
        for seg in segments:
            seg.text = _PUNCT.sub("", seg.text)
    if lower and rng.random() < 0.35:
        segments = _insert_outside(segments, rng, pools()["fillers"], 0.08)
    if rng.random() < 0.12:
        segments = _insert_outside(segments, rng, pools()["emoji"], 0.04)
    return _rebuild(note, segments, f"~{n}")


def _whole_mark(note: Annotated, seg: _Segment, index: int) -> bool:
    mark = note.marks[index]
    return len(seg.text) == mark.end - mark.start


def _insert_outside(
    segments: list[_Segment], rng: random.Random, words: list[str], rate: float
) -> list[_Segment]:
    """Insert a word from `words` at some spaces that lie outside every mark."""
    out: list[_Segment] = []
    for seg in segments:
        if seg.inside:
            out.append(seg)
            continue
        parts = seg.text.split(" ")
        for k, part in enumerate(parts):
            text = part if k == 0 else " " + part
            if k > 0 and part and rng.random() < rate:
                text = " " + rng.choice(words) + text
            out.append(_Segment(text, seg.inside))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def excerpt(note: Annotated, rng: random.Random, n: int) -> Annotated | None:
    """One sentence of `note` that names someone, as a note of its own: most notes people
    send are that short. None when no sentence stands alone with whole marks."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(note.text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(note.text)))
    whole = []
    for lo, hi in bounds:
        inside = [m for m in note.marks if lo <= m.start and m.end <= hi]
        crossing = [m for m in note.marks if m.start < hi and m.end > lo and m not in inside]
        if not crossing and any(m.label == PERSON for m in inside) and lo < hi:
            whole.append((lo, hi, inside))
    if len(whole) < 2:  # a one-sentence note is already short
        return None
    lo, hi, inside = rng.choice(whole)
    marks = tuple(Mark(m.start - lo, m.end - lo, m.layer, m.label, m.person) for m in inside)
    short = Annotated(f"{note.id}~s{n}", note.text[lo:hi], marks)
    return vary(short, rng, n) if rng.random() < 0.8 else short
