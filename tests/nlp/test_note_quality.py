"""The shipped reader's figures on the frozen test split (nlp/corpus/test), which was
written before the reader and is never trained or tuned on. bench/note_quality.py prints
the same figures with every miss."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from nlp.training.quality import Tally, notes, read_all, score

# A little under what the shipped model reads on the test split (README, "Measured
# figures"): a retrained model that reads worse than this does not ship.
FLOORS = {
    "person_f1": 0.91,
    "org_recall": 0.85,
    "detail_recall": 0.85,
    "kind_acc": 0.92,
    "owner_acc": 0.84,
    "relative_acc": 0.83,
    "followup_acc": 0.90,
}
MAX_SPURIOUS_FOLLOW_UPS = 2


@pytest.fixture(scope="module")
def tally(extractor: NoteExtractor) -> Tally:
    golds = notes("test")
    return score(golds, read_all(lambda text, now: extractor.extract(text, now=now), golds))


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_the_reader_reads_unseen_notes_well(tally: Tally, figure: str) -> None:
    figures = tally.figures()
    assert figures[figure] >= FLOORS[figure], "\n".join(tally.misses)


def test_dates_that_are_not_follow_ups_make_none(tally: Tally) -> None:
    assert tally.fu_spurious <= MAX_SPURIOUS_FOLLOW_UPS, "\n".join(tally.misses)
