"""Trial 23 (a florist in Galway): Irish English said of someone is not their name (contacts
named "Yer Wan", "Young Lad"), and where the user met them is no job."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    "note",
    [
        "tomasz kowalski runs kowalski cleaning, his young lad plays hurling with the u12s",
        "coffee with bríd at the mart, her young lad is doing his leaving cert",
        "chamber breakfast, met ciarán o'sullivan. also yer wan from the council, loves sea "
        "swimming",
    ],
)
def test_irish_words_for_someone_make_no_contact(extractor: NoteExtractor, note: str) -> None:
    names = [p.name for p in extractor.extract(note, now=NOW).people]
    assert not [n for n in names if n.casefold() in ("young lad", "yer wan", "lad", "wan")], names


@pytest.mark.parametrize(
    "note",
    [
        "deepak sharma owns the spice route restaurant, met him at the chamber networking "
        "night, wants table flowers",
        "orla byrne runs a salon in salthill, met her at the rotary lunch, loves sea swimming",
    ],
)
def test_where_the_user_met_them_is_no_job(extractor: NoteExtractor, note: str) -> None:
    [person] = extractor.extract(note, now=NOW).people
    assert not [f for f in person.facts if f.text.startswith("met ")], person.facts


@pytest.mark.parametrize(
    "note",
    [
        "Duke from the afterparty runs small agency pixelhaus, wants help with overflow",
        "ana runs a little family bakery in otley",
    ],
)
def test_what_kind_of_firm_someone_runs_is_no_firm_name(
    extractor: NoteExtractor, note: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert not [o for o in out.orgs if o.split()[0].casefold() in ("small", "little")], out.orgs
