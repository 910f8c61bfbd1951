"""Trial 16 (a commercial real estate broker in Atlanta): a need matched by its head noun
and its modifiers ("a land use attorney" is the lawyer at a law firm who does land use;
"SBA financing" is an SBA lender's work), /find listing who does a trade before who needs
it, and "who needs retail space" finding an endcap or 1800sf."""

from __future__ import annotations

import pytest

from bot.formatting import find_result
from coach.intros import IntroDraft, NoReason, fit
from coach.service import Coach
from storage.search import FactText, SearchCandidate

ALICE = 1001
BROKER = (
    "commercial real estate broker in atlanta, mostly office and retail leasing plus some "
    "investment sales"
)

ADAEZE = (
    "Rotary lunch today. Adaeze Okafor, partner at Okafor & Bello law, does land use and zoning."
)
OMAR = (
    "Gwinnett chamber mixer. Omar Haddad, Haddad Development, doing a mixed use thing on "
    "Buford Hwy. needs a land use attorney! and retail tenants"
)


async def _notes(coach: Coach, *notes: str) -> None:
    await coach.set_my_work(ALICE, BROKER)
    for note in notes:
        await coach.notes.capture(ALICE, note)


async def test_a_land_use_attorney_is_the_lawyer_at_a_law_firm_who_does_land_use(
    coach: Coach,
) -> None:
    await _notes(coach, ADAEZE)
    card = await coach.notes.capture(ALICE, OMAR)
    assert [(s.need_name, s.match_name) for s in card.intros] == [("Omar Haddad", "Adaeze Okafor")]
    draft = await coach.intros.draft_by_names(ALICE, "Omar Haddad and Adaeze Okafor")
    assert isinstance(draft, IntroDraft)
    assert draft.first_message.startswith(
        "Hi Omar, you mentioned you're looking for a land use attorney. I know Adaeze Okafor"
    )
    assert "I thought of you." in draft.second_message


async def test_an_engineer_is_a_structural_engineer(coach: Coach) -> None:
    await _notes(
        coach, "Met Emeka Eze at the soccer game, he's a structural engineer at Eze Partners.", OMAR
    )
    await coach.notes.capture(ALICE, "Omar Haddad needs an engineer for buford hwy")
    draft = await coach.intros.draft_by_names(ALICE, "Emeka Eze and Omar Haddad")
    assert isinstance(draft, IntroDraft)
    assert "a structural engineer at Eze Partners" in draft.first_message


async def test_sba_financing_is_an_sba_lenders_work_and_is_suggested_on_its_own(
    coach: Coach,
) -> None:
    await _notes(
        coach, "Met Kasia Nowak at the chamber mixer, she is an SBA lender at Ameris Bank."
    )
    card = await coach.notes.capture(
        ALICE,
        "Met Vy Tran from Banh Mi Bistro at the expo, she needs SBA financing for her second "
        "location.",
    )
    assert [(s.need_name, s.match_name) for s in card.intros] == [("Vy Tran", "Kasia Nowak")]
    draft = await coach.intros.draft_by_names(ALICE, "vy and kasia")
    assert isinstance(draft, IntroDraft)
    assert "SBA financing" in draft.first_message


async def test_find_lists_who_does_a_trade_before_who_needs_it(coach: Coach) -> None:
    await _notes(coach, ADAEZE, OMAR)
    result = await coach.people.find(ALICE, "land use attorney")
    assert [h.contact.name for h in result.hits] == ["Adaeze Okafor", "Omar Haddad"]
    shown = find_result(result)
    assert "<b>Omar Haddad</b> (Haddad Development) — Omar needs a land use attorney" in shown
    assert "need:" not in shown


async def test_who_needs_retail_space_searches_needs(coach: Coach) -> None:
    await _notes(
        coach,
        "Met Tuan Nguyen at the chamber, owns Pho Saigon Kitchen, looking for an endcap in "
        "Lawrenceville.",
        "Met Miguel Hernandez at the rotary lunch, owns Kimura Sushi, needs 2,500 sf "
        "second-gen restaurant space in Decatur.",
        "Met Vy Tran at the bakery, she needs 1800sf in doraville.",
        "Met Dana Lee at the BNI lunch, she needs a lawyer for a divorce.",
    )
    result = await coach.people.find(ALICE, "who needs retail space")
    assert {h.contact.name for h in result.hits} == {"Tuan Nguyen", "Miguel Hernandez", "Vy Tran"}
    shown = find_result(result)
    assert "Vy needs 1800sf in Doraville" in shown  # an amount, not "a 1800sf"
    assert "Tuan needs an endcap in Lawrenceville" in shown
    assert "Dana" not in shown


def _candidate(org: str | None, *work: str) -> SearchCandidate:
    return SearchCandidate(1, "Pat Doe", org, None, [FactText("work", w) for w in work])


@pytest.mark.parametrize(
    ("need", "org", "work"),
    [
        ("a land use attorney", "Okafor & Bello law", ("partner", "does land use and zoning")),
        ("an engineer for Buford Hwy", "Eze Partners", ("structural engineer",)),
        ("SBA financing for her second location", "Ameris Bank", ("SBA lender",)),
        ("an SBA loan", "Ameris Bank", ("SBA lender",)),
        ("a lawyer for a divorce", None, ("divorce attorney",)),
    ],
)
def test_a_need_fits_by_its_head_noun_and_modifiers(
    need: str, org: str | None, work: tuple[str, ...]
) -> None:
    assert fit(_candidate(org, *work), need) > 0


@pytest.mark.parametrize(
    ("need", "org", "work"),
    [
        ("a plumber", "Eze Partners", ("structural engineer",)),
        ("a plumber for his house", None, ("structural engineer",)),
        # a finance manager is no source of financing
        ("SBA financing", None, ("finance manager",)),
        ("financing for her second location", "Delta", ("CFO", "finance manager")),
        # a partner at a law firm who does other law is no land use attorney
        ("a land use attorney", "Okafor & Bello law", ("partner", "does divorces")),
        # a mother-in-law is no lawyer
        ("a lawyer", None, ("mother-in-law runs a bakery",)),
    ],
)
def test_a_need_does_not_fit_unrelated_work(
    need: str, org: str | None, work: tuple[str, ...]
) -> None:
    assert fit(_candidate(org, *work), need) == 0


async def test_no_intro_without_a_reason_still_says_so(coach: Coach) -> None:
    await _notes(
        coach,
        "Met Emeka Eze at the soccer game, he's a structural engineer at Eze Partners.",
        "Met Yusuf Abdullah at the tournament, he is a pediatrician. He needs a plumber for "
        "his house.",
    )
    draft = await coach.intros.draft_by_names(ALICE, "Yusuf and Emeka")
    assert draft == NoReason("Yusuf Abdullah", "Emeka Eze")
