"""User trial 26 (a Scottish plumbing and heating engineer): what the user's own trade does
is theirs to offer however a contact asks for it, by the trade ("a reliable plumber for gas
safety certs": do the certs) or by the work ("new rads in the surgery", "an EICR", "slates
off the garage roof"), never an intro, "help him find" or "think of someone"; /find who
needs a plumber finds them all. A dentist's surgery is her practice, not an operation; a
quote she asked for is a follow-up, not a give; laughter pasted after a note ("ha", "lol")
is no part of what was given; and work done for nothing is the user's give."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said, none_passed_on

USER = 2626


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str) -> str:
    return "\n".join(await everything_said(coach, clock, USER, work, notes, days=30))


# --- 1. what the user's own trade does is theirs to offer -----------------------------------


@pytest.mark.parametrize(
    "work", ["plumbing and heating engineer", "I'm a plumber", "gas safe heating engineer"]
)
async def test_a_plumber_offers_the_heating_work_people_need(
    coach: Coach, clock: FakeClock, work: str
) -> None:
    said = await _said(
        coach,
        clock,
        work,
        "met Priya Shah at the chamber lunch, property manager at Kelvin Lets, needs a gas "
        "safe engineer for landlord certs on her flats",
        "Dr Leila Haddad from Westend Dental needs new rads in two treatment rooms",
        "coffee with Hamish Fraser who runs the Bothy cafe, he needs a new combi boiler",
        "met Sunita Rao at the golf club, she's short of a heating engineer for the student flats",
    )
    none_passed_on(said)
    assert "glad to do the landlord certs" in said, said
    assert "glad to fit the new rads in two treatment rooms" in said, said
    assert "glad to fit the new combi boiler" in said, said
    assert "the heating for the student flats" in said, said


@pytest.mark.parametrize("work", ["sparky", "electrician, domestic and commercial"])
async def test_a_sparky_offers_the_electrics(coach: Coach, clock: FakeClock, work: str) -> None:
    said = await _said(
        coach,
        clock,
        work,
        "met Conor Walsh at the rugby club, he needs a sparky for his shop fit-out",
        "Siobhan Kelly from Kelly Lets needs an EICR for her rental in Govan",
        "met Deepak Rao at the cricket, he needs extra sockets in his garage",
        "Mairi Campbell from the book group needs an electrician for new sockets in the kitchen",
    )
    none_passed_on(said)
    assert "the electrics for his shop fit-out" in said, said
    assert "glad to do the EICR for her rental in Govan" in said, said
    assert "glad to fit the extra sockets in his garage" in said, said
    assert "glad to fit the new sockets in the kitchen" in said, said


async def test_a_roofer_and_a_joiner_offer_their_own_work(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "roofer, slating and leadwork",
        "met Ewan Ross at the builders merchants, he needs a roofer for the church hall",
        "Ann Murray from the bowling club needs new gutters on her bungalow",
    )
    none_passed_on(said)
    assert "the roofing for the church hall" in said, said
    assert "glad to fit the new gutters on her bungalow" in said, said
    joined = await _said(
        coach,
        clock,
        "joiner / carpenter",
        "met Kenny Baird at the rotary, he needs new internal doors for his flat",
    )
    none_passed_on(joined)
    assert "glad to fit the new internal doors for his flat" in joined, joined


async def test_find_who_needs_a_plumber_finds_the_heating_work_too(coach: Coach) -> None:
    await coach.set_my_work(USER, "plumbing and heating engineer")
    for note in (
        "met Priya Shah at the chamber lunch, she needs a reliable plumber for her flats",
        "Dr Leila Haddad from Westend Dental needs new radiators in the waiting room",
        "met Rev Tom Iqbal at the interfaith breakfast, he needs someone to look at the "
        "boiler in the church hall",
        "met Sunita Rao at the golf club, she's short of a heating engineer for the flats",
        "met Lars Berg at the expo, he needs a photographer",
    ):
        await coach.notes.capture(USER, note)
    result = await coach.people.find(USER, "who needs a plumber")
    names = {h.contact.name for h in result.hits}
    assert names == {"Priya Shah", "Leila Haddad", "Tom Iqbal", "Sunita Rao"}, names
    assert all(h.reasons for h in result.hits)
    sparky = await coach.people.find(USER, "who needs a sparky")
    assert sparky.hits == [] or {h.contact.name for h in sparky.hits}.isdisjoint(names)


# --- 2. a dentist's or a GP's surgery is a place, not an operation --------------------------

RECOVERY = ("recovery", "hard time", "holding up", "feeling", "thinking of you")


@pytest.mark.parametrize(
    "note",
    [
        "met Dr Anjali Mehta at the chamber, she needs new radiators in the surgery",
        "met Dr Anjali Mehta at the chamber, her dental surgery needs a new boiler",
        "met Dr Anjali Mehta at the chamber, practice manager at the GP surgery on Neilston "
        "Road, wants a quote for the heating",
        "met Dr Anjali Mehta at the chamber, she says the heating at her surgery keeps cutting out",
    ],
)
async def test_a_surgery_that_is_a_practice_is_no_recovery(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    said = await _said(coach, clock, "plumbing and heating engineer", note)
    for words in RECOVERY:
        assert words not in said, (words, said)


@pytest.mark.parametrize(
    "note",
    [
        "met Bruce Kerr at the bowls club, he had knee surgery last week",
        "met Bruce Kerr at the bowls club, he's going in for surgery on his hip",
    ],
)
async def test_an_operation_is_still_asked_after(coach: Coach, clock: FakeClock, note: str) -> None:
    said = await _said(coach, clock, "electrician", note)
    assert "recovery" in said or "feeling" in said or "holding up" in said, said


# --- 3. a quote they asked for is a follow-up, not a give ------------------------------------


@pytest.mark.parametrize(
    ("need", "yours"),
    [
        ("a quote from me for the 24 radiators", False),  # asked of the user
        ("a price for new sockets in the kitchen", True),  # the user's own trade
        ("new gutters on the bungalow", True),
    ],
)
def test_the_users_own_work_they_asked_for_is_not_headed_as_a_give(need: str, yours: bool) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.nudge_format import nudge_message
    from coach.ideas import Person, idea
    from coach.sentences import Detail
    from coach.views import NudgeView

    told = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    now = told + timedelta(days=12)
    person = Person(
        "Grainne Doyle",
        None,
        [Detail("need", need, 1, told)],
        "she",
        yours=frozenset({1}) if yours else frozenset(),
    )
    said = idea(person, "give_value", "", now)
    assert said.text.startswith(("Send Grainne", "Let Grainne know you'd be glad")), said.text
    view = NudgeView(1, "give_value", "Grainne Doyle", None, None, None, said.text,
                     now + timedelta(days=1), gives=said.gives)  # fmt: skip
    message = nudge_message(view)
    assert "for for" not in message and "help her find" not in message, message
    assert "A chance to give first" not in message, message
    assert "Time to keep in touch" in message, message


# --- 4. laughter after a note is no part of what was given -----------------------------------


@pytest.mark.parametrize(
    ("note", "what"),
    [
        ("popped in on Morag, she gave me a jar of tablet ha", "a jar of tablet"),
        ("Rashid gave me two tickets for the Celtic game haha", "two tickets for the Celtic game"),
        ("Bronwyn sent me a bottle of malt lol", "a bottle of malt"),
        ("Teresa gave me a dozen eggs from her hens x", "a dozen eggs from her hens"),
        ("Dev sent me a box of mithai 😂", "a box of mithai"),
    ],
)
async def test_laughter_after_a_give_is_not_logged_nor_thanked(
    coach: Coach, clock: FakeClock, note: str, what: str
) -> None:
    from tests.fragments import fragments

    name = note.split()[0] if note[0].isupper() else "Morag"
    await coach.notes.capture(USER, f"met {name} Kerr at the community council")
    card = await coach.notes.capture(USER, note)
    assert [e.what for e in card.ledger] == [what], card.ledger
    said = "\n".join(await everything_said(coach, clock, USER, "roofer", (), days=21))
    assert f"for the {what.split(' ', 1)[1]}" in said or what in said, said
    for line in said.splitlines():
        assert fragments(line) == [], line


def test_a_line_ending_in_laughter_is_a_fragment() -> None:
    from tests.fragments import fragments

    for line in ("Thank Agnes for the tin of shortbread ha", "Thank Rashid for the tickets haha"):
        assert fragments(line) != [], line
    assert fragments("Ask Li Na how the trip to Hanoi went") == []


# --- 5. work done for nothing is the user's give ----------------------------------------------


@pytest.mark.parametrize(
    ("work", "note", "what"),
    [
        ("plumbing and heating engineer", "popped round to Elspeth, sorted her boiler, no charge",
         "help with her boiler"),
        ("sparky", "went round to Elspeth's and fixed her lights for free", "help with her lights"),
        ("roofer", "cleared Elspeth's gutters this morning, didn't charge her",
         "help with the gutters"),
        ("joiner", "fixed the back door for Elspeth, wouldn't take any money for it",
         "help with the back door"),
        ("plumber", "popped round to Elspeth, sorted it, no charge obviously ha", "help"),
    ],
)  # fmt: skip
async def test_free_work_for_someone_is_a_give(
    coach: Coach, clock: FakeClock, work: str, note: str, what: str
) -> None:
    await coach.set_my_work(USER, work)
    await coach.notes.capture(USER, "met Elspeth Gray at church, she's 84, lives on her own")
    card = await coach.notes.capture(USER, note)
    said = [(e.direction, e.name, e.what) for e in card.ledger]
    assert said == [("gave", "Elspeth Gray", what)], card.ledger
    balance = await coach.ledger.balance(USER)
    for line in [*balance.only_taken, *balance.give_first]:
        assert "something first" not in line.hint, line.hint


async def test_free_work_only_promised_is_no_give_yet(coach: Coach) -> None:
    await coach.set_my_work(USER, "plumbing and heating engineer")
    await coach.notes.capture(USER, "met Elspeth Gray at church, she's 84, lives on her own")
    card = await coach.notes.capture(
        USER, "told Elspeth i'd pop round tuesday and have a look at her heating. no charge"
    )
    assert card.ledger == []


@pytest.mark.parametrize(
    "note",
    [
        "sent Ruaridh my rates for the landlord certs",
        "emailed Ruaridh our pricing for the EICRs",
        "sent Ruaridh the quote for the new rads",
    ],
)
async def test_the_users_rates_sent_are_no_give(coach: Coach, note: str) -> None:
    await coach.set_my_work(USER, "plumbing and heating engineer")
    await coach.notes.capture(USER, "met Ruaridh Munro at the chamber, letting agent")
    card = await coach.notes.capture(USER, note)
    assert card.ledger == [], card.ledger


@pytest.mark.parametrize(
    ("work", "note", "offered"),
    [
        ("landscape gardener", "met Fenella Grant at the garden centre, she needs a landscaper "
         "for her new build", "the landscaping for her new build"),
        ("landscaper", "met Fenella Grant at the garden centre, she wants a new patio",
         "glad to fit the new patio"),
        ("I do websites, web designer", "met Fenella Grant at the chamber, she needs a web "
         "designer for her bakery", "the website for her bakery"),
        ("chartered accountant", "met Fenella Grant at the chamber, she needs an accountant "
         "for her salon", "the books for her salon"),
    ],
)  # fmt: skip
async def test_other_trades_offer_their_own_work(
    coach: Coach, clock: FakeClock, work: str, note: str, offered: str
) -> None:
    said = await _said(coach, clock, work, note)
    none_passed_on(said)
    assert offered in said, said


@pytest.mark.parametrize(
    ("work", "note", "shop"),
    [
        ("plumbing and heating engineer", "met Nadia Aziz, manager at the Kelburn care home, "
         "they've got old radiators all through the building", "radiators"),
        ("I'm a sparky", "met Nadia Aziz at the school gate, her fuse box keeps tripping",
         "fuse box"),
    ],
)  # fmt: skip
async def test_the_users_own_trade_work_is_never_small_talk(
    coach: Coach, clock: FakeClock, work: str, note: str, shop: str
) -> None:
    said = await _said(coach, clock, work, note)
    assert shop not in said, said
