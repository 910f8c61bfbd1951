"""The part of a note about one person. A group note ("Met Sarah, Tom and Ana at the
mixer. Sarah ... Tom ...") shown whole on each one's card would begin with someone else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# Where a line breaks into sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A bullet or number starting a line ("- ", "• ", "2. ") is layout, not words.
_BULLET = re.compile(r"^(?:[-*•·]|\d+[.)])\s+")
# A sentence starting so goes on about whoever the sentence before was about.
_PRONOUN = re.compile(r"(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
GAP = " … "  # between pieces that were not next to each other


def about(text: str, names: Sequence[str], width: int = 200) -> str:
    """The note's sentences or bullet lines about the person, trimmed to `width` at a word;
    the note's start when none names them, or all do."""
    named = _named(names)
    pieces = _pieces(text)
    if named is None:
        return trimmed(" ".join(text.split()), width)
    kept: list[int] = []
    for index, (piece, heading) in enumerate(pieces):
        # "She loves gardening" right after a sentence about them is about them too.
        goes_on = bool(kept) and kept[-1] == index - 1 and _PRONOUN.match(piece) is not None
        if named.search(piece) or named.search(heading) or goes_on:
            kept.append(index)
    if not kept or len(kept) == len(pieces):
        return trimmed(" ".join(text.split()), width)
    excerpt = pieces[kept[0]][0]
    for before, index in pairwise(kept):
        excerpt += _joint(excerpt) if index == before + 1 else GAP
        excerpt += pieces[index][0]
    return trimmed(excerpt, width)


def _joint(so_far: str) -> str:
    """A sentence is followed by a space; a line without a full stop by a semicolon."""
    return " " if so_far.endswith((".", "!", "?")) else "; "


def _pieces(text: str) -> list[tuple[str, str]]:
    """(sentence or bullet line, the line the bullet hangs under, or "") in order: the
    bullets under "coffee w/ Linh Tran" are about Linh without naming her."""
    pieces = []
    heading = ""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if _BULLET.match(line):
            pieces.append((_BULLET.sub("", line), heading))
            continue
        heading = line
        pieces += [(sentence, "") for sentence in _sentences(line)]
    return pieces


# Titles whose full stop ends no sentence: "a dentist client of hers, Dr. Sunil Kapoor".
_TITLES = ("dr.", "mr.", "mrs.", "ms.", "st.", "fr.", "jr.", "sr.", "prof.", "rev.", "mt.")


def _sentences(line: str) -> list[str]:
    out: list[str] = []
    for part in _SENTENCE_END.split(line):
        # the title is the sentence's last word: "a florist." ends a sentence, "St." not
        if out and out[-1].casefold().split()[-1:] and out[-1].casefold().split()[-1] in _TITLES:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _named(names: Sequence[str]) -> re.Pattern[str] | None:
    """Any of the names, or the first name of one, as whole words."""
    words = set()
    for name in names:
        words.add(name.strip())
        first = name.split()[0] if name.split() else ""
        if len(first) > 1:  # an initial alone would match any "A."
            words.add(first)
    words.discard("")
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def trimmed(text: str, width: int) -> str:
    """`text` at most `width` characters, cut between words with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    cut = cut if cut > width // 2 else width - 1  # one very long word: cut inside it
    return text[:cut].rstrip(" ,;:…") + "…"
