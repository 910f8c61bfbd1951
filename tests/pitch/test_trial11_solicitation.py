"""Trial 11: "By the way I'm a Realtor and if you or anyone you know is looking to buy or
sell, I'd love to help! Here's my card." passed as warm (12/100)."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)

SOLICITATIONS = [
    pytest.param(
        "Hi Rana! So great to meet you at the chamber lunch. By the way I'm a Realtor and if "
        "you or anyone you know is looking to buy or sell, I'd love to help! Here's my card.",
        "Hi Rana! So great to meet you at the chamber lunch.",
        True,
        id="trial 11: a Realtor's card",
    ),
    pytest.param(
        "Hey Sam, fun chatting at the climbing gym. I'm a mortgage broker, so if you or anybody "
        "you know needs a mortgage, I'm happy to help.",
        "Hey Sam, fun chatting at the climbing gym.",
        False,
        id="a broker: you or anybody you know needs",
    ),
    pytest.param(
        "Hi Lee! Lovely meeting you at the fundraiser. Just so you know, I'm a financial "
        "planner, and if you or someone you know wants help planning for retirement, give me "
        "a call. Here is my business card.",
        "Hi Lee! Lovely meeting you at the fundraiser.",
        True,
        id="a planner: give me a call, my business card",
    ),
]


@pytest.mark.parametrize(("text", "kept", "card"), SOLICITATIONS)
def test_a_trade_and_an_offer_to_you_or_anyone_you_know_is_a_pitch(
    assessor: PitchAssessor, text: str, kept: str, card: bool
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.pitch_first, (result.score, result.reasons)
    whys = " ".join(r.why for r in result.reasons)
    phrases = " ".join(r.phrase for r in result.reasons)
    assert (
        "anyone you know" in phrases
        or "anybody you know" in phrases
        or "someone you know" in (phrases)
    ), result.reasons
    assert "send you business" in whys or "asks for the business" in whys, result.reasons
    if card:
        assert any("card" in r.phrase and "promotes" in r.why for r in result.reasons)
    assert result.suggestion.startswith(kept)
    for word in ("card", "buy or sell", "mortgage broker", "planner", "Realtor", "help"):
        assert word not in result.suggestion, result.suggestion


def test_a_general_offer_of_help_is_still_warm(assessor: PitchAssessor) -> None:
    text = (
        "Hi Rana! So great to meet you at the chamber lunch. If you need anything for the "
        "new patio, I'd love to help!"
    )
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
