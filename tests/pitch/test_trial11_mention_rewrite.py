"""Trial 11: a rewrite stopped on "Hi Khoa, Mai mentioned you do roofing.", which sounds
unfinished: a greeting and a mention alone end on a question."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Khoa, Mai mentioned you do roofing. I'm a Realtor and I'd love to add you to my "
        "vendor list - could we grab coffee so I can tell you about my business?",
        "Hello Priya, Tom told me you run the bakery on Main. We offer a payroll service for "
        "small shops - could I show you a quick demo?",
    ],
)
def test_a_rewrite_left_with_a_mention_ends_on_a_question(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.pitch_first
    first = text.split(".")[0] + "."
    assert result.suggestion.startswith(first), result.suggestion
    assert result.suggestion != first and result.suggestion.endswith("?"), result.suggestion
    with_hook = assessor.assess(text, JUST_MET, "How was the trip to Hue?")
    assert with_hook.suggestion.endswith("How was the trip to Hue?"), with_hook.suggestion
