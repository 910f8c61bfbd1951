""" "called tom back" is Tom, rung back: the model read "Tom Back" as a firm (trial 27's
scratch notes), and Tom got nothing."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("called tom back, sent him the brochure", "Tom"),
        ("rang siobhan kelly back, she wants a quote", "Siobhan Kelly"),
    ],
)
def test_someone_called_back_is_a_person_not_a_firm(
    extractor: NoteExtractor, note: str, name: str
) -> None:
    out = extractor.extract(note, now=NOW)
    assert [p.name for p in out.people] == [name], out
    assert not any("Back" in o for o in out.orgs), out.orgs
