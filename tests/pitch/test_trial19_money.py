"""Trial 19 (a physio): "we might be able to chip in as a sponsor" was warned as "asks for
money". The writer offering money (to sponsor, chip in, donate) is a give, not an ask."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach
from nlp.pitch.model import PitchAssessor
from tests.pitch.labelled_rows import assert_trial_rows_read_as_labelled

USER = 7019
MEMORY = "remembers something they told you"


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


# 3. Offering money is a give, not an ask for it.


async def test_offering_to_chip_in_as_a_sponsor_is_a_give(coach: Coach) -> None:
    user = USER + 5
    await coach.notes.capture(
        user, "met ola at the polish club, runs the kids' football, into fishing"
    )
    verdict, card = await _card(
        coach, user, "Cześć Ola! Cheers for the chat. We might be able to chip in as a sponsor."
    )
    assert verdict == "relationship_first", card
    assert "asks for money" not in card and "What reads as a pitch" not in card, card
    assert "Looks good to send" in card, card


async def test_offering_to_donate_is_a_give(coach: Coach) -> None:
    user = USER + 6
    await coach.notes.capture(user, "met priya shah at the fun run, into baking")
    verdict, card = await _card(
        coach,
        user,
        "Hi Priya, lovely to meet you at the fun run. We'd be glad to sponsor a table at the "
        "hospice gala, and I can chip in for the raffle too.",
    )
    assert verdict == "relationship_first", card
    assert "asks for money" not in card and "What reads as a pitch" not in card, card


def test_every_labelled_trial_row_reads_as_labelled(assessor: PitchAssessor) -> None:
    assert sum(assert_trial_rows_read_as_labelled(assessor, "t19-")) >= 4


async def test_an_offer_of_money_if_they_need_it_is_still_a_give(coach: Coach) -> None:
    """ "…chip in as a sponsor if you're still short": "you" in the condition does not make
    the writer's offer a question to them (trial 19, replayed)."""
    user = USER + 7
    await coach.notes.capture(
        user, "met marek at the polish centre, runs a dads football league, needs kit sponsors"
    )
    verdict, card = await _card(
        coach,
        user,
        "Cześć Marek! Cheers for the chat. Been thinking about the kits - we might be able to "
        "chip in as a sponsor if you're still short, and our receptionist speaks Polish.",
    )
    assert "asks for money" not in card, card
    assert verdict != "pitch_first", card
