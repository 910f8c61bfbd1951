"""Trial 11 (a Houston realtor): details said whole, hooks before generic check-ins, forms
of address never a first name, needs the user's own work meets, and no repeats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coach.phrases import goes_by
from coach.sentences import HE, SHE, Detail, Relative, Who
from coach.service import Coach
from coach.talk import talk
from tests.conftest import FakeClock
from tests.fragments import fragments
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


TOLD = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
SOON = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
BAO = Relative("Bao", "son", "m")
AMIR = Relative("Amir", "daughter", "f")


@pytest.mark.parametrize(
    ("kind", "text", "relative", "line"),
    [
        ("news", "just started at rice studying engineering", BAO,
         "Ask Thanh how Bao is liking rice"),
        ("news", "started at UT majoring in nursing", AMIR, "Ask Thanh how Amir is liking UT"),
        ("plan", "thinking about buying in pearland", None,
         "Ask Thanh how buying in pearland is going"),
        ("plan", "thinking about selling in midtown", None,
         "Ask Thanh how selling in midtown is going"),
        ("plan", "sell the townhouse sometime in march", None,
         "Ask Thanh how the plans to sell the townhouse are coming along"),
    ],
)  # fmt: skip
def test_a_detail_is_said_whole_and_never_cut_mid_phrase(
    kind: str, text: str, relative: Relative | None, line: str
) -> None:
    who = Who("Thanh", HE, True)
    for now in (SOON, LATER):
        said = talk(Detail(kind, text, 1, TOLD, relative), who, now)
        assert said is not None and said.line(who) == line
        assert fragments(said.line(who)) == []


@pytest.mark.parametrize("now", [SOON, LATER])
def test_a_when_is_left_out_with_the_word_before_it(now: datetime) -> None:
    who = Who("Mai", SHE, True)
    said = talk(Detail("need", "buy a rental property sometime next year", 1, TOLD), who, now)
    assert said is not None
    assert not said.line(who).endswith(("sometime", "some")), said.line(who)
    assert "sometime" not in said.to_them


def test_the_new_fragment_patterns_catch_trial_11s_lines() -> None:
    for line in (
        "Tell Thanh it was good to meet, and ask him how Bao is liking Rice studying engineering",
        "Let Mai know you'll keep an eye out for anyone who could help her buy a rental "
        "property sometime",
        "Follow up with Funmi, and ask her how buying pearland is going",
    ):
        assert fragments(line), line
    for line in (
        "Ask Thanh how Bao is liking Rice",
        "Ask Funmi how buying in Pearland is going",
        "Ask Raj how the move to Denver is coming along",
    ):
        assert fragments(line) == [], line
