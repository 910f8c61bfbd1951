"""Trial 12 (an IT consultant):
A reason that spoke of a price or deadline the draft did not have."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=0, met=True)
KNOWN = Relationship(stage="know", interactions=3, days_known=8, met=True)


def test_the_reason_says_what_it_found(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Rui, great sitting with you at the tournament! I do free security checkups for "
        "small retailers this month only, want me to swing by Tuesday?",
        KNOWN,
    )
    whys = " ".join(r.why for r in result.reasons)
    assert "price" not in whys and "reminder" not in whys, whys
    assert "pressure (a deadline or scarcity) right after a warm opening" in whys, whys
    priced = assessor.assess(
        "Hi Wei, so great to meet you yesterday! Anyway I offer a managed IT package for dental "
        "offices, $99 per seat per month, can we set up a demo this week?",
        KNOWN,
    )
    whys = " ".join(r.why for r in priced.reasons)
    assert "puts a price right after a warm opening" in whys and "reminder" not in whys, whys
    reminded = assessor.assess(
        "Hi Carmen, congratulations on the new job! Just a reminder that the £200 balance needs "
        "to be paid by Thursday or we'll have to give the table to another group.",
        KNOWN,
    )
    assert any("reminder" in r.why for r in reminded.reasons), reminded.reasons
