"""The little words, fillers and exclamations of other Englishes and languages a note is
typed in (Singlish, Indonesian and Malay, Jamaican, Afrikaans) are nobody, and no part of
the name beside them: "oke jadi tadi ketemu rizky" met Rizky."""

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
            "alamak the fintech mixer so crowded sia. met darren lim, product guy at grab, "
            "his wife mei ling is a lawyer. jio him makan next week lah",
            ["Darren Lim", "Mei Ling"],
        ),
        (
            "walao so shiok the hawker tour. met priya nair from DBS, she into bouldering "
            "one. paiseh forgot her card",
            ["Priya Nair"],
        ),
        (
            "oke jadi tadi di acara alumni di senayan ketemu rizky pratama, he's a data "
            "engineer at tokopedia. besok kirim email ya",
            ["Rizky Pratama"],
        ),
        (
            "terus habis itu ketemu sama ibu ratna, she does logistics at JNE, nanti follow up",
            ["Ratna"],
        ),
        (
            "so mi deh pon di church harvest and mi link up wid marlon grant, him a mechanic "
            "inna kingston, him waan a new garage",
            ["Marlon Grant"],
        ),
        (
            "lekker braai at the rotary, met johan botha, he's a vet in stellenbosch. ja "
            "nee, he wants a bakkie",
            ["Johan Botha"],
        ),
    ],
)
def test_chat_words_of_other_englishes_are_nobody(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


@pytest.mark.parametrize(
    ("note", "people"),
    [
        ("met dan and mia at the expo, dan sells solar panels", ["Dan", "Mia"]),
        ("coffee with Sama Haddad, she runs a bakery", ["Sama Haddad"]),
        ("met li yang at the mixer, he runs a gym in richmond", ["Li Yang"]),
        (
            "walao the mixer damn shiok. met dong-hyun kim, he does payments at grab. "
            "jio him kopi lah",
            ["Dong-Hyun Kim"],
        ),
    ],
)
def test_names_that_look_like_those_words_stay(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


def test_turkish_this_is_no_title(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met Can Yıldız at the gala, he imports tiles. bu akşam arayacağım", now=NOW
    )
    assert names(result) == ["Can Yıldız"]
