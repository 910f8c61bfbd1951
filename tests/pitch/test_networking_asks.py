"""Asking a stranger for advice, a coffee chat, an informational interview or a job lead is
not pitching: nothing of the writer's is for sale. The same formulaic opener followed by a
sale is still a pitch. And pitches in words no pattern lists are caught by their kind: a
chance at their business, an offer to go over what they buy, an introductory deal. None of
these messages is in a data set."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor, Relationship

OPENERS = [
    "Hi Dana, I hope this finds you well. I came across your profile on LinkedIn.",
    "Dear Mr. Ferreira, I hope this email finds you well. My name is Ola Berg.",
    "Hello Priti, I hope you're having a good week. I read your article on warehouse design.",
]
NETWORKING = [
    pytest.param(
        "I'm a second-year engineering student and would love your advice on breaking into "
        "logistics. Would you have 15 minutes for a call sometime?",
        id="advice over a call",
    ),
    pytest.param(
        "I'm new to the city and trying to learn the architecture scene. Could I buy you a "
        "coffee and hear how you got started?",
        id="coffee to hear their path",
    ),
    pytest.param(
        "I'm finishing my master's in supply chain. Would you be open to a brief "
        "informational interview about your experience at Maersk?",
        id="informational interview",
    ),
    pytest.param(
        "I was laid off in March and I'm looking for a role in operations. If you hear of "
        "any openings, would you keep me in mind?",
        id="job lead",
    ),
    pytest.param(
        "I saw your team has an opening for a data analyst, and I'd love to apply. Would you "
        "be comfortable referring me, or pointing me to the right person?",
        id="referral for a job",
    ),
]
PITCHES = [
    pytest.param(
        "Our routing software cuts delivery costs by 15%, and I'd love to show you a quick "
        "demo. Would you have 15 minutes for a call sometime?",
        id="demo over a call",
    ),
    pytest.param(
        "We supply packaging to warehouses like yours, and we're offering new accounts a "
        "month free. Would you be open to a short call?",
        id="introductory deal",
    ),
    pytest.param(
        "I run a commercial cleaning company, and if you're ever in the market, I'd "
        "appreciate the chance to earn your business.",
        id="earn your business",
    ),
]


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("ask", NETWORKING)
def test_a_networking_ask_to_a_stranger_is_not_a_pitch(
    assessor: PitchAssessor, opener: str, ask: str
) -> None:
    result = assessor.assess(f"{opener} {ask}")
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.reasons, result.reasons


@pytest.mark.parametrize("ask", NETWORKING)
def test_a_networking_ask_is_not_early_business_with_someone_met_once(
    assessor: PitchAssessor, ask: str
) -> None:
    met_once = Relationship(stage="know", interactions=1, days_known=3)
    result = assessor.assess(f"{OPENERS[0]} {ask}", met_once)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("pitch", PITCHES)
def test_the_same_opener_before_a_sale_is_still_a_pitch(
    assessor: PitchAssessor, opener: str, pitch: str
) -> None:
    result = assessor.assess(f"{opener} {pitch}")
    assert result.pitch_first, (result.score, result.reasons)
    assert result.reasons


def test_advice_asked_alongside_a_sale_is_still_a_sale(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Dana, I'd love your advice on the logistics market. Our routing software cuts "
        "delivery costs by 15%. Would you have 15 minutes for a call?"
    )
    assert result.pitch_first, (result.score, result.reasons)


# (message, a word of the flagged phrase, a word of why)
KINDS = [
    pytest.param(
        "Hi Marta, lovely to meet you at the swim meet. I don't know who does the "
        "landscaping at your office park, but we'd love a shot at it.",
        "shot at",
        "asks for the business",
        id="a shot at their business",
    ),
    pytest.param(
        "Hi Leon, congrats on the new baby! When you're back from leave, let's go over your "
        "life insurance together.",
        "go over your life insurance",
        "as a prospect",
        id="an offer to go over what they buy",
    ),
    pytest.param(
        "Hey Ana, great seeing you at the farmers market. Next time you need a caterer, "
        "please consider us.",
        "consider us",
        "asks for the business",
        id="consider us",
    ),
    pytest.param(
        "Hi Rob, thanks for the tip about the trail. We're offering new members two weeks "
        "free at the climbing gym this month.",
        "offering new members",
        "special offer",  # two weeks free names no price: never "talks price"
        id="an introductory deal",
    ),
    pytest.param(
        "Hi Sue, so nice meeting you at the choir concert. Our limited-time spring package "
        "includes two facials for the price of one.",
        "limited-time",
        "urgency",
        id="limited time",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "why"), KINDS)
def test_each_new_kind_of_pitch_is_caught_and_explained(
    assessor: PitchAssessor, text: str, phrase: str, why: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert any(phrase in r.phrase and why in r.why for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gus, congratulations on the promotion! Your calendar must be packed now.",
        "Dear Councilmember Price, thank you for coming to our block meeting last night.",
        "Hi Mo, your soccer league needs a twelfth team? Count me in, it sounds fun.",
        "Sorry to hear you got rear-ended, glad you're okay. Want to borrow our car?",
        "Only two weeks left until the wedding, are you nervous yet?",
        "Who did the mural in your restaurant? It's beautiful.",
        "Your support would mean a great deal to the kids on the team.",
        "Could I buy you a coffee to say thanks for the introduction?",
    ],
)
def test_everyday_words_that_look_like_a_pitch_are_not(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
