"""Selling cues a fourth trial found missed: deadlines on an offer, booking links, news of a
new product, referrals sent "to me", and an introduction asked for in order to sell. Each is
flagged with its phrase, and the question that asks a favour is no question about them."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor


def _hits(assessor: PitchAssessor, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for hit in assessor.features(text).hits:
        found.setdefault(hit.feature, []).append(hit.text)
    return found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Hi Dana, lovely meeting you at the expo. We're running 20% off onboarding for "
            "new clinics through Friday.",
            "through Friday",
        ),
        (
            "Hi Lena, congrats on the promotion! Lock in our solar rates before they go up Jan 1.",
            "before they go up",
        ),
        (
            "Hey Sam, good to see you Tuesday. This week only we're offering free audits.",
            "week only",
        ),
        ("Hi Nia, our window-cleaning discount ends Sunday if you want in.", "ends Sunday"),
    ],
)
def test_a_deadline_on_an_offer_is_urgency(assessor: PitchAssessor, text: str, phrase: str) -> None:
    assert phrase in _hits(assessor, text).get("urgency", [])
    result = assessor.assess(text)
    assert any(r.phrase == phrase and "urgency" in r.why for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, I'm away at my sister's through Friday, but are you around next week?",
        "Hi Claire, the honey tasting at the market ends Sunday, are your hives in it?",
    ],
)
def test_a_date_that_sells_nothing_is_no_urgency(assessor: PitchAssessor, text: str) -> None:
    assert "urgency" not in _hits(assessor, text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Hi Dev, great chatting. Here's my Calendly link.", "Calendly link"),
        (
            "Hey Marco, great catching up. Feel free to grab 15 minutes on my calendar.",
            "grab 15 minutes on my calendar",
        ),
        ("Hey Luis, fun seeing you at the rally. Book a time with me this month.", "Book a time"),
    ],
)
def test_a_booking_link_is_flagged(assessor: PitchAssessor, text: str, phrase: str) -> None:
    assert phrase in _hits(assessor, text).get("booking_link", [])
    assert any(r.phrase == phrase for r in assessor.assess(text).reasons)


def test_news_of_a_new_product_is_self_promotion(assessor: PitchAssessor) -> None:
    text = "Hi Greta! By the way, we just launched a new art insurance product for galleries."
    assert "we just launched" in _hits(assessor, text).get("self_promo", [])
    news = "Hi Greta! My niece just launched her first zine, you'd love it."
    assert "self_promo" not in _hits(assessor, news)


def test_a_referral_sent_to_me_is_a_referral_ask(assessor: PitchAssessor) -> None:
    text = "Hi Paulo, thanks for the tour. Could you refer a few of your members to me?"
    found = _hits(assessor, text)
    assert "refer a few of your members to me" in found.get("referral_ask", [])
    assert "question_about_them" not in found
    assert assessor.assess(text).verdict == "pitch_first"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Hi Tom, hope the bakery is going well. Any chance you'd introduce me to your "
            "accountant? I'd love to pitch her on our bookkeeping software.",
            "introduce me to your accountant",
        ),
        (
            "Hi Jo, could you introduce me to your landlord so I can show him our cleaning "
            "service?",
            "introduce me to your landlord so I can show him our cleaning service",
        ),
    ],
)
def test_an_intro_asked_for_to_sell_is_flagged_and_not_praised(
    assessor: PitchAssessor, text: str, phrase: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "pitch_first"
    assert any(
        r.phrase == phrase and "introduction in order to sell" in r.why for r in result.reasons
    )
    assert not any("genuine question" in s for s in result.strengths)


def test_a_favour_asked_is_no_question_about_them(assessor: PitchAssessor) -> None:
    text = "Hi Tom, any chance you'd introduce me to your landlord?"
    assert "question_about_them" not in _hits(assessor, text)
    about = "Hi Tom, how is your landlord treating you these days?"
    assert "question_about_them" in _hits(assessor, about)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, lovely meeting you at the expo. We're running 20% off onboarding through "
        "Friday. Here's my Calendly link.",
        "Hi Priya, hope the move went smoothly! By the way, we just launched a new payroll "
        "app. Could you refer a few of your clients to me?",
        "Hi Tom, hope the bakery is going well. Any chance you'd introduce me to your "
        "accountant? I'd love to pitch her on our bookkeeping software.",
        "Hi Lena, congrats on the promotion! Our solar rebate ends Sunday, so lock it in "
        "before prices go up Jan 1.",
    ],
)
def test_the_rewrite_keeps_no_asking_or_selling_sentence(
    assessor: PitchAssessor, text: str
) -> None:
    hook = "How did the first week in the new place go?"
    result = assessor.assess(text, hook=hook)
    assert result.verdict == "pitch_first"
    suggestion = result.suggestion.lower()
    for word in ("calendly", "refer", "introduce", "launched", "pitch", "rebate", "off"):
        assert f" {word}" not in suggestion, result.suggestion
    assert result.suggestion.endswith(hook)
