"""Gives and gets a mortgage adviser's notes logged falsely (trial 29): a to-do said as an
order to oneself ("send her flowers") or a plan ("sending her the figures by tues") is no
give yet; a client someone sends "my way" is a referral got from them; a contact's number
given ("gave her Ravi's number") is what was given; a hedged offer ("he sends leads maybe")
is no get.

Each note is a variant of a kind of miss the trial found, not the trial's own notes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str, known: list[str] | None = None) -> NoteExtraction:
    return extractor.extract(text, now=NOW, known_names=known or [])


def ledger(r: NoteExtraction) -> list[tuple[str, str, str]]:
    return [(e.direction, e.person, e.what) for e in r.ledger]


# 1. Something the user is still to do is a follow-up, never a give.


@pytest.mark.parametrize(
    "text",
    [
        "coffee with Bronwen Hughes, she put three clients my way. send her a hamper or smth",
        "met Kofi Boateng at the expo, wants a 10yr fix. sending him the figures by tues",
        "lunch with Marisol Vega, lovely. get her a bottle of wine, she's earned it",
        "rang Declan Byrne re his remortgage, sending over the illustration by thurs",
    ],
)
def test_what_the_user_is_still_to_do_is_no_give(extractor: NoteExtractor, text: str) -> None:
    assert [e for e in read(extractor, text).ledger if e.direction == "gave"] == []


def test_a_give_done_is_still_a_give(extractor: NoteExtractor) -> None:
    r = read(extractor, "met Kofi Boateng at the expo, sent him the figures after")
    assert ledger(r) == [("gave", "Kofi Boateng", "the figures")]


# 2. A client sent "my way" is a referral the user got from whoever sent them.


@pytest.mark.parametrize(
    "text",
    [
        "Priya Nair has a landlord client, Mr Okafor, she'll send him my way next week",
        "Priya Nair might send Mr Okafor my way, he wants a btl remortgage",
    ],
)
def test_a_client_only_promised_my_way_is_no_get_yet(extractor: NoteExtractor, text: str) -> None:
    assert read(extractor, text).ledger == []


@pytest.mark.parametrize(
    "text",
    [
        "call w/ Priya Nair - shes got a buyer (mr okafor) after a first home, sending him my way",
        "Priya Nair rang, she's sending Mr Okafor my way, he wants a btl remortgage",
    ],
)
def test_a_client_sent_my_way_is_a_referral_got(extractor: NoteExtractor, text: str) -> None:
    got = ledger(read(extractor, text))
    assert [(d, p) for d, p, _ in got] == [("got", "Priya Nair")], got
    assert "Okafor" in got[0][2], got
    assert "way" not in got[0][2], got
    assert got[0][2].startswith("referred"), got


# 3. A contact's number given is what was given, said with their name.


def test_a_contacts_number_given_is_named(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "rang Bogdan Novak, gave him Ravi Mehta's number for the will - ravi does wills",
        known=["Bogdan Novak", "Ravi Mehta"],
    )
    assert ledger(r) == [("gave", "Bogdan Novak", "Ravi Mehta's number for the will")]


# 4. A hedged offer is no get yet.


@pytest.mark.parametrize(
    "text",
    [
        "liam walsh, planner at northgate wealth. he sends protection leads maybe. coffee fri",
        "Aoife Kelly might send me a couple of landlords, catch up in jan",
        "Oluwaseun Ade possibly referring his brother to me, chat next week",
    ],
)
def test_a_hedged_give_to_the_user_is_no_get(extractor: NoteExtractor, text: str) -> None:
    assert read(extractor, text).ledger == []


def test_a_sure_get_is_still_a_get(extractor: NoteExtractor) -> None:
    r = read(extractor, "Aoife Kelly sent me a couple of landlords, lovely")
    assert ledger(r) == [("got", "Aoife Kelly", "a couple of landlords")]


# 5. A relative of someone who got in touch, with thanks to that someone: a referral got.


@pytest.mark.parametrize(
    "text",
    [
        "delia's son marcus rang!! wants a quote for his first flat. delia is a legend, must "
        "get her a bottle of fizz",
        "marcus, delia's son, got in touch about a btl mortgage - owe delia one",
    ],
)
def test_a_relative_in_touch_with_thanks_is_a_referral_got(
    extractor: NoteExtractor, text: str
) -> None:
    got = ledger(read(extractor, text, known=["Delia Grant"]))
    assert got == [("got", "Delia Grant", "referred Marcus to me")], got


@pytest.mark.parametrize(
    "text",
    [
        "delia's son marcus rang, he's been poorly all week",
        "delia is a legend, her son marcus is off to uni in sept",
    ],
)
def test_no_referral_without_both_thanks_and_a_call(extractor: NoteExtractor, text: str) -> None:
    assert read(extractor, text, known=["Delia Grant"]).ledger == []
