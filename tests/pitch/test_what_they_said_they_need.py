"""A recruiter's console trial: to a candidate whose card says he is looking for a hybrid Java
role, "I have a great hybrid Java role that would be perfect for you, are you free for a quick
call Monday?" was Mixed. A message that offers a contact exactly what they said they need is
help, and a call to talk it through is part of the help; a price or a push beside it still
sells, and the same offer to someone who never said they need it is still an offer.
"""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor, Relationship

NEW = Relationship(stage="know", interactions=0, days_known=3)

ANSWERED = [
    pytest.param(
        ["Looking for a remote React Native contract"],
        "Nneka gave me your number. I've a remote React Native contract that would suit you "
        "well, could we have a quick chat on Thursday?",
        id="remote react native contract and a chat",
    ),
    pytest.param(
        ["wants a part-time bookkeeping job near Cork"],
        "hi siobhán, saw your post. i have a part-time bookkeeping job near Cork that's perfect "
        "for you, free for a call tomorrow?",
        id="part-time bookkeeping job, lowercase",
    ),
    pytest.param(
        ["Needs a wedding photographer for June 2027"],
        "Hi Priyanka, Dev said you need a wedding photographer for June 2027. I have June "
        "2027 free and would love to do it, can we hop on a call next week?",
        id="a wedding photographer for their date",
    ),
]


@pytest.mark.parametrize(("notes", "draft"), ANSWERED)
def test_offering_what_they_said_they_need_is_help(
    assessor: PitchAssessor, notes: list[str], draft: str
) -> None:
    card = assessor.assess(draft, NEW, needs=notes)
    assert card.verdict == "relationship_first", card
    assert any(s.startswith("gives what they asked for") for s in card.strengths), card


def test_the_same_offer_to_someone_who_never_said_so_is_still_warned(
    assessor: PitchAssessor,
) -> None:
    draft = (
        "Nneka gave me your number. I've a remote React Native contract that would suit you "
        "well, can I put you forward for it?"
    )
    assert assessor.assess(draft, NEW, needs=["Loves sea swimming"]).verdict != (
        "relationship_first"
    )


def test_a_price_beside_what_they_need_still_sells(assessor: PitchAssessor) -> None:
    card = assessor.assess(
        "I've a remote React Native contract that would suit you well. My placement fee is "
        "only 10% this month, could we have a quick chat on Thursday?",
        NEW,
        needs=["Looking for a remote React Native contract"],
    )
    assert card.verdict != "relationship_first", card
