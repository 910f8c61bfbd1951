"""Needs meet offers: when someone needs something, who the user knows that can help, and a
double-opt-in intro draft (ask each side first; connect only when both say yes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from coach.matching import KnownContact, match_contact
from coach.search import INTRO_WEIGHTS, Query, Search, Weights, relevance
from coach.views import IntroSuggestion
from nlp.synonyms import Concept, concepts, words
from storage.contacts import Contacts
from storage.models import Contact, Fact
from storage.search import FactText, SearchCandidate

# Words around a need that say nothing about what is needed.
NEED_FILLER = frozenset(
    (
        "intro introduction introductions to a an the good great reliable trusted new someone "
        "somebody who for referral referrals recommendation recommendations help with find "
        "finding looking some more solid local decent her his their my our me"
    ).split()
)
MIN_RELEVANCE = 2.0
SUGGESTIONS_PER_NEED = 2


@dataclass(frozen=True)
class IntroDraft:
    first: str  # the name of the person asked first
    first_message: str
    second: str
    second_message: str


def need_concepts(need: str) -> list[Concept]:
    return concepts([w for w in words(need) if w not in NEED_FILLER])


def _subject(need: str) -> str:
    kept = [w for w in need.split() if w.casefold() not in NEED_FILLER]
    return " ".join(kept) or need


def describe(contact: Contact, facts: Sequence[Fact]) -> str:
    """'an accountant at Gomez CPA' / 'who offers bookkeeping help' / 'from Acme'."""
    work = [f.text for f in facts if f.kind == "work"]
    offers = [f.text for f in facts if f.kind == "offer"]
    if work:
        role = work[0]
        article = "" if role.split()[0].casefold() in ("runs", "owns") else _article(role)
        at = f" at {contact.org}" if contact.org and contact.org not in role else ""
        return f"{article}{role}{at}"
    if offers:
        return f"who {offers[0]}" if offers[0].split()[0].endswith("ed") else offers[0]
    if contact.org:
        return f"from {contact.org}"
    return "someone I know"


def _article(word: str) -> str:
    return "an " if word[:1].casefold() in "aeiou" else "a "


class Intros:
    def __init__(self, search: Search) -> None:
        self.search = search
        self.rt = search.rt

    async def for_need(
        self, session: AsyncSession, user_id: int, contact: Contact, need: str
    ) -> list[IntroSuggestion]:
        """People the user knows whose work, offers or notes fit `need` (not the person)."""
        wanted = need_concepts(need)
        if not wanted:
            return []
        weights = Weights(INTRO_WEIGHTS)
        # Everything asked for, else the head noun ("pediatric dentist" -> any dentist).
        tries = [wanted, wanted[-1:]] if len(wanted) > 1 else [wanted]
        queries = [Query(need, list(tried), "any", None) for tried in tries]
        # The first query's words include the head noun's: one read serves both tries.
        candidates = await self.search.candidates(session, user_id, queries[0], [contact.id])
        found = []
        for query in queries:
            found = await self.search.rank_found(
                session,
                user_id,
                candidates,
                query,
                weights=weights,
                limit=4,
                min_relevance=MIN_RELEVANCE,
            )
            if found:
                break
        return [
            IntroSuggestion(
                need_id=contact.id,
                need_name=contact.name,
                need=_subject(need),
                match_id=r.contact.id,
                match_name=r.contact.name,
                match_org=r.contact.org,
                why="; ".join(r.reasons[:2]),
            )
            for r in found[:SUGGESTIONS_PER_NEED]
        ]

    async def draft(self, user_id: int, first_id: int, second_id: int) -> IntroDraft | None:
        """Two short messages: ask `first` (who needs something) and `second`, separately."""
        if first_id == second_id:
            return None
        async with self.rt.unit_of_work() as session:
            contacts = Contacts(session, user_id)
            first, second = await contacts.get(first_id), await contacts.get(second_id)
            if first is None or second is None:
                return None
            first_facts = await contacts.facts([first.id])
            second_facts = await contacts.facts([second.id])
        need = _best_need(first_facts, second, second_facts)
        return compose(first, first_facts, second, second_facts, need)

    async def draft_by_names(self, user_id: int, text: str) -> IntroDraft | list[str] | None:
        """/intro <a> <b>: the draft; or the names that didn't resolve; None for no split."""
        async with self.rt.unit_of_work() as session:
            known = [KnownContact(*row) for row in await Contacts(session, user_id).all_names()]
        pair = split_pair(text, known)
        if isinstance(pair, list):
            return pair
        if pair is None:
            return None
        return await self.draft(user_id, pair[0], pair[1])


def _best_need(
    needs_of: Sequence[Fact], helper: Contact, helper_facts: Sequence[Fact]
) -> str | None:
    best, best_score = None, 0.0
    facts = [FactText(f.kind, f.text) for f in helper_facts]
    candidate = SearchCandidate(helper.id, helper.name, helper.org, helper.met_at, facts)
    for fact in needs_of:
        if fact.kind != "need":
            continue
        score, _ = relevance(candidate, need_concepts(fact.text), Weights(INTRO_WEIGHTS))
        if score > best_score:
            best, best_score = _subject(fact.text), score
    return best


def compose(
    first: Contact,
    first_facts: Sequence[Fact],
    second: Contact,
    second_facts: Sequence[Fact],
    need: str | None,
) -> IntroDraft:
    a, b = first.name.split()[0], second.name.split()[0]
    about_b = describe(second, second_facts)
    about_a = describe(first, first_facts)
    if need:
        to_first = (
            f"Hi {a}, you mentioned you're looking for {need}. I know {second.name}, "
            f"{about_b}. Would you be open to an intro? No pressure either way."
        )
        to_second = (
            f"Hi {b}, I know {first.name} ({about_a}), who is looking for {need}. "
            "I thought of you. Would you be open to me introducing you? Happy either way; "
            "I'll only connect you if you both say yes."
        )
    else:
        to_first = (
            f"Hi {a}, would you be open to an intro to {second.name}, {about_b}? "
            "I think you two would get on. No pressure either way."
        )
        to_second = (
            f"Hi {b}, would you be open to an intro to {first.name}, {about_a}? "
            "I'll only connect you if you both say yes. No pressure either way."
        )
    return IntroDraft(first.name, to_first, second.name, to_second)


SEPARATORS = ("and", "&", "to", "with", "+", ",")


def split_pair(text: str, known: Sequence[KnownContact]) -> tuple[int, int] | list[str] | None:
    """'Dana and Marcus Kim', 'Dana Lee Marcus', 'dana to marcus': two known contacts."""
    tokens = [t for t in text.replace(",", " , ").split() if t]
    if len(tokens) < 2:
        return None
    splits: list[tuple[str, str]] = []
    for i, tok in enumerate(tokens):
        if tok.casefold() in SEPARATORS and 0 < i < len(tokens) - 1:
            splits.append((" ".join(tokens[:i]), " ".join(tokens[i + 1 :])))
    if not splits:
        splits = [(" ".join(tokens[:i]), " ".join(tokens[i:])) for i in range(1, len(tokens))]
    unresolved: list[str] = []
    for left, right in splits:
        a, b = match_contact(left, None, known), match_contact(right, None, known)
        if a.contact_id is not None and b.contact_id is not None:
            return a.contact_id, b.contact_id
        if len(splits) == 1:
            unresolved = [n for n, m in ((left, a), (right, b)) if m.contact_id is None]
    return unresolved or [text]
