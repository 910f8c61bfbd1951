"""A console trial (a mortgage adviser in Leicester): gives and gets as the user sees them.
A client someone sends the user's way is a get from them, never a give to the client; a
number given reads "you gave Bogdan Ravi's number", with no "a" before a possessive; a give
said in a note and again with /gave counts once; a to-do is no give."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from bot.relationship_format import ledger_lines
from bot.relationship_format import recorded as recorded_html
from coach.service import Coach
from tests.conftest import FakeClock

ADVISER = 2901


def recorded(done) -> str:  # type: ignore[no-untyped-def]
    """The reply to /gave as the user reads it, without its markup."""
    return html.unescape(re.sub(r"<[^>]+>", "", recorded_html(done)))


async def card_of(coach: Coach, name: str):  # type: ignore[no-untyped-def]
    lookup = await coach.people.lookup(ADVISER, name)
    assert lookup.card is not None, name
    return lookup.card


async def test_a_client_sent_my_way_is_a_get_from_the_sender(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ADVISER, "met Priya Nair at BNI, planner at Oakfield Wealth")
    clock.advance(timedelta(days=1))
    card = await coach.notes.capture(
        ADVISER,
        "call w/ priya nair - shes got a landlord (mr okafor) after a btl remortgage, "
        "sending him my way",
    )
    assert [(e.direction, e.name) for e in card.ledger] == [("got", "Priya Nair")]
    assert ledger_lines(card.ledger) == ["🙏 Priya Nair referred Okafor to you"]
    priya = await card_of(coach, "Priya Nair")
    assert priya.given == [] and len(priya.received) == 1
    assert "Okafor" in priya.received[0]
    assert (await coach.ledger.balance(ADVISER)).total_gave == 0


async def test_a_to_do_is_no_give(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(ADVISER, "met Bronwen Hughes at the school gate, works at Lloyds")
    clock.advance(timedelta(days=1))
    card = await coach.notes.capture(
        ADVISER, "bronwen hughes is an angel, put her cousin in touch. send her a hamper or smth"
    )
    assert [e for e in card.ledger if e.direction == "gave"] == []
    assert (await card_of(coach, "Bronwen Hughes")).given == []


async def test_a_number_given_reads_without_an_article(coach: Coach) -> None:
    await coach.notes.capture(ADVISER, "met Bogdan Novak at the nets, electrician")
    await coach.notes.capture(ADVISER, "met Ravi Mehta at rotary, does wills and probate")
    done = await coach.ledger.record(ADVISER, "gave", "Bogdan Ravi's number for the will".split())
    line = recorded(done)
    assert "you gave Bogdan Novak Ravi's number for the will" in line, line
    assert "a Ravi's" not in line, line


async def test_a_give_said_in_a_note_and_with_gave_counts_once(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ADVISER, "met Bogdan Novak at the nets, electrician")
    await coach.notes.capture(ADVISER, "met Ravi Mehta at rotary, does wills and probate")
    clock.advance(timedelta(days=1))
    card = await coach.notes.capture(
        ADVISER, "rang bogdan, gave him ravi's number for the will - ravi does wills"
    )
    assert [(e.direction, e.name) for e in card.ledger] == [("gave", "Bogdan Novak")]
    assert "Ravi's number" in card.ledger[0].what
    clock.advance(timedelta(hours=2))
    done = await coach.ledger.record(ADVISER, "gave", "Bogdan Ravi's number for the will".split())
    assert done.gave == 1, recorded(done)
    assert "given 1" in recorded(done)
    assert len((await card_of(coach, "Bogdan Novak")).given) == 1


async def test_a_relative_who_rang_with_thanks_is_a_referral_got(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ADVISER, "met Delia Grant at the school gate, works at Next")
    clock.advance(timedelta(days=3))
    card = await coach.notes.capture(
        ADVISER,
        "delia's son marcus rang!! wants a quote for his first flat. delia is a legend, must "
        "get her a bottle of fizz",
    )
    assert [(e.direction, e.name) for e in card.ledger] == [("got", "Delia Grant")]
    delia = await card_of(coach, "Delia Grant")
    assert delia.given == [] and delia.received == ["referred Marcus to me"]
