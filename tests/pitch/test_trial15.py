"""Trial 15 (an independent insurance agent): "a big deal" quoted as a deal offered while the
real ask ("if you ever need a new agent…, you know where to find me") stayed in the rewrite,
and "What's good" quotes that were only a name, a greeting or "Here it is"."""

from __future__ import annotations

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=3, met=True)


def test_a_big_deal_said_of_their_news_is_no_deal_offered(assessor: PitchAssessor) -> None:
    for draft in (
        "hey bro congrats to chiamaka on rice!! that's a big deal.",
        "Hi Maya, congrats on the promotion, that's a huge deal!",
        "Hey Tom, sorry I missed your call, no big deal, talk soon.",
        "Hi Ana, you ran the whole marathon? What a deal! So proud of you.",
        "Hi Lee, getting into med school is such a big deal for your family. Congrats!",
    ):
        result = assessor.assess(draft, JUST_MET)
        assert not result.pitch_first, (draft, result.score)
        assert not any("deal" in r.phrase for r in result.reasons), (draft, result.reasons)
    # A deal offered is still one.
    result = assessor.assess(
        "Hi Maya, congrats on the promotion! I can get you a great deal on a new policy.",
        JUST_MET,
    )
    assert any("deal" in r.phrase for r in result.reasons), result.reasons


def test_you_know_where_to_find_me_for_a_new_provider_is_flagged_and_cut(
    assessor: PitchAssessor,
) -> None:
    draft = (
        "hey bro congrats to chiamaka on rice!! that's a big deal. btw if you ever need a new "
        "agent for the house or cars, you know where to find me lol"
    )
    result = assessor.assess(draft, JUST_MET)
    assert result.pitch_first, result.score
    assert any("agent" in r.phrase for r in result.reasons), result.reasons
    assert "agent" not in result.suggestion, result.suggestion
    assert result.suggestion.startswith("Hey bro congrats to chiamaka on rice!!")
    for draft, cut in (
        (
            "Hi Priya, loved catching up at the gala. If you ever need a new mechanic for "
            "the van, you know where to find me.",
            "mechanic",
        ),
        (
            "Hey Sam, great seeing you at church! If your family ever needs a new realtor, "
            "you know where I am.",
            "realtor",
        ),
    ):
        result = assessor.assess(draft, JUST_MET)
        assert result.verdict != "relationship_first", (draft, result.score)
        assert cut not in result.suggestion, result.suggestion
    # A hand offered as a friend sells nothing.
    result = assessor.assess(
        "Hey Sam, great seeing you at church! If you ever need a hand with the move, you "
        "know where to find me.",
        JUST_MET,
    )
    assert result.verdict == "relationship_first", result.score


def test_a_name_or_a_greeting_is_no_memory(assessor: PitchAssessor) -> None:
    cases = [
        (
            "Danny, it was a pleasure sitting with you this morning. good luck to your son "
            "with the UT application",
            ["Tran Minh Duc goes by Danny, owns two pho restaurants, his son is applying to UT"],
            "good luck to your son with the UT application",
        ),
        (
            "Rahul - good to meet you. Attached is my brochure. Our agency offers competitive "
            "rates on commercial auto.",
            ["Rahul Mehta. Mehta Logistics, fleet of 40. wants a quote before march"],
            None,
        ),
        (
            "Sunil, saw India won the test match vs Australia, you must be thrilled! Hope the "
            "holidays treat you and Meera well.",
            ["Dr. Sunil Kapoor, into cricket, his wife Meera runs a montessori school"],
            "Meera",
        ),
        (
            "Hank, great connecting at Rotary. How is business at Le's Auto Body?",
            ["Hoang Hank Le, owns Le's Auto Body on Bellaire"],
            "Le's Auto Body",
        ),
    ]
    for draft, notes, memory in cases:
        result = assessor.assess(draft, JUST_MET, details=notes)
        remembered = [s for s in result.strengths if s.startswith("remembers")]
        for quote in remembered:
            said = quote.split("“", 1)[1].rstrip("”")
            assert said.split(" ")[0].strip(",-") not in ("Danny", "Rahul", "Sunil", "Hank"), (
                remembered
            )
        if memory is None:
            assert not remembered, remembered
        else:
            assert remembered and memory in remembered[0], (draft, remembered)


def test_here_it_is_is_no_offer_of_help_by_itself(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Adaeze, I came across an article on hiring dental assistants in tight labor "
        "markets and thought of you with the new Pearland location. Here it is, no need to "
        "reply.",
        JUST_MET,
        details=["Adaeze runs a pediatric dental practice in pearland, opened a second location"],
    )
    assert not any("“Here it is" in s for s in result.strengths), result.strengths
    assert any("hiring dental assistants" in s for s in result.strengths), result.strengths
