"""Structured data that the note extractor returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

# plan: plans and news ("training for a marathon", "launched a skincare line");
# topic: what you talked about that is none of the others.
FactKind = Literal["interest", "family", "need", "offer", "work", "plan", "topic", "other"]
FACT_KINDS: tuple[FactKind, ...] = (
    "interest", "family", "need", "offer", "work", "plan", "topic", "other",
)  # fmt: skip


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    text: str


@dataclass
class PersonMention:
    name: str
    org: str | None = None
    facts: list[Fact] = field(default_factory=list)
    # A relative of another person in the note: `relation` is the word ("husband"),
    # `of` that person's name as it is in this note ("me": the user's own relative).
    relation: str | None = None
    of: str | None = None
    # Other names the note gives them ("everyone calls him Emeka").
    aka: list[str] = field(default_factory=list)
    # False when the note only passes on news about them or corrects what is known:
    # not a touch.
    met: bool = True
    # The reader is unsure the name is a person's: ask ("Is 'Loan' a person?") first.
    unsure: bool = False
    # "he" or "she", when the note says so (or their name or relation word does).
    pronoun: str | None = None


@dataclass(frozen=True)
class FollowUp:
    due: date
    what: str
    person: str | None = None
    # The date as written ("early January"); `vague`: a loose phrase, for which `due` is
    # a sensible day the card shows ("early January → Mon 4 Jan").
    said: str = ""
    vague: bool = False
    # "mid january, not friday": the follow-up asked for before that this one replaces, as
    # written ("friday"), and the day that is from the note's date.
    instead_of: str = ""
    instead_due: date | None = None


# "relation": how a relative is related, corrected ("his wife, not girlfriend").
# "pronoun": the pronoun the note says they use ("tama is a he", "jordan is they/them").
# "met": a need is met ("no longer needs a chef"): `old` is the need, `new` is empty.
# "follow_up": a follow-up is not needed ("no need to ring gary in march"): `old` is its
# date as written (None when the note names none), `new` is empty.
ChangeField = Literal["org", "role", "detail", "name", "met", "relation", "follow_up", "pronoun"]


@dataclass(frozen=True)
class Change:
    """What a note changes in what is known: news ("switched to Compass", "got into
    Michigan") or a correction ("VP of Finance, not CFO")."""

    person: str
    field: ChangeField
    new: str
    old: str | None = None
    kind: FactKind | None = None  # the detail's kind, for field == "detail"
    correction: bool = False
    # For field == "relation": whose relative they are, when the note says they are someone
    # else's ("sue is gareth's wife, not wes's"): the relative moves to them.
    whose: str | None = None


LedgerDirection = Literal["gave", "got"]


@dataclass(frozen=True)
class LedgerEntry:
    """Something given to or received from a person: an intro, a referral, an article."""

    direction: LedgerDirection
    person: str
    what: str


@dataclass
class NoteExtraction:
    people: list[PersonMention] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    event: str | None = None
    ledger: list[LedgerEntry] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `rapport extract --json`."""
        return {
            "people": [_person_dict(p) for p in self.people],
            "orgs": list(self.orgs),
            "topics": list(self.topics),
            "follow_ups": [_follow_up_dict(f) for f in self.follow_ups],
            "event": self.event,
            "ledger": [
                {"direction": e.direction, "person": e.person, "what": e.what} for e in self.ledger
            ],
            "changes": [
                {
                    "person": c.person,
                    "field": c.field,
                    "new": c.new,
                    "old": c.old,
                    "kind": c.kind,
                    "correction": c.correction,
                    **({"whose": c.whose} if c.whose else {}),
                }
                for c in self.changes
            ],
        }


def _follow_up_dict(follow_up: FollowUp) -> dict[str, Any]:
    out: dict[str, Any] = {
        "due": follow_up.due.isoformat(),
        "what": follow_up.what,
        "person": follow_up.person,
    }
    if follow_up.vague:
        out["said"], out["vague"] = follow_up.said, True
    if follow_up.instead_of:
        out["instead_of"] = follow_up.instead_of
        if follow_up.instead_due is not None:
            out["instead_due"] = follow_up.instead_due.isoformat()
    return out


def _person_dict(person: PersonMention) -> dict[str, Any]:
    """A person as `rapport extract --json` shows them; `relation` and `of` only on
    relatives, `aka`, `met` and `unsure` only when they say something."""
    out: dict[str, Any] = {
        "name": person.name,
        "org": person.org,
        "facts": [{"kind": f.kind, "text": f.text} for f in person.facts],
    }
    if person.relation is not None:
        out["relation"], out["of"] = person.relation, person.of
    if person.aka:
        out["aka"] = list(person.aka)
    if not person.met:
        out["met"] = False
    if person.unsure:
        out["unsure"] = True
    if person.pronoun:
        out["pronoun"] = person.pronoun
    return out
