"""Later news replaces what it settles: a finished plan the plan, a met need the need
(user trials: nudges still asked how the marathon training was going after "dana finished
the marathon", /balance still offered a chef after "marco hired the second chef")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.formatting import person_card
from coach.service import Coach
from tests.conftest import FakeClock

ALICE = 1001


async def later(coach: Coach, clock: FakeClock, first: str, then: str) -> int:
    """Two notes a few days apart; the id of the contact the second one is about."""
    await coach.notes.capture(ALICE, first)
    clock.advance(timedelta(days=4))
    card = await coach.notes.capture(ALICE, then)
    return card.people[-1].contact_id


async def live_facts(coach: Coach, contact_id: int) -> str:
    person = await coach.people.card(ALICE, contact_id)
    assert person is not None
    return " | ".join(f.text.casefold() for f in person.facts)


async def needs(coach: Coach, contact_id: int) -> list[str]:
    person = await coach.people.card(ALICE, contact_id)
    assert person is not None
    return [f.text for f in person.facts if f.kind == "need"]


async def ideas(coach: Coach, clock: FakeClock) -> str:
    clock.advance(timedelta(days=60))
    return " | ".join(n.idea for n in await coach.nudges.upcoming(ALICE))


@pytest.mark.parametrize(
    "news",
    [
        "dana finished the marathon last sunday",
        "Dana Park ran the marathon on Sunday!",
        "dana park completed the chicago marathon",
    ],
)
async def test_a_finished_plan_replaces_the_plan_and_is_congratulated(
    coach: Coach, clock: FakeClock, news: str
) -> None:
    dana = await later(
        coach, clock, "Coffee with Dana Park, she's training for the Chicago marathon.", news
    )
    facts = await live_facts(coach, dana)
    assert "training" not in facts and "marathon" in facts
    said = await ideas(coach, clock)
    # About the race that was run, never the training that is over.
    assert "training" not in said and "marathon" in said


@pytest.mark.parametrize(
    "news",
    [
        "tyler got into michigan",
        "Kevin's son Tyler got into Michigan!",
        "tyler was accepted to michigan state",
    ],
)
async def test_getting_in_replaces_applying(coach: Coach, clock: FakeClock, news: str) -> None:
    tyler = await later(
        coach, clock, "Lunch with Kevin Ford. His son Tyler is applying to colleges.", news
    )
    facts = await live_facts(coach, tyler)
    assert "applying" not in facts and "michigan" in facts


@pytest.mark.parametrize(
    "news",
    [
        "marco hired the second chef",
        "Marco Rossi finally found a sous chef.",
        "marco got a second chef last week",
        "marco sorted out the chef situation",
        "marco rossi no longer needs a chef",
    ],
)
async def test_a_met_need_is_no_longer_offered_help_with(
    coach: Coach, clock: FakeClock, news: str
) -> None:
    marco = await later(
        coach, clock, "Met Marco Rossi, he owns a restaurant and needs a second chef.", news
    )
    assert not await needs(coach, marco)
    balance = await coach.ledger.balance(ALICE)
    assert all("chef" not in (line.hint or "") for line in balance.give_first)
    said = await ideas(coach, clock)
    assert "needs" not in said and "think of someone" not in said


@pytest.mark.parametrize(
    "news", ["lena fox found an apartment", "Lena Fox got an apartment in the west end."]
)
async def test_a_found_home_meets_the_search_for_one(
    coach: Coach, clock: FakeClock, news: str
) -> None:
    lena = await later(coach, clock, "Met Lena Fox, she's looking for a new apartment.", news)
    assert not await needs(coach, lena)
    balance = await coach.ledger.balance(ALICE)
    assert all("apartment" not in (line.hint or "") for line in balance.give_first)


@pytest.mark.parametrize(
    ("first", "news", "idea"),
    [
        (
            "Met Marco Rossi, he owns a restaurant and needs a second chef.",
            "marco rossi hired the second chef",
            "on hiring the second chef",
        ),
        (
            "Met Lena Fox, she's looking for a new apartment.",
            "lena fox found an apartment",
            "on finding an apartment",
        ),
        (
            "Lunch with Kevin Ford. His son Tyler is applying to colleges.",
            "tyler was accepted to michigan state",
            "on Tyler getting accepted to Michigan State",
        ),
        (
            "Coffee with Bisi Adeyemi. Her husband Femi is interviewing at Houston Methodist.",
            "bisi texted femi got the job at houston methodist!!",
            "on Femi getting the job at Houston Methodist",
        ),
    ],
)
async def test_the_next_nudge_congratulates_on_the_news(
    coach: Coach, clock: FakeClock, first: str, news: str, idea: str
) -> None:
    await later(coach, clock, first, news)
    # "Congratulate Marco on…", or with a first nudge "…, and congratulate him on…"
    assert any(
        "congratulate" in line.casefold() and line.endswith(idea)
        for line in (await ideas(coach, clock)).split(" | ")
    )


@pytest.mark.parametrize(
    ("first", "news", "changed"),
    [
        (
            "Coffee with Dana Park, she's training for the Chicago marathon.",
            "dana finished the marathon last sunday",
            "Dana was training for the Chicago marathon, then finished the marathon",
        ),
        (
            "Met Marco Rossi, he owns a restaurant and needs a second chef.",
            "marco hired the second chef",
            "Marco needed a second chef, then hired the second chef",
        ),
        (
            "Met Marco Rossi, he owns a restaurant and needs a second chef.",
            "marco rossi no longer needs a chef",
            "Marco needed a second chef, and no longer does",
        ),
        (
            "Lunch with Kevin Ford. His son Tyler is applying to colleges.",
            "tyler was accepted to michigan state",
            "Tyler was applying to colleges, then got accepted to Michigan State",
        ),
    ],
)
async def test_the_card_says_what_changed(
    coach: Coach, clock: FakeClock, first: str, news: str, changed: str
) -> None:
    contact_id = await later(coach, clock, first, news)
    card = await coach.people.card(ALICE, contact_id)
    assert card is not None
    # the card cases the names typed in lower case ("michigan state" shows as Michigan State)
    assert [c.said.casefold() for c in card.changes] == [changed.casefold()]
    assert f"{changed} (noted Mon 30 Nov 2026)." in person_card(card)
