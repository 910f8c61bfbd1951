"""Everyone a note lists as met is met, however the list goes on (trial 22: people after
"also …", ". and …" or under "new faces:" got no meeting, so no nice-to-meet nudge)."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


def met(extractor: NoteExtractor, note: str, known: tuple[str, ...] = ()) -> set[str]:
    r = extractor.extract(note, now=NOW, known_names=known)
    return {p.name for p in r.people if p.met and p.relation is None}


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "chamber brekkie this morning. met tama ngata who runs ngata plumbing. also hemi "
            "walker from walker builders, he needs an accountant. and losana vake (vake law), "
            "she offered me referrals",
            {"Tama Ngata", "Hemi Walker", "Losana Vake"},
        ),
        (
            "Rotary lunch today. Met Bronwyn Hale, she runs a bakery in Otley. Also Kwesi "
            "Boateng from Leeds Building Society, keen on cycling.",
            {"Bronwyn Hale", "Kwesi Boateng"},
        ),
        (
            "coffee with dara o'neill about the fundraiser. plus siobhan burke from the credit "
            "union, she wants volunteers",
            {"Dara O'Neill", "Siobhan Burke"},
        ),
    ],
)
def test_people_added_with_also_and_or_plus_after_someone_met_are_met(
    extractor: NoteExtractor, note: str, people: set[str]
) -> None:
    assert met(extractor, note) == people


def test_new_faces_at_a_breakfast_are_met_even_when_one_just_started_a_job(
    extractor: NoteExtractor,
) -> None:
    note = (
        "fri brekkie again. new faces:\n"
        "- ana mahe, runs a cleaning biz, 2 kids at the same school as tevita's\n"
        "- ravi menon, accountant at menon & co\n"
        "- seo-yeon kim, just started at harcourts, plays netball"
    )
    assert met(extractor, note, ("Tevita Fifita",)) == {"Ana Mahe", "Ravi Menon", "Seo-Yeon Kim"}


@pytest.mark.parametrize(
    "note",
    [
        "heard mike brennan switched to compass. also dana lee got promoted",
        "mike brennan is at compass now. and dana lee left the bank",
    ],
)
def test_news_heard_about_people_listed_together_is_still_no_meeting(
    extractor: NoteExtractor, note: str
) -> None:
    assert met(extractor, note) == set()
