"""Trial 31: /check's rewrites asked the same thing twice ("hope the long runs are going
ok! How is the marathon training going?", "hope adaeze is surviving her first term! How
is Adaeze getting on…?") and kept names lowercase ("Hi tariq"). What the draft already
asks or hopes about is not asked again, and names are written as names."""

from __future__ import annotations

import re

import pytest

from coach.service import Coach

USER = 3135

NOTE = (
    "met Lorna Baird at the swimming club, she's training for the loch ness marathon, "
    "her son finlay just started at edinburgh uni studying law"
)


@pytest.mark.parametrize(
    ("draft", "topic"),
    [
        (
            "hi lorna hope the long runs are treating you well! we've got a new running shoe "
            "range in store, 20% off for club members, only 10 pairs left so be quick",
            r"marathon|running|training|runs",
        ),
        (
            "hi lorna, hope finlay is settling in at uni! our shop does student discount "
            "cards too, 20% off all shoes this month only, buy now before they go",
            r"finlay|uni|law",
        ),
    ],
)
async def test_a_rewrite_asks_nothing_the_draft_already_asks(
    coach: Coach, draft: str, topic: str
) -> None:
    await coach.set_my_work(USER, "I own a running shoe shop")
    await coach.notes.capture(USER, NOTE)
    check = await coach.drafts.check_draft(USER, "@lorna " + draft)
    rewrite = check.assessment.suggestion
    assert check.assessment.verdict != "relationship_first", check.assessment
    assert rewrite.startswith("Hi Lorna"), rewrite
    assert "20%" not in rewrite, rewrite
    sentences = [s for s in re.split(r"(?<=[!?.])\s+", rewrite) if s]
    about = [s for s in sentences if re.search(topic, s, re.IGNORECASE)]
    assert len(about) <= 1, rewrite
    assert "finlay" not in rewrite, rewrite  # a name is written as one
