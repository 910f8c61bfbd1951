"""Print person/org/follow-up/event precision, recall and F1 over a labelled note set.

Run: .venv/bin/python bench/extraction_accuracy.py [NOTES.jsonl] [-v]
The default set, tests/nlp/notes.jsonl, is the one the rules were developed against;
tests/nlp/holdout.jsonl was written afterwards and never tuned on, so it is the honest figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlp.extract import NoteExtractor
from tests.nlp.scoring import load_notes, note_now, score


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    notes = load_notes(Path(paths[0])) if paths else load_notes()
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
