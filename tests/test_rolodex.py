"""Looking people up: /people, /person and /find at the service layer."""

from __future__ import annotations

import pytest

from coach.service import Coach, UnknownTimezone

ALICE, BOB = 1001, 2002


async def seed(coach: Coach) -> None:
    for note in [
        "met Sarah Chen from Acme Robotics at the chamber breakfast, loves sailing",
        "met Dana Lee, a realtor at Keller Williams, into real estate investing",
        "met John Park from Acme at the BNI lunch, wants an intro to a good CPA",
        "met John Smith at the mixer, big on marathons",
    ]:
        await coach.notes.capture(ALICE, note)


async def test_people_are_listed_newest_first_in_pages(coach: Coach) -> None:
    coach.people.page_size = 3
    await seed(coach)
    first = await coach.people.page(ALICE, 1)
    assert (first.total, first.pages) == (4, 2)
    assert [c.name for c in first.contacts] == ["John Smith", "John Park", "Dana Lee"]
    second = await coach.people.page(ALICE, 2)
    assert [c.name for c in second.contacts] == ["Sarah Chen"]
    assert (await coach.people.page(BOB)).total == 0


async def test_person_card_has_where_met_facts_and_timeline(coach: Coach) -> None:
    await seed(coach)
    await coach.notes.capture(ALICE, "sarah's daughter is applying to college")
    lookup = await coach.people.lookup(ALICE, "sarah")
    assert lookup.card is not None
    card = lookup.card
    assert (card.contact.name, card.contact.org) == ("Sarah Chen", "Acme Robotics")
    assert card.contact.met_at == "chamber breakfast"
    assert {f.kind for f in card.facts} >= {"interest", "family"}
    assert len(card.timeline) == 2


async def test_person_lookup_asks_when_several_fit_and_suggests_when_none(coach: Coach) -> None:
    await seed(coach)
    several = await coach.people.lookup(ALICE, "john")
    assert sorted(c.label for c in several.candidates) == ["John Park (Acme)", "John Smith"]
    by_surname = await coach.people.lookup(ALICE, "park")
    assert by_surname.card is not None and by_surname.card.contact.name == "John Park"
    nobody = await coach.people.lookup(ALICE, "Sasha Chen")
    assert nobody.card is None and "Sarah Chen" in nobody.suggestions
    assert (await coach.people.lookup(BOB, "sarah")).card is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("who do I know into sailing", ["Sarah Chen"]),
        ("who do I know in real estate", ["Dana Lee"]),
        ("who needs a CPA", ["John Park"]),
        ("who did I meet at the BNI lunch", ["John Park"]),
        ("acme", ["John Park", "Sarah Chen"]),
    ],
)
async def test_find_answers_plain_questions(coach: Coach, query: str, expected: list[str]) -> None:
    await seed(coach)
    result = await coach.people.find(ALICE, query)
    assert sorted(h.contact.name for h in result.hits) == expected
    assert (await coach.people.find(BOB, query)).hits == []


async def test_find_treats_wildcards_as_plain_text(coach: Coach) -> None:
    await seed(coach)
    assert (await coach.people.find(ALICE, "%")).hits == []
    assert (await coach.people.find(ALICE, "who do i know")).hits == []


async def test_timezone_is_validated_and_suggested(coach: Coach) -> None:
    assert await coach.set_timezone(ALICE, "europe/berlin") == "Europe/Berlin"
    assert await coach.timezone_of(ALICE) == "Europe/Berlin"
    with pytest.raises(UnknownTimezone) as err:
        await coach.set_timezone(ALICE, "Europe/Berlinn")
    assert "Europe/Berlin" in err.value.suggestions


async def test_a_group_note_shows_each_person_the_part_about_them(coach: Coach) -> None:
    from bot.formatting import person_card

    await coach.notes.capture(
        ALICE,
        "Great turnout at the Hub founders mixer tonight, lots of talk about hiring and "
        "funding rounds and the new co-working space opening downtown next spring. "
        "Met Sarah Chen from Acme Robotics, she loves sailing. "
        "Met Tom Okafor, he runs a bakery and needs a bookkeeper.",
    )
    lookup = await coach.people.lookup(ALICE, "tom okafor")
    assert lookup.card is not None
    shown = person_card(lookup.card)
    assert "Met Tom Okafor, he runs a bakery and needs a bookkeeper." in shown
    assert "Sarah Chen" not in shown.split("Notes:")[-1]
    sarah = await coach.people.lookup(ALICE, "sarah chen")
    assert sarah.card is not None
    assert sarah.card.timeline[0].text == "Met Sarah Chen from Acme Robotics, she loves sailing."


async def test_a_title_does_not_end_the_part_of_a_note_about_someone(coach: Coach) -> None:
    """Trial 14: Priya's note ended "…a dentist client of hers, Dr." on her card."""
    await coach.notes.capture(
        ALICE,
        "Chamber breakfast, packed. Lunch w priya shah after, she referred me to a dentist "
        "client of hers, Dr. Sunil Kapoor. Also saw Ben Ortiz, he's training for Boston.",
    )
    priya = await coach.people.lookup(ALICE, "priya")
    assert priya.card is not None
    assert priya.card.timeline[0].text.endswith("client of hers, Dr. Sunil Kapoor.")
