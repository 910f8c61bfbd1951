"""A trade someone is after ("he's after a mortgage broker", "she's after a childminder")
is what they need, not their job: the card said "Work: mortgage broker" of a surveyor."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW
from tests.nlp.helpers import person


@pytest.mark.parametrize(
    ("note", "who", "role"),
    [
        ("caught up with gavin at the chamber dinner, he's a surveyor. he's after a mortgage "
         "broker", "Gavin", "mortgage broker"),
        ("Spoke with Ana Ruiz at the fair. Ana is after a translator.", "Ana", "translator"),
        ("met kezia at the school gate, she's a nurse, she's after a childminder", "Kezia",
         "childminder"),
    ],
)  # fmt: skip
def test_a_trade_they_are_after_is_a_need(
    extractor: NoteExtractor, note: str, who: str, role: str
) -> None:
    p = person(extractor.extract(note, now=NOW), who)
    assert not any(f.kind == "work" and role in f.text.lower() for f in p.facts), p.facts
    assert any(f.kind == "need" and role in f.text.lower() for f in p.facts), p.facts
