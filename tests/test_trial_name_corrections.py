"""A console trial (a NZ mortgage adviser): a known contact's name or pronoun corrected in
a short note renames them or changes their pronoun, makes no new contact or firm, is no
touch and closes no follow-up; what else the note says is still kept."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from bot.console import Console
from coach.service import Coach
from storage.contacts import Contacts
from tests.conftest import FakeClock
from tests.fragments import fragments

ADVISER = 0


async def run(console: Console, out: io.StringIO, line: str) -> str:
    start = len(out.getvalue())
    await console.handle(line)
    return out.getvalue()[start:]


def console_for(coach: Coach, clock: FakeClock, tmp_path: Path) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(coach, ADVISER, out=out, files=tmp_path, clock=clock), out  # type: ignore[arg-type]


async def names(coach: Coach) -> list[str]:
    async with coach.rt.unit_of_work() as session:
        return sorted(c.name for c in await Contacts(session, ADVISER).recent(0, 50))


async def pronoun_of(coach: Coach, name: str) -> str | None:
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, ADVISER)
        [(contact_id, _, _)] = await contacts.named(name)
        contact = await contacts.get(contact_id)
        assert contact is not None
        return contact.pronoun


# --- 1. a name said wrong, put right ----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "correction", "renamed"),
    [
        (
            "met Sean Tuilagi at the open home in mangere, first home buyer, needs pre-approval",
            "actually it's Sione not Sean",
            "Sione Tuilagi",
        ),
        (
            "coffee with Nina Walsh, refinancing her rental in ponsonby",
            "oops its Niamh not Nina",
            "Niamh Walsh",
        ),
        (
            "met Sanjay Mehta at the BNI breakfast, builder, wants a construction loan",
            "not Sanjay, Sanjeev",
            "Sanjeev Mehta",
        ),
        (
            "met Rangi Te at the hui, looking at a kāinga ora shared ownership home",
            "rangi's surname is te awa not te",
            "Rangi Te Awa",
        ),
        (
            "lunch with Kenji Nakamoto, accountant at Baker Tilly, sends me clients",
            "his last name is Nakamura not Nakamoto",
            "Kenji Nakamura",
        ),
        (
            "met Aoife Daly at the expo, nurse, saving for a deposit",
            "correction: aoife's surname's Ó Dálaigh",
            "Aoife Ó Dálaigh",
        ),
        (
            "met Nkechi Eze at church, wants to refinance her townhouse",
            "first name is Ngozi not Nkechi",
            "Ngozi Eze",
        ),
    ],
)
async def test_a_name_said_wrong_renames_the_contact_and_makes_no_one_new(
    coach: Coach, clock: FakeClock, tmp_path: Path, first: str, correction: str, renamed: str
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, first)
    before = await names(coach)
    clock.advance(timedelta(hours=2))
    said = await run(console, out, correction)
    assert await names(coach) == [renamed], (said, before)
    card = await run(console, out, f"/person {renamed}")
    assert renamed in card, card
    # the old or new first name is no firm of theirs, and no new contact
    assert "🏢" not in said and "New contact" not in said, said


# --- 2. a pronoun said outright is theirs from now on --------------------------------------


@pytest.mark.parametrize(
    ("first", "correction", "name", "pronoun"),
    [
        (
            "met Tama Ngata at the open home, first home buyer, wants to buy in papakura",
            "actually tama is a he not a she lol",
            "Tama Ngata",
            "he",
        ),
        (
            "met Sam Lee at the expo, his partner is a nurse, they want a bigger place",
            "sam's a she",
            "Sam Lee",
            "she",
        ),
        (
            "coffee with Jordan Park, wants to refinance before the fixed rate rolls off",
            "jordan is they/them",
            "Jordan Park",
            "they",
        ),
        (
            "met Ashley Cole at the rotary lunch, runs a cafe in takapuna",
            "correction: ashley is a man",
            "Ashley Cole",
            "he",
        ),
    ],
)
async def test_a_pronoun_said_is_stored_and_is_no_touch(
    coach: Coach,
    clock: FakeClock,
    tmp_path: Path,
    first: str,
    correction: str,
    name: str,
    pronoun: str,
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, first)
    given = name.split()[0]
    await run(console, out, f"/followup {given} tomorrow")
    clock.advance(timedelta(days=1, hours=1))
    said = await run(console, out, correction)
    assert "done" not in said, said
    assert await names(coach) == [name], said
    assert await pronoun_of(coach, name) == pronoun
    card = await run(console, out, f"/person {given}")
    assert "📅 Follow up with" in card, card
    # the lines about them from now on say the pronoun said
    wrong = {"he": (" her ", " she "), "she": (" him ", " he "), "they": (" him ", " her ")}
    for view in await coach.nudges.upcoming(ADVISER):
        draft = await coach.nudges.draft(ADVISER, view.nudge_id)
        for line in (view.idea, draft.opener if draft else ""):
            assert fragments(line) == [], line
            for word in wrong[pronoun]:
                assert word not in f" {line} ", line


async def test_a_pronoun_said_with_news_keeps_the_news_and_is_no_touch(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "met Wei Zhang at the property investors meetup, wants to refinance")
    await run(console, out, "/followup wei tomorrow")
    clock.advance(timedelta(days=1, hours=1))
    said = await run(console, out, "wei is a he btw, he's got 4 rentals in henderson")
    assert "done" not in said, said
    assert await pronoun_of(coach, "Wei Zhang") == "he"
    card = await run(console, out, "/person wei")
    assert "4 rentals in henderson" in card, card
    assert "📅 Follow up with" in card, card


async def test_a_pronoun_said_beats_a_later_guess(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    # "Kerry" reads as a man's name: the note's word is what counts
    await run(console, out, "met Kerry Ngata at the open home, wants a pre-approval")
    await run(console, out, "oops kerry's a she not a he")
    clock.advance(timedelta(days=3))
    await run(console, out, "called kerry, still keen on papakura, needs a broker for insurance")
    assert await pronoun_of(coach, "Kerry Ngata") == "she"
