"""Trial 11 (a Houston realtor): details said whole, hooks before generic check-ins, forms
of address never a first name, needs the user's own work meets, and no repeats."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.phrases import goes_by
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_coaching import ALICE, deliver


@pytest.mark.parametrize(
    ("name", "aka", "said"),
    [
        ("Yetunde Okonkwo", ["Aunty"], "Yetunde"),
        ("Olumide Balogun", ["DR"], "Olumide"),
        ("Yetunde Okonkwo", ["aunty yeye"], "Aunty Yeye"),
        ("Olumide Balogun", ["dr b"], "Dr. B"),
        ("Pastor Tunde Bakare", [], "Tunde"),
        ("Deaconess Grace Obi", ["Deaconess"], "Grace"),
        ("Tran Minh Duc", ["danny"], "Danny"),
        ("Marcus Uncle", [], "Marcus"),
    ],
)
def test_a_form_of_address_is_never_a_short_name(name: str, aka: list[str], said: str) -> None:
    assert goes_by(name, aka) == said


async def test_a_title_in_a_note_is_not_whom_a_nudge_greets(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(
        ALICE,
        "food drive at church this morning with pastor tunde bakare and deaconess yetunde "
        "okonkwo everyone calls her aunty yeye",
    )
    clock.advance(timedelta(days=3))
    said = " ".join(await deliver(coach))
    assert "Yetunde" in said or "Aunty Yeye" in said, said
    assert "Aunty and" not in said and "with Aunty " not in said, said
    assert "Tell Aunty " not in said, said
