"""Words for a partner or relative from other languages and Englishes: "her sambo erik"
(Swedish), "su pololo diego" (Chilean), "sa blonde mélanie" (Québécois), "her tāne wiremu"
(te reo Māori), "her other half rohan", "her oppa jun" (Korean). The reader took the name
after them for someone met, with no relation, so the card said nothing of whose partner or
brother they are. Said right before a name they make that person the contact's relative;
the ones that are names or everyday words too ("Tane", "blonde", "mari") only so after a
possessive ("her", "su", "sa", "hans"). The word itself is never anyone's name."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import names, person


@pytest.mark.parametrize(
    ("note", "contact", "relative", "relation"),
    [
        ("met ingrid holm at the startup mingle, she's a designer at klarna. her sambo erik "
         "is a nurse. call her friday", "Ingrid", "Erik", "partner"),
        ("Astrid Lund - Volvo, buyer. sambo Mats, teacher. likes sailing. f/u after jul",
         "Astrid", "Mats", "partner"),
        ("hablé con valentina soto en la feria, es arquitecta y su pololo diego trabaja en "
         "falabella. follow up monday", "Valentina", "Diego", "boyfriend"),
        ("Met Camila Rojas at the chamber breakfast. Her pololo Matías runs a bakery in "
         "Ñuñoa. Wants a new logo.", "Camila", "Matías", "boyfriend"),
        ("5 à 7 avec jean-françois gagnon, il est comptable chez desjardins pis sa blonde "
         "mélanie est prof au cégep. call him next week", "Jean-François", "Mélanie",
         "partner"),
        ("Met Luc Tremblay at the chamber 5 à 7. He's an accountant at Desjardins and sa "
         "blonde Mélanie teaches at the cégep. Call him next week", "Luc", "Mélanie",
         "partner"),
        ("met priya nair at the conference, her other half rohan is a dentist. email her "
         "thursday", "Priya", "Rohan", "partner"),
        ("Met Aroha Tane at the hui. Her tāne Wiremu plays rugby for Ories. Aroha wants a "
         "tutor.", "Aroha", "Wiremu", "partner"),
        ("Met Min-seo Park at the KAPA mixer, she's a pharmacist. her oppa jun is a dentist "
         "in fullerton.", "Min-seo", "Jun", "brother"),
        ("lunch w/ Dev Malhotra from Infosys, his bhai Rohit runs a cloud kitchen in Pune. "
         "ping dev monday", "Dev", "Rohit", "brother"),
        ("met shane doyle at the footy, his de facto kylie is a physio. call him thursday",
         "Shane", "Kylie", "partner"),
    ],
)  # fmt: skip
def test_a_kin_word_of_another_tongue_makes_a_relative(
    extractor: NoteExtractor, note: str, contact: str, relative: str, relation: str
) -> None:
    out = extractor.extract(note, now=NOW)
    kin = person(out, relative)
    assert kin.relation == relation and (kin.of or "").startswith(contact), kin
    said_words = {"sambo", "pololo", "blonde", "tāne", "half", "oppa", "bhai", "facto"}
    assert not any(set(n.lower().split()) & said_words for n in names(out)), names(out)


def test_my_partner_in_a_french_note_is_the_users(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "au 5 à 7 j'ai jasé avec luc bergeron il est comptable chez desjardins pis ma blonde "
        "julie le connaît. rappelle-le lundi",
        now=NOW,
    )
    julie = person(out, "Julie")
    assert julie.relation == "partner" and julie.of == "me", julie


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Met Aroha Tane at the hui. She runs a kura in Porirua. Call Aroha next week.",
         "Aroha Tane"),
        ("Mari Lacson - broker at Lacson Realty. wants leads in Pasig. f/u mon", "Mari Lacson"),
        ("met didi okafor at the mixer, she does payroll at sage. call her monday",
         "Didi Okafor"),
    ],
)  # fmt: skip
def test_a_name_that_is_a_kin_word_elsewhere_stays_a_name(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert name in names(out), names(out)
    assert person(out, name.split()[0]).relation is None


def test_a_partner_in_crime_is_a_friend_not_a_partner(extractor: NoteExtractor) -> None:
    out = extractor.extract(
        "Met Kenji Mori at the meetup. his partner in crime daisuke runs the podcast with "
        "him. Follow up friday",
        now=NOW,
    )
    assert person(out, "Daisuke").relation is None


@pytest.mark.parametrize(
    ("note", "contact", "relative", "firm"),
    [
        ("conocí a renata silva que es abogada en carey y su novio andrés trabaja en "
         "codelco. email her friday", "Renata", "Andrés", "Carey"),
        ("ya po en el asado conocí a fernanda lagos que es ingeniera en falabella y su "
         "pololo tomás trabaja en entel. call her monday", "Fernanda", "Tomás", "Falabella"),
    ],
)  # fmt: skip
def test_a_firm_after_en_is_nobody_and_takes_no_relative(
    extractor: NoteExtractor, note: str, contact: str, relative: str, firm: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert firm not in names(out), names(out)
    kin = person(out, relative)
    assert (kin.of or "").startswith(contact), kin
