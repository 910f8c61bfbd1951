"""A console trial (a caterer in Atlanta): corrections applied to what is known. A relative's
name put right renames the relative (no second husband); a contact said to be someone's
wife is linked, not made again; a firm corrected from a people's name makes no contact of
it; a correction or a line of news closes no follow-up; a follow-up said to be someone
else's moves to them; "dr whitfield" is the known Harold Whitfield."""

from __future__ import annotations

from datetime import timedelta

from bot.formatting import note_card, person_card
from coach.service import Coach
from storage.contacts import Contacts
from tests.conftest import FakeClock

CATERER = 2501


async def names(coach: Coach) -> list[str]:
    """Everyone kept, relatives too."""
    async with coach.rt.unit_of_work() as session:
        keyed = await Contacts(session, CATERER).all_keyed()
        return sorted(row[1] for row in keyed)


async def contact(coach: Coach, name: str):  # type: ignore[no-untyped-def]
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, CATERER)
        found = [cid for cid, said, _ in await contacts.named(name) if said == name]
        assert len(found) == 1, found
        return await contacts.get(found[0])


async def card_text(coach: Coach, name: str) -> str:
    card = await coach.people.card(CATERER, (await contact(coach, name)).id)
    assert card is not None
    return person_card(card)


# --- 1. a relative's name put right renames the relative --------------------------------


async def test_a_relatives_name_put_right_renames_them(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        CATERER, "ran into Priya Shah at the market, pharmacist at CVS, her husband is Rahul"
    )
    clock.advance(timedelta(days=2))
    reply = note_card(
        await coach.notes.capture(CATERER, "actually priya's husband is Rohan not Rahul")
    )
    assert "New contact" not in reply, reply
    assert await names(coach) == ["Priya Shah", "Rohan"]
    rohan = await contact(coach, "Rohan")
    assert rohan.relation == "husband"
    card = await card_text(coach, "Priya Shah")
    assert "Rahul" not in card.split("Notes:")[0], card


async def test_a_known_contact_said_to_be_someones_wife_is_linked_not_made_again(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(CATERER, "met Kunle Ade at the church picnic, he's the pastor")
    await coach.notes.capture(CATERER, "Folasade leads the womens fellowship, wants a caterer")
    clock.advance(timedelta(days=1))
    reply = note_card(
        await coach.notes.capture(
            CATERER, "actually kunle's wife is Folasade not a separate person"
        )
    )
    assert "New contact" not in reply, reply
    assert await names(coach) == ["Folasade", "Kunle Ade"]
    folasade = await contact(coach, "Folasade")
    kunle = await contact(coach, "Kunle Ade")
    assert (folasade.relation, folasade.relative_of_id) == ("wife", kunle.id)


# --- 2. a firm corrected from a people's name ------------------------------------------------


async def test_a_firm_that_was_a_people_makes_no_contact(coach: Coach, clock: FakeClock) -> None:
    first = await coach.notes.capture(
        CATERER, "Kwesi Mensah (Fante, from Cape Coast) - IT guy, does payroll software"
    )
    assert first.people[0].org is None
    clock.advance(timedelta(days=1))
    reply = note_card(
        await coach.notes.capture(
            CATERER,
            "correction kwesi mensah is not with Fante thats his people lol, his firm is "
            "Mensah Tax & Tech",
        )
    )
    assert "New contact" not in reply, reply
    assert await names(coach) == ["Kwesi Mensah"]
    assert (await contact(coach, "Kwesi Mensah")).org == "Mensah Tax & Tech"


# --- 3. a correction or news closes no follow-up --------------------------------------------


async def test_a_correction_or_news_closes_no_follow_up(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        CATERER, "met Lucia Ferreira at the expo, wants a quote for 80, call her tomorrow"
    )
    await coach.notes.capture(
        CATERER, "met Jomo Mwangi at the rotary lunch, needs a caterer, follow up tomorrow"
    )
    clock.advance(timedelta(days=1, hours=1))
    for note in (
        "lucia ferreira works at Banco Azul",
        "correction: i met jomo at the Kenya Society gala not the rotary lunch",
    ):
        reply = note_card(await coach.notes.capture(CATERER, note))
        assert "done" not in reply, reply
    assert "Fri 27 Nov 2026" in await card_text(coach, "Lucia Ferreira")
    assert "Fri 27 Nov 2026" in await card_text(coach, "Jomo Mwangi")


# --- 4. a follow-up said to be someone else's -------------------------------------------------


async def test_a_follow_up_said_to_be_someone_elses_moves_to_them(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(CATERER, "met Kunle Ade at the church picnic, he's the pastor")
    await coach.notes.capture(
        CATERER, "Folasade leads the womens fellowship, call folasade wednesday"
    )
    assert "Wed 2 Dec 2026" in await card_text(coach, "Folasade")
    clock.advance(timedelta(hours=3))
    await coach.notes.capture(
        CATERER, "actually kunle's wife is Folasade. and its kunle i need to call wednesday not her"
    )
    assert "Wed 2 Dec 2026" not in await card_text(coach, "Folasade")
    assert "Wed 2 Dec 2026" in await card_text(coach, "Kunle Ade")


# --- 5. a title and a known surname -----------------------------------------------------------


async def test_a_title_and_a_known_surname_is_the_known_contact(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        CATERER, "coffee w Rosa Diaz, office manager, her boss Dr. Harold Whitfield is picky"
    )
    clock.advance(timedelta(days=2))
    reply = note_card(
        await coach.notes.capture(CATERER, "sent rosa diaz 10 gluten free plates for dr whitfield")
    )
    assert "New contact" not in reply, reply
    assert "Whitfield" not in [n for n in await names(coach) if n != "Harold Whitfield"]
