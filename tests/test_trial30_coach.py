"""Trial 30 at service level: what the user reads after gives logged twice, a need met by a
number given, a relative's operation, a pronoun the notes never gave, a card with a detail
to use, and a remark of the user's after an offer. Each with new people and words."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from bot.formatting import person_card
from bot.relationship_format import ledger_lines
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said, nudges_and_drafts

USER = 3030


async def card_text(coach: Coach, name: str) -> str:
    lookup = await coach.people.lookup(USER, name)
    assert lookup.card is not None, name
    return html.unescape(re.sub(r"<[^>]+>", "", person_card(lookup.card)))


# --- 1. a give or get logged by /gave or /got and by a note counts once ------------------


async def test_a_gave_then_the_same_give_in_a_note_counts_once(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER, "met Dmitri Volkov (Volkov Kitchens) at the trade show, he needs a good bookkeeper"
    )
    clock.advance(timedelta(days=1))
    await coach.ledger.record(USER, "gave", "Dmitri the supplier list".split())
    clock.advance(timedelta(hours=3))
    card = await coach.notes.capture(USER, "sent dmitri the supplier list")
    said = " ".join(ledger_lines(card.ledger))
    assert "counted it once" in said, said
    balance = await coach.ledger.balance(USER)
    assert balance.total_gave == 1, balance
    lookup = await coach.people.lookup(USER, "Dmitri")
    assert lookup.card is not None
    assert len(lookup.card.given) == 1, lookup.card.given


async def test_a_got_then_the_same_get_in_a_note_counts_once(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER, "met Dmitri Volkov (Volkov Kitchens) at the trade show, he needs a good bookkeeper"
    )
    clock.advance(timedelta(days=2))
    await coach.ledger.record(USER, "got", "Dmitri a lead for a bathroom refit".split())
    clock.advance(timedelta(hours=1))
    await coach.notes.capture(USER, "dmitri sent me a lead for a bathroom refit")
    balance = await coach.ledger.balance(USER)
    assert balance.total_got == 1, balance
    assert [line.got for line in balance.only_taken] == [1], balance.only_taken
    review = await coach.reviews.build(USER)
    assert [(o.name, o.got) for o in review.owed] == [("Dmitri Volkov", 1)], review.owed


async def test_two_different_gives_or_one_said_weeks_apart_count_twice(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "met Dmitri Volkov (Volkov Kitchens) at the trade show")
    clock.advance(timedelta(days=1))
    await coach.ledger.record(USER, "gave", "Dmitri the supplier list".split())
    await coach.notes.capture(USER, "sent dmitri the article on kitchen trends")
    assert (await coach.ledger.balance(USER)).total_gave == 2
    clock.advance(timedelta(days=20))
    await coach.notes.capture(USER, "sent dmitri the supplier list")
    assert (await coach.ledger.balance(USER)).total_gave == 3


# --- 2. a need met by what the user gave ----------------------------------------------


async def test_a_number_given_in_a_note_meets_the_need_it_names(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER, "lunch with Lukas Brandt (Brandt Roofing), he needs a probate solicitor"
    )
    clock.advance(timedelta(days=1))
    await coach.notes.capture(USER, "gave lukas the number of my probate solicitor")
    shown = await card_text(coach, "Lukas")
    assert "Needs:" not in shown, shown
    found = await coach.people.find(USER, "who needs a solicitor")
    assert [h.contact.name for h in found.hits] == [], found.hits


async def test_details_passed_on_with_gave_meet_the_need(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        USER, "coffee with Nadia Haddad (Cedar Bakery), she needs a conveyancing solicitor"
    )
    clock.advance(timedelta(days=2))
    await coach.ledger.record(USER, "gave", "Nadia my conveyancing solicitor's details".split())
    shown = await card_text(coach, "Nadia")
    assert "Needs:" not in shown, shown


async def test_a_number_for_something_else_leaves_the_need(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        USER, "lunch with Lukas Brandt (Brandt Roofing), he needs a probate solicitor"
    )
    clock.advance(timedelta(days=1))
    await coach.notes.capture(USER, "gave lukas the number of my plumber")
    shown = await card_text(coach, "Lukas")
    assert "Needs: a probate solicitor" in shown, shown


async def test_something_else_given_in_the_note_of_the_need_leaves_it(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER,
        "met Odhran Kelly at the chamber, gave a talk, he needs a solicitor",
    )
    shown = await card_text(coach, "Odhran")
    assert "Needs: a solicitor" in shown, shown


# --- 3. a relative's hard news is asked after once ------------------------------------


async def test_a_relatives_operation_is_asked_after_once(coach: Coach, clock: FakeClock) -> None:
    await coach.set_my_work(USER, "mortgage adviser")
    await coach.notes.capture(
        USER,
        "coffee with Maeve Doherty (Doherty Lettings), her dad is in for a knee op this week, "
        "she offered to send me a couple of landlords",
    )
    said = await nudges_and_drafts(coach, clock, 28)
    nudges = said[::2]  # each nudge is followed by its draft
    assert len(nudges) >= 2, nudges
    asked = [s for s in nudges if "knee op" in s]
    assert len(asked) == 1, nudges
    assert "ask her how her dad is doing after his knee op" in asked[0], asked


async def test_an_operation_still_to_come_is_not_asked_after_as_done(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER,
        "coffee with Grainne Molloy (Molloy Travel), her dad is having a heart op next week",
    )
    said = await nudges_and_drafts(coach, clock, 3)
    text = "\n".join(said)
    assert "after his heart op" not in text, text
    assert "ask her how her dad is doing with his heart op coming up" in text, text
    assert "How's your dad doing with his heart op coming up?" in text, text


# --- 4. a pronoun the notes never gave ----------------------------------------------------


async def test_good_news_is_congratulated_by_name_when_the_pronoun_is_unknown(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(USER, "met Kiri Tane at the makers market, just got engaged")
    await coach.notes.capture(USER, "met Taiwo Bello at the rotary lunch, just had a baby girl")
    said = await nudges_and_drafts(coach, clock, 4)
    text = "\n".join(said)
    assert "congratulate them" not in text.casefold(), text
    assert "Kiri on getting engaged" in text, text
    assert "Taiwo on the new baby" in text, text


# --- 5. a generic line where the card holds a detail ---------------------------------


async def test_work_said_as_what_they_do_is_asked_about(coach: Coach, clock: FakeClock) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "florist",
        ("coffee with Ines Duarte (Brightwater), she does payroll for small firms",),
        days=16,
    )
    text = "\n".join(said)
    assert "working on these days" not in text, text
    assert "something first" not in text, text


async def test_a_workplace_alone_is_asked_about(coach: Coach, clock: FakeClock) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "florist",
        ("lunch with Tobias Lund (Lund Joinery)",),
        days=3,
    )
    text = "\n".join(said)
    assert "working on these days" not in text, text
    assert "Lund Joinery" in text, text


# --- 6. the user's remark after an offer is no part of it ------------------------------


async def test_a_remark_after_an_offer_stays_off_the_card(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "coffee with Orla Quinn (Quinn Florals), she offered to send me some wedding leads, lovely",
    )
    await coach.notes.capture(
        USER,
        "lunch with Wren Adair (Adair Studio), Wren offered to introduce me to her printer, "
        "what a star",
    )
    await coach.notes.capture(
        USER, "drinks with Cian Walsh (Walsh Vans), he can lend me a van for the fair great guy"
    )
    orla = await card_text(coach, "Orla")
    assert "Offers: send you some wedding leads\n" in orla, orla
    wren = await card_text(coach, "Wren")
    assert "Offers: introduce you to her printer\n" in wren, wren
    cian = await card_text(coach, "Cian")
    assert "Offers: lend you a van for the fair\n" in cian, cian  # the note keeps its words
