"""The held-out check sets and the figures issue 20 sets targets on. Evaluation only: nothing
here is ever read by fit.py (a test holds it to that).

check_set.jsonl: 12 pitches behind a warm opener, each matched with a warm message that opens
the same way, and 10 other pitch/warm pairs, written before any tuning. check_set_2.jsonl:
10 + 6 more, written after the first look at check_set.jsonl and before the fixes it
prompted, so one set stays blind to them. check_set_3.jsonl: 12 warm-opener pairs and 12
"networking" pairs, where a cold networking ask to a stranger (advice, coffee, an
informational interview, a job lead) and a pitch share a formulaic opener, written before
the work on networking asks and new pitch phrasings. check_set_4.jsonl: 14 warm-opener
pairs and 10 harder matched pairs (a friend's work described, thanks for a referral, a
peer's question), written by someone who never saw this code or the other sets, and
measured once before and once after the second round of pitch kinds (the README has both).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from nlp.pitch.fit import Scores, scores
from nlp.pitch.model import Assessment, PitchAssessor

CHECK_SETS = ("check_set.jsonl", "check_set_2.jsonl", "check_set_3.jsonl", "check_set_4.jsonl")


@dataclass(frozen=True)
class CheckRow:
    id: str
    group: str
    set: str  # "warm_opener", "matched" or "networking"
    label: int  # 1 = a pitch
    text: str


@dataclass(frozen=True)
class CheckFigures:
    opener_pitches: int
    opener_pitches_warned: int  # verdict mixed or pitch-first
    opener_warm: int
    opener_warm_warned: int
    opener: Scores  # on the pitch score, the warm-opener pairs alone
    matched: Scores  # pitch-first (score >= 50) on the other pairs
    unexplained: list[str]  # ids warned with no reason given
    network_asks: int = 0
    network_asks_warned: int = 0
    network_pitches: int = 0
    network_pitches_warned: int = 0
    networking: Scores | None = None  # pitch-first (score >= 50), networking pairs alone

    def lines(self) -> list[str]:
        lines = [
            f"warm-opener pitches warned {self.opener_pitches_warned}/{self.opener_pitches}, "
            f"warm ones warned {self.opener_warm_warned}/{self.opener_warm}  "
            f"(score AUC {self.opener.auc:.3f})",
        ]
        if self.matched.n:
            lines.append(f"other matched pairs: {self.matched.line()}")
        if self.networking is not None and self.networking.n:
            lines += [
                f"networking asks warned {self.network_asks_warned}/{self.network_asks}, "
                f"pitches with the same opener warned "
                f"{self.network_pitches_warned}/{self.network_pitches}",
                f"networking pairs: {self.networking.line()}",
            ]
        lines.append(f"warnings without a reason: {len(self.unexplained)}")
        return lines


def load_check_set(name: str = CHECK_SETS[0]) -> list[CheckRow]:
    text = resources.files("nlp.pitch").joinpath(f"data/{name}").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [CheckRow(r["id"], r["group"], r["set"], int(r["label"]), r["text"]) for r in rows]


def warned(assessment: Assessment) -> bool:
    return assessment.verdict != "relationship_first"


def evaluate(assessor: PitchAssessor, rows: Sequence[CheckRow]) -> CheckFigures:
    """Each message read as a draft to someone Rapport knows nothing about."""
    results = {row.id: assessor.assess(row.text) for row in rows}
    opener = [r for r in rows if r.set == "warm_opener"]
    matched = [r for r in rows if r.set == "matched"]
    network = [r for r in rows if r.set == "networking"]

    def score(subset: list[CheckRow]) -> Scores:
        return scores([r.label for r in subset], [results[r.id].score / 100 for r in subset])

    return CheckFigures(
        opener_pitches=sum(r.label for r in opener),
        opener_pitches_warned=sum(warned(results[r.id]) for r in opener if r.label),
        opener_warm=sum(1 - r.label for r in opener),
        opener_warm_warned=sum(warned(results[r.id]) for r in opener if not r.label),
        opener=score(opener),
        matched=score(matched),
        unexplained=[r.id for r in rows if warned(results[r.id]) and not results[r.id].reasons],
        network_asks=sum(1 - r.label for r in network),
        network_asks_warned=sum(warned(results[r.id]) for r in network if not r.label),
        network_pitches=sum(r.label for r in network),
        network_pitches_warned=sum(warned(results[r.id]) for r in network if r.label),
        networking=score(network),
    )
