"""The development set and the fitted weights: honest held-out figures, reproducible weights."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from spacy.language import Language

from nlp.pitch.fit import WEIGHTS_PATH, dev_set_evaluation, fit_weights, load_dev_set


def test_the_dev_set_is_big_enough_and_built_from_matched_pairs() -> None:
    examples = load_dev_set()
    assert len(examples) >= 80
    pairs = [e for e in examples if e.id.endswith(("/pitch", "/rel"))]
    by_group = Counter(e.group for e in pairs)
    assert len(pairs) >= 80 and set(by_group.values()) == {2}
    for group in by_group:
        labels = sorted(e.label for e in pairs if e.group == group)
        assert labels == [0, 1], group


def test_held_out_f1_and_false_alarms_meet_the_targets(pitch_nlp: Language) -> None:
    held_out, _ = dev_set_evaluation(pitch_nlp)
    assert held_out.f1 >= 0.9, held_out.line()
    assert held_out.false_alarms <= 0.05, held_out.line()


def test_the_shipped_weights_are_what_the_fit_script_produces(pitch_nlp: Language) -> None:
    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    refitted = fit_weights(pitch_nlp)
    assert refitted["weights"].keys() == shipped["weights"].keys()
    assert refitted["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    for name, weight in shipped["weights"].items():
        assert refitted["weights"][name] == pytest.approx(weight, abs=1e-3), name
