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


async def everything_said(
    coach: Coach, clock: FakeClock, user: int, work: str, notes: tuple[str, ...], days: int = 21
) -> list[str]:
    """Every line the user with this /me work sees about these notes: /balance's hints, the
    coming nudges with their drafts, then each nudge and draft sent over `days` days; none
    has a fragment pattern."""
    from tests.fragments import fragments

    await coach.set_my_work(user, work)
    for note in notes:
        await coach.notes.capture(user, note)
    balance = await coach.ledger.balance(user)
    said = [b.hint for b in [*balance.only_taken, *balance.give_first]]
    for view in await coach.nudges.upcoming(user):
        said.append(view.idea)
        draft = await coach.nudges.draft(user, view.nudge_id)
        assert draft is not None
        said.append(draft.opener)
    said += await nudges_and_drafts(coach, clock, days)
    for line in said:
        assert fragments(line) == [], line
    return said


# What no line may say of a need the user's own work meets: it is theirs to offer, never
# passed on to someone else nor asked after as if someone else might meet it.
PASSED_ON = (
    "keep an eye out",
    "think of someone",
    "help her find",
    "help him find",
    "help them find",
    "help you find",
    "Introduce",
    "Have you found",
    "has found",
)


def none_passed_on(said: str) -> None:
    """No line passes on a need the user's own trade meets."""
    for words in PASSED_ON:
        assert words not in said, (words, said)
