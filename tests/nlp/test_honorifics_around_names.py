"""Forms of address of many languages said with a name are no part of it and nobody of
their own: "Pak Hendra Wijaya" is Hendra Wijaya, "Ahmet Bey" is Ahmet, "Khun Araya" is
Araya; whatever the note says of them, later by the short form, is theirs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names, person, said

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "Coffee at the Bandung alumni night with Pak Hendra Wijaya, he runs a coffee "
            "roastery in Fresno. His wife Ibu Ratna teaches piano.",
            ["Hendra Wijaya", "Ratna"],
        ),
        (
            "met bu siti nurhaliza at the pengajian, she is a pharmacist at Kaiser",
            ["Siti Nurhaliza"],
        ),
        (
            "habis itu ketemu pak joko santoso, he sells rice in Bekasi",
            ["Joko Santoso"],
        ),
        (
            "saw mas agus and mbak dewi at the arisan. mas agus fixes laptops",
            ["Agus", "Dewi"],
        ),
        (
            "Dinner with Ahmet Kaya Bey at the consulate. Ahmet Bey imports olive oil.",
            ["Ahmet Kaya"],
        ),
        (
            "Songkran party: met Khun Araya Chaiyaporn, she manages a spa in Phuket. "
            "Khun Araya likes yoga.",
            ["Araya Chaiyaporn"],
        ),
        (
            "Met Reza agha at the Nowruz party, he is a dentist in Irvine. His wife "
            "Leila khanum paints.",
            ["Reza", "Leila"],
        ),
    ],
)
def test_forms_of_address_are_no_part_of_a_name(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


def test_what_is_said_of_the_short_form_is_theirs(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "Gala at the Turkish consulate, met Osman Demir Bey. Osman Bey imports hazelnuts "
        "and loves fishing. His daughter Elif studies law.",
        now=NOW,
    )
    osman = person(result, "Osman")
    assert said(osman, "hazelnuts") and said(osman, "fishing", {"interest"})
    assert person(result, "Elif").of == "Osman Demir"


def test_a_relative_of_a_titled_host_is_theirs(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "Loy Krathong dinner, sat with Khun Prasert Boonmee, he owns two resorts in Krabi. "
        "His son Kittipong studies at Chula.",
        now=NOW,
    )
    assert names(result) == ["Prasert Boonmee", "Kittipong"]
    assert person(result, "Kittipong").of == "Prasert Boonmee"


def test_a_double_barrelled_surname_keeps_bey(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "Talked with Marcus Washington-Bey, he drives for CTA. Call him Friday", now=NOW
    )
    assert names(result) == ["Marcus Washington-Bey"]
