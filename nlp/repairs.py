"""A slip corrected as it is said: "he just got the SBA, no the CSBFL loan approved" reads
as "he just got the CSBFL loan approved". The words after "no", "I mean", "sorry" or "wait"
replace those they correct before it: from the last word the two begin with ("the SBA" ->
"the CSBFL loan approved"), or one word for one ("met dana, sorry diana, at the mixer")."""

from __future__ import annotations

import re

# ", no the", ", no wait, the", ", I mean", ", sorry,", " — sorry ", ", nah mean" (Caribbean
# "no, I mean"): the turn of a repair.
# A bare "no" turns only before a/an/the/his/her/their ("no pets" is no repair).
_TURN = re.compile(
    r"(?P<turn>,\s*(?:no,?\s+(?:wait|sorry|actually),?|wait,?\s+no,?|no,?(?=\s+(?:a|an|the|his|her"
    r"|their)\b)|i\s+mean,?|i\s+meant,?|sorry,?|(?:nah|nope|no),?\s+(?:i\s+)?mean,?)"
    r"|\s+[—–-]\s*(?:no|sorry|i\s+mean),?)\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’&.-]+")
_CLAUSE_END = re.compile(r"[.;!?,(\n]|\s[—–-]\s")
# "she's great, I mean she really knows her stuff": a new sentence, no repair.
_PRONOUNS = frozenset("i he she they we it you".split())
# How far back the corrected words may start.
_REACH = 6


def _named_run(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised words that end the stretch before the turn: "RBC", "Rouge Valley"."""
    run: list[re.Match[str]] = []
    for word in reversed(words):
        if not word.group()[:1].isupper():
            break
        run.insert(0, word)
    return run


def repaired(text: str) -> str:
    """The note as meant, every repair in it made; a note without one is returned as is."""
    for _ in range(5):  # a note with several slips: one at a time, left to right
        fixed = _repair_once(text)
        if fixed == text:
            return text
        text = fixed
    return text


def _repair_once(text: str) -> str:
    for turn in _TURN.finditer(text):
        said = _CLAUSE_END.search(text, turn.end())
        end = said.start() if said else len(text)
        meant = text[turn.end() : end].rstrip()
        meant_words = _WORD.findall(meant)
        if not meant_words or len(meant_words) > 8:
            continue
        before = text[: turn.start()]
        clause_start = max(
            (m.end() for m in _CLAUSE_END.finditer(before)),
            default=0,
        )
        words = list(_WORD.finditer(before, clause_start))[-_REACH:]
        if not words:
            continue
        first = meant_words[0].casefold()
        same = [w for w in words if w.group().casefold() == first and first not in _PRONOUNS]
        named = _named_run(words) if meant_words[0][:1].isupper() else []
        if same:
            start = same[-1].start()
        elif named:  # "she is with RBC, no wait, TD Bank": a name for a name
            start = named[0].start()
        elif len(meant_words) == 1:
            start = words[-1].start()
        else:
            continue
        # "two, I mean three, bakeries": the comma that closed the repair goes with it
        tail = text[end + 1 :] if said and said.group() == "," else text[end:]
        return text[:start] + meant + tail
    return text
