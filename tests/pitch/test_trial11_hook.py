"""Trial 11: a rewrite's add-on asked about what the cut pitch was about ("How is buying
in Pearland going?" after cutting "when you're ready to start looking in Pearland I'd love
to help"): that question is the pitch again."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)


def test_the_add_on_never_asks_about_what_the_cut_pitch_named(assessor: PitchAssessor) -> None:
    draft = (
        "Congratulations to you and Emeka on the Memorial Hermann job! So happy for you both. "
        "When you're ready to start looking in Pearland I'd love to help you find the perfect "
        "home, want to set up a call this week to go over your budget?"
    )
    result = assessor.assess(draft, JUST_MET, "How is buying in Pearland going?")
    assert result.suggestion == (
        "Congratulations to you and Emeka on the Memorial Hermann job! So happy for you both."
    )
    # A question about something else still ends it.
    other = assessor.assess(
        "Hi Zoe, great seeing you at the gala. I run a bookkeeping practice in Westside and "
        "I'd love to help you with your books.",
        JUST_MET,
        "How was the trip to Lisbon?",
    )
    assert other.suggestion.endswith("How was the trip to Lisbon?"), other.suggestion
