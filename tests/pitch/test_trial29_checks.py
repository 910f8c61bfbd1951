"""Trial 29 (a mortgage adviser in Leicester): /check read a request for a caterer's price
list, to pass on to the adviser's clients, as the adviser's own price put in front of her;
passed "a no-obligation chat about their first home" as warm; read "happy to do a free
review for Imran" as asking for a rating; said "rates" and "rate" as two bullets; and
credited the user's own words ("did my mum's bathroom last year", "I think we could be
really powerful referral partners") as remembering something the contact said."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach

USER = 7329
MEMORY = "remembers something they told you"


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


async def test_asking_for_their_price_list_to_pass_on_is_no_pitch(coach: Coach) -> None:
    user = USER + 1
    await coach.notes.capture(user, "met marisol vega at the chamber mixer, she runs a bakery")
    verdict, card = await _card(
        coach,
        user,
        "Hi Marisol, hope the December orders are going well! A couple of my clients are "
        "hosting in January, could you send me your price list so I can pass it on?",
    )
    assert verdict == "relationship_first", card
    assert "What reads as a pitch" not in card, card


async def test_a_no_obligation_chat_offered_after_their_news_is_a_hook(coach: Coach) -> None:
    user = USER + 2
    await coach.notes.capture(
        user, "met kofi mensah at the rotary breakfast, his daughter just got engaged"
    )
    verdict, card = await _card(
        coach,
        user,
        "Hi Kofi, congratulations on your daughter's engagement! Do tell them I'm happy to "
        "have a no-obligation chat about a first mortgage when they're ready.",
    )
    assert verdict != "relationship_first", card
    assert "“no-obligation chat”" in card, card


async def test_a_free_review_the_writer_offers_is_no_rating_asked(coach: Coach) -> None:
    user = USER + 3
    await coach.notes.capture(user, "met agata nowak at the school gate, teaches year 4")
    _, card = await _card(
        coach,
        user,
        "Hi Agata, lovely chatting at the gate! By the way, happy to do a free review of "
        "your pension for you or anyone you know.",
    )
    assert "rating" not in card, card
    assert "“free review”" in card, card


async def test_one_point_in_one_sentence_is_one_bullet(coach: Coach) -> None:
    user = USER + 4
    await coach.notes.capture(user, "met liam byrne at the cricket club, works in logistics")
    _, card = await _card(
        coach,
        user,
        "Hi Liam, good to meet you. Our rates are the best in town and our rate for new "
        "clients is even lower.",
    )
    assert card.count("talks price or discounts") == 1, card


async def test_the_users_own_words_are_no_memory_of_theirs(coach: Coach) -> None:
    user = USER + 5
    await coach.notes.capture(
        user,
        "met ciaran doyle at bni, joiner, did a big kitchen refit last year, keen on referral "
        "partners",
    )
    _, card = await _card(
        coach,
        user,
        "Ciaran, great to meet at BNI. My friend Ola is a designer who did my sister's "
        "kitchen refit last year. I think we could be great referral partners.",
    )
    assert MEMORY not in card, card


async def test_a_track_record_told_unasked_is_promotion_and_is_cut(coach: Coach) -> None:
    user = USER + 6
    await coach.notes.capture(user, "met ewa zielinska at bni, she's a letting agent")
    verdict, card = await _card(
        coach,
        user,
        "Hi Ewa, great to meet at BNI. I've helped 200+ families in Leicester get onto the "
        "property ladder. Hope the lettings side is busy!",
    )
    assert verdict != "relationship_first", card
    assert "“I've helped 200+ families”: promotes you" in card, card
    rewrite = card.split("Try this:", 1)[1]
    assert "200+" not in rewrite and "Hope the lettings side is busy" in rewrite, card
