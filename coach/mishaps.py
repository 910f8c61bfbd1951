"""A relative's fall, operation or hospital stay, asked after as a friend would: "How's your
dad doing after his fall?", never "How are things going since your dad had a fall?" nor
"Ask how shes doing with Siobhan" (trial 29: her mum's hip op, the mum never named)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.sentences import Detail

# Hard news a relative mends from; any other (a death, an illness, a job lost) is no
# question about them, only "thinking of you" (coach/ideas.py).
MENDING = frozenset("surgery operation hospital hosp hospitalized hospitalised fall op".split())
_HIS = frozenset(
    "dad father papa daddy husband son brother grandpa grandad granddad grandfather uncle "
    "nephew stepdad boyfriend fiance".split()
)
_HER = frozenset(
    "mum mom mother mam mama wife daughter sister grandma granny gran nan nana "
    "grandmother aunt aunty auntie niece stepmum stepmom girlfriend fiancee".split()
)
_THEIR = frozenset("partner child kid baby cousin parent".split())
# What was done, said as the note said it: "his knee op", "her hip surgery", "his fall".
_EVENT = re.compile(
    r"\b(?:(?P<part>hip|knee|heart|back|shoulder|cataract|eye|bypass|foot|ankle|wrist)\s+)?"
    r"(?P<what>op|operation|surgery|fall)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mishap:
    """Whose mishap, said to the user ("her dad", "Maureen") and to the contact ("your
    dad"), and what befell them ("after his fall"; "" for a hospital stay)."""

    ref: str
    theirs: str
    after: str
    fact_id: int | None = None  # the detail that told it: a nudge that asks records it

    def ask(self, name: str, pronoun_object: str | None = None) -> str:
        """ "Ask Liesl how her dad is doing after his fall", or the part after a lead."""
        how = f"how {self.ref} is doing{self.after}"
        if pronoun_object is not None:
            return f"ask {pronoun_object} {how}"
        return f"Ask {name} {how}"

    @property
    def question(self) -> str:
        return f"How's {self.theirs} doing{self.after}?"


# A job lost ("made redundant", "lost his job"): asked after plainly ("How's Tariq doing?"),
# never mourned with "thinking of you and your family" (trial 30). "lost" alone is a death.
JOB_LOST = frozenset({"redundant", "laid off", "let go", "lost job"})


# An operation still to come: "is having a hip op next week", "booked in for surgery".
_PLANNED = re.compile(
    r"\b(?:having|getting|going in for|booked in for|booked for|scheduled for|due to have|"
    r"will have|next week|next month|tomorrow)\b",
    re.IGNORECASE,
)
# Days after the note in which an operation said to be coming has likely not happened yet.
COMING_DAYS = 7


def mishap(
    news: Sequence[Detail], possessive: str, dark: set[str], now: datetime | None = None
) -> Mishap | None:
    """The relative's mishap the hard news tells, when it is only one to mend from or a job
    lost. `possessive`: the contact's ("her"); `dark`: the hard-news words the details say.
    An operation the note says is coming is asked about as coming in the days after it
    ("how her mum is doing with her hip op coming up"), never "after" it (trial 30)."""
    if "lost" in dark and not dark & JOB_LOST:
        return None  # "lost her husband"
    if not news or not dark or not dark - {"lost"} <= MENDING | JOB_LOST:
        return None
    whose: tuple[str, str, str] | None = None
    told: int | None = None
    for detail in news:
        told = detail.fact_id
        if detail.relative is not None:
            own = {"m": "his", "f": "her"}.get(detail.relative.gender, "their")
            whose = (detail.relative.name, detail.relative.name, own)
            break
        kin = next((w for w in re.findall(r"[a-z]+", detail.text.casefold()) if _kin(w)), None)
        if kin is not None:
            own = "his" if kin in _HIS else "her" if kin in _HER else "their"
            whose = (f"{possessive} {kin}", f"your {kin}", own)
            break
    if whose is None:
        return None  # their own operation: a recovery (coach/ideas.py recovering)
    after = ""
    for detail in news:
        found = _EVENT.search(detail.text)
        if found is not None:
            part = f"{found['part'].casefold()} " if found["part"] else ""
            what = f"{whose[2]} {part}{found['what'].casefold()}"
            after = f" with {what} coming up" if _coming(detail, now) else f" after {what}"
            break
    return Mishap(whose[0], whose[1], after, told)


def _coming(detail: Detail, now: datetime | None) -> bool:
    """The note said the operation is still to come, and only a few days ago."""
    if _PLANNED.search(detail.text) is None or detail.told_at is None or now is None:
        return False
    told = detail.told_at
    if told.tzinfo is None and now.tzinfo is not None:
        told = told.replace(tzinfo=now.tzinfo)
    elif now.tzinfo is None and told.tzinfo is not None:
        now = now.replace(tzinfo=told.tzinfo)
    return now - told < timedelta(days=COMING_DAYS)


def _kin(word: str) -> bool:
    return word in _HIS or word in _HER or word in _THEIR
