"""What the coach hands back to an adapter (Telegram or console) to show the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coach.sentences import Who, follow_up


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
    # A relative: "husband", and whose ("Gloria", or "you" for the user's own).
    relation: str | None = None
    relative_of: str | None = None
    # What this note changed: the organisation before ("switched to Compass"), and facts
    # a correction or later news replaced.
    previous_org: str | None = None
    replaced: list[str] = field(default_factory=list)
    # A follow-up due with them today or overdue, done by this note of meeting them.
    follow_up_done: bool = False
    # The days of follow-ups this note said were not needed ("no need to ring gary in
    # march"): cancelled.
    cancelled: list[date] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    label: str


@dataclass
class Question:
    """'Which John?': a person in the note who could be one of several known contacts; or,
    with no candidates, a name the reader is unsure is a person ("Is 'Loan' a person?")."""

    pending_id: int
    name: str
    candidates: list[Candidate]

    @property
    def unsure(self) -> bool:
        return not self.candidates


@dataclass(frozen=True)
class FollowUpView:
    due: date
    what: str
    person: str | None
    # The date as the note said it, when it was loose ("early January"): the card shows
    # the day chosen for it next to it.
    said: str = ""

    @property
    def line(self) -> str | None:
        """What to do, as a sentence: "ping her" -> "Check in with Priya Natarajan"; None
        when the reason does not read as one ("launch")."""
        if not self.what or not self.person:
            return None
        return follow_up(Who(self.person), self.what)


@dataclass(frozen=True)
class LedgerLine:
    direction: str  # gave / got
    contact_id: int
    name: str
    what: str
    again: bool = False  # logged with /gave or /got already, so counted once


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
    need: str  # the need as the note said it
    match_id: int
    match_name: str
    match_org: str | None
    why: str
    wants: str = ""  # the need as a sentence: "Tom needs a bookkeeper"
    helper: Any = None  # coach.sentences.Helper: how to name the match ("the CPA you know")
    # What each is called in short ("Annie" for Tran Minh-Anh): coach.phrases.goes_by.
    need_called: str = ""
    match_called: str = ""


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
    # A Fix that named nobody: the note it was to replace is kept, and this one saved beside it.
    kept_earlier: bool = False


@dataclass
class Resolution:
    """The outcome of answering a 'Which John?' question."""

    person: SavedPerson | None
    follow_ups: list[FollowUpView] = field(default_factory=list)
    ledger: list[LedgerLine] = field(default_factory=list)  # the note's gives to them


@dataclass
class UndoResult:
    note_text: str
    removed: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    # Added by the note, but with more saved about them since: not deleted with it.
    kept: list[str] = field(default_factory=list)


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
    relatives: int = 0  # left out of the list: shown on their person's card


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


@dataclass(frozen=True)
class ContactDetails:
    """What an address book holds about someone: title, numbers, addresses, links."""

    title: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    birthday: str | None = None  # "YYYY-MM-DD", or "--MM-DD" without a year


@dataclass
class RelativeView:
    """ "husband Tom, a contractor": one of the contact's family the notes named."""

    contact_id: int
    name: str
    relation: str
    work: str | None = None


@dataclass
class PersonCard:
    contact: ContactLine
    facts: list[FactView]
    follow_ups: list[FollowUpView]
    timeline: list[TimelineEntry]  # in the user's timezone
    next_nudge: date | None = None  # when the coach next reminds the user to reach out
    details: ContactDetails = field(default_factory=ContactDetails)
    family: list[RelativeView] = field(default_factory=list)
    # This contact's own relation ("Gloria's husband"), when they are someone's relative.
    relative_of: str | None = None
    relation: str | None = None
    given: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    relationship: RelationshipView | None = None
    # What later news replaced, oldest first.
    changes: list[ChangeView] = field(default_factory=list)


@dataclass(frozen=True)
class ChangeView:
    """ "Dana was training for a marathon, then finished the marathon", and the day the
    note that said so came (in the user's timezone)."""

    said: str
    noted: date


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
    fact_id: int | None = None  # the detail the idea was built from
    sent: bool = False  # sent already and not answered yet (listed by /nudges)
    gives: bool = True  # a give-first nudge that found nothing to give is not headed as one


@dataclass
class Outgoing:
    """What the dispatcher sends one user now: one nudge, or several as a digest."""

    user_id: int
    nudges: list[NudgeView]
    digest: bool = False


@dataclass(frozen=True)
class NudgeDraft:
    """An opener for a nudge, and who it is for (the reply asks them to say when it's sent)."""

    nudge_id: int
    opener: str
    person: str
    called: str = ""  # their name in short: a nickname, or the given name (goes_by)


@dataclass(frozen=True)
class NudgeActionResult:
    action: str
    nudge: NudgeView
    next_due: datetime | None = None
