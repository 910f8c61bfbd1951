"""The frozen test split of the note corpus: it cannot change silently, and it stays valid."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "nlp" / "corpus"

# Written before the reader it measures; never trained or tuned on. Changing a file here
# means the split is no longer the one the figures were measured on.
FROZEN_TEST_SPLIT = {
    "test/b.jsonl": "ba6522bc79ddca5d0b925ba5b49d834dc32963f593714db0965a4642dfd914b5",
    "test/c.jsonl": "3a427c0cabf4d71525882e80a5ad58ae0487647967089f906e0d845bcb8f4c42",
    "test/d.jsonl": "ece8020895430fe94d022f53bd1f9ad6a2872ebf46d2eba1ab9b7bc50ef69f32",
}


def test_the_test_split_is_frozen() -> None:
    present = {str(p.relative_to(CORPUS)) for p in (CORPUS / "test").glob("*.jsonl")}
    assert present == set(FROZEN_TEST_SPLIT)
    for name, digest in FROZEN_TEST_SPLIT.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, name


def test_every_corpus_note_follows_the_guide() -> None:
    spec = importlib.util.spec_from_file_location("corpus_check", CORPUS / "check.py")
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    seen: set[str] = set()
    notes = 0
    for path in sorted(CORPUS.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                note = json.loads(line)
                assert check.problems(note, seen) == [], note.get("id")
                notes += 1
    assert notes >= 100
