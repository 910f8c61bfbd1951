"""Games, crafts and music of many countries are interests, not work: tavla and dominoes,
ikebana and batik, the mbira and steelpan, a choir, team roping and the rodeo. Typed
lowercase and read by the model as a firm or a person, such a word is neither."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

from .helpers import names, orgs, person, said

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("note", "who", "pastime"),
    [
        (
            "Met Serkan Aydın at the expo, he is engineer at Arçelik. Loves tavla and "
            "dominoes. Email him Friday.",
            "Serkan",
            "tavla",
        ),
        (
            "met tomoko ishii, accountant at deloitte, she does ikebana and plays mahjong "
            "with her mum",
            "Tomoko",
            "ikebana",
        ),
        (
            "met tinashe at the braai, he's an IT manager at Old Mutual. plays the mbira in a band",
            "Tinashe",
            "mbira",
        ),
    ],
)
def test_pastimes_of_many_countries_are_interests(
    extractor: NoteExtractor, note: str, who: str, pastime: str
) -> None:
    found = person(extractor.extract(note, now=NOW), who)
    assert said(found, pastime, {"interest"})
    assert not said(found, pastime, {"work"})


def test_a_lowercase_pastime_is_no_firm_nor_person(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met tinashe at the braai, he's an IT manager at Old Mutual. plays the mbira in a band",
        now=NOW,
    )
    assert names(result) == ["Tinashe"]
    assert orgs(result) == ["old mutual"]


def test_a_pastime_taught_or_led_stays_work(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met Hana Sato, she teaches ikebana classes in Kyoto. call her Friday", now=NOW
    )
    assert not said(person(result, "Hana"), "ikebana", {"interest"})


def test_a_pastime_body_followed_is_an_org(extractor: NoteExtractor) -> None:
    result = extractor.extract(
        "met ciarán at the chamber, he's a surveyor at arup and a big gaa fan", now=NOW
    )
    assert "gaa" in orgs(result)
