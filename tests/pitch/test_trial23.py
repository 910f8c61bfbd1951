"""Trial 23 (a florist in Galway): a condolence that offers "anything at all I can do" is
kind, never "promotes you or your business"."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor


@pytest.mark.parametrize(
    "draft",
    [
        "Dear Niall, I was so sorry to hear about your dad. He was a gentleman. If there is "
        "anything at all I can do please let me know.",
        "Hi Ruth, so sorry for your loss. If there's anything at all we could help with, "
        "we're here.",
        "Sinead, thinking of you and the family this week. Anything at all I can do, just ask.",
    ],
)
def test_a_condolence_offering_anything_at_all_is_relationship_first(
    assessor: PitchAssessor, draft: str
) -> None:
    found = assessor.assess(draft)
    assert found.verdict == "relationship_first", found.reasons
    assert not found.reasons


def test_offering_your_service_is_still_selling(assessor: PitchAssessor) -> None:
    found = assessor.assess("Hi Tom, great to meet you. We can do all your office cleaning.")
    assert found.verdict == "pitch_first"
