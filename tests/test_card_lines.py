"""A contact card says each thing once: the user's own follow-ups, one line for when the
coach will next remind them, and a Family line that a note's wording of the same relatives
does not repeat (trial 25: three "Follow up with Bisola" lines for one "follow up next week",
and "Family: husband is Deacon Tunde, a baby girl, Toluwani" above "Family: daughter
Toluwani")."""

from __future__ import annotations

from pathlib import Path

from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_console import run
from tests.test_trial_name_corrections import console_for


async def test_a_card_lists_the_follow_up_once_and_when_the_next_nudge_comes(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "met bisola ogunleye at church, she runs the hospitality ministry. "
                            "follow up next week")  # fmt: skip
    card = await run(console, out, "/person bisola")
    assert card.count("📅") == 1, card
    assert card.count("I'll remind you to reach out on") == 1, card


async def test_a_family_fact_that_only_names_the_relatives_is_not_said_twice(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "coffee with Ifeoma Chukwu. Her husband is Obi, a pharmacist. Her son "
                            "is Kelechi, he plays the drums.")  # fmt: skip
    card = await run(console, out, "/person ifeoma")
    family = [line for line in card.splitlines() if "Family" in line]
    assert len(family) == 1, card
    assert "husband Obi" in family[0] and "son Kelechi" in family[0], card


async def test_the_next_reminder_on_a_card_is_never_in_the_past(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 27: a card on 30 Nov said "I'll remind you to reach out on Wed 18 Nov"."""
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "met kemi adebayo at the bridal show, loves tennis")
    await run(console, out, "/wait 3d")  # the nice-to-meet nudge goes out and is ignored
    card = await run(console, out, "/person kemi")
    assert "Sat 28 Nov" not in card and "Sun 29 Nov" not in card, card
    assert "I'll remind you to reach out on" in card, card


async def test_a_relative_a_family_line_already_names_is_not_named_again(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 30: "Family: wife Kiran just had a baby girl" above "Family: wife Kiran"."""
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "coffee with tomasz nowak, plasterer. wife agata just had a baby "
                            "boy")  # fmt: skip
    card = await run(console, out, "/person tomasz")
    family = [line for line in card.splitlines() if "Family" in line]
    assert len(family) == 1, card
    assert "wife Agata just had a baby boy" in family[0], card
