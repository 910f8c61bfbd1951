"""Sports, crafts and music of many countries are what someone does for love: an interest,
never their job, a plan or an offer ("plays camogie", "does the birkebeiner every year",
"learning the sitar", "she quilts", "keen on spearfishing")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("note", "first", "pastime"),
    [
        (
            "Met Orla Brennan at the Ennis chamber lunch. She's a solicitor at Gleeson & Co "
            "and plays camogie with Clarecastle every weekend.",
            "Orla",
            "camogie",
        ),
        (
            "Met Ragnhild Solberg at the Oslo startup breakfast. She works in procurement at "
            "Equinor and does the birkebeiner every year.",
            "Ragnhild",
            "birkebeiner",
        ),
        (
            "Lunch with Farah Siddiqui, partner at Deloitte Karachi. She is learning the sitar "
            "and plays squash.",
            "Farah",
            "sitar",
        ),
        (
            "Met Mette Lindqvist at the Umeå chamber dinner. She manages the port authority "
            "and she do cross-country skiing every weekend.",
            "Mette",
            "cross-country skiing",
        ),
        (
            "Met Gwen Pryce at the Aberystwyth WI. Retired teacher, she quilts and plays "
            "lawn bowls on Thursdays.",
            "Gwen",
            "quilts",
        ),
        (
            "Met Tana Whaanga at the Napier expo. Keen on spearfishing off Cape Kidnappers.",
            "Tana",
            "spearfishing",
        ),
    ],
)
def test_a_pastime_is_an_interest(
    extractor: NoteExtractor, note: str, first: str, pastime: str
) -> None:
    who = person(extractor.extract(note, now=NOW), first)
    kinds = {f.kind for f in who.facts if pastime in f.text.lower()}
    assert kinds == {"interest"}, who.facts


@pytest.mark.parametrize(
    ("note", "first", "words", "kind"),
    [
        (
            "Met Aoife Keane at the Galway expo. She sells quilting supplies online.",
            "Aoife",
            "quilting",
            "work",
        ),
        (
            "Met Pekka Virtanen at the Turku fair. He offered to take me ice fishing in January.",
            "Pekka",
            "fishing",
            "offer",
        ),
    ],
)
def test_a_pastime_sold_or_offered_stays_so(
    extractor: NoteExtractor, note: str, first: str, words: str, kind: str
) -> None:
    who = person(extractor.extract(note, now=NOW), first)
    assert any(f.kind == kind and words in f.text.lower() for f in who.facts), who.facts


def test_a_pastime_read_in_part_is_said_once(extractor: NoteExtractor) -> None:
    who = person(
        extractor.extract(
            "Met Hemi Walker at the Rotorua expo. Hemi plays touch rugby on Tuesdays.", now=NOW
        ),
        "Hemi",
    )
    assert len([f for f in who.facts if "rugby" in f.text]) == 1, who.facts


@pytest.mark.parametrize(
    ("note", "first", "team"),
    [
        (
            "Met Bilal Chaudhry at the Sialkot chamber dinner. He owns a football factory. "
            "He is very fond of hockey and he support Karachi Kings.",
            "Bilal",
            "karachi kings",
        ),
        (
            "Met Youssef Hamdi from Arab Contractors. He is supporting Zamalek since he was child.",
            "Youssef",
            "zamalek",
        ),
    ],
)
def test_a_team_someone_supports_is_an_interest(
    extractor: NoteExtractor, note: str, first: str, team: str
) -> None:
    who = person(extractor.extract(note, now=NOW), first)
    assert any(f.kind == "interest" and f.text.lower() == team for f in who.facts), who.facts
