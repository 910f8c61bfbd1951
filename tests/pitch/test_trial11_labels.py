"""Trial 11: "What's good" called "Do you have a minute this week?" a genuine question about
them and "I was so sorry to hear…" curiosity: each label fires only on what it says."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)


def test_asking_for_a_minute_is_no_question_about_them(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Chidi, congrats on the move to Frost! Do you have a minute this week? I have a few "
        "buyers who need pre-approval and I'd expect you to send your buyers my way too.",
        JUST_MET,
    )
    assert not any("genuine question" in s for s in result.strengths), result.strengths
    for text in (
        "Do you have a minute this week?",
        "Got a sec on Friday?",
        "Are you free Tuesday?",
    ):
        assert not assessor.features(text).phrases("question_about_them"), text


def test_sorry_to_hear_is_sympathy_not_curiosity(assessor: PitchAssessor) -> None:
    for text in (
        "I was so sorry to hear about your father passing.",
        "So sad to hear about the flood at the shop.",
    ):
        assert not assessor.features(text).phrases("curious"), text
    assert assessor.features("I'd love to hear about the trip!").phrases("curious")


def test_a_minute_asked_for_a_cut_pitch_goes_with_it(assessor: PitchAssessor) -> None:
    """The trial's rewrite kept "Do you have a minute this week?" with nothing left to ask
    the minute for."""
    result = assessor.assess(
        "Hi Chidi, congrats on the move to Frost! Do you have a minute this week? I have a few "
        "buyers who need pre-approval and I'd expect you to send your buyers my way too.",
        JUST_MET,
    )
    assert result.suggestion == "Hi Chidi, congrats on the move to Frost!", result.suggestion
    warm = "Hi Ines, congrats! Do you have a minute this week? I'd love to hear how it went."
    assert assessor.assess(warm, JUST_MET).suggestion == warm
