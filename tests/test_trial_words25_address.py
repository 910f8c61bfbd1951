"""User trial 25 (a Nigerian-born caterer in Atlanta): the forms of address the notes
give are kept ("Hi Pastor Femi", "Hi Chief Emeka"), and words quoted from notes keep the
note's capitals ("the Women in Business lunch"); month names are capitalised."""

from __future__ import annotations

from coach.address import addressed
from coach.sentences import proper
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2526


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str, days: int = 21) -> str:
    """Every /balance line, nudge and draft about these notes over the next weeks."""
    return "\n".join(await everything_said(coach, clock, USER, work, notes, days=days))


async def test_the_title_the_notes_address_them_with_is_kept(
    coach: Coach, clock: FakeClock
) -> None:
    # Trial 25: "pastor Femi Adebayo" was greeted "Hi Femi", "chief Emeka Nwosu" "Hi Emeka"
    said = await _said(
        coach,
        clock,
        "caterer",
        "pastor kunle afolabi from the harvest thanksgiving, he loves jazz, follow up next week",
        "Aunty Funke Bello called, she wants jollof for her daughter's graduation in june",
        "met mr daniel cho at the expo, he runs a print shop in decatur",
        "Miriam Kaplan from Emory cardiology, met at the gala. dr kaplan plays cello",
        days=14,
    )
    assert "Hi Pastor Kunle" in said, said
    assert "Hi Aunty Funke" in said, said
    assert "Hi Dr. Kaplan" in said, said
    assert "Mr. Daniel" not in said and "Hi Daniel" in said, said
    assert "Hi Kunle" not in said and "Hi Funke" not in said, said


def test_a_relation_is_no_title() -> None:
    assert addressed("Bisola Ogunleye", "Bisola", ["saw her sister bisola at church"]) is None
    assert addressed("Tunde Bakare", "Tunde", ["ngozi's uncle Tunde was there"]) is None
    assert addressed("Tunde Bakare", "Tunde", ["her husband is Deacon Tunde"]) == "Deacon Tunde"
    assert addressed("Harold Whitfield", "Harold", ["her boss Dr. Harold Whitfield"]) is None
    assert addressed("Kofi Mensah", "Kofi", ["the groom's uncle Nana Kofi Mensah"]) == "Nana Kofi"


def test_month_names_are_capitalised_and_may_the_verb_is_not() -> None:
    assert proper("her recital is due may 3rd") == "her recital is due May 3rd"
    assert proper("from March to may") == "from March to May"
    assert proper("the gala in may, then a trip") == "the gala in May, then a trip"
    assert proper("she may move to ohio") == "she may move to Ohio"
    assert proper("it may be late") == "it may be late"


async def test_lines_keep_the_capitals_the_note_gave(coach: Coach, clock: FakeClock) -> None:
    # Trial 25: "great to meet you at the women in Business lunch!" from "the Women in
    # Business lunch at the Marriott"
    said = await _said(
        coach,
        clock,
        "caterer",
        "Priya Raman, met at the Black Women in Tech breakfast, she is a product manager",
        "Nadia Haddad, met her at the Friends of Ponce Park breakfast, she is a dentist",
        days=14,
    )
    assert "Black Women in Tech breakfast" in said, said
    assert "Friends of Ponce Park breakfast" in said, said
    assert "women in tech" not in said.replace("Black Women in Tech", ""), said


async def test_where_they_met_is_headed_with_the_note_s_capitals(coach: Coach) -> None:
    # "You met at the women in Business lunch" above the nudge
    await coach.notes.capture(
        USER, "Priya Raman, met at the Black Women in Tech breakfast, she is a product manager"
    )
    views = await coach.nudges.upcoming(USER)
    assert views and all(v.met_at == "Black Women in Tech breakfast" for v in views), views
