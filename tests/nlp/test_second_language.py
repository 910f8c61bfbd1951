"""Details said in English as a second language, with verb endings and articles dropped,
are read as what they say: "he like to fish" an interest, "he promise to send catalogue"
and "he will arrange tour to the plant" offers, "need: supplier in Italy" a need; what the
user will do ("I will send") is no offer of theirs."""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.extract import NoteExtractor
from tests.nlp.helpers import person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def _facts(extractor: NoteExtractor, note: str, first: str) -> set[tuple[str, str]]:
    return {(f.kind, f.text.lower()) for f in person(extractor.extract(note, now=NOW), first).facts}


def test_verbs_without_their_endings(extractor: NoteExtractor) -> None:
    facts = _facts(
        extractor,
        "Meet Mr. Liu Hongwei at Canton Fair. He is sales director of Midea compressor "
        "division. He like to fish and drink oolong tea. He promise to send catalogue of new "
        "models. I will call him after Chinese New Year.",
        "Liu",
    )
    assert ("interest", "fish and drink oolong tea") in facts
    assert ("offer", "send catalogue of new models") in facts


def test_bullets_without_articles(extractor: NoteExtractor) -> None:
    facts = _facts(
        extractor,
        "Meeting with Karim Mansour - Orascom\n• he is head of procurement in Cairo\n"
        "• need: supplier in Italy for valves\n• he will arrange tour to the plant",
        "Karim",
    )
    assert ("need", "supplier in italy for valves") in facts
    assert ("offer", "arrange tour to the plant") in facts


def test_what_the_user_will_send_is_no_offer_of_theirs(extractor: NoteExtractor) -> None:
    facts = _facts(
        extractor,
        "Meet Mr. Liu Hongwei at Canton Fair. He is sales director of Midea. "
        "I will send catalogue of our pumps.",
        "Liu",
    )
    assert not any(kind == "offer" for kind, _ in facts)
