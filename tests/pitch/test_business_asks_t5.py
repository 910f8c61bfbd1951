"""Kinds of /check problems a fifth trial found, with messages of our own: asking to be their
preferred or recommended provider, a sales line to their clients, a price and a deadline
threat after warm news, who signs off on a budget, and a card that never contradicts itself
or repeats the relationship context. None of these messages is in a data set."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor, Relationship

MET_RECENTLY = Relationship(stage="know", interactions=1, days_known=4, met=True)
FRIEND = Relationship(stage="like", interactions=4, days_known=70, met=True)
WARNED = ("mixed", "pitch_first")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            "Hi Priya, so glad the shop reopened! Would you think about naming us as your "
            "preferred cleaning contractor?",
            "naming us as your preferred",
            id="preferred provider",
        ),
        pytest.param(
            "Good to see you at the book club, Tam. Could you recommend me to your members? "
            "I have slots free in March.",
            "recommend me to your",
            id="recommend me to your members",
        ),
        pytest.param(
            "Hey Lou, excited for the fun run! Could you add our banner to the race page and "
            "promote our spring offer to the runners?",
            "promote our spring offer",
            id="banner and offer",
        ),
    ],
)
def test_asking_to_be_listed_or_recommended_is_an_ask_for_business(
    assessor: PitchAssessor, text: str, phrase: str
) -> None:
    result = assessor.assess(text, MET_RECENTLY)
    assert result.verdict in WARNED
    assert any(phrase in r.phrase and "send you business" in r.why for r in result.reasons)
    assert not any("genuine question" in s and phrase in s for s in result.strengths)
    assert phrase not in result.suggestion
    # the trade line left alone once the ask is cut goes too
    assert "slots free" not in result.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nell, lovely meeting you at the fair! If any of your customers ever need a "
        "dog walker we'd love to help. How's the puppy settling in?",
        "Hi Nell, lovely meeting you at the fair! Here's our website pawsandgo.co.uk. How's "
        "the puppy settling in?",
    ],
)
def test_a_sales_line_to_someone_met_recently_is_warned(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text, MET_RECENTLY)
    assert result.verdict in WARNED
    assert result.reasons
    assert "puppy" in result.suggestion
    assert "pawsandgo" not in result.suggestion and "we'd love to help" not in result.suggestion


@pytest.mark.parametrize("relationship", [MET_RECENTLY, FRIEND, None])
def test_a_price_and_deadline_threat_after_warm_news_is_flagged(
    assessor: PitchAssessor, relationship: Relationship | None
) -> None:
    text = (
        "Hi Oli, congratulations on the engagement! Just so you know the €80 fee has to be "
        "in by Tuesday or we'll have to give your place to someone on the waiting list."
    )
    result = assessor.assess(text, relationship)
    assert result.verdict in WARNED
    whys = " ".join(r.why for r in result.reasons)
    assert "price" in whys and "urgency" in whys
    assert "sent on its own" in whys


def test_who_signs_off_on_a_budget_asks_for_the_decision_maker(
    assessor: PitchAssessor,
) -> None:
    result = assessor.assess(
        "Hi Theo, great chatting at the quiz. Who signs off on the IT budget at Marlow?",
        MET_RECENTLY,
    )
    assert any("who makes the decisions" in r.why for r in result.reasons)


def test_budget_news_is_not_price_talk_and_never_both_pitch_and_good(
    assessor: PitchAssessor,
) -> None:
    result = assessor.assess(
        "Hi Gus, fab news that the school budget was approved! Anything I can help with "
        "before the term starts?",
        MET_RECENTLY,
    )
    assert result.verdict == "relationship_first"
    assert not any("price" in r.why for r in result.reasons)


def test_a_pitch_sentence_is_never_what_is_good(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Ivy, lovely chatting on Friday. I've sent you our yoga brochure - classes start "
        "at £12 and there are only 3 spaces left. Who decides on the staff perks budget?",
        MET_RECENTLY,
        details=["Ivy is organising a staff perks week", "loves yoga"],
    )
    flagged = [r.phrase for r in result.reasons]
    for strength in result.strengths:
        assert not any(p in strength for p in flagged), (strength, flagged)
        assert "brochure" not in strength


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a million Ruth, so glad the surgery went well.",
        "Hi Ruth, great to meet you at the gallery opening, hope you got home ok.",
    ],
)
def test_a_thanks_or_greeting_is_no_memory(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text, MET_RECENTLY, details=["met Ruth at the gallery opening"])
    remembered = [s for s in result.strengths if s.startswith("remembers")]
    assert not any("Thanks a million" in s or "great to meet" in s for s in remembered)


def test_the_relationship_context_is_said_once(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Sam, good to meet you. We're running 20% off this week only, and I'd love to "
        "book a quick call. Who handles purchasing at your firm?",
        MET_RECENTLY,
    )
    assert len(result.reasons) >= 3
    context = "met 4 days ago"
    assert sum(context in r.why for r in result.reasons) == 1


def test_a_rewrite_never_says_the_same_noun_or_congratulation_twice(
    assessor: PitchAssessor,
) -> None:
    result = assessor.assess(
        "Hey Bo! Great chatting about the triathlon. We're doing 10% off sports massage "
        "this month: calendly.com/kneadit",
        MET_RECENTLY,
        hook="How is the triathlon training coming along?",
    )
    assert result.suggestion.lower().count("triathlon") == 1
    result = assessor.assess(
        "Hi Kit, congrats on the new bakery!! If it helps, I can do a free logo audit for you.",
        MET_RECENTLY,
        hook="Congratulations on opening the bakery!",
    )
    assert result.suggestion.lower().count("congrat") == 1


def test_a_bare_business_homepage_is_a_sales_line_but_a_shared_page_is_not(
    assessor: PitchAssessor,
) -> None:
    sales = assessor.assess(
        "Hi Nell, lovely meeting you at the fair! pawsandgo.co.uk if you ever need a walker. "
        "How's the puppy settling in?",
        MET_RECENTLY,
    )
    assert sales.verdict in WARNED
    assert "pawsandgo" not in sales.suggestion
    shared = assessor.assess(
        "Hi Nell, lovely meeting you at the fair! Here's the recipe I mentioned: "
        "bbcgoodfood.com/recipes/parkin How's the puppy settling in?",
        MET_RECENTLY,
    )
    assert shared.verdict == "relationship_first"


def test_a_rewrite_never_congratulates_them_on_someone_elses_news(
    assessor: PitchAssessor,
) -> None:
    draft = (
        "Hi Zara, hope the week is going well! If it helps, I can do a free valuation of the "
        "flat for you."
    )
    other = assessor.assess(
        draft, MET_RECENTLY, hook="Congratulations on Femi getting the keys to the Leith flat!"
    )
    assert "Femi" not in other.suggestion
    theirs = assessor.assess(
        draft, MET_RECENTLY, hook="Congratulations on getting the keys to the Leith flat!"
    )
    assert "Leith flat" in theirs.suggestion
