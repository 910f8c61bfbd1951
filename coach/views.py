"""What the coach hands back to an adapter (Telegram or console) to show the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class FactView:
    kind: str
    text: str


@dataclass
class SavedPerson:
    contact_id: int
    name: str
    org: str | None
    created: bool
    facts: list[FactView] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    label: str


@dataclass
class Question:
    """'Which John?': a person in the note who could be one of several known contacts."""

    pending_id: int
    name: str
    candidates: list[Candidate]


@dataclass(frozen=True)
class FollowUpView:
    due: date
    what: str
    person: str | None


@dataclass(frozen=True)
class LedgerLine:
    direction: str  # gave / got
    contact_id: int
    name: str
    what: str


@dataclass(frozen=True)
class StageMove:
    contact_id: int
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class IntroSuggestion:
    """Someone in the note needs something a known contact does or offers."""

    need_id: int  # the contact with the need
    need_name: str
    need: str
    match_id: int
    match_name: str
    match_org: str | None
    why: str


@dataclass
class NoteCard:
    note_id: int
    people: list[SavedPerson] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    follow_ups: list[FollowUpView] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    event: str | None = None
    enrichment_failed: bool = False
    # The Rolodex's part: gives and gets read from the note, stage moves, intros to offer.
    ledger: list[LedgerLine] = field(default_factory=list)
    stage_changes: list[StageMove] = field(default_factory=list)
    intros: list[IntroSuggestion] = field(default_factory=list)
    # Sent again: the message was replayed after a crash, and may have been answered before.
    replayed: bool = False


@dataclass
class Resolution:
    """The outcome of answering a 'Which John?' question."""

    person: SavedPerson | None
    follow_ups: list[FollowUpView] = field(default_factory=list)


@dataclass
class UndoResult:
    note_text: str
    removed: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ContactLine:
    contact_id: int
    name: str
    org: str | None
    met_at: str | None
    met_on: date | None


@dataclass
class PeoplePage:
    contacts: list[ContactLine]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    text: str


@dataclass(frozen=True)
class RelationshipView:
    """Know / like / trust, why, what moves it on, and how healthy it is now."""

    stage: str
    why: str
    next_step: str | None
    health: Any  # coach.stages.Health: icon, recency, reciprocity, ratio


@dataclass
class PersonCard:
    contact: ContactLine
    facts: list[FactView]
    follow_ups: list[FollowUpView]
    timeline: list[TimelineEntry]
    given: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    relationship: RelationshipView | None = None


@dataclass
class PersonLookup:
    """Exactly one of: a card, several candidates to choose from, or nothing found."""

    card: PersonCard | None = None
    candidates: list[Candidate] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


@dataclass
class FindHit:
    contact: ContactLine
    reasons: list[str]
    score: float


@dataclass
class FindResult:
    query: str
    hits: list[FindHit]


@dataclass(frozen=True)
class NudgeView:
    nudge_id: int
    kind: str
    person: str | None
    org: str | None
    met_at: str | None
    met_on: date | None
    idea: str
    due: datetime  # in the user's timezone


@dataclass
class Outgoing:
    """What the dispatcher sends one user now: one nudge, or several as a digest."""

    user_id: int
    nudges: list[NudgeView]
    digest: bool = False


@dataclass(frozen=True)
class NudgeActionResult:
    action: str
    nudge: NudgeView
    next_due: datetime | None = None
