"""Issue 20's targets, held on the unseen check set (never used for fitting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.pitch import PitchAssessor
from nlp.pitch.checks import CHECK_SETS, CheckFigures, evaluate, load_check_set


@pytest.fixture(scope="module")
def figures(assessor: PitchAssessor) -> dict[str, CheckFigures]:
    return {name: evaluate(assessor, load_check_set(name)) for name in CHECK_SETS}


def test_pitches_behind_a_warm_opener_are_warned_and_warm_ones_are_not(
    figures: dict[str, CheckFigures],
) -> None:
    found = figures["check_set.jsonl"]
    assert found.opener_pitches == 12 and found.opener_warm == 12
    assert found.opener_pitches_warned >= 11, found.lines()
    assert found.opener_warm_warned <= 1, found.lines()


def test_the_other_matched_pairs_meet_f1_false_alarm_and_auc_targets(
    figures: dict[str, CheckFigures],
) -> None:
    matched = figures["check_set.jsonl"].matched
    assert matched.f1 >= 0.95, matched.line()
    assert matched.false_alarms <= 0.05, matched.line()
    assert matched.auc >= 0.97, matched.line()


@pytest.mark.parametrize("name", CHECK_SETS)
def test_every_warning_is_explained(figures: dict[str, CheckFigures], name: str) -> None:
    assert figures[name].unexplained == []


def test_the_blind_second_set_raises_no_false_alarms(figures: dict[str, CheckFigures]) -> None:
    """check_set_2 is kept blind to the fixes, so its recall is reported (bench/pitch_eval.py)
    rather than tuned for; what must hold is that warm messages are left alone."""
    found = figures["check_set_2.jsonl"]
    assert found.opener_warm_warned <= 1, found.lines()
    assert found.matched.false_alarms <= 0.05, found.matched.line()


def test_fitting_never_reads_the_check_sets() -> None:
    source = (Path(__file__).resolve().parents[2] / "nlp" / "pitch" / "fit.py").read_text()
    assert "check_set" not in source and "checks" not in source


def test_the_blind_third_set_leaves_warm_messages_and_networking_asks_alone(
    figures: dict[str, CheckFigures],
) -> None:
    """check_set_3 is blind to the work on networking asks and new phrasings: its recall is
    reported (bench/pitch_eval.py), not tuned for. What must hold is that neither a warm
    message nor a cold networking ask (advice, coffee, a job lead) gets a warning."""
    found = figures["check_set_3.jsonl"]
    assert found.opener_warm_warned <= 1, found.lines()
    assert found.network_asks == 12
    assert found.network_asks_warned <= 1, found.lines()


def test_the_second_and_third_sets_hold_what_the_warm_opener_work_reached(
    figures: dict[str, CheckFigures],
) -> None:
    """check_set_2 and check_set_3 were read for the kinds they missed (never fitted on: no
    text of theirs is in the dev set), so they are no longer blind; these floors keep what
    that work reached from slipping back."""
    second, third = figures["check_set_2.jsonl"], figures["check_set_3.jsonl"]
    assert second.opener_pitches_warned == second.opener_pitches == 10, second.lines()
    assert second.matched.recall == 1.0 and second.matched.false_alarms == 0, second.lines()
    assert third.opener_pitches_warned == third.opener_pitches == 12, third.lines()
    assert third.opener_warm_warned == 0, third.lines()
    assert third.network_pitches_warned == 12, third.lines()
    assert third.networking is not None and third.networking.recall >= 0.9, third.lines()


def test_the_blind_fourth_set_meets_the_warm_opener_targets(
    figures: dict[str, CheckFigures],
) -> None:
    """check_set_4 was written by someone who saw no code and no other set, and is kept
    blind: its figures are reported (bench/pitch_eval.py), never tuned for. It holds the
    issue's targets as measured: at least 11 in 12 warm-opener pitches warned, at most 1 in
    12 warm twins."""
    found = figures["check_set_4.jsonl"]
    assert found.opener_pitches == found.opener_warm == 14
    assert found.opener_pitches_warned / found.opener_pitches >= 11 / 12, found.lines()
    assert found.opener_warm_warned <= 1, found.lines()
