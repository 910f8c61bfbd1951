"""Trial 18: /check read soft pitches behind a warm opener "Looks good to send": a recruiter's
"I'd love to share a few profiles, do you have 15 minutes next week?", a bookkeeper's "if you
ever want a second set of eyes on your books, my door's open", and a warm opener before what
the writer sells (a deck, a demo, a catalogue). Their warm twins open the same way and stay
personal, and must stay green. Each is driven through the coach's check and the card the bot
sends; the labelled dev rows of the trial must each be warned with their phrase quoted."""

from __future__ import annotations

import html

import pytest

from bot.formatting import check_card
from coach.service import Coach
from nlp.pitch.model import PitchAssessor
from tests.pitch.labelled_rows import assert_trial_rows_read_as_labelled

USER = 7018

PITCHES = [
    pytest.param(
        "Great seeing you at the mixer! I'd love to share a few profiles, do you have 15 "
        "minutes next week?",
        "share a few profiles",
        "puts what you sell in front of them before they've asked for it",
        id="trial: a recruiter shares profiles",
    ),
    pytest.param(
        "So good to catch up Sam. If you ever want a second set of eyes on your books, my "
        "door's open.",
        "a second set of eyes on your books",
        "offers your trade as a favour; this early it reads as a sales line",
        id="trial: a second set of eyes on your books",
    ),
    pytest.param(
        "Lovely chatting at the gala, Irene. I have three strong candidates for your controller "
        "role, happy to send their CVs over.",
        "I have three strong candidates for your controller role",
        "puts what you sell in front of them before they've asked for it",
        id="candidates for their role",
    ),
    pytest.param(
        "Good seeing you at church, Mark. Whenever you want a second look at your retirement "
        "portfolio, give me a shout.",
        "a second look at your retirement portfolio",
        "offers your trade as a favour",
        id="a second look at their portfolio",
    ),
    pytest.param(
        "Thanks for the lovely dinner, Ines! I'll email you our new furniture catalogue, a few "
        "pieces would suit your lobby.",
        "email you our new furniture catalogue",
        "puts what you sell in front of them",
        id="a catalogue emailed",
    ),
]

WARM_TWINS = [
    "Great seeing you at the mixer! I'd love to share an article on beekeeping I think you'd "
    "enjoy, I'll send the link.",
    "So good to catch up Sam. If you ever want a second set of eyes on your wedding speech, my "
    "door's open.",
    "So good to catch up, Sam. You mentioned you need a new accountant, I'd love to introduce "
    "you to my cousin Rita, she does small business books.",
    "Thanks for the lovely dinner, Ines! I'll email you the article on Alvar Aalto I "
    "mentioned, I think you'll love it.",
    "Hope the move went well! Btw the bakery on your new street is running a holiday special "
    "on stollen, it's the best in town.",
    "Saw you crushed the half marathon, Priya! Would love to hear how you trained for the "
    "hills, I'm signing up for the fall one.",
    "Great seeing you at the conference! Happy to send over the slides from my talk since you "
    "missed it.",
    "So fun to see you! I have a few candidates for the book club name, want to vote?",
    "Congrats on the new job! I'd love to share the case study you asked about from my class.",
]


@pytest.mark.parametrize(("draft", "phrase", "why"), PITCHES)
async def test_a_soft_pitch_behind_a_warm_opener_is_warned_and_says_why(
    coach: Coach, draft: str, phrase: str, why: str
) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    assert check.assessment.verdict != "relationship_first", check.assessment.score
    card = html.unescape(check_card(check))
    assert "Looks good to send" not in card, card
    assert "What reads as a pitch" in card and f"“{phrase}”: {why}" in card, card
    assert "turns a warm opening toward business" in card, card


@pytest.mark.parametrize("draft", WARM_TWINS)
async def test_its_warm_twin_looks_good_to_send(coach: Coach, draft: str) -> None:
    check = await coach.drafts.check_draft(USER, draft)
    card = html.unescape(check_card(check))
    assert check.assessment.verdict == "relationship_first", card
    assert "What reads as a pitch" not in card, card


def test_every_labelled_trial_pitch_is_warned_with_its_phrase(assessor: PitchAssessor) -> None:
    warm, pitches = assert_trial_rows_read_as_labelled(assessor, "t18-")
    assert warm >= 30 and pitches >= 30
