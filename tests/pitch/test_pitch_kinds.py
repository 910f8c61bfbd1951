"""Each kind of pitch issue 20 names is caught and explained, with the phrase and why it reads
early; describing a friend's work is not a pitch. None of these messages is in a data set."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor, Relationship

# (message, a word of the flagged phrase, a word of why)
KINDS = [
    pytest.param(
        "Hi Dora, it was so nice to see you at the bake sale, and your lemon tart was gone in "
        "minutes. By the way, we do commercial insurance for cafés, and I'd love to quote yours.",
        "By the way",
        "warm opening",
        id="pivot after a warm opener",
    ),
    pytest.param(
        "Hi Sergio, lovely to meet you at the marina. I'd love to pick your brain about your "
        "boatyard's insurance needs over a beer.",
        "pick your brain",
        "as a prospect",
        id="pick your brain about your needs",
    ),
    pytest.param(
        "Hey Nell, fun dinner last night! Are you happy with your current bookkeeper?",
        "current bookkeeper",
        "as a prospect",
        id="happy with your current X",
    ),
    pytest.param(
        "Hi Wes, great to see you at the chili cook-off. If any of your tenants need a "
        "locksmith, I'd love to be your go-to.",
        "go-to",
        "send you business",
        id="referral ask",
    ),
    pytest.param(
        "Hi Ida, thanks for the garden tour, your roses are something else. I'd be happy to do "
        "a free home energy assessment for you.",
        "free home energy assessment",
        "sales hook",
        id="free assessment",
    ),
    pytest.param(
        "Hi Colm, good chatting at the hospital gala. Who handles facilities contracts at your "
        "hospital?",
        "Who handles",
        "way in",
        id="who handles X at your company",
    ),
    pytest.param(
        "Hi Beatriz, congrats on the new office! Who would be the best person at your firm to "
        "talk to about printing?",
        "best person at your firm",
        "way in",
        id="best person at your firm to talk to",
    ),
    pytest.param(
        "Hi Jonah, loved hearing about your road trip. Keep me in mind when you're ready to "
        "sell the van.",
        "Keep me in mind",
        "send you business",
        id="keep me in mind",
    ),
    pytest.param(
        "Hi Margo, so good to catch up at book club. I only have two slots left for family "
        "portraits this fall.",
        "two slots left",
        "scarcity",
        id="scarcity",
    ),
]
MET_ONCE = Relationship(stage="know", interactions=1, gave=0, days_known=3)


@pytest.mark.parametrize(("text", "phrase", "why"), KINDS)
def test_each_kind_of_pitch_is_caught_and_explained(
    assessor: PitchAssessor, text: str, phrase: str, why: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert all(r.phrase in text for r in result.reasons)
    assert any(phrase in r.phrase and why in r.why for r in result.reasons), result.reasons


@pytest.mark.parametrize(("text", "phrase", "why"), KINDS)
def test_with_someone_met_once_the_reasons_say_once_why_it_is_early(
    assessor: PitchAssessor, text: str, phrase: str, why: str
) -> None:
    """The relationship context is said once, on the last ask, never repeated on each bullet."""
    result = assessor.assess(text, MET_ONCE)
    assert result.pitch_first
    assert result.reasons
    tail = "early for that (know stage, you've met once, met 3 days ago)"
    asks = [
        r for r in result.reasons if not r.why.startswith(("reads like", "is about you", "a link"))
    ]
    assert [r.why.count(tail) for r in asks] == [0] * (len(asks) - 1) + [1]


@pytest.mark.parametrize(
    "text",
    [
        "My friend Sarah Kim is a CPA who works with a lot of contractors.",
        "Hey Bob, Sarah Kim mentioned you're looking for a bookkeeper. My friend Sarah Kim is "
        "a CPA who works with a lot of contractors.",
        "My neighbour Luis runs a small moving company and does great work. Want his number?",
    ],
)
def test_describing_a_friends_work_is_not_asking_for_business(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.reasons


def test_the_same_claim_about_yourself_is_still_a_pitch(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "I'm a CPA and I work with a lot of contractors. Can we set up a call this week?"
    )
    assert result.pitch_first


@pytest.mark.parametrize(
    "text",
    [
        "Are you signing up for the spring 10k? I'd love a running buddy.",
        "How is the new pottery class filling up? I hope you get a full room.",
        "Is there anything I can help with before the move?",
    ],
)
def test_questions_about_their_plans_are_not_pressure(assessor: PitchAssessor, text: str) -> None:
    assert assessor.assess(text).verdict == "relationship_first"
