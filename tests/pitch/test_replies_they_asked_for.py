"""Trial 12 (an IT consultant):
A quote they asked for is a business reply: no unrelated question tacked on."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship, quote_asked_for

JUST_MET = Relationship(stage="know", interactions=1, days_known=0, met=True)
KNOWN = Relationship(stage="know", interactions=3, days_known=8, met=True)


QUOTE = (
    "Hi Cora, attached is my quote for the 6 laptops. If you sign by Friday I can knock "
    "10% off, spots are filling up fast before the holidays!"
)


@pytest.mark.parametrize("interactions", [2, 1])  # 1: a quote asked for by someone just met
def test_a_requested_quote_is_kept_with_no_add_on(
    assessor: PitchAssessor, interactions: int
) -> None:
    cora = Relationship(
        stage="know", interactions=interactions, days_known=8, met=True, they_asked=True
    )
    result = assessor.assess(QUOTE, cora, hook="How is business at the home care agency?")
    assert result.suggestion == "Hi Cora, attached is my quote for the 6 laptops.", (
        result.suggestion
    )


def test_a_hire_the_notes_tell_of_is_a_quote_asked_for(assessor: PitchAssessor) -> None:
    assert assessor.they_asked(["called tita cora, she's going to hire me for the 6 laptops"])
    assert not assessor.they_asked(["I hired her brother for the kitchen"])


def test_a_quote_for_a_noted_need_is_asked_for() -> None:
    need = ["she needs someone to fix her office wifi and set up laptops for 6 new staff"]
    assert quote_asked_for("Hi Cora, attached is my quote for the 6 laptops.", need)
    assert not quote_asked_for("Hi Cora, attached is my quote for a new website.", need)
    assert not quote_asked_for("Hi Cora, hope the laptops are working out!", need)
