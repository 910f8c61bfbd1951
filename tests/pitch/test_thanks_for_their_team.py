"""A recruiter's console trial: "thanks a million for the intro to your HR team!" flagged "your
HR team" as sizing up their business. Their team named inside thanks is what they did for the
writer, not a prospect; the same team sized up after the thanks still is.
"""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

THANKED = [
    "cheers for the intro to your finance team yesterday Aisling!",
    "Thank you so much for introducing me to your IT department, Babajide.",
    "Mahalo for connecting me with your marketing team, Keoni, they were lovely.",
    "really grateful for the chat with your procurement people last week",
]


@pytest.mark.parametrize("text", THANKED)
def test_their_team_inside_thanks_is_not_sized_up(assessor: PitchAssessor, text: str) -> None:
    card = assessor.assess(text)
    assert not any("sizes up" in r.why for r in card.reasons), card.reasons
    assert card.verdict == "relationship_first"


def test_their_team_sized_up_after_the_thanks_still_is(assessor: PitchAssessor) -> None:
    card = assessor.assess(
        "Thanks for the intro to Dara, Aisling. How many people are in your HR team, and who "
        "handles your payroll at the moment?"
    )
    assert any("sizes up" in r.why for r in card.reasons), card.reasons
