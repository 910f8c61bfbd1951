"""Trial 26 (a plumber): a contact asked him to price a job, and "happy to pop round and have a
look for free" was warned pitch-first as a sales hook. A free look at the very job someone asked
you to price is their ask answered; the same free offer made unasked is still a hook."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach

USER = 7290


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


async def test_a_free_look_at_the_job_they_asked_you_to_quote_answers_them(coach: Coach) -> None:
    user = USER + 1
    await coach.notes.capture(
        user,
        "met kasia nowak at the rotary lunch, her boiler keeps cutting out and she asked me to "
        "quote for a new one",
    )
    verdict, card = await _card(
        coach,
        user,
        "Hi Kasia, lovely to meet you at the lunch. Happy to pop round and look at the boiler "
        "for free before I quote, whenever suits you.",
    )
    assert verdict == "relationship_first", card
    assert "What reads as a pitch" not in card, card
    assert "gives what she asked for" in card, card


async def test_asked_to_price_a_job_then_offered_a_free_survey_of_it(coach: Coach) -> None:
    user = USER + 2
    await coach.notes.capture(
        user,
        "chatted to obi okafor at the school gate, the fence at the back of his garden blew "
        "down and he asked me to price fixing it",
    )
    verdict, card = await _card(
        coach, user, "Hi Obi, I can come by on Saturday and measure up the fence, no charge."
    )
    assert verdict == "relationship_first", card
    assert "sales hook" not in card, card


async def test_a_free_audit_nobody_asked_for_is_still_a_hook(coach: Coach) -> None:
    user = USER + 3
    await coach.notes.capture(
        user, "met dev patel at the chamber breakfast, runs a courier firm with 12 vans"
    )
    verdict, card = await _card(
        coach,
        user,
        "Hi Dev, great to meet you. Happy to run a free audit of your fleet policy, no obligation.",
    )
    assert verdict != "relationship_first", card
    assert "sales hook" in card, card
