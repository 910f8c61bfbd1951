"""Trial 33 (a Dublin IT recruiter): a give the user logs or reports done closes the
promise it keeps. After "/gave Siobhán profiles", or a note "sent anita the case
studies" or "siobhán loved the profiles", the open "Send … a couple of profiles" never
fires again; a promise of something else stays."""

from __future__ import annotations

import pytest

from coach.service import Coach

USER = 3302

# (the note with the promise, how the give is told, the first name)
KEPT = [
    (
        "coffee with wiremu tane, he runs a cafe in ponsonby, send him the menu mockups tomorrow",
        "/gave Wiremu two menu mockups",
        "Wiremu",
    ),
    (
        "- beatriz santos, marketing lead at a bakery chain\n"
        "- send her our case studies next tuesday",
        "sent beatriz the case studies, she wants a call in january",
        "Beatriz",
    ),
    (
        "met ayodele okonkwo at the expo, he's a landlord, send him the tenancy templates "
        "by friday",
        "ayodele loved the tenancy templates, says they saved him hours",
        "Ayodele",
    ),
    (
        "call with hyun-woo park, need to send him a few podcast recommendations monday",
        "hyun-woo said thanks for the podcast recommendations",
        "Hyun",
    ),
]


async def open_lines(coach: Coach) -> list[str]:
    return [v.idea for v in await coach.nudges.upcoming(USER)]


@pytest.mark.parametrize(("promise", "given", "name"), KEPT)
async def test_a_give_closes_the_promise_it_keeps(
    coach: Coach, promise: str, given: str, name: str
) -> None:
    await coach.notes.capture(USER, promise)
    before = await open_lines(coach)
    promised = [line for line in before if name in line and line.startswith(("Send", "Follow"))]
    assert promised, before
    if given.startswith("/gave"):
        await coach.ledger.record(USER, "gave", given.split()[1:])
    else:
        await coach.notes.capture(USER, given)
    after = await open_lines(coach)
    assert not any(line in after for line in promised), (promised, after)


async def test_a_give_of_something_else_keeps_the_promise(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "coffee with wiremu tane, he runs a cafe in ponsonby, send him the menu mockups tomorrow",
    )
    await coach.ledger.record(USER, "gave", "Wiremu a bottle of wine".split())
    lines = await open_lines(coach)
    assert any(line.startswith("Send Wiremu") for line in lines), lines


async def test_balance_lists_the_gives_promised_until_they_are_made(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "met ayodele okonkwo at the expo, he's a landlord, send him the tenancy templates "
        "by friday",
    )
    balance = await coach.ledger.balance(USER)
    assert [b.hint for b in balance.promised] == ["Send Ayodele Okonkwo the tenancy templates"]
    await coach.ledger.record(USER, "gave", "Ayodele the tenancy templates".split())
    assert (await coach.ledger.balance(USER)).promised == []
