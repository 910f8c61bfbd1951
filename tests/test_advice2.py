"""Trial 10 (a commercial insurance broker): no nudge says the last nudge's detail again,
no intro for a relative or a need already met, needs met only by that kind of provider,
no small talk about the user's own trade, gives counted, and a plan to meet is no need."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coach.ideas import Person, idea, opener
from coach.sentences import Detail
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_coaching import deliver

ALICE = 1001
EARLY = datetime(2026, 10, 1, tzinfo=UTC)


# --- 1. the detail the last nudge used is not used again -----------------------------------


def test_with_no_other_detail_left_a_nudge_says_a_plain_line_not_the_last_one_again() -> None:
    farah = Person(
        "Farah Al-Masri",
        None,
        [Detail("plan", "training for the chicago marathon", 1, EARLY)],
        pronoun="she",
        last_used=1,
    )
    for kind in ("keep_in_touch", "follow_up", "first", "give_value"):
        said = idea(farah, kind)
        assert "marathon" not in said.text, (kind, said.text)
        assert said.fact_id is None
    assert idea(farah, "keep_in_touch").text == "Check in with Farah and ask what's new"
    assert idea(farah, "follow_up").text == "Follow up with Farah"
    assert "marathon" not in opener(farah, "keep_in_touch")


async def test_three_nudges_to_one_person_never_say_the_same_detail_twice_in_a_row(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        ALICE,
        "breakfast w/ farah al-masri, she's VP of HR at midwest cold storage. she's training "
        "for the chicago marathon.",
    )
    said: list[str] = []
    for _ in range(8):
        clock.advance(timedelta(days=7))
        said += [line for line in await deliver(coach) if "Farah" in line]
    assert len(said) >= 2, said
    for before, after in zip(said, said[1:], strict=False):
        assert not ("marathon" in before and "marathon" in after), said
