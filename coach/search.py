"""'Who do I know …?': plain questions over the user's own Rolodex, ranked by how well each
person fits (synonyms and word forms count) and by how strong the relationship is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise

from sqlalchemy.ext.asyncio import AsyncSession

from coach.runtime import Runtime
from coach.stages import StageKeeper
from nlp.synonyms import Concept, concepts, hiring_concept, lemmatize, words
from storage.contacts import name_key
from storage.ledger import Ledger
from storage.models import Contact
from storage.search import SearchCandidate, SearchReads

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
    # "training for a marathon", "launched a skincare line": /find marathon finds them
    "plan": 1.5,
    "topic": 1.0,
    "family": 1.0,
}
MODE_BOOSTS = {
    # "who is into running": pastimes and talk, never "runs a catering company"
    "interest": {"interest": 1.6, "work": 0.0, "offer": 0.0, "need": 0.0},
    "work": {"work": 1.4, "offer": 1.3, "org": 1.3},
    "event": {"met_at": 2.0},
    "need": {},
    "offer": {},
    "provider": {"need": 0.0},
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
    # more LIKE patterns for the first look: words as typed with their accents, and shapes
    # with _ for each vowel, for text that has accents where the words have none
    loose: list[str] = field(default_factory=list)


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
class Weights:
    table: dict[str, float]
    boosts: dict[str, float] = field(default_factory=dict)

    def of(self, place: str) -> float:
        return self.table.get(place, 0.0) * self.boosts.get(place, 1.0)


# "who can help with truck loans", "who is a lender": who does it, never who needs it
# (trial 18 listed Kuldeep, who needs a loan, for both).
HELP_WORDS = frozenset("help helps helping".split())
_IS_A = (("is", "a"), ("is", "an"), ("who's", "a"), ("who's", "an"))


def _mode(all_words: Sequence[str]) -> tuple[str, list[str] | None]:
    present = set(all_words)
    if present & NEED_WORDS:
        return "need", ["need"]
    if present & OFFER_WORDS:
        return "offer", ["offer"]
    if present & HELP_WORDS or any(pair in _IS_A for pair in pairwise(all_words)):
        return "provider", None
    if present & EVENT_WORDS:
        return "event", None
    if present & INTEREST_WORDS:
        return "interest", None
    if present & WORK_WORDS:
        return "work", None
    return "any", None


def relevance(
    candidate: SearchCandidate, wanted: Sequence[Concept], weights: Weights
) -> tuple[float, list[str]]:
    """Sum over concepts of the best weighted match in the contact's name, organisation,
    where-met and facts, with the places that matched; 0 unless every concept matches."""
    return _Scorer(wanted, weights)(candidate)


class _Scorer:
    """relevance() for many candidates: each concept's match on a text is worked out once
    (many people share an organisation, a role, an event) and texts none of its phrasings
    can match (most names) are ruled out with one pattern. tests/test_person_find_scale.py
    holds it to the plain rules."""

    def __init__(self, wanted: Sequence[Concept], weights: Weights) -> None:
        self.wanted = list(enumerate(wanted))
        self.weights = weights
        self.weight_of: dict[str, float] = {}
        self.seen: dict[tuple[int, str], float] = {}
        self.any = [
            re.compile("|".join(f"(?:{a.pattern.pattern})" for a in c.alternatives), re.I)
            if c.alternatives
            else None
            for c in wanted
        ]

    def _weight(self, place: str) -> float:
        weight = self.weight_of.get(place)
        if weight is None:
            weight = self.weight_of[place] = self.weights.of(place)
        return weight

    def _match(self, n: int, concept: Concept, text: str) -> float:
        match = self.seen.get((n, text))
        if match is None:
            pattern = self.any[n]
            # Accents ignored, as the question's words are: "jose" is José, "nguyen" Nguyễn.
            text = text if text.isascii() else name_key(text)
            hit = pattern is not None and pattern.search(text) is not None
            match = self.seen[n, text] = concept.best(text) if hit else 0.0
        return match

    def __call__(self, c: SearchCandidate) -> tuple[float, list[str]]:
        # (weight, place, text, is a fact): name, org, met_at, facts; weightless ones skipped.
        fields = [(self._weight("name"), "name", c.name, False)]
        if c.org:
            fields.append((self._weight("org"), "org", c.org, False))
        if c.met_at:
            fields.append((self._weight("met_at"), "met_at", c.met_at, False))
        fields += [(self._weight(f.kind), f.kind, f.text, True) for f in c.facts]
        fields = [f for f in fields if f[0] > 0]
        total = 0.0
        reasons: list[str] = []
        for n, concept in self.wanted:
            best, won = 0.0, None
            for f in fields:
                hit = self._match(n, concept, f[2]) * f[0]
                if hit > best:
                    best, won = hit, f
            if best <= 0 or won is None:
                return 0.0, []
            total += best
            _, place, text, is_fact = won
            if is_fact:
                label = f"{place}: {text}"
            else:
                label = {"org": f"works at {text}", "met_at": f"met at {text}"}.get(place, "")
            if label and label not in reasons:
                reasons.append(label)
        return total, reasons


_VOWELS = frozenset("aeiouy")


def _accent_shape(word: str) -> str | None:
    """The word with _ for each vowel, where text may have an accented one ("nguyen" ->
    "ng_y_n" for Nguyễn); None for a word with fewer than two other letters, whose shape
    would match nearly anything, or with no vowel to stand in for."""
    if not word.isascii() or not word.isalpha():
        return None
    shape = "".join("_" if c in _VOWELS else c for c in word)
    if shape == word or len(shape.replace("_", "")) < 2:
        return None
    return shape


class Search:
    def __init__(self, runtime: Runtime, stages: StageKeeper) -> None:
        self.rt = runtime
        self.stages = stages

    async def parse(self, text: str) -> Query:
        all_words = words(text)
        mode, kinds = _mode(all_words)
        skip = QUESTION_WORDS | NEED_WORDS | OFFER_WORDS
        # Without accents, as names and the text they are matched in are read: "josé" and
        # "jose" both find José (see _Scorer._match).
        said = [w for w in all_words if w not in skip]
        if not said and {"hiring", "hire"} & set(all_words):
            # "who is hiring": whose needs are posts to fill (trial 33)
            return Query(text, [hiring_concept()], "need", ["need"])
        terms = [name_key(w) for w in said]
        lemmas: list[str] | None = None
        if terms:
            lemmas = await self.rt.extraction.with_pipeline(lemmatize, " ".join(terms))
            if len(lemmas) != len(terms):
                lemmas = None
        # An accented word is looked for as typed too ("café" in a note), and every word
        # by its shape with any letter where an accent could be ("caf_" finds café).
        typed = [w for w in said if not w.isascii()]
        shapes = [s for s in map(_accent_shape, terms) if s is not None]
        return Query(text, concepts(terms, lemmas), mode, kinds, [*typed, *shapes])

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
        found = await self.candidates(session, user_id, query, exclude)
        return await self.rank_found(
            session, user_id, found, query, weights=weights, limit=limit, now=now
        )

    async def candidates(
        self, session: AsyncSession, user_id: int, query: Query, exclude: Sequence[int] = ()
    ) -> list[SearchCandidate]:
        """Everyone who may fit: some word of the query's in their name, organisation,
        where-met or facts. A query made of some of these concepts fits among the same."""
        if not query.concepts:
            return []
        likes = sorted({alt.like for c in query.concepts for alt in c.alternatives})
        typed = [w for w in query.loose if "_" not in w]
        return await SearchReads(session, user_id).candidates(
            [*likes, *typed],
            query.fact_kinds,
            with_columns=query.fact_kinds is None,
            exclude=exclude,
            shapes=[w for w in query.loose if "_" in w],
        )

    async def rank_found(
        self,
        session: AsyncSession,
        user_id: int,
        found: Sequence[SearchCandidate],
        query: Query,
        *,
        weights: Weights | None = None,
        limit: int = MAX_RANKED,
        now: datetime | None = None,
        min_relevance: float = 0.0,
    ) -> list[Ranked]:
        """The candidates that fit `query` (at least `min_relevance`), best first."""
        if not query.concepts:
            return []
        weights = weights or Weights(BASE_WEIGHTS, MODE_BOOSTS.get(query.mode, {}))
        fits = []
        score_of = _Scorer(query.concepts, weights)
        for candidate in found:
            score, reasons = score_of(candidate)
            if score > 0 and score >= min_relevance:
                fits.append((candidate.id, reasons, score))
        # Strength only reorders people who fit: fetch it (and the whole row) for the best few.
        fits.sort(key=lambda fit: -fit[2])
        fits = fits[: limit * 3]
        contacts = await SearchReads(session, user_id).contacts([cid for cid, _, _ in fits])
        shortlist = [
            Ranked(contacts[cid], reasons, score) for cid, reasons, score in fits if cid in contacts
        ]
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
