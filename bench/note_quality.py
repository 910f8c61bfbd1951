"""How well the note reader reads a corpus split (default: the frozen test split).

Run: .venv/bin/python bench/note_quality.py [test|dev|train|all] [--misses] [--model=PATH]
     [--ids=PREFIX]
Prints the misses (with --misses) and the figures as JSON on the last line. The test split
was written before the reader and is never trained or tuned on: its figures are the honest
ones. `dev` is the part of the train files held out from training (nlp/training/build.py);
`all` is every note in the train files, dev included (with --ids=train-r, one new file).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlp.extract import NoteExtractor
from nlp.training.build import is_dev
from nlp.training.quality import notes, read_all, score


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    split = args[0] if args else "test"
    golds = notes("train" if split in ("dev", "train", "all") else split)
    if split == "dev":
        golds = [g for g in golds if is_dev(g["id"])]
    elif split == "train":
        golds = [g for g in golds if not is_dev(g["id"])]
    # --ids=train-r: only the notes whose id starts so (one corpus file, as first read).
    prefix = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--ids=")), "")
    golds = [g for g in golds if g["id"].startswith(prefix)]
    model = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--model=")), "rapport")
    details = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--details=")), None)
    extractor = NoteExtractor(model, details) if details else NoteExtractor(model)
    started = time.perf_counter()
    outs = list(read_all(lambda text, now: extractor.extract(text, now=now), golds))
    elapsed = time.perf_counter() - started
    tally = score(golds, outs)
    if "--misses" in sys.argv:
        print("\n".join(tally.misses))
    figures = {
        "split": split,
        **tally.figures(),
        "ms_per_note": round(1000 * elapsed / len(golds), 1),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
