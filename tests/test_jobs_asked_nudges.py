"""Trial 26 (a plumber): "her radiators are shot and she asked me to price replacing them"
gave the first nudge "ask her what she's working on these days". A job a contact asks the
user to price is the user's to send: the first nudge and its draft say so, with the thing
named, whether or not the user has told Rapport their own trade."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 7300


@pytest.mark.parametrize(
    ("note", "line", "draft"),
    [
        (
            "met fiona baird at the chamber breakfast, her radiators are shot and she asked me "
            "to price replacing them. she runs baird lettings",
            "send her the price she wanted for replacing her radiators",
            "I'll send you the price you wanted for replacing your radiators.",
        ),
        (
            "rotary lunch: kasia nowak, her boiler keeps cutting out and she asked me to quote "
            "for a new one",
            "send her the quote she wanted for a new boiler",
            "I'll send you the quote you wanted for a new boiler.",
        ),
    ],
)
async def test_a_job_they_asked_the_user_to_price_is_the_first_thing_to_send(
    coach: Coach, clock: FakeClock, note: str, line: str, draft: str
) -> None:
    await coach.notes.capture(USER, note)
    said = await nudges_and_drafts(coach, clock, 4)
    text = " ".join(said)
    assert line in text, said
    assert draft in text, said
    assert "working on these days" not in text, said
    for each in said:
        assert fragments(each) == [], each
