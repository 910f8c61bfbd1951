"""Trial 17 (an IT recruiter): "If you're ever hiring devs, I'm around" read "Looks good to
send" and was praised as remembering something; a friend's standing offer must stay green."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=4, met=True)


@pytest.mark.parametrize(
    "draft",
    [
        "Great meeting you Tunde! If you're ever hiring devs, I'm around.",
        "So fun to meet you at the gurdwara, Jas! If the team is ever hiring QA folks, "
        "you know where to find me.",
    ],
)
def test_a_standing_offer_to_fill_their_roles_is_warned(
    assessor: PitchAssessor, draft: str
) -> None:
    result = assessor.assess(draft, JUST_MET)
    assert result.verdict != "relationship_first", (result.score, draft)
    assert any("hiring" in r.phrase for r in result.reasons)


@pytest.mark.parametrize(
    "draft",
    [
        "Congrats on the new role! If you ever need a sounding board, I'm around.",
        "Great meeting you! If the kids ever need a ride to debate, I'm around.",
    ],
)
def test_a_friends_standing_offer_stays_green(assessor: PitchAssessor, draft: str) -> None:
    assert assessor.assess(draft, JUST_MET).verdict == "relationship_first"
