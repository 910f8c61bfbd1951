"""Trial 33: "met arjun mehta no relation to priya's brother" filed Arjun Mehta as Priya's
brother Arjun, saved under one name. Someone met whose full name differs from a relative's
single name is a new contact; the relative stays who they were."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coach.service import Coach
from storage.models import Contact

USER = 3301


@pytest.mark.parametrize(
    ("first", "second", "relative", "newcomer"),
    [
        (
            "coffee with Ama Owusu, she's a head of finance at Tullow, her brother kofi is a pilot",
            "met kofi asante at the drinks, no relation to ama's brother lol, hes an "
            "engineer at aws",
            "Kofi",
            "Kofi Asante",
        ),
        (
            "lunch with Ingrid Berg, she runs a design studio, her son lars is at uni in oslo",
            "chatted with lars nilsen at the meetup, hes a data engineer at spotify",
            "Lars",
            "Lars Nilsen",
        ),
    ],
)
async def test_a_full_name_unlike_a_relatives_is_a_new_contact(
    coach: Coach, first: str, second: str, relative: str, newcomer: str
) -> None:
    await coach.notes.capture(USER, first)
    await coach.notes.capture(USER, second)
    async with coach.rt.unit_of_work() as session:
        rows = (
            await session.execute(
                select(Contact.name, Contact.relation).where(Contact.user_id == USER)
            )
        ).all()
    by_name = dict(rows)
    assert by_name.get(relative) is not None, rows
    assert newcomer in by_name and by_name[newcomer] is None, rows
