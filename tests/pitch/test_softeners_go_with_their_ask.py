"""Trial 12 (an IT consultant): "No pressure!" left hanging after the ask it softened was cut."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=0, met=True)
KNOWN = Relationship(stage="know", interactions=3, days_known=8, met=True)


def test_a_softener_goes_with_the_ask_it_softened(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hey Priya, really enjoyed our coffee at Balzac's. Quick question, would you be open "
        "to a quick call next week? I'd love to walk you through how my managed security "
        "services could help your future clients. No pressure!",
        JUST_MET,
        hook="How is running the half marathon coming along?",
    )
    assert "pressure" not in result.suggestion, result.suggestion
    assert result.suggestion.startswith("Hey Priya, really enjoyed our coffee at Balzac's."), (
        result.suggestion
    )
    for softener in ("No rush.", "Totally fine if not!"):
        draft = f"Hi Sam, great to meet you! Would you be open to a demo next week? {softener}"
        assert softener not in assessor.assess(draft, JUST_MET).suggestion, softener
