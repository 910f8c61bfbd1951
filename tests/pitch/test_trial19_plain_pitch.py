"""Trial 19 (a physio): a plain pitch ("please find attached our price list", "become your
preferred physio referral partner", "book a meeting to discuss a referral agreement") was
called "Looks good to send", its partner line credited as a memory."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach

USER = 7019
MEMORY = "remembers something they told you"


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


# 1. A plain pitch: a price list, "your preferred … partner", a referral agreement, a meeting.


async def test_a_price_list_and_a_preferred_partner_pitch_is_pitch_first(coach: Coach) -> None:
    user = USER + 1
    await coach.notes.capture(
        user, "met dr okafor, gp at the moortown surgery, keen on physio for his patients"
    )
    await coach.notes.capture(user, "coffee with dr okafor, his patients wait months for physio")
    verdict, card = await _card(
        coach,
        user,
        "@Dr Okafor hi dr okafor, please find attached our price list. we'd love to become "
        "your preferred physio provider and can offer your patients priority slots. could we "
        "book a meeting to discuss a referral partnership?",
    )
    assert verdict == "pitch_first", card
    assert "Looks good to send" not in card, card
    assert "“please find attached our price list”" in card, card
    assert "become your preferred physio provider" in card, card
    assert MEMORY not in card, card


async def test_a_preferred_supplier_and_referral_agreement_is_warned(coach: Coach) -> None:
    user = USER + 2
    await coach.notes.capture(user, "met lena berg at the expo, runs a chain of gyms, into padel")
    verdict, card = await _card(
        coach,
        user,
        "Hi Lena, please find attached our price list. We would love to become your preferred "
        "supplier. Could we book a meeting to discuss a referral agreement?",
    )
    assert verdict == "pitch_first", card
    assert "Looks good to send" not in card, card
    assert "become your preferred supplier" in card and "referral agreement" in card, card
    assert MEMORY not in card, card
