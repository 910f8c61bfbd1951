"""Trial 31 (a physio writing to a pharmacist she met at her daughter's football): "would it
be ok if I left some of my clinic leaflets on your counter and we could cross refer" was read
as relationship-first (8/100). Asking to use someone's premises as your shop window, or to
set up a referral deal, is asking them for business: it is warned, and the phrase is named.

Each pitch is new, beside a warm twin that opens the same way."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

PAIRS = [
    (
        "Hi Marguerite, lovely chatting at the school quiz. Would you mind if I dropped a few "
        "of our salon flyers in your waiting room?",
        "Hi Marguerite, lovely chatting at the school quiz. Would you mind if I dropped the "
        "quiz answers round to your waiting room? You were robbed on question 9!",
    ),
    (
        "Great to see you at the allotment show, Deepak. Could I leave some of my business "
        "cards on your counter for customers?",
        "Great to see you at the allotment show, Deepak. Could I leave some of my marrow seeds "
        "on your counter for you to try?",
    ),
    (
        "Thanks for the tour of the gym, Carys. Since we both see runners, we could cross-refer "
        "clients, what do you think?",
        "Thanks for the tour of the gym, Carys. Since we both love running, we could do the "
        "Sunday long run together, what do you think?",
    ),
    (
        "Hi Obinna, congrats on the new surgery! As neighbours we should refer patients to "
        "each other.",
        "Hi Obinna, congrats on the new surgery! As neighbours we should grab lunch at the "
        "Turkish place some day.",
    ),
]


@pytest.mark.parametrize(("pitch", "warm"), PAIRS)
def test_a_shop_window_or_referral_deal_is_warned(
    assessor: PitchAssessor, pitch: str, warm: str
) -> None:
    asked = assessor.assess(pitch)
    assert asked.verdict != "relationship_first", (asked.verdict, asked.score)
    assert asked.reasons, "a warning names its phrase"
    assert assessor.assess(warm).verdict == "relationship_first"
