"""The unseen check set (nlp/pitch/data/check_set.jsonl): written before any tuning for issue 20
and never used for fitting. Its checksum pins it, so nobody edits it to fit the model."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

CHECK_SET = Path(__file__).resolve().parents[2] / "nlp" / "pitch" / "data" / "check_set.jsonl"
CHECK_SET_SHA256 = "c7e153aa6192eeb5b89ef70d003587a8f62cc65108de433fcb88aa2a9cdc9ef5"


def rows() -> list[dict[str, object]]:
    text = CHECK_SET.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_check_set_is_unchanged_since_it_was_written() -> None:
    assert hashlib.sha256(CHECK_SET.read_bytes()).hexdigest() == CHECK_SET_SHA256


def test_the_check_set_is_matched_pairs_that_open_the_same_way() -> None:
    found = rows()
    assert Counter(str(r["set"]) for r in found) == {"warm_opener": 24, "matched": 20}
    by_group: dict[str, list[dict[str, object]]] = {}
    for row in found:
        by_group.setdefault(str(row["group"]), []).append(row)
    for group, pair in by_group.items():
        assert sorted(int(str(r["label"])) for r in pair) == [0, 1], group
        pitch, warm = sorted(pair, key=lambda r: -int(str(r["label"])))
        # Warm-opener pairs share their whole opening; the others are to the same person.
        same = 8 if pitch["set"] == "warm_opener" else 2
        assert str(warm["text"]).split()[:same] == str(pitch["text"]).split()[:same], group
