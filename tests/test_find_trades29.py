"""Trial 29 (a mortgage adviser in Leicester): `/find solicitor` missed the contact who runs
a conveyancing firm. Conveyancing is a solicitor's work, so whoever does it is found when the
user asks for a solicitor or a lawyer."""

from __future__ import annotations

import pytest

from coach.service import Coach

USER = 7429


@pytest.mark.parametrize("query", ["solicitor", "who knows a lawyer"])
async def test_a_conveyancer_is_found_as_a_solicitor(coach: Coach, query: str) -> None:
    await coach.notes.capture(
        USER, "met niamh gallagher at the chamber lunch, she runs a conveyancing practice"
    )
    await coach.notes.capture(USER, "met oskar lindqvist at the chamber lunch, he's a plumber")
    result = await coach.people.find(USER, query)
    assert [h.contact.name for h in result.hits] == ["Niamh Gallagher"]
