"""Structured data that the note extractor returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

FactKind = Literal["interest", "family", "need", "offer", "work", "other"]
FACT_KINDS: tuple[FactKind, ...] = ("interest", "family", "need", "offer", "work", "other")


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    text: str


@dataclass
class PersonMention:
    name: str
    org: str | None = None
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True)
class FollowUp:
    due: date
    what: str
    person: str | None = None


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

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `rapport extract --json`."""
        return {
            "people": [
                {
                    "name": p.name,
                    "org": p.org,
                    "facts": [{"kind": f.kind, "text": f.text} for f in p.facts],
                }
                for p in self.people
            ],
            "orgs": list(self.orgs),
            "topics": list(self.topics),
            "follow_ups": [
                {"due": f.due.isoformat(), "what": f.what, "person": f.person}
                for f in self.follow_ups
            ],
            "event": self.event,
            "ledger": [
                {"direction": e.direction, "person": e.person, "what": e.what} for e in self.ledger
            ],
        }
