"""What trials 7 and 8 found in /check, as a kind each: a referral ask passed as warm (and was
praised as thanks), "who handles X at <company>" passed as a genuine question, a general offer
of help was called promotion, and rewrites kept a pitch by implication. Each kind is tested in
the trial's words and in others."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=2, met=True)

REFERRALS = [
    pytest.param(
        "Hey Wei, congrats again on baby Mei! If you know anyone else who's thinking about "
        "RESPs I'd really appreciate a referral.",
        "appreciate a referral",
        "Hey Wei, congrats again on baby Mei!",
        id="trial 7: appreciate a referral",
    ),
    pytest.param(
        "Hi Ana, so nice to catch up at the market. If you know anyone who needs a wedding "
        "photographer, send them my way!",
        "send them my way",
        # Trial 18: with the ask cut, the pleasantry alone ends on a question about them.
        "Hi Ana, so nice to catch up at the market. How has the rest of your week been?",
        id="send them my way",
    ),
    pytest.param(
        "Hi Tom, loved your talk yesterday. Feel free to pass my name along to anyone planning "
        "a kitchen remodel.",
        "pass my name",
        "Hi Tom, loved your talk yesterday.",
        id="pass my name along",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "kept"), REFERRALS)
def test_a_referral_ask_after_a_warm_opener_is_mixed_and_named(
    assessor: PitchAssessor, text: str, phrase: str, kept: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "mixed", (result.score, result.reasons)
    assert any(phrase in r.phrase and "send you business" in r.why for r in result.reasons)
    # The ask is never praised as a thank-you.
    assert not any("thanks them" in s for s in result.strengths), result.strengths
    assert result.suggestion == kept


BUYERS_AT = [
    pytest.param(
        "Hi Rashid, so good to see you at Frank's party. Would you happen to know who handles "
        "employee benefits at TD? I'd love to connect.",
        "who handles employee benefits at TD",
        "Hi Rashid, so good to see you at Frank's party.",
        id="trial 7: who handles benefits at TD",
    ),
    pytest.param(
        "Hi Lee, great to meet you at the mixer! Who decides on office furniture at Shopify?",
        "decides on office furniture at Shopify",
        "Hi Lee, great to meet you at the mixer!",
        id="who decides at Shopify",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "kept"), BUYERS_AT)
def test_asking_who_buys_at_a_named_company_is_a_way_in(
    assessor: PitchAssessor, text: str, phrase: str, kept: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict != "relationship_first", result.score
    assert any(phrase in r.phrase and "way in" in r.why for r in result.reasons), result.reasons
    assert not any("genuine question" in s for s in result.strengths), result.strengths
    assert result.suggestion.startswith(kept)
    assert "connect" not in result.suggestion


GENERAL_OFFERS = [
    pytest.param(
        "Hi Mehmet, great meeting you at the meetup on Sunday! Good luck with the parkly launch, "
        "and say hi to Elif. Let me know if I can help with anything",
        id="trial 8: let me know if I can help with anything",
    ),
    pytest.param(
        "Hi Jo, lovely dinner last night. Happy to help however I can with the move.",
        id="happy to help however I can",
    ),
    pytest.param(
        "Hi Sam, congrats on the new job! If there's anything I can do, just shout.",
        id="if there's anything I can do",
    ),
    pytest.param(
        "Hi Priya, so sorry to hear about your dad. Let me know if I can help.",
        id="let me know if I can help",
    ),
]


@pytest.mark.parametrize("text", GENERAL_OFFERS)
def test_a_general_offer_of_help_is_generosity_not_promotion(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not any("promotes you" in r.why for r in result.reasons)
    assert result.score < 25
    assert result.values["self_promo"] == 0
    assert result.suggestion == text


def test_an_offer_of_help_with_what_you_sell_still_promotes(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Sam, good to meet you. Let me know if I can help with your bookkeeping.", JUST_MET
    )
    assert result.verdict != "relationship_first"
    assert any("promotes you" in r.why for r in result.reasons)


NEED_POINTERS = [
    pytest.param(
        "Hi Priya, thanks for the coffee! If Vikram goes independent he'll need to think about "
        "his pension — I do free reviews for people making the jump, happy to chat.",
        "Hi Priya, thanks for the coffee!",
        "pension",
        id="trial 7: he'll need to think about his pension",
    ),
    pytest.param(
        "Hi Dan, congrats on the new shop! You'll want someone to handle the books once it's "
        "busy. I run a small bookkeeping practice and could take it on.",
        "Hi Dan, congrats on the new shop!",
        "books",
        id="you'll want someone to handle the books",
    ),
]


@pytest.mark.parametrize(("text", "kept", "gone"), NEED_POINTERS)
def test_a_rewrite_drops_the_sentence_that_points_at_what_you_sell(
    assessor: PitchAssessor, text: str, kept: str, gone: str
) -> None:
    result = assessor.assess(text, JUST_MET)
    assert result.suggestion.startswith(kept), result.suggestion
    assert gone not in result.suggestion, result.suggestion


def test_a_warm_line_about_what_they_will_want_stays(assessor: PitchAssessor) -> None:
    text = "Hi Dan, congrats on the new shop! You'll want to celebrate once it's busy."
    assert assessor.assess(text, JUST_MET).suggestion == text


@pytest.mark.parametrize(
    "text",
    [
        "Congrats on the launch!! 🚀 The app looks really smooth. Keep me in mind when you're "
        "ready to redesign the onboarding, I'm happy to jump in",
        "Hi Mehmet, congrats on the launch!! 🚀 The app looks really smooth. Keep me in mind "
        "when you're ready to redesign the onboarding, I'm happy to jump in",
    ],
)
def test_the_rewrite_keeps_the_greeting_and_warm_sentences_as_written(
    assessor: PitchAssessor, text: str
) -> None:
    warm = text.split(" Keep me in mind")[0]
    result = assessor.assess(text, JUST_MET, hook="How is Ayla finding school?")
    assert result.suggestion.startswith(warm), result.suggestion


def test_a_rewrite_drops_the_turn_to_your_trade(assessor: PitchAssessor) -> None:
    """Trial 8 kept "By the way I'm a freelance UX designer and I do exactly onboarding
    flows." (and credited it as remembered): the first line of the pitch it cut."""
    text = (
        "Hi Mehmet, great meeting you Sunday! By the way I'm a freelance UX designer and I do "
        "exactly onboarding flows. I could send you my portfolio and rates, I have only two "
        "slots left in january so better to decide quick"
    )
    suggestion = assessor.assess(text, JUST_MET, hook="How is Ayla finding school?").suggestion
    assert suggestion == "Hi Mehmet, great meeting you Sunday! How is Ayla finding school?"


def test_a_self_introduction_in_a_warm_note_stays(assessor: PitchAssessor) -> None:
    text = (
        "Hi Ola, great to meet you at the fair! By the way, I'm a nursing student, so your "
        "talk on triage was gold. How did you get into the ER?"
    )
    assert assessor.assess(text, JUST_MET).suggestion == text


def test_introducing_your_trade_is_not_credited_as_remembering_them(
    assessor: PitchAssessor,
) -> None:
    result = assessor.assess(
        "Hi Mehmet, great meeting you Sunday! By the way I'm a freelance UX designer and I do "
        "exactly onboarding flows. I could send you my portfolio and rates.",
        JUST_MET,
        details=["they search a UX designer for the onboarding"],
    )
    assert not any("UX designer" in s for s in result.strengths), result.strengths
