"""Asking someone just met for money (trial 9, a nonprofit fundraiser): a gift, donation,
pledge, sponsorship, a table at the gala, their year-end giving. After a warm opener it is
mixed, when it is the point of the message or comes with scarcity it is pitch-first; the
phrase is named with why it reads early and the ask is never praised. Describing a friend's
work ("tell you about my friend…") is no pitch, and a warm draft is sent back as written."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, gave=0, days_known=1)

WARM_THEN_MONEY = [
    pytest.param(
        "Hi Chidi, it was great meeting you and Ngozi last night! I loved hearing about the "
        "twins and their violin lessons. Would you consider a gift before year end to help "
        "kids like them?",
        "consider a gift",
        id="trial: a gift before year end, after the twins",
    ),
    pytest.param(
        "Hi Rosa, so lovely to chat about your garden on Saturday. Could you make a donation "
        "to our literacy program this month?",
        "make a donation",
        id="a donation after the garden",
    ),
    pytest.param(
        "Dear Hal, I enjoyed our talk about sailing at the reception. Would you be willing to "
        "pledge to our spring appeal?",
        "pledge",
        id="a pledge after sailing",
    ),
    pytest.param(
        "Hey Wen, good to meet you at the book fair and hear about your new puppy. Would you "
        "support our campaign for the new library wing?",
        "support our campaign",
        id="support our campaign",
    ),
]

MONEY_IS_THE_POINT = [
    pytest.param(
        "Hi Eleni! Lovely to meet you. We have only 3 table sponsorships left for our spring "
        "gala, would Taverna Papadopoulos want one?",
        id="trial: only 3 table sponsorships left",
    ),
    pytest.param(
        "Hi Tomasz congrats on the house!! Keep us in mind for your year-end giving :)",
        id="trial: year-end giving, still caught",
    ),
    pytest.param(
        "Hi Dev, would you like to sponsor a table at our autumn dinner? Just two left!",
        id="sponsor a table, two left",
    ),
    pytest.param(
        "Hello Ana, please consider a year-end gift to the shelter. Every dollar helps.",
        id="a year-end gift is the whole note",
    ),
]

WARM = [
    pytest.param(
        "I wanted to tell you about my friend Maria Santos, she is the most generous music "
        "teacher I know, her kids at Clemente put on a winter concert every year that will "
        "make you cry. She's looking for a piano accompanist for the 17th if you know anyone.",
        id="trial: a friend's work, and who could help her",
    ),
    pytest.param(
        "I have to tell you about my neighbour Joe, he restores old bikes for kids in the "
        "building and they adore him. Do you know anyone with spare parts?",
        id="a neighbour's bikes",
    ),
    pytest.param(
        "Let me tell you about my cousin Priya, she just ran her first marathon after beating "
        "cancer. I thought of you and your running club!",
        id="a cousin's marathon",
    ),
    pytest.param(
        "Thanks so much for your gift to the food bank last year, Omar. The kids loved the "
        "new books. How is the new job going?",
        id="thanks for a past gift",
    ),
    pytest.param(
        "Hi June, congrats on the gold sponsorship award for your bakery! How did it feel to "
        "be up on stage?",
        id="their own award",
    ),
]


def _no_praise_for_the_ask(result_strengths: list[str], ask_words: tuple[str, ...]) -> None:
    for strength in result_strengths:
        assert not any(w in strength.casefold() for w in ask_words), strength


@pytest.mark.parametrize(("text", "phrase"), WARM_THEN_MONEY)
def test_money_asked_after_a_warm_opener_is_mixed_and_names_the_phrase(
    assessor: PitchAssessor, text: str, phrase: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "mixed", (result.score, result.reasons)
    [reason] = [r for r in result.reasons if "money" in r.why]
    assert phrase in reason.phrase
    assert any("early for that" in r.why for r in result.reasons)
    _no_praise_for_the_ask(result.strengths, ("gift", "donation", "pledge", "campaign"))
    assert reason.phrase not in result.suggestion


@pytest.mark.parametrize("text", MONEY_IS_THE_POINT)
def test_money_as_the_point_or_with_scarcity_is_pitch_first(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "pitch_first", (result.score, result.reasons)
    assert result.reasons
    _no_praise_for_the_ask(result.strengths, ("sponsor", "giving", "gift", "want one"))


def test_sponsorships_left_is_scarcity(assessor: PitchAssessor) -> None:
    text = (
        "Hi Eleni! Lovely to meet you. We have only 3 table sponsorships left for our spring "
        "gala, would Taverna Papadopoulos want one?"
    )
    result = assessor.assess(text, JUST_MET)
    assert any("scarcity" in r.why and "left" in r.phrase for r in result.reasons)
    assert any("money" in r.why for r in result.reasons)


@pytest.mark.parametrize("text", WARM)
def test_a_friends_work_or_a_past_gift_stays_warm_and_is_sent_as_written(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.reasons
    assert result.suggestion == text


def test_telling_them_about_my_business_is_still_a_pitch(assessor: PitchAssessor) -> None:
    text = "Hi Lou, I wanted to tell you about my business, we do payroll for restaurants."
    result = assessor.assess(text, JUST_MET)
    assert result.verdict != "relationship_first"
    assert any("tell you about my" in r.phrase for r in result.reasons)
