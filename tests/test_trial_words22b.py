"""Trial 22 (a mortgage adviser in Auckland), the coach's words: a first message asks about
the work the notes know of, never "what are you working on" when it is known; someone the
user knew before is not "good to meet"; a need that is a thing not counted takes no "a",
and one the user's own trade meets is theirs to offer, not an intro; a wish to swap
referrals is mutual, said once as the user's willingness; a volunteer role is no trade to
send people to; a meal planned with two people names them, and nothing after."""

from __future__ import annotations

import re

import pytest

from coach.sentences import mutual, wants
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2223
MORTGAGE = "mortgage adviser"


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str) -> list[str]:
    """/balance, the coming nudges with their drafts, then what is sent over three weeks."""
    return await everything_said(coach, clock, USER, work, notes)


_GENERIC = re.compile(r"working on these days", re.IGNORECASE)


# --- 1. their known work is asked about, not "what are you working on" -------------------


@pytest.mark.parametrize(
    ("note", "name", "about"),
    [
        ("met tama wiremu who runs wiremu electrical", "Tama", r"Wiremu Electrical|business"),
        ("tom hēnare, graphic designer, did the logo for the biz assoc", "Tom", r"design"),
        ("met fatima begum at the expo, she's a wedding photographer", "Fatima",
         r"photograph"),
        ("met siaosi tuilagi at the chamber drinks, he's an electrician", "Siaosi",
         r"electrical|\bwork\b"),
    ],
)  # fmt: skip
async def test_a_first_message_asks_about_the_work_the_notes_know(
    coach: Coach, clock: FakeClock, note: str, name: str, about: str
) -> None:
    said = await _said(coach, clock, MORTGAGE, note)
    first = [line for line in said if line.startswith(f"Tell {name} it was good to meet")]
    assert first, said
    assert re.search(about, first[0]), first[0]
    for line in said:
        assert not _GENERIC.search(line), line


async def test_with_nothing_known_a_first_message_asks_what_they_are_working_on(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(coach, clock, MORTGAGE, "met ngaio parata at the chamber drinks")
    assert any(_GENERIC.search(line) for line in said), said


# --- 2. someone known before is not "good to meet" ---------------------------------------


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("caught up w mere kawhia at the xmas drinks", "Mere"),
        ("lisi faleolo, church friend, her daughter is buying her first home next year", "Lisi"),
        ("kiri, my accountant for years, said she might send clients my way", "Kiri"),
        ("catch up w dave at the cricket, old flatmate from uni", "Dave"),
        ("had a coffee w noa, uni friend, she just started a new job at fonterra", "Noa"),
    ],
)
async def test_someone_known_before_is_not_good_to_meet(
    coach: Coach, clock: FakeClock, note: str, name: str
) -> None:
    said = await _said(coach, clock, MORTGAGE, note)
    assert any(name in line for line in said), said
    for line in said:
        assert "to meet" not in line, line


# --- 3. intros: no "a" before a thing not counted; the user's own trade is theirs ---------


@pytest.mark.parametrize(
    ("work", "note", "name"),
    [
        (MORTGAGE,
         "met jin-woo park at BNI, he needs finance for a 2nd cafe site. also met david chen, "
         "financial planner", "Jin-Woo"),
        ("mortgage broker",
         "met ben at BNI, he needs finance for his new truck. also met sara lee, accountant",
         "Ben"),
        ("home loan adviser",
         "met lupe tonga at the expo, she needs a business loan for her food truck. also met "
         "raj, accountant",
         "Lupe"),
    ],
)  # fmt: skip
async def test_a_need_the_users_own_trade_meets_is_no_intro(
    coach: Coach, clock: FakeClock, work: str, note: str, name: str
) -> None:
    said = await _said(coach, clock, work, note)
    for line in said:
        assert not line.startswith(f"Introduce {name}"), line
        assert "introduce you" not in line and f"introduce {name}" not in line, line
        assert not re.search(r"\ba (?:finance|lending)\b", line), line
        assert "could help" not in line, line
    # the user's own help is offered instead
    assert any("glad to help" in line and name in line for line in said), said


@pytest.mark.parametrize(
    ("note", "name", "thing"),
    [
        ("met ben at BNI, he needs finance for his new truck. also met sara lee, finance "
         "broker", "Ben", "finance"),
        ("met aisha at the expo, she needs insurance for her salon. also met greg, insurance "
         "broker", "Aisha", "insurance"),
    ],
)  # fmt: skip
async def test_a_thing_not_counted_takes_no_a(
    coach: Coach, clock: FakeClock, note: str, name: str, thing: str
) -> None:
    said = await _said(coach, clock, "graphic designer", note)
    assert any(thing in line and name in line for line in said), said
    for line in said:
        assert not re.search(rf"\ban? {thing}\b(?! broker)", line), line


# --- 4. swapping referrals is mutual ------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "name", "verb"),
    [
        ("met anjali rao, real estate agent, keen to swap referrals", "Anjali", "swap"),
        ("met connor walsh at BNI, he's a builder, wants to exchange referrals", "Connor",
         "exchange"),
        ("met priya shah, conveyancing lawyer, keen to partner on referrals", "Priya",
         "partner"),
    ],
)  # fmt: skip
async def test_a_wish_to_swap_referrals_is_mutual(
    coach: Coach, clock: FakeClock, note: str, name: str, verb: str
) -> None:
    said = await _said(coach, clock, MORTGAGE, note)
    for line in said:
        assert "keep an eye out" not in line or "referral" not in line, line
        assert not re.search(rf"needs? (?:to )?{verb}", line), line
        assert "still need" not in line or "referral" not in line, line
        assert not (line.startswith("Introduce") and name in line), line
        assert len(re.findall(r"referrals", line)) <= 1, line
    assert any(re.search(rf"happy to {verb}", line) and name in line for line in said), said


# --- 5. a volunteer or club role is no trade to send people to ----------------------------


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("met sean o'brien at the club, he's the coach of the kids rugby team", "Sean"),
        ("met priya at the expo, she's a volunteer coach for the junior netball club", "Priya"),
        ("met hemi walker at the school fair, he's the manager of the u12 football team", "Hemi"),
    ],
)
async def test_a_volunteer_role_is_no_trade_to_introduce(
    coach: Coach, clock: FakeClock, note: str, name: str
) -> None:
    said = await _said(coach, clock, MORTGAGE, note)
    assert any(name in line for line in said), said
    for line in said:
        assert not ("Think of someone who needs" in line and name in line), line


async def test_a_paid_trade_still_gets_referrals(coach: Coach, clock: FakeClock) -> None:
    said = await _said(coach, clock, MORTGAGE, "met dan at the gym, he's a personal trainer")
    assert "Think of someone who needs a personal trainer, and introduce them to Dan" in said


# --- 6. a meal with two people names them and nothing after -------------------------------


@pytest.mark.parametrize(
    ("note", "line"),
    [
        ("lunch w hine and tama at their place sunday", "with Hine and Tama"),
        ("coffee w aroha and mike at the mall tmrw", "with Aroha and Mike"),
        ("brunch w ana and lisa at the wharf on saturday", "with Ana and Lisa"),
    ],
)
async def test_a_meal_with_two_people_names_them_and_nothing_after(
    coach: Coach, clock: FakeClock, note: str, line: str
) -> None:
    said = await _said(coach, clock, MORTGAGE, note)
    meals = [s for s in said if line in s]
    assert meals, said
    for s in meals:
        assert not re.search(rf"{line} (?:At|at)\b", s), s


# --- the words themselves ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("need", "said"),
    [
        ("swap referrals", "swap referrals"),
        ("to exchange referrals with me", "exchange referrals"),
        ("swapping referrals", "swap referrals"),
        ("partner up on referrals", "partner up on referrals"),
        # needs of their own, found for them by someone else
        ("referrals for her new salon", None),
        ("more referrals", None),
        ("a partner for the business", None),
    ],
)
def test_a_wish_to_swap_referrals_is_told_from_a_need_for_them(need: str, said: str | None) -> None:
    assert mutual(need) == said


@pytest.mark.parametrize(
    ("need", "line"),
    [
        ("finance for his new truck", "Ben needs finance for his new truck"),
        ("advice on kiwisaver", "Ben needs advice on kiwisaver"),
        ("cover for his tools", "Ben needs cover for his tools"),
        ("a broker for his fleet insurance", "Ben needs a broker for his fleet insurance"),
    ],
)
def test_a_need_not_counted_takes_no_a(need: str, line: str) -> None:
    assert wants(need, "Ben") == line


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("met ben at BNI, he needs finance for his new truck. also met sara lee, accountant",
         "Ben"),
        ("met hana ito at the expo, she needs finance for her cafe fitout. also met tim "
         "wong, chartered accountant", "Hana"),
    ],
)  # fmt: skip
async def test_an_accountant_is_no_intro_for_money_to_borrow(
    coach: Coach, clock: FakeClock, note: str, name: str
) -> None:
    said = await _said(coach, clock, "graphic designer", note)
    assert any("finance" in line and name in line for line in said), said
    for line in said:
        assert not (name in line and "accountant" in line), line


async def test_finance_people_are_still_found_among_accountants(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(
        coach,
        clock,
        "graphic designer",
        "met amy ng, accountant",
        "met ed at BNI, he is looking for finance people for his startup board",
    )
    assert any(line.startswith("Introduce Ed to Amy Ng") for line in said), said
