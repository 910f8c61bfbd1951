"""A probe of 40 fresh pairs (nlp/pitch/data/pairs_x.jsonl) let through an estate agent's
"congratulations on baby number three! The flat must feel tiny now, we have some lovely
four-beds in Ikoyi coming up and I can arrange viewings for you" (5/100): the writer's own
listings, put in front of them behind their news, and viewings offered, are promotion. The
same opening with something of the writer's given, not sold, is warm."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

LISTINGS = [
    pytest.param(
        "Aoibheann, congrats on the twins! Your place must be bursting now. We've got a few "
        "lovely three-beds coming up in Clontarf, happy to arrange viewings.",
        "Aoibheann, congrats on the twins! Your place must be bursting now. We've got a few "
        "bags of baby clothes in the attic, happy to drop them over.",
        id="a few lovely three-beds, happy to arrange viewings",
    ),
    pytest.param(
        "Hi Rohan, congratulations on the promotion! I have two gorgeous 3-bed flats in "
        "Bandra coming on next month and I can arrange a viewing for you.",
        "Hi Rohan, congratulations on the promotion! I have two tickets for the Wankhede Test "
        "next month and I can keep one for you.",
        id="two gorgeous 3-bed flats, arrange a viewing for you",
    ),
    pytest.param(
        "hey shawna congrats on the new job in austin!! we have some beautiful 4-bed homes "
        "near the office, i can set up viewings for u this weekend",
        "hey shawna congrats on the new job in austin!! we have some beautiful photos from "
        "your goodbye party, i can send them to u this weekend",
        id="lowercase: some beautiful 4-bed homes, set up viewings for u",
    ),
]


@pytest.mark.parametrize(("text", "warm"), LISTINGS)
def test_listings_and_viewings_behind_their_news_are_warned(
    assessor: PitchAssessor, text: str, warm: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert any("view" in r.phrase or "bed" in r.phrase for r in result.reasons), result.reasons


@pytest.mark.parametrize(("text", "warm"), LISTINGS)
def test_its_warm_twin_is_not_warned(assessor: PitchAssessor, text: str, warm: str) -> None:
    assert text.split()[:4] == warm.split()[:4]
    result = assessor.assess(warm)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
