"""Notes typed partly in another language, or around another culture's names: the words of
Tagalog, Portuguese, Swahili and patois, feasts, dishes and faiths said in them are nobody;
places are nobody; "Ah" before a Cantonese name is how the person is called, not a person;
a nickname in brackets or quotes after a full name is that person, not someone new."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names, person

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


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "Priscilla Mutua said she wants to expand to Kitengela next year. "
            "she runs Mama Mboga Foods",
            ["Priscilla Mutua"],
        ),
        (
            "Felix Otieno - Otieno Haulage\n- MD, 20 lorries Mombasa to Malaba\n"
            "- needs cheaper diesel",
            ["Felix Otieno"],
        ),
        (
            "the harambee in south kilimani was fun. met zawadi njeri, a lawyer at Bowmans",
            ["Zawadi Njeri"],
        ),
    ],
)
def test_places_are_nobody(extractor: NoteExtractor, note: str, people: list[str]) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


@pytest.mark.parametrize(
    ("note", "relative", "relation"),
    [
        (
            "met vincent ho from MTR at the rotary lunch, his wife ah yee is a nurse at QMH",
            "Yee",
            "wife",
        ),
        (
            "Hot pot with Gloria Tam and her brother Ah Wing at Causeway Bay. Wing is an architect",
            "Wing",
            "brother",
        ),
    ],
)
def test_ah_before_a_cantonese_name_is_how_they_are_called(
    extractor: NoteExtractor, note: str, relative: str, relation: str
) -> None:
    result = extractor.extract(note, now=NOW)
    assert relative in names(result)
    assert "Ah" not in " ".join(names(result)).split()
    assert person(result, relative).relation == relation


def test_ah_and_a_name_before_the_full_name_in_brackets_are_one_person(
    extractor: NoteExtractor,
) -> None:
    note = "Ah Chun (Edmund Chan) - Chan Kee Noodles, 3rd gen owner. wants a second shop"
    assert names(extractor.extract(note, now=NOW)) == ["Edmund Chan"]


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "great mixer. met Roberto Carvalho (Beto), he runs a bakery. Beto wants a loan",
            ["Roberto Carvalho"],
        ),
        (
            'bless up, linked wid Courtney Edwards "Tiny", him a DJ. Tiny want a new sound system',
            ["Courtney Edwards"],
        ),
        (
            "cattlemen supper ran late, met skeeter (james earl colby) he's a rancher, "
            "wants a loan",
            ["James Earl Colby"],
        ),
        (
            "Big night at the rodeo gala, met Sonny (Robert Lee Haskins), he runs feed stores",
            ["Robert Lee Haskins"],
        ),
    ],
)
def test_a_nickname_by_a_full_name_is_that_person(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people
