"""Print person/org/follow-up/event precision, recall and F1 over tests/nlp/notes.jsonl.

Run: .venv/bin/python bench/extraction_accuracy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlp.extract import NoteExtractor
from tests.nlp.scoring import load_notes, note_now, score


def main() -> None:
    notes = load_notes()
    extractor = NoteExtractor()
    results = [
        extractor.extract(n["text"], now=note_now(n), known_names=n.get("known_names", []))
        for n in notes
    ]
    scores = score(notes, results)
    print(f"notes: {len(notes)}")
    print(scores.report())
    if "-v" in sys.argv:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
