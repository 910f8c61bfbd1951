"""Scoring of extractions against tests/nlp/notes.jsonl (shared by tests and bench)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from nlp.schema import NoteExtraction

NOTES = Path(__file__).with_name("notes.jsonl")


def load_notes(path: Path = NOTES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def note_now(note: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(note["now"])


def _fold(value: str | None) -> str:
    return (value or "").casefold().strip()


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: Iterable[Any], got: Iterable[Any]) -> None:
        exp, pred = list(expected), list(got)
        remaining = list(exp)
        for item in pred:
            if item in remaining:
                remaining.remove(item)
                self.tp += 1
            else:
                self.fp += 1
        self.fn += len(remaining)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<14} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


@dataclass
class Scores:
    people: PRF = field(default_factory=PRF)
    people_org: PRF = field(default_factory=PRF)
    orgs: PRF = field(default_factory=PRF)
    follow_ups: PRF = field(default_factory=PRF)
    event_right: int = 0
    event_total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def event_accuracy(self) -> float:
        return self.event_right / self.event_total if self.event_total else 1.0

    def report(self) -> str:
        lines = [
            self.people.line("person"),
            self.people_org.line("person+org"),
            self.orgs.line("org"),
            self.follow_ups.line("follow-up"),
            f"{'event':<14} accuracy={self.event_accuracy:.3f} "
            f"({self.event_right}/{self.event_total})",
        ]
        return "\n".join(lines)


def score(notes: list[dict[str, Any]], results: list[NoteExtraction]) -> Scores:
    s = Scores()
    for note, got in zip(notes, results, strict=True):
        exp_people = [_fold(p["name"]) for p in note["people"]]
        got_people = [_fold(p.name) for p in got.people]
        s.people.add(exp_people, got_people)
        s.people_org.add(
            [(_fold(p["name"]), _fold(p.get("org"))) for p in note["people"]],
            [(_fold(p.name), _fold(p.org)) for p in got.people],
        )
        s.orgs.add([_fold(o) for o in note["orgs"]], [_fold(o) for o in got.orgs])
        s.follow_ups.add(
            [(f["due"], _fold(f.get("person"))) for f in note["follow_ups"]],
            [(f.due.isoformat(), _fold(f.person)) for f in got.follow_ups],
        )
        s.event_total += 1
        if _fold(note["event"]) == _fold(got.event):
            s.event_right += 1
        if sorted(exp_people) != sorted(got_people) or _fold(note["event"]) != _fold(got.event):
            s.misses.append(f"{note['text'][:70]!r}: people={got_people} event={got.event!r}")
    return s
