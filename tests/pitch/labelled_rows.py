"""The dev set's rows from one trial, checked as /check reads them: each warm row green, each
pitch warned and quoting the phrase it was labelled with."""

from __future__ import annotations

import json
from importlib import resources

from nlp.pitch.fit import load_dev_set
from nlp.pitch.model import PitchAssessor


def assert_trial_rows_read_as_labelled(assessor: PitchAssessor, group: str) -> list[int]:
    """Checks every dev row whose group starts with `group`; returns (warm, pitch) counts."""
    rows = [e for e in load_dev_set() if e.group.startswith(group)]
    phrases = {r["id"]: r["phrase"] for r in _raw_rows() if r.get("phrase")}
    for example in rows:
        result = assessor.assess(example.text)
        if example.label == 0:
            assert result.verdict == "relationship_first", (example.id, result.reasons)
            continue
        assert result.verdict != "relationship_first", (example.id, result.score)
        quoted = " ".join(r.phrase for r in result.reasons)
        assert phrases[example.id] in quoted, (example.id, result.reasons)
    return [sum(e.label == 0 for e in rows), sum(e.label == 1 for e in rows)]


def _raw_rows() -> list[dict[str, str]]:
    text = resources.files("nlp.pitch").joinpath("data/dev_set.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
