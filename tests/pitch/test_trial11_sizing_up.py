"""Trial 11: a rewrite kept "are you happy with where you're living?" and "the market is great for
sellers right now"; and "your kids" was called a prospect's business."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)

SIZING_UP = [
    pytest.param(
        "Hi Grace! Loved meeting you at the PTA meeting, your kids are adorable. Quick question "
        "- are you happy with where you're living? The market is great for sellers right now "
        "and I could do a free home valuation for you this week.",
        "are you happy with where you're living",
        "market is great for sellers",
        "Hi Grace! Loved meeting you at the PTA meeting, your kids are adorable.",
        id="trial 11: happy with where you're living, a sellers' market",
    ),
    pytest.param(
        "Hey Dev, fun catching up at the barbecue. Are you happy with your current place? It's "
        "a hot market for sellers right now, and I'd be glad to run the numbers on yours.",
        "happy with your current place",
        "hot market for sellers",
        "Hey Dev, fun catching up at the barbecue.",
        id="happy with your current place, a hot market",
    ),
]


@pytest.mark.parametrize(("text", "probe", "market", "kept"), SIZING_UP)
def test_a_living_probe_and_a_market_line_are_named_and_cut(
    assessor: PitchAssessor, text: str, probe: str, market: str, kept: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.pitch_first
    assert any(probe in r.phrase and "prospect" in r.why for r in result.reasons), result.reasons
    assert any(market in r.phrase for r in result.reasons), result.reasons
    assert not any(r.phrase == "your kids" for r in result.reasons), result.reasons
    assert result.suggestion.startswith(kept), result.suggestion
    assert "happy with" not in result.suggestion and "market" not in result.suggestion


def test_asking_where_they_live_with_nothing_to_sell_is_warm(assessor: PitchAssessor) -> None:
    text = (
        "Hi Grace! Loved meeting you at the PTA meeting. Are you happy with where you're "
        "living now that the twins have started school?"
    )
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


def test_their_kids_are_never_their_business(assessor: PitchAssessor) -> None:
    found = assessor.features("Your kids are adorable, and your son has such a great laugh!")
    assert not found.phrases("your_business")
