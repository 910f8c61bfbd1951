"""Trial 19 (a physio): "i can do pitchside for the home games" to a coach whose card says
he needs someone pitchside was warned "he hasn't asked for it". An offer that meets a need on
their card answers their ask: green, with "gives what they asked for"."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach

USER = 7019
MEMORY = "remembers something they told you"


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


# 4. Giving what their card says they need answers their ask.


async def test_covering_the_pitchside_they_need_gives_what_they_asked_for(coach: Coach) -> None:
    user = USER + 7
    await coach.notes.capture(
        user,
        "callum reid head coach at roundhay rfc, wants someone pitchside on saturdays for the "
        "home games",
    )
    verdict, card = await _card(
        coach, user, "Hi Callum, I can cover pitchside for your saturday home games in february."
    )
    assert verdict == "relationship_first", card
    assert "What reads as a pitch" not in card, card
    assert "gives what Callum asked for: “I can cover pitchside" in card, card


async def test_a_stall_at_the_mela_they_need_gives_what_they_asked_for(coach: Coach) -> None:
    user = USER + 8
    await coach.notes.capture(
        user, "met jas gill from the community centre, needs a physio stall at the vaisakhi mela"
    )
    verdict, card = await _card(
        coach,
        user,
        "@Jas Gill hi jas, count me in for the vaisakhi mela, i'll bring a couple of plinths.",
    )
    assert verdict == "relationship_first", card
    assert "What reads as a pitch" not in card, card
    assert "gives what Jas asked for: “count me in for the vaisakhi mela" in card, card
