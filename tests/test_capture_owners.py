"""Notes about people the user already knows change only those people's cards (trial 18)."""

from __future__ import annotations

from coach.service import Coach
from storage.contacts import Contacts

ALICE = 1001


async def _org(coach: Coach, name: str) -> str | None:
    async with coach.rt.unit_of_work() as session:
        found = list(await Contacts(session, ALICE).named(name))
        assert found, f"no contact {name!r}"
        return found[0][2]


async def test_an_update_puts_the_news_on_the_one_it_is_about_and_keeps_every_firm(
    coach: Coach,
) -> None:
    await coach.notes.capture(
        ALICE, "met Maria Lopez, commercial lender at Chase. she loves hiking"
    )
    await coach.notes.capture(ALICE, "met TJ at the bni lunch, he runs a bakery")
    card = await coach.notes.capture(
        ALICE,
        "so quick update TJ got the mortgage he called me thrilled maria came through for him "
        "and uh he wants me to do his payroll now and he said his brother Arun also runs a "
        "bakery and needs a bookkeeper",
    )
    shown = {p.name.lower(): p for p in card.people}
    tj = shown["tj"]
    assert tj.org is None and tj.previous_org is None
    facts = " · ".join(f.text.lower() for f in tj.facts)
    assert "mortgage" in facts and "payroll" in facts
    maria = shown.get("maria lopez")
    assert maria is None or (maria.org == "Chase" and not maria.facts)
    assert await _org(coach, "Maria Lopez") == "Chase"
    assert (shown["arun"].relative_of or "").lower() == "tj"


async def test_a_voice_note_keeps_the_full_name_the_firm_and_the_long_weekend_follow_up(
    coach: Coach,
) -> None:
    card = await coach.notes.capture(
        ALICE,
        "um so I met this guy uh harjit singh dhillon everyone calls him hd he runs a paving "
        "company out of mississauga HD Paving. call him after the long weekend",
    )
    assert [(p.name, p.org) for p in card.people] == [("Harjit Singh Dhillon", "HD Paving")]
    assert [f.person for f in card.follow_ups] == ["Harjit Singh Dhillon"]
    assert card.follow_ups[0].due.weekday() == 1  # the Tuesday after a Monday holiday
