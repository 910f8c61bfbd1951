"""Trial 12 (an IT consultant):
"are your clinics PHIPA compliant?" and "I noticed your POS and cameras are pretty old"
size them up as buyers."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=0, met=True)
KNOWN = Relationship(stage="know", interactions=3, days_known=8, met=True)


def test_a_compliance_question_about_their_business_is_cut(assessor: PitchAssessor) -> None:
    draft = (
        "Hi Wei! So glad to hear your mom is home, thinking of you all. By the way, since "
        "you're at Pearl Dental, are your clinics PHIPA compliant? I do security audits for "
        "dental groups and could do a free assessment."
    )
    result = assessor.assess(draft, KNOWN)
    assert "compliant" in " ".join(r.phrase for r in result.reasons), result.reasons
    assert "compliant" not in result.suggestion, result.suggestion
    assert result.suggestion.startswith("Hi Wei! So glad to hear your mom is home"), (
        result.suggestion
    )
    for question in ("Is your office HIPAA compliant?", "Are you covered for ransomware?"):
        text = f"Hi Sam, lovely to see you! {question} I do audits for small offices."
        assert assessor.features(text).phrases("needs_probe"), question


def test_sizing_up_their_equipment_is_cut(assessor: PitchAssessor) -> None:
    draft = (
        "Hi Rui, great sitting with you at the tournament! Quick thought: I noticed your POS "
        "and cameras are pretty old. I do free security checkups for small retailers this "
        "month only, want me to swing by Tuesday?"
    )
    result = assessor.assess(draft, KNOWN)
    assert any("noticed" in r.phrase or "old" in r.phrase for r in result.reasons), result.reasons
    assert "cameras" not in result.suggestion, result.suggestion
    assert "Quick thought" not in result.suggestion, result.suggestion
    for text in (
        "Hi Sam, I noticed your website is really outdated.",
        "Hi Sam, I saw that your laptops are pretty slow.",
    ):
        assert assessor.features(text).phrases("needs_probe"), text
