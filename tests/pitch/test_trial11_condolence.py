"""Trial 11: a condolence's "please don't worry about it right now" was read as urgency (81/100),
and its rewrite got a question tacked on: sympathy is never pressure and gets no hook."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)

CONDOLENCES = [
    pytest.param(
        "Dear Mai, I was so sorry to hear about your father passing. Keeping you and your whole "
        "family in my prayers. Please don't worry about the rental property stuff right now, "
        "whenever you're ready I'm here.",
        id="trial 11: don't worry about it right now",
    ),
    pytest.param(
        "Hi Tom, I'm so sorry for your loss. There's no rush on anything right now, take all "
        "the time you need. I'm here if you want to talk.",
        id="no rush on anything right now",
    ),
]


@pytest.mark.parametrize("text", CONDOLENCES)
def test_a_condolence_is_never_read_as_pressure(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text, JUST_MET, "How is Khoa doing?")
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.reasons
    assert result.suggestion == text
    assert not any("curiosity" in s for s in result.strengths), result.strengths


@pytest.mark.parametrize("hook", ["How is Khoa doing?", None])
def test_a_condolence_that_pitches_is_rewritten_with_no_question_added(
    assessor: PitchAssessor, hook: str | None
) -> None:
    text = (
        "Dear Mai, I was so sorry to hear about your father passing. When you're ready to "
        "sell his house, I'd love to help you get top dollar."
    )
    result = assessor.assess(text, JUST_MET, hook)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert result.suggestion == "Dear Mai, I was so sorry to hear about your father passing."
