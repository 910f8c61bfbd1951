"""Asking a client for a review, testimonial or rating (trial 7): a favour for your business
asked early. A warm note that asks for one is warned as mixed, the phrase is named with why it
reads early, and the rewrite keeps the warm words and drops the ask. Warm notes that only
mention reviews stay warm."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

ASKS = [
    pytest.param(
        "Hi Sam, loved working on your wedding! Would you mind leaving me a review on Google? "
        "here's the link",
        "leaving me a review",
        "Hi Sam, loved working on your wedding!",
        id="review on Google, with a link",
    ),
    pytest.param(
        "Hi Noor, the cake tasting was such fun, thank you! Would you mind writing a quick "
        "testimonial for my site?",
        "writing a quick testimonial",
        "Hi Noor, the cake tasting was such fun, thank you!",
        id="testimonial",
    ),
    pytest.param(
        "Hey Cal, so glad the garden came out the way you pictured it. A 5-star review would "
        "mean the world to me.",
        "review would mean",
        "Hey Cal, so glad the garden came out the way you pictured it.",
        id="five stars would mean the world",
    ),
    pytest.param(
        "Hi Ines, great to see you at the school gate this morning. Could you rate us on Yelp "
        "when you have a minute?",
        "rate us on Yelp",
        "Hi Ines, great to see you at the school gate this morning.",
        id="rate us on Yelp",
    ),
    pytest.param(
        "Hi Theo, hope the boiler is behaving itself! If you get a chance, leave a review on "
        "my Google page. It really helps a small business like mine.",
        "leave a review",
        "Hi Theo, hope the boiler is behaving itself!",
        id="review on my Google page",
    ),
]
WARM = [
    pytest.param("Hi Sam, I left you a review on Google, you deserved it!", id="I left one"),
    pytest.param(
        "Hi Lena, loved reading the reviews of your new book, congratulations!",
        id="reviews of their book",
    ),
    pytest.param(
        "Thanks so much for the lovely review you left us, Jo. It made my week.",
        id="thanks for one they left",
    ),
    pytest.param(
        "Hi Ben, could you review my notes from the workshop before Friday?",
        id="a peer's eye on notes",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "rewrite"), ASKS)
def test_a_warm_note_asking_for_a_review_is_mixed_and_says_why(
    assessor: PitchAssessor, text: str, phrase: str, rewrite: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "mixed", (result.score, result.reasons)
    assert 25 <= result.score < 50
    [reason] = [r for r in result.reasons if "review" in r.why]
    assert reason.phrase == phrase
    assert "asked this early" in reason.why
    # The ask is never praised as a question about them or a gift.
    assert not any("genuine question" in s or "no ask" in s for s in result.strengths)
    assert result.suggestion == rewrite


@pytest.mark.parametrize("text", WARM)
def test_a_warm_note_that_only_mentions_reviews_stays_warm(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert result.suggestion == text


def test_a_review_asked_of_someone_just_met_is_pitch_first(assessor: PitchAssessor) -> None:
    text = "Could you leave us a review on Trustpilot? It helps a small business like ours."
    met_once = Relationship(stage="know", interactions=1, gave=0, days_known=2)
    assert assessor.assess(text, met_once).verdict == "pitch_first"


def test_a_review_a_long_time_client_offered_to_write_is_welcome(
    assessor: PitchAssessor,
) -> None:
    text = "Would you mind leaving that review on Google you offered? Here's the link."
    offered = Relationship(stage="trust", interactions=10, gave=2, days_known=300, they_asked=True)
    assert assessor.assess(text, offered).verdict == "relationship_first"
