"""Trial 31 (a Glasgow physio): a firm's name put right and a move from one employer to
another change the card's firm; a business moving premises leaves it as it was."""

from __future__ import annotations

from datetime import timedelta

from bot.formatting import person_card
from coach.service import Coach
from storage.contacts import Contacts
from tests.conftest import FakeClock

PHYSIO = 3101


async def card_head(coach: Coach, name: str) -> str:
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, PHYSIO)
        found = [cid for cid, said, _ in await contacts.named(name) if said == name]
        assert len(found) == 1, found
    card = await coach.people.card(PHYSIO, found[0])
    assert card is not None
    return person_card(card).split("Notes:")[0]


async def test_a_firms_name_put_right_is_on_the_card(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        PHYSIO, "met farid malik from malik motor services, he needs a bookkeeper"
    )
    clock.advance(timedelta(days=2))
    await coach.notes.capture(PHYSIO, "farid's firm is just malik motors not malik motor services")
    head = await card_head(coach, "Farid Malik")
    assert "Malik Motors" in head and "Motor Services" not in head, head


async def test_left_one_firm_and_moved_to_another_is_on_the_card(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(PHYSIO, "met ngozi eze, head of payroll at harbour freight")
    clock.advance(timedelta(days=3))
    await coach.notes.capture(
        PHYSIO, "saw ngozi at the pool, she's left harbour freight and moved to network rail"
    )
    head = await card_head(coach, "Ngozi Eze")
    assert "Network Rail" in head.splitlines()[0], head


async def test_a_shop_moving_premises_keeps_its_owners_firm(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(PHYSIO, "met bogdan nowicki from nowicki bakery, training for a 10k")
    clock.advance(timedelta(days=3))
    await coach.notes.capture(
        PHYSIO,
        "swimming gala, bogdan came along, his bakery's moved from govan to a bigger shop "
        "on paisley road",
    )
    head = await card_head(coach, "Bogdan Nowicki")
    assert "Nowicki Bakery" in head.splitlines()[0], head
    assert "Swimming" not in head.splitlines()[0], head
