"""A probe of 40 fresh pairs (nlp/pitch/data/pairs_x.jsonl) let through "congratulations on the
new job! All that laptop time can play havoc with the neck, so book an ergonomic assessment
with me before it starts" (5/100): a booking with the writer asked for, behind their news, is
asking for the business. The same words about booking something together, or with someone
else, sell nothing."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

# (pitch, the warm twin: same opening)
BOOKINGS = [
    pytest.param(
        "Hi Chinonso, congrats on the new role at the bank! All those hours at a desk are hard "
        "on the back, so book a posture assessment with me before you start.",
        "Hi Chinonso, congrats on the new role at the bank! All those hours at a desk are hard "
        "on the back, so get a proper chair before you start, my cousin swears by hers.",
        id="book a posture assessment with me",
    ),
    pytest.param(
        "Morag, how's the shoulder after the Munro? Book in with me at the practice next week "
        "and we'll get it moving.",
        "Morag, how's the shoulder after the Munro? Rest it up next week and we'll get you "
        "back on the hills by spring.",
        id="book in with me at the practice",
    ),
    pytest.param(
        "hey kyle congrats on the engagement!! book ur engagement shoot with us, we'd love to "
        "do it",
        "hey kyle congrats on the engagement!! send me ur engagement pics, we'd love to see them",
        id="lowercase: book ur engagement shoot with us",
    ),
    pytest.param(
        "Dear Mrs Iyer, lovely to meet you at the Pongal celebration. Do book Arjun's first "
        "check-up with me at the surgery when he turns one.",
        "Dear Mrs Iyer, lovely to meet you at the Pongal celebration. Do bring Arjun to the "
        "park on Sunday when the weather turns.",
        id="book Arjun's first check-up with me",
    ),
    pytest.param(
        "Siobhán, so sorry about the fall. Book yourself in with us for a few sessions and "
        "we'll have you walking the prom in no time.",
        "Siobhán, so sorry about the fall. I'll drop in with soup and we'll have you walking "
        "the prom in no time.",
        id="book yourself in with us",
    ),
]


@pytest.mark.parametrize(("text", "warm"), BOOKINGS)
def test_a_booking_with_the_writer_is_warned_as_asking_for_the_business(
    assessor: PitchAssessor, text: str, warm: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert any("book" in r.phrase.lower() for r in result.reasons), result.reasons
    assert "book" not in result.suggestion.lower(), result.suggestion


@pytest.mark.parametrize(("text", "warm"), BOOKINGS)
def test_its_warm_twin_is_not_warned(assessor: PitchAssessor, text: str, warm: str) -> None:
    assert text.split()[:4] == warm.split()[:4]
    result = assessor.assess(warm)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tendai, great to see you at the braai. Book the cottage in Skye with us for June, "
        "the kids would love it.",
        "Hi Aisling, so sorry about your knee. I booked my physio with Dr Rao at her clinic "
        "and she was brilliant, I'll send you her number.",
        "Hi Omar, I've still got your book with me from the club, I'll bring it Saturday.",
    ],
)
def test_bookings_that_sell_nothing_are_not_warned(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
