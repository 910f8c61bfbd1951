"""One follow-up for one thing: a note's "follow up friday" and the user's own "/followup
Lena friday about the slides" are the same reminder said twice, and two nudges on one
morning about one person read as a glitch (console trial 33). The later one updates the
earlier: its day, and its reason when it gives one; a reason is never dropped for none."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from nlp.synonyms import stem, words
from storage.models import Nudge
from storage.nudges import Nudges

# Days apart that are still "the same day" as people plan it: "monday" in the note,
# "/followup tuesday" typed after it.
NEAR = timedelta(days=2)
# Words that say nothing of what a follow-up is about.
_PLAIN = frozenset(
    "about with follow followup ping call check touch base catch reach back regarding "
    "their them they this that what when from have some just".split()
)


def _about(reason: str) -> set[str]:
    """The words that say what a follow-up is about, stemmed so "slides" and "slide" are
    one (the stem /find and intro matching use)."""
    return {stem(w) for w in words(reason) if len(w) >= 4 and w not in _PLAIN}


def same_thing(earlier: str, later: str) -> bool:
    """Are two follow-ups' reasons about one thing? One with no reason of its own ("follow
    up friday" in a note about the slides) is about whatever the other says."""
    said, saying = _about(earlier), _about(later)
    return not said or not saying or bool(said & saying)


async def waiting_for_the_same(
    session: AsyncSession,
    user_id: int,
    contact_id: int,
    due_at: datetime,
    reason: str,
    zone: tzinfo | None,
) -> Nudge | None:
    """The follow-up already waiting for this person on the same or a near day, about the
    same thing; None when there is none."""
    day = due_at.astimezone(zone).date()
    for nudge in await Nudges(session, user_id).waiting(contact_id, ("follow_up",)):
        apart = abs(nudge.due_at.astimezone(zone).date() - day)
        if apart <= NEAR and same_thing(nudge.reason, reason):
            return nudge
    return None


def update(nudge: Nudge, due_at: datetime, reason: str) -> None:
    """The later follow-up said wins: its day, and its reason unless it gave none."""
    nudge.due_at = due_at
    nudge.reason = reason or nudge.reason
