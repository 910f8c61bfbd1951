"""What the /check card credits and how it describes the relationship: no "built trust" under
a pitch-first verdict or two days after meeting, never "haven't met" beside a meeting date,
quotes that are whole clauses, and "remembers" only for words holding a known detail."""

from __future__ import annotations

from nlp.pitch import PitchAssessor, Relationship

FRESH = Relationship(stage="like", interactions=3, gave=1, days_known=2)
LONG = Relationship(stage="trust", interactions=6, gave=1, days_known=200)


def test_a_pitch_first_verdict_says_nothing_of_a_welcome_next_step(
    assessor: PitchAssessor,
) -> None:
    text = (
        "Hi Nia, hope the move went well! We just launched a new renters policy. Could you "
        "refer a few of your tenants to me?"
    )
    result = assessor.assess(text, LONG)
    assert result.verdict == "pitch_first"
    assert not any("next step is welcome" in s for s in result.strengths)


def test_trust_is_claimed_only_with_real_history(assessor: PitchAssessor) -> None:
    text = "Hi Ola, great seeing you. Would you have time for a call about the lease next week?"
    fresh = assessor.assess(text, FRESH)
    assert not any("built trust" in s for s in fresh.strengths)
    assert not FRESH.has_history and LONG.has_history


def test_a_meeting_date_means_they_have_met() -> None:
    said = Relationship(stage="know", interactions=0, days_known=6).describe()
    assert "haven't met" not in said
    assert "met 6 days ago" in said
    assert "haven't met yet" in Relationship(stage="know", interactions=0).describe()


def test_the_header_uses_their_pronoun() -> None:
    said = Relationship(stage="like", interactions=3, gave=1, days_known=40).describe("her")
    assert "you've helped her once" in said
    assert "helped them" in Relationship(gave=2).describe()


def test_thinking_of_you_is_no_remembered_detail(assessor: PitchAssessor) -> None:
    text = "Hey Ravi, thinking of you this weekend, good luck with the marathon!"
    unknown = assessor.assess(text, details=["has a new puppy called Miso"])
    assert not any(s.startswith("remembers") for s in unknown.strengths)
    alone = assessor.assess("Hey Ravi, thinking of you this weekend!")
    assert not any(s.startswith("remembers") for s in alone.strengths)


def test_remembering_is_credited_with_the_detail_in_the_quote(assessor: PitchAssessor) -> None:
    text = "Hi Ravi, you mentioned the Chicago marathon in May, how is the training going?"
    result = assessor.assess(text, details=["running the Chicago marathon in May"])
    credited = [s for s in result.strengths if s.startswith("remembers")]
    assert credited and "marathon" in credited[0]


def test_an_offer_is_quoted_whole(assessor: PitchAssessor) -> None:
    text = "Hey Ravi, good luck with the marathon! I know a great physio if your knee acts up."
    result = assessor.assess(text)
    gives = [s for s in result.strengths if s.startswith("offers help")]
    assert gives and "physio" in gives[0]


def test_a_turn_to_business_is_quoted_with_its_sentence(assessor: PitchAssessor) -> None:
    text = "Hi Ana, great chatting at the mixer. Also, we do home staging if you ever need it."
    result = assessor.assess(text)
    turns = [r for r in result.reasons if "turns a warm opening" in r.why]
    assert turns and turns[0].phrase.startswith("Also, we do home staging")


def test_someone_not_yet_met_is_counted_from_when_they_were_added() -> None:
    said = Relationship(stage="know", interactions=0, days_known=6, met=False).describe()
    assert said == "know stage, you haven't met yet, added 6 days ago"
    met = Relationship(stage="know", interactions=0, days_known=6, met=True).describe()
    assert met == "know stage, met 6 days ago"


def test_a_known_detail_is_credited_even_without_a_memory_phrase(
    assessor: PitchAssessor,
) -> None:
    text = "Hi Omar, saw this piece on cycling nutrition. Good luck on the St Jude ride!"
    result = assessor.assess(text, details=["Omar is doing the St Jude charity ride in June"])
    assert "remembers something they told you: “Good luck on the St Jude ride!”" in (
        result.strengths
    )
