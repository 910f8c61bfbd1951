"""The person a note is about, named alone on its first line or in the fragment that opens
it ("Seonaid Macaulay" then bullets, "tea at Urbanista with Hiba Sfeir", "young Finlay
Urquhart"), owns what is said under it; the relative named later is only a relative."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from tests.nlp.helpers import person

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("note", "main", "kin", "relation"),
    [
        (
            "Seonaid Macaulay\n- now with Fife Council roads\n- husband Angus keeps bees "
            "near Cupar\n- wants a hand with a heritage grant",
            "Seonaid Macaulay",
            "Angus",
            "husband",
        ),
        (
            "Iain Macrae\n- now with Fife Council roads\n- wife Eilidh keeps bees near Cupar\n"
            "- wants a hand with a heritage grant",
            "Iain Macrae",
            "Eilidh",
            "wife",
        ),
        (
            "Drinks at Internazionale with Hiba Sfeir, the new head of the Albergo's spa. "
            "Her son Marc is starting at ESA in January. She wants a hand with a heritage grant.",
            "Hiba Sfeir",
            "Marc",
            "son",
        ),
    ],
)
def test_the_heading_person_owns_the_lines_under_it(
    extractor: NoteExtractor, note: str, main: str, kin: str, relation: str
) -> None:
    r = extractor.extract(note, now=NOW)
    who = person(r, main.split()[0])
    assert who.name == main
    assert any(f.kind == "need" and "heritage grant" in f.text for f in who.facts)
    relative = person(r, kin)
    assert (relative.relation, relative.of) == (relation, main)
    assert not any(f.kind == "need" for f in relative.facts)


def test_young_and_a_name_in_a_correction_is_the_person_it_is_about(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract(
        "A correction to my last note about young Finlay Urquhart: he is now head keeper "
        "at Glen Lyon. Kirsty is expecting in May.",
        now=NOW,
    )
    finlay = person(r, "Finlay")
    assert finlay.name == "Finlay Urquhart"
    assert any(f.kind == "work" and "head keeper" in f.text for f in finlay.facts)
    assert "Finlay Urquhart" not in r.orgs


def test_a_firm_after_a_job_and_with_stays_a_firm(extractor: NoteExtractor) -> None:
    r = extractor.extract(
        "At the Rotary lunch I sat beside Mr. Tobias Adeyemi-Clarke, a financial planner "
        "with Raymond James. His wife Funmi is a teacher.",
        now=NOW,
    )
    assert [p.name for p in r.people if p.relation is None] == ["Tobias Adeyemi-Clarke"]
    assert "Raymond James" in r.orgs
