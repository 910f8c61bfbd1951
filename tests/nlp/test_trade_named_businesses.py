"""A name that carries a trade's or a business's word is a business, not a person: "Tacos
Lupita", "a young esports side", "Okafor's Bakery", "a kaumātua liaison"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "Diego Ruiz update: Tacos Lupita is opening a second truck in Fresno, and Diego "
            "wants a bookkeeper. send him a name",
            ["Diego Ruiz"],
        ),
        (
            "Anil Mehta update: Pizza Papi is opening a second van in Leeds, and Anil wants "
            "a bookkeeper",
            ["Anil Mehta"],
        ),
        (
            "Ama Owusu coaches a young esports side in Tema, wants sponsors",
            ["Ama Owusu"],
        ),
        (
            "ok met Rangi Moana at the yard um he's keen to start his own van fitout "
            "business, needs a loan",
            ["Rangi Moana"],
        ),
    ],
)
def test_a_name_with_a_trade_word_is_a_business(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


def test_the_owner_named_in_a_shop_name_is_no_mention(extractor: NoteExtractor) -> None:
    note = (
        "Met Chidi Eze at the market day, he supplies flour to Okafor's Bakery and "
        "Adaeze's Patisserie. Chidi wants a van"
    )
    assert names(extractor.extract(note, now=NOW)) == ["Chidi Eze"]


def test_a_role_of_a_community_is_no_person(extractor: NoteExtractor) -> None:
    note = (
        "Rewi Tane - Tūhoe Trust\n- kaumātua liaison for the health clinic\n"
        "- wants help with a grant\n- call him Friday"
    )
    assert names(extractor.extract(note, now=NOW)) == ["Rewi Tane"]
