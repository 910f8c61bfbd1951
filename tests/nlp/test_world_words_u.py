"""Notes typed partly in another language, or around another culture's names: the words of
Tagalog, Portuguese, Swahili and patois, feasts, dishes and faiths said in them are nobody;
places are nobody; "Ah" before a Cantonese name is how the person is called, not a person;
a nickname in brackets or quotes after a full name is that person, not someone new."""

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
            "Sobra saya ng party! met Dindo Reyes from BDO, talaga super kind. "
            "Kanina lang he texted me the rates",
            ["Dindo Reyes"],
        ),
        (
            "obrigado pelo convite! met Rafaela Costa at the expo, amanhã she sends the deck",
            ["Rafaela Costa"],
        ),
        (
            "habari! met Achieng Odhiambo at the chamber breakfast, she runs a bakery. "
            "Sawa, kesho tutaonana",
            ["Achieng Odhiambo"],
        ),
        (
            "Karibu dinner at the Norfolk. met Baraka Mwita from Safaricom. "
            "Baadaye I send the deck",
            ["Baraka Mwita"],
        ),
        (
            "wah gwaan, met bredda Delroy Grant at the church fete, him run a barbershop. Irie man",
            ["Delroy Grant"],
        ),
    ],
)
def test_words_of_another_language_are_nobody(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "Feijoada at Casa Rio with Renata Alves, she works at Natura. Call her after Carnaval",
            ["Renata Alves"],
        ),
        (
            "Yum cha with Winnie Lau at Maxim's. Winnie is a partner at KPMG, wants a new CFO",
            ["Winnie Lau"],
        ),
        (
            "Hindu, vegetarian: Ravi Menon from Infosys, met at the diwali mixer",
            ["Ravi Menon"],
        ),
        (
            "Sven Krüger. Bosch. engineer. 2 kids. f/u after Sinterklaas and Silvester",
            ["Sven Krüger"],
        ),
    ],
)
def test_feasts_dishes_and_faiths_are_nobody(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people
