"""A person met by title and surname, then named in full, is one contact (user trials:
"met Mrs. Adebayo, coach from whitney young - Funmilayo Adebayo" made a contact "Adebayo",
another called "Whitney Young" at a firm "Funmilayo Adebayo")."""

from __future__ import annotations

import pytest

from bot.formatting import note_card
from coach.service import Coach

ALICE = 1001


@pytest.mark.parametrize(
    ("note", "name", "org", "work"),
    [
        (
            "met Mrs. Adebayo, coach from whitney young - Funmilayo Adebayo",
            "Funmilayo Adebayo",
            "Whitney Young",
            "coach",
        ),
        (
            "met Mrs. Adebayo, the coach from Whitney Young - Funmilayo Adebayo, great with kids",
            "Funmilayo Adebayo",
            "Whitney Young",
            "coach",
        ),
        (
            "chatted with Ms. Okafor at the PTA - Ngozi Okafor, runs the book fair",
            "Ngozi Okafor",
            None,
            "book fair",
        ),
        (
            "met Mrs. Park from Jefferson High - Sunhee Park, she coaches debate",
            "Sunhee Park",
            "Jefferson High",
            "coaches debate",
        ),
        ("met Dr. Haddad (Rania Haddad) from the clinic", "Rania Haddad", None, None),
        ("met Mr. Kowalski - Piotr Kowalski, owns the deli", "Piotr Kowalski", None, "deli"),
    ],
)
async def test_a_title_and_surname_then_the_full_name_is_one_contact(
    coach: Coach, note: str, name: str, org: str | None, work: str | None
) -> None:
    card = await coach.notes.capture(ALICE, note)
    assert [p.name for p in card.people] == [name]
    if org is not None:
        assert card.people[0].org == org
    reply = note_card(card)
    assert reply.count("New contact") == 1
    if work is not None:
        assert work in reply
    people = await coach.people.page(ALICE)
    assert people.total == 1 and not people.relatives
