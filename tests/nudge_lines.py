"""What a user is sent over the next days: each nudge line due, with the draft it offers."""

from __future__ import annotations

from datetime import timedelta

from coach.service import Coach
from tests.conftest import FakeClock


async def nudges_and_drafts(coach: Coach, clock: FakeClock, days: int) -> list[str]:
    """Every nudge line due in the next `days` days, each with the draft it offers."""
    said: list[str] = []
    for _ in range(days):
        clock.advance(timedelta(days=1))
        for outgoing in await coach.dispatcher.claim_due():
            for nudge in outgoing.nudges:
                await coach.dispatcher.sent_many([([nudge.nudge_id], 1)])
                said.append(nudge.idea)
                draft = await coach.nudges.draft(outgoing.user_id, nudge.nudge_id)
                assert draft is not None
                said.append(draft.opener)
    return said
