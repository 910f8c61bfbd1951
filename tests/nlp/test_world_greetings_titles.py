"""Greetings, blessings and fillers of many languages are nobody; titles and forms of
address of many languages are no part of a name, before it ("ingeniera Paula Ríos") or
after it ("Farhan bhai"); "I" is the writer."""

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
            "salaam alaikum, quick note. met zainab farah at the mosque iftar, she is an "
            "accountant at Wells Fargo. call her next week mashallah",
            ["Zainab Farah"],
        ),
        (
            "Khalas, done with the expo. Spoke to Nabil Haddad from Aramex, he wants a "
            "quote. Wallahi a long day",
            ["Nabil Haddad"],
        ),
        (
            "arre yaar, met Deepak Iyer at the Nasscom meet, he runs a SaaS startup. "
            "Chalo, call him Monday",
            ["Deepak Iyer"],
        ),
        (
            "Kia ora! Met Tama Ngata at the Hīkoi breakfast, he coaches waka ama. "
            "Ka kite next week",
            ["Tama Ngata"],
        ),
    ],
)
def test_greetings_and_blessings_are_nobody(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "call with ingeniera Valeria Soto from Cemex about the plant; her boss "
            "licenciada Ortega signs off the budget",
            ["Valeria Soto", "Ortega"],
        ),
        (
            "Coffee with Arq. Tomás Villalba, he designs clinics in Asunción",
            ["Tomás Villalba"],
        ),
        (
            "Lunch with Khalid Anwar from Engro. Khalid saab is a keen golfer and wants a "
            "new auditor",
            ["Khalid Anwar"],
        ),
        (
            "Dinner with Hiroshi Tanaka from Sony. Tanaka sensei teaches kendo on weekends",
            ["Hiroshi Tanaka"],
        ),
        (
            "dinner with Jin-woo Park from Naver. Jin-woo hyung wants an intro to a designer",
            ["Jin-woo Park"],
        ),
    ],
)
def test_titles_and_forms_of_address_are_no_part_of_a_name(
    extractor: NoteExtractor, note: str, people: list[str]
) -> None:
    assert names(extractor.extract(note, now=NOW)) == people


def test_a_surname_that_is_a_form_of_address_elsewhere_stays(extractor: NoteExtractor) -> None:
    note = "Met Priscilla Chan at the gala, she runs a foundation. Priscilla wants a grant writer"
    assert names(extractor.extract(note, now=NOW)) == ["Priscilla Chan"]


def test_the_writer_saying_i_is_nobody(extractor: NoteExtractor) -> None:
    note = (
        "At the library fundraiser I chatted with Mrs. Dorothy Finch, who taught at "
        "Lincoln High. Dorothy loves quilting, and so do I. She wants help with her will."
    )
    assert names(extractor.extract(note, now=NOW)) == ["Dorothy Finch"]


def test_a_day_named_for_someone_is_nobody(extractor: NoteExtractor) -> None:
    note = "Met Grace Mwangi from KCB at the mixer. call her after Kenyatta day"
    assert names(extractor.extract(note, now=NOW)) == ["Grace Mwangi"]


def test_a_name_that_is_also_half_a_blessing_stays(extractor: NoteExtractor) -> None:
    note = "Met Ilya Petrov at the fintech meetup, his daughter Masha studies law at UCL"
    assert "Masha" in names(extractor.extract(note, now=NOW))
