"""Word error rate, for the transcription tests and bench/voice.py."""

from __future__ import annotations

import re


def words(text: str) -> list[str]:
    """Lowercase words without punctuation: spoken transcripts have no reliable casing."""
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split()


def word_error_rate(expected: str, heard: str) -> float:
    """(substitutions + deletions + insertions) / words expected, by edit distance."""
    ref, hyp = words(expected), words(heard)
    row = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, hyp_word in enumerate(hyp, 1):
            previous, row[j] = (
                row[j],
                min(row[j] + 1, row[j - 1] + 1, previous + (ref_word != hyp_word)),
            )
    return row[len(hyp)] / max(1, len(ref))
