"""A give closes the promise it keeps (trial 33, a Dublin recruiter): after "/gave Siobhán
profiles", a note "sent anita the case studies" or "siobhán loved the profiles", the
follow-up "Send Siobhán a couple of profiles" is done, never a stale nudge. A give of
something else ("a bottle of wine") leaves the promise open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.notes import CLOSED_PREFIX
from nlp.synonyms import stem, words
from storage.ledger import Ledger
from storage.models import NudgeStatus
from storage.nudges import Nudges

# Words every promise and give share, that say nothing of what was promised.
_NOT_THE_THING = frozenset(
    "send sent give gave drop email emailed forward share pass some couple few them their "
    "with over back along from about this that these those what your yours mine".split()
)
# What they got, said by how they took it: "loved the profiles", "thanks for the podcast
# recommendations". ("got the job" is news, never a give.)
_RECEIVED = re.compile(
    r"\b(?:loved|liked|enjoyed|received|appreciated|thanks for|thanked (?:me|us) for|"
    r"thank you for)\s+(?:the|my|our|those|these|both|all the)\s+([\w' -]+)",
    re.IGNORECASE,
)


# A follow-up that is a give the user owes starts with what they will hand over or do:
# "send her a couple of profiles", "help chinedu find a technical cofounder".
_GIVE_VERBS = frozenset(
    "send do help intro introduce share forward give get find email pass drop".split()
)


def owed(reason: str) -> bool:
    """The follow-up's reason is a give the user promised, not a call or a catch-up."""
    said = reason.split()
    return bool(said) and said[0].casefold() in _GIVE_VERBS


def _things(text: str) -> set[str]:
    return {stem(w) for w in words(text) if len(w) >= 4 and w not in _NOT_THE_THING}


def keeps(give: str, promise: str) -> bool:
    """The give is the thing promised: "two senior backend profiles" keeps "send her a
    couple of profiles"."""
    return bool(_things(give) & _things(promise))


def received(note: str) -> list[str]:
    """The things a note says someone got from the user, by their thanks or liking."""
    return [m.group(1) for m in _RECEIVED.finditer(note)]


async def close_kept(
    session: AsyncSession,
    user_id: int,
    contact_id: int,
    gives: Sequence[str],
    note_id: int | None,
    now: datetime,
) -> None:
    """The contact's open follow-ups that a give keeps are done; one closed by a note is
    logged with it, so undoing the note reopens it (coach/notes.py's _reopen_closed)."""
    for nudge in await Nudges(session, user_id).waiting(contact_id, ["follow_up"]):
        if not nudge.reason or not any(keeps(give, nudge.reason) for give in gives):
            continue
        if note_id is not None:
            summary = f"{CLOSED_PREFIX}{nudge.id}:{nudge.status}"
            await Ledger(session, user_id).add(
                contact_id, "nudge_done", summary, note_id=note_id, when=now.astimezone(UTC)
            )
        nudge.status = NudgeStatus.DONE
