"""User trials, words 7 (an insurance agent): what a contact asks of the user is the user's
to give; a word of the user's own trade lines ("home auto life") is no other trade; nobody
already known is "good to meet"; places and holidays are said as names; a follow-up is
about something, or about nothing; a rewrite names the person as their card does."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 7007
AGENT = "independent insurance agent in houston, home auto life and commercial P&C"


async def _nudges_and_drafts(coach: Coach, clock: FakeClock, days: int = 4) -> list[str]:
    return await nudges_and_drafts(coach, clock, days)


# --- 1. what they want from the user -------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "lunch with Rahul Mehta, owns Mehta Logistics, wants a quote from me before march",
        "terse: Rahul Mehta. Mehta Logistics (his family's trucking co). fleet of 40. "
        "unhappy w/ current broker. wants a quote before march",
    ],
)
async def test_a_quote_they_want_from_the_user_is_the_users_to_send(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    await coach.set_my_work(USER, AGENT)
    await coach.notes.capture(USER, note)
    said = await _nudges_and_drafts(coach, clock)
    text = " ".join(said)
    assert "keep an eye out" not in text and "find a quote" not in text, said
    assert "send him the quote he asked for" in text, said
    assert "I'll send you the quote you asked for." in text, said
    for line in said:
        assert fragments(line) == [], line


# --- 2. the user's own lines of insurance are no realtor's work ----------------------------


async def test_an_insurance_agent_is_not_the_realtor_a_contact_wants(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_my_work(USER, AGENT)
    await coach.notes.capture(
        USER,
        "my cousin's husband emeka nwosu is a realtor with keller williams in katy, he wants "
        "to meet first time buyers",
    )
    await coach.notes.capture(
        USER,
        'Guadalupe "Lupe" Ramírez - owns Ramírez Roofing, met at the Hispanic Chamber mixer. '
        "wants intro to a good realtor to get referrals",
    )
    balance = await coach.ledger.balance(USER)
    hints = {b.name: b.hint for b in balance.give_first}
    assert "Introduce Lupe to Emeka Nwosu" in hints.get("Guadalupe Ramírez", ""), hints
    said = " ".join(await _nudges_and_drafts(coach, clock))
    assert "could be the" not in said and "I'd be glad to help" not in said, said
    assert "introduce her to Emeka Nwosu" in said, said


# --- 3. not "good to meet" to someone already known ----------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "saw obinna at church, obinna eze, he's an engineer at chevron and his daughter "
        "chiamaka just got into rice early decision",
        "dinner at the Hassans. Omar Hassan and his wife Layla, both pharmacists, they own "
        "Bayou City Pharmacy in alief. omar asked if i know a good immigration attorney",
        "caught up with Dana Brooks, she runs Brooks Bakery and is opening a second location",
    ],
)
async def test_someone_seen_at_church_or_at_home_is_no_new_acquaintance(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    await coach.notes.capture(USER, note)
    said = await _nudges_and_drafts(coach, clock)
    assert said, said
    for line in said:
        assert "to meet" not in line and "meeting you" not in line, said


# --- 4. places, schools and holidays as names ----------------------------------------------


async def test_places_schools_and_holidays_from_a_note_are_said_with_capitals(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        USER,
        "met Tran Minh Duc at the chamber breakfast, goes by Danny, owns two pho restaurants "
        "on bellaire",
    )
    await coach.notes.capture(
        USER,
        "met Obinna Eze at the chamber lunch, his daughter chiamaka just got into rice early "
        "decision",
    )
    said = " ".join(await _nudges_and_drafts(coach, clock))
    assert "on Bellaire" in said and "into Rice" in said, said
    assert "bellaire" not in said and "into rice" not in said, said


def test_holidays_are_names() -> None:
    from coach.sentences import proper

    assert proper("at the christmas party after thanksgiving") == (
        "at the Christmas party after Thanksgiving"
    )
    assert proper("a big eid gala, then diwali, hanukkah and the new year gala") == (
        "a big Eid gala, then Diwali, Hanukkah and the New Year gala"
    )
    assert proper("a bowl of rice") == "a bowl of rice"


# --- 5. what a follow-up is about ----------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "met Adaeze Okonkwo at the chamber breakfast. follow up with adaeze mid december",
        "coffee with tunde bakare, he's a mortgage broker. i should circle back after the holidays",
        'met Hoang "Hank" Le, owns Le\'s Auto Body. follow up w hank by the 18th',
        "chase nguyen from frost bank, commercial lender, hosts a small biz breakfast every "
        "2nd tuesday",
    ],
)
async def test_a_follow_up_about_only_itself_is_about_nothing(coach: Coach, note: str) -> None:
    card = await coach.notes.capture(USER, note)
    for follow_up in card.follow_ups:
        line = follow_up.line or ""
        assert follow_up.what == "" or line, (follow_up.what, line)
        assert "circle back" not in line and "follow up w" not in line.casefold(), line
        assert "every 2nd" not in follow_up.what, follow_up.what
