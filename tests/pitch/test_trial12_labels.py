"""Trial 12 (an IT consultant):
"What's good" labels that said the wrong thing."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=0, met=True)
KNOWN = Relationship(stage="know", interactions=3, days_known=8, met=True)


def test_an_ask_is_never_an_offer_of_help_nor_thanks(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Marisol, so glad Angela worked out! If you ever come across a small business owner "
        "who's frustrated with their IT, I'd be really grateful for an intro. Happy to return "
        "the favour anytime.",
        KNOWN,
        details=["marisol said she hired angela from numbers plus as her bookkeeper"],
    )
    labels = " ".join(result.strengths)
    assert "grateful for an intro" not in labels, result.strengths
    assert "no ask attached" not in labels, result.strengths
    for text in ("No pressure!", "No rush.", "And no need to reply.", "No agenda at all."):
        result = assessor.assess(f"Hi Sam, great to see you at the gala. {text}", KNOWN)
        assert not any(s.startswith("offers help") for s in result.strengths), text
    result = assessor.assess(
        "Hi JR, no agenda at all, but if you ever want to grab a coffee or just vent, my treat.",
        KNOWN,
    )
    assert any("my treat" in s for s in result.strengths if s.startswith("offers help")), (
        result.strengths
    )


def test_remembers_only_what_the_notes_say_about_them(assessor: PitchAssessor) -> None:
    cases = [
        (
            "Hi Cora, attached is my quote for the 6 laptops.",
            ["called tita cora, did the wifi site visit, she's going to hire me for the 6 laptops"],
        ),
        (
            "Hey Tomasz, what a game! Congrats to Kuba on his first goal.",
            ["hockey game this morning, tomasz brought his wife ewa. kuba scored his first goal!"],
        ),
        (
            "Hi Harjit, lovely chatting today. Came across this piece on how credit unions are "
            "handling the new OSFI cyber guidance and thought of you.",
            ["coffee w harjit, she's VP operations at meridian credit union"],
        ),
    ]
    for draft, notes in cases:
        result = assessor.assess(draft, KNOWN, details=notes)
        remembered = [s for s in result.strengths if s.startswith("remembers")]
        assert not any(
            w in " ".join(remembered) for w in ("quote", "what a game", "Came across")
        ), remembered
