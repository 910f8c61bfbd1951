"""A recruiter's console trial found three rewrites a person would not send: a pitch line ("I
have a great candidate for you! 5 years QA automation…") kept with a question tacked on; a
rewrite with no greeting at all ("How is running the Dublin marathon going?" for a draft that
named the person); and one that kept "you mentioned a coffee in the new year, would love that"
and then jumped to an unrelated detail. The rewrite drops the asking sentences, keeps the
greeting and warm lines, and adds at most one line that fits.
"""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

HOOK = "How did the Galway half marathon go?"


@pytest.mark.parametrize(
    ("draft", "name"),
    [
        pytest.param(
            "I have a superb candidate for you Eabha! Six years of payroll, free to start "
            "Monday. Can we jump on a call this week to agree fees?",
            "Eabha",
            id="name after the pitch",
        ),
        pytest.param(
            "Olamide, I'm holding a few dates for next spring, do you want me to pencil yours in?",
            "Olamide",
            id="name as the opener",
        ),
        pytest.param(
            "hey tomás! got three roles that would suit you perfectly, can I put you forward?",
            "tomás",
            id="lowercase greeting",
        ),
    ],
)
def test_the_rewrite_keeps_who_it_greets(assessor: PitchAssessor, draft: str, name: str) -> None:
    rewritten = assessor.assess(draft, hook=HOOK).suggestion
    assert rewritten.casefold().startswith(("hi " + name.casefold(), name.casefold(), "hey")), (
        rewritten
    )
    assert name.casefold() in rewritten.casefold(), rewritten


@pytest.mark.parametrize(
    "draft",
    [
        "hi fionn, congrats on the new office! any vacancies in your team? I have a few great "
        "network engineers on my books.",
        "Well done on the promotion Zainab! Is your team hiring? I've got some brilliant "
        "analysts available now.",
    ],
)
def test_the_writers_people_go_with_the_openings_ask(assessor: PitchAssessor, draft: str) -> None:
    rewritten = assessor.assess(draft).suggestion
    assert "engineers" not in rewritten and "analysts" not in rewritten, rewritten
    assert "congrats" in rewritten.casefold() or "well done" in rewritten.casefold(), rewritten


def test_a_kept_line_about_their_own_ask_is_not_followed_by_another_topic(
    assessor: PitchAssessor,
) -> None:
    rewritten = assessor.assess(
        "Hi Meabh, you suggested a pint after Christmas, I'd love that. In the meantime I've "
        "got some great contract roles for you, can I put you forward?",
        hook=HOOK,
    ).suggestion
    assert "pint after Christmas" in rewritten, rewritten
    assert "marathon" not in rewritten and "roles" not in rewritten, rewritten
