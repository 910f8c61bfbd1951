"""User trial 25 (a caterer and event planner in Atlanta): a contact's need the user's own
work meets is hers to offer, said as what she does ("Let Dev know you'd be glad to send
him a quote for their office holiday party"), never an eye kept out, an intro, "help her
find a caterer" or "have you found a quote yet?"; once she has sent the quote or the menu
it is not suggested again, and her menu is no give. /find says who needs catering however
they put it, each with why; a follow-up's pasted leftovers ("instead") are never said."""

from __future__ import annotations

import pytest

from coach.sentences import SHE, Who, follow_up
from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import everything_said, none_passed_on

USER = 2525


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str) -> str:
    """Every /balance line, nudge and draft about these notes over the next month."""
    return "\n".join(await everything_said(coach, clock, USER, work, notes, days=30))


# --- 1. a need the user's own trade meets is hers to offer -----------------------------------


@pytest.mark.parametrize("work", ["I run a catering company", "catering and event planning"])
async def test_a_caterer_offers_the_catering_people_need(
    coach: Coach, clock: FakeClock, work: str
) -> None:
    said = await _said(
        coach,
        clock,
        work,
        "met Marisol Ortega at the chamber breakfast, she needs a caterer for her daughter's "
        "quinceañera in may",
        "coffee with Dev Patel from Lumen Dental, he wants a quote for their office holiday "
        "party dec 18, 45 ppl",
        "Auntie Grace Mensah from church wants small chops for the choir anniversary",
    )
    none_passed_on(said)
    assert "the catering for her daughter's quinceañera" in said, said
    assert "glad to send him a quote for their office holiday party" in said, said
    assert "Dec 18" not in said and "ppl" not in said, said
    assert "glad to do the small chops for the choir anniversary" in said, said


async def test_a_wedding_photographer_offers_the_photos(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "wedding photographer",
        "met Hana Sato at the bridal expo, she needs a photographer for her engagement shoot "
        "in june",
        "met Aroha Ngata at the bridal expo, she wants a wedding package for 120 guests",
    )
    none_passed_on(said)
    assert "talk about the photos for her engagement shoot" in said, said
    assert "glad to talk about a wedding package" in said, said


async def test_a_dj_and_a_baker_offer_their_own_work(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "DJ and MC for weddings and parties",
        "met Priya Raman at the venue open house, she needs a DJ for her sister's sangeet",
    )
    none_passed_on(said)
    assert "talk about the music for her sister's sangeet" in said, said
    baked = await _said(
        coach,
        clock,
        "baker, custom cakes",
        "met Lena Novak at the school fair, she wants a cake for her son's 5th birthday",
    )
    none_passed_on(baked)
    assert "glad to make the cake for her son's 5th birthday" in baked, baked


async def test_a_bookkeeper_sends_the_quote_asked_for(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "bookkeeping + payroll",
        "met Ravi Menon at the chamber lunch, he wants a quote for monthly bookkeeping",
    )
    none_passed_on(said)
    assert "glad to send him a quote for monthly bookkeeping" in said, said


async def test_a_need_the_users_trade_meets_is_never_passed_to_another_caterer(
    coach: Coach, clock: FakeClock
) -> None:
    said = await _said(
        coach,
        clock,
        "I run a catering company",
        "met Efua Mensah at the expo, she runs a catering company",
        "coffee with Tomás Reyes from Reyes Dental, he needs food for 60 at the office party",
    )
    none_passed_on(said)  # no intro to Efua, who runs a catering company too
    assert "glad to do the food for 60" in said, said


# --- 2. once she has sent it, it is met; her own menu is no give -----------------------------


async def test_a_quote_or_menu_sent_meets_the_need_and_is_no_give(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_my_work(USER, "catering and event planning")
    await coach.notes.capture(
        USER,
        "coffee with Ines Carvalho from Harbor Law, she wants a quote for their firm's "
        "christmas party, 70 people",
    )
    await coach.notes.capture(
        USER,
        "met Tunde Bello at the Yoruba society, his son is getting married in october and "
        "they want a traditional engagement + white wedding package",
    )
    card = await coach.notes.capture(USER, "emailed ines the quote for the christmas party")
    assert card.ledger == []
    card = await coach.notes.capture(USER, "sent tunde our wedding menu + tasting dates")
    assert card.ledger == [], card.ledger  # her own sales material, not a give
    balance = await coach.ledger.balance(USER)
    said = [b.hint for b in balance.give_first]
    for view in await coach.nudges.upcoming(USER):
        said.append(view.idea)
        draft = await coach.nudges.draft(USER, view.nudge_id)
        assert draft is not None
        said.append(draft.opener)
    text = "\n".join(said)
    assert "quote" not in text, text
    assert "package" not in text, text


async def test_an_article_sent_is_still_a_give(coach: Coach) -> None:
    await coach.set_my_work(USER, "I run a catering company")
    await coach.notes.capture(USER, "met Sipho Dlamini at the chamber mixer, into sourdough")
    card = await coach.notes.capture(USER, "sent sipho the article on wild yeast starters")
    assert [e.direction for e in card.ledger] == ["gave"]


# --- 3. /find who needs what the user does ----------------------------------------------------


async def test_find_who_needs_catering_finds_it_said_other_ways_each_with_why(
    coach: Coach,
) -> None:
    for note in (
        "met Abimbola Ajayi at the church picnic, she needs a caterer for her gala",
        "coffee with Tomás Reyes from Reyes Dental, he needs food for 60 at the office party",
        "Mama Kehinde Oyelaran from the choir wants small chops for her 70th birthday",
        "met Ruth Okonkwo at the chamber lunch, she needs lunch for 40 staff every friday",
        "met Efua Mensah at the expo, she runs a catering company",
        "met Lars Berg at the expo, he needs a photographer",
    ):
        await coach.notes.capture(USER, note)
    result = await coach.people.find(USER, "who needs catering")
    names = {h.contact.name for h in result.hits}
    assert names == {"Abimbola Ajayi", "Tomás Reyes", "Kehinde Oyelaran", "Ruth Okonkwo"}
    for hit in result.hits:
        assert hit.reasons, hit.contact.name  # each says why
        assert "needs" in hit.reasons[0], hit.reasons


async def test_find_who_needs_photos_finds_headshots_and_a_photographer(coach: Coach) -> None:
    for note in (
        "met Hana Sato at the bridal expo, she needs a photographer for her engagement shoot",
        "Tom Becker from Becker & Co wants headshots for his whole sales team",
        "met Lars Berg at the expo, he needs a caterer",
    ):
        await coach.notes.capture(USER, note)
    result = await coach.people.find(USER, "who needs photos")
    assert {h.contact.name for h in result.hits} == {"Hana Sato", "Tom Becker"}
    assert all(h.reasons for h in result.hits)


def test_the_find_header_reads_a_question_as_asked() -> None:
    from bot.formatting import find_result
    from coach.views import ContactLine, FindHit, FindResult

    hit = FindHit(
        ContactLine(1, "Ruth Okonkwo", None, None, None), ["Ruth needs lunch for 40 staff"], 1.0
    )
    said = find_result(FindResult(query="who needs catering", hits=[hit]))
    assert said.startswith("🔎 Who needs catering:"), said
    said = find_result(FindResult(query="caterers", hits=[hit]))
    assert said.startswith("🔎 Who you know for <i>caterers</i>:"), said


# --- 4. a follow-up's pasted leftovers ------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "line"),
    [
        # what goes to their family is sent to the family, never to them
        ("send food to the family instead", "Send food to Ji-woo's family"),
        ("drop off a meal to the family", "Drop off a meal to Ji-woo's family"),
        ("send flowers to her mum too", "Send flowers to Ji-woo's mum"),
        # work the user does for them is not done "with" them
        (
            "do the thanksgiving love feast",
            "Follow up with Ji-woo about the thanksgiving love feast",
        ),
        (
            "bake the cake for her son's party",
            "Follow up with Ji-woo about the cake for her son's party",
        ),
        ("do small chops for the wake", "Follow up with Ji-woo about the small chops for the wake"),
        # still said as before
        ("send her the menu", "Send Ji-woo the menu"),
        ("grab coffee", "Grab coffee with Ji-woo"),
    ],
)
def test_a_follow_up_reads_as_a_sentence_without_leftovers(reason: str, line: str) -> None:
    said = follow_up(Who("Ji-woo", SHE, True), reason)
    assert said is not None and said.casefold() == line.casefold()
    assert fragments(said) == []


@pytest.mark.parametrize(
    "line",
    [
        "Send Ji-woo food to the family instead, and ask her how she's holding up",
        "Send Ama the quote instead",
        "Call Bola about the venue lol",
        "Send Kofi flowers to the hospital",
    ],
)
def test_pasted_leftovers_are_fragments(line: str) -> None:
    assert fragments(line) != []
