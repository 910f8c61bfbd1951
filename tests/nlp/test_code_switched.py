"""Notes typed half in French, Spanish or Swedish: the other language's little words and
verbs are never a name nor part of one; a name after "sa conjointe", "con", "avec" is."""

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
            "bon ben au cocktail de la jeune chambre j'ai parlé avec jean-philippe gagnon, "
            "il est comptable chez desjardins. sa conjointe isabelle est infirmière. "
            "he wants a new website for his side business. écris-lui après le jour de l'an",
            ["Jean-Philippe Gagnon", "Isabelle"],
        ),
        (
            "oye en el asado de la oficina hablé con florencia paz que trabaja en falabella "
            "y su esposo rodrigo que es ingeniero. she needs help with her taxes. "
            "llamarla el viernes",
            ["Florencia Paz", "Rodrigo"],
        ),
        (
            "Avec Lucie Bouchard on a parlé de la fusion, elle est très intéressée. Lucie "
            "wants the deck before Thursday",
            ["Lucie Bouchard"],
        ),
    ],
)
def test_their_words_are_no_part_of_a_name(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


def test_a_spanish_name_keeps_its_particles(extractor: NoteExtractor) -> None:
    note = (
        "en la feria conocí a maría de los ángeles torres, es dueña de una panadería "
        "con su hermano. she wants a POS system. escribirle el lunes"
    )
    assert names(extractor.extract(note, now=NOW)) == ["María de los Ángeles Torres"]


def test_a_swedish_partner_word_is_no_part_of_the_name(extractor: NoteExtractor) -> None:
    note = "Julbord at Grand Hôtel. Elsa Nyberg - Klarna, designer. sambo Oskar, pilot."
    assert names(extractor.extract(note, now=NOW)) == ["Elsa Nyberg", "Oskar"]


def test_an_english_note_with_a_les_and_a_del_keeps_them(extractor: NoteExtractor) -> None:
    note = "Met Les Murray and Del Harper at the bowls club. Les wants a quote for solar"
    assert names(extractor.extract(note, now=NOW)) == ["Les Murray", "Del Harper"]
