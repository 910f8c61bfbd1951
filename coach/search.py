"""'Who do I know …?': plain questions over the user's own Rolodex, ranked by how well each
person fits (synonyms and word forms count) and by how strong the relationship is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.runtime import Runtime
from coach.stages import StageKeeper
from nlp.synonyms import Concept, concepts, lemmatize, words
from storage.ledger import Ledger
from storage.models import Contact, Fact
from storage.rolodex import RolodexReads

# Words that shape a question ("who do I know into …") rather than say what to look for.
QUESTION_WORDS = frozenset(
    (
        "who whom whose do does did i know knows anyone anybody someone somebody is are was were "
        "into in at on the a an of for with likes like loves love enjoys enjoy works work from "
        "me my to met meet about any that this good great really people person contact contacts "
        "can could might would help helps what which whats there here has have had got get "
        "fan big"
    ).split()
)
NEED_WORDS = frozenset(
    "need needs needed want wants wanted looking seeking searching hiring".split()
)
OFFER_WORDS = frozenset("offer offers offered offering provide provides sells sell".split())
INTEREST_WORDS = frozenset("likes like loves love into enjoys enjoy fan hobby hobbies".split())
WORK_WORDS = frozenset("in works work does job industry field business".split())
EVENT_WORDS = frozenset("met meet".split())

# How much a match in each place counts, by what the question is about.
BASE_WEIGHTS = {
    "work": 3.0,
    "offer": 3.0,
    "org": 2.5,
    "name": 3.0,
    "interest": 2.0,
    "need": 2.0,
    "met_at": 2.0,
    "other": 1.5,
    "family": 1.0,
}
MODE_BOOSTS = {
    "interest": {"interest": 1.6},
    "work": {"work": 1.4, "offer": 1.3, "org": 1.3},
    "event": {"met_at": 2.0},
    "need": {},
    "offer": {},
    "any": {},
}
# Matching a need to someone who can help: what they do, offer or say, never their own needs.
INTRO_WEIGHTS = {
    "work": 3.0,
    "offer": 3.0,
    "org": 2.0,
    "other": 1.0,
    "interest": 0.5,
}
STAGE_STRENGTH = {"know": 0.0, "like": 1.0, "trust": 2.0}
STRENGTH_WEIGHT = 0.5
MAX_RANKED = 10


@dataclass
class Query:
    text: str
    concepts: list[Concept]
    mode: str  # interest / work / event / need / offer / any
    fact_kinds: list[str] | None = None


@dataclass
class Ranked:
    contact: Contact
    reasons: list[str]
    relevance: float
    strength: float = 0.0
    gave: int = 0
    got: int = 0

    @property
    def score(self) -> float:
        return self.relevance + STRENGTH_WEIGHT * self.strength


@dataclass
class _Field:
    place: str
    text: str
    label: str


@dataclass
class Weights:
    table: dict[str, float]
    boosts: dict[str, float] = field(default_factory=dict)

    def of(self, place: str) -> float:
        return self.table.get(place, 0.0) * self.boosts.get(place, 1.0)


def _mode(all_words: Sequence[str]) -> tuple[str, list[str] | None]:
    present = set(all_words)
    if present & NEED_WORDS:
        return "need", ["need"]
    if present & OFFER_WORDS:
        return "offer", ["offer"]
    if present & EVENT_WORDS:
        return "event", None
    if present & INTEREST_WORDS:
        return "interest", None
    if present & WORK_WORDS:
        return "work", None
    return "any", None


def _fields(contact: Contact, facts: Sequence[Fact]) -> list[_Field]:
    out = [_Field("name", contact.name, "")]
    if contact.org:
        out.append(_Field("org", contact.org, f"works at {contact.org}"))
    if contact.met_at:
        out.append(_Field("met_at", contact.met_at, f"met at {contact.met_at}"))
    out += [_Field(f.kind, f.text, f"{f.kind}: {f.text}") for f in facts]
    return out


def relevance(
    contact: Contact,
    facts: Sequence[Fact],
    wanted: Sequence[Concept],
    weights: Weights,
) -> tuple[float, list[str]]:
    """Sum over concepts of the best weighted match; 0 unless every concept matches."""
    total = 0.0
    reasons: list[str] = []
    fields = _fields(contact, facts)
    for concept in wanted:
        best, label = 0.0, ""
        for f in fields:
            weight = weights.of(f.place)
            if weight <= 0:
                continue
            hit = concept.best(f.text) * weight
            if hit > best:
                best, label = hit, f.label
        if best <= 0:
            return 0.0, []
        total += best
        if label and label not in reasons:
            reasons.append(label)
    return total, reasons


class Search:
    def __init__(self, runtime: Runtime, stages: StageKeeper) -> None:
        self.rt = runtime
        self.stages = stages

    async def parse(self, text: str) -> Query:
        all_words = words(text)
        mode, kinds = _mode(all_words)
        skip = QUESTION_WORDS | NEED_WORDS | OFFER_WORDS
        terms = [w for w in all_words if w not in skip]
        lemmas: list[str] | None = None
        if terms:
            lemmas = await self.rt.extraction.with_pipeline(
                lambda nlp: lemmatize(nlp, " ".join(terms))
            )
            if len(lemmas) != len(terms):
                lemmas = None
        return Query(text, concepts(terms, lemmas), mode, kinds)

    async def rank(
        self,
        session: AsyncSession,
        user_id: int,
        query: Query,
        *,
        weights: Weights | None = None,
        exclude: Sequence[int] = (),
        limit: int = MAX_RANKED,
        now: datetime | None = None,
    ) -> list[Ranked]:
        if not query.concepts:
            return []
        weights = weights or Weights(BASE_WEIGHTS, MODE_BOOSTS.get(query.mode, {}))
        likes = sorted({alt.like for c in query.concepts for alt in c.alternatives})
        found = await RolodexReads(session, user_id).candidates(
            likes, query.fact_kinds, with_columns=query.fact_kinds is None, exclude=exclude
        )
        ranked = []
        for contact, facts in found:
            score, reasons = relevance(contact, facts, query.concepts, weights)
            if score > 0:
                ranked.append(Ranked(contact, reasons, score))
        # Strength only reorders people who fit: fetch it for the best few.
        ranked.sort(key=lambda r: -r.relevance)
        shortlist = ranked[: limit * 3]
        balances = await Ledger(session, user_id).balances([r.contact.id for r in shortlist])
        now = now or self.rt.clock()
        cadences = self.stages.cadences()
        for r in shortlist:
            r.gave, r.got = balances.get(r.contact.id, [0, 0])
            r.strength = self._strength(r, cadences, now)
        shortlist.sort(
            key=lambda r: (
                -r.score,
                -(r.contact.last_touch_at.timestamp() if r.contact.last_touch_at else 0),
                r.contact.id,
            )
        )
        return shortlist[:limit]

    @staticmethod
    def _strength(r: Ranked, cadences: dict[str, timedelta], now: datetime) -> float:
        contact = r.contact
        strength = STAGE_STRENGTH.get(contact.stage, 0.0)
        cadence = cadences.get(contact.stage)
        if contact.last_touch_at is not None and cadence is not None:
            since = now - contact.last_touch_at
            if since <= cadence:
                strength += 1.0
            elif since <= cadence * 2:
                strength += 0.5
        return strength + min(r.gave + r.got, 4) * 0.25
