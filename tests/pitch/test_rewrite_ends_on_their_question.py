"""A rewrite that keeps the user's own question about them ends there. The probe of fresh pairs
(nlp/pitch/data/pairs_x.jsonl) found "Jim, how's the back after all that digging at the
allotment?" with the half-price session cut, and then "What are you working on these days
that you're most excited about?" stacked on it: two questions, the second unrelated to his back.
"""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor
from nlp.pitch.rewrite import GENERIC_HOOK, SIMPLE_HOOK


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        (
            "Priyanka, did the move to Leeds go okay? If you need storage, we have units from "
            "£20 a month.",
            "Priyanka, did the move to Leeds go okay?",
        ),
        (
            "Ciara, how did the exams go in the end? Our grinds are €30 an hour if she needs "
            "them for the repeats.",
            "Ciara, how did the exams go in the end?",
        ),
        (
            "hey tomasz how was the stag do in krakow?? btw we do 10% off suit hire for grooms "
            "this month",
            "how was the stag do in krakow??",
        ),
        (
            "Dear Mr Eze, how is the new shop in Enugu coming along? We print banners from "
            "₦15,000 and can deliver by Friday.",
            "Dear Mr Eze, how is the new shop in Enugu coming along?",
        ),
    ],
)
def test_no_question_is_stacked_on_the_one_they_kept(
    assessor: PitchAssessor, draft: str, kept: str
) -> None:
    result = assessor.assess(draft)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert kept in result.suggestion, result.suggestion
    assert result.suggestion.rstrip().endswith("?"), result.suggestion
    assert GENERIC_HOOK not in result.suggestion and SIMPLE_HOOK not in result.suggestion, (
        result.suggestion
    )


def test_a_statement_left_alone_still_gets_a_question(assessor: PitchAssessor) -> None:
    result = assessor.assess(
        "Hi Marisol, lovely meeting you at BNI. If you know anyone who needs a plumber, send "
        "them my way."
    )
    assert result.suggestion.rstrip().endswith("?"), result.suggestion
