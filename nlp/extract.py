"""NoteExtractor: the trained pipeline reads a note once; exact rules finish the reading."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import nlp.details  # registers the "rapport_details" factory
import nlp.firm_people  # noqa: F401  (registers "rapport_firm_people")
from nlp.bullet_jobs import roles_of_bullets
from nlp.bullet_marks import plain_bullets
from nlp.dates import DateFinder
from nlp.dialect import plain_english
from nlp.fan_teams import fans_teams
from nlp.firm_suffixes import firm_suffixes
from nlp.heading_people import heading_people
from nlp.hosts import event_hosts
from nlp.known import KnownNames, KnownTraits, build_known_names
from nlp.ledger import LedgerFinder
from nlp.lexicon import DEMONYMS, JOB_WORDS, first_names
from nlp.pastimes import pastimes_apart
from nlp.people import named_kin
from nlp.reading import read_doc
from nlp.records import read_records
from nlp.repairs import repaired
from nlp.schema import NoteExtraction
from nlp.surname_firms import surname_firms
from nlp.teams import followed_teams, orgs_apart
from nlp.workplaces import firms_after_jobs

log = logging.getLogger(__name__)

# The pipelines `make train` builds and the repository ships (nlp/training/): people,
# organisations and roles on top of en_core_web_sm; and personal details.
SHIPPED_MODEL = Path(__file__).with_name("model") / "notes"
SHIPPED_DETAILS = Path(__file__).with_name("model") / "details"
DEFAULT_MODEL = "rapport"
_KNOWN_CACHE = 32
_MAX_CHARS = 20_000


def model_path(model: str) -> str | Path:
    """ "rapport" (the default) is the shipped pipeline; anything else is loaded by name."""
    return SHIPPED_MODEL if model == DEFAULT_MODEL else model


class NoteExtractor:
    def __init__(self, model: str = DEFAULT_MODEL, details: str | Path = SHIPPED_DETAILS) -> None:
        self._nlp = spacy.load(model_path(model), exclude=["spancat"])
        self._nlp.add_pipe("rapport_firm_people", after="ner")
        self._nlp.add_pipe("rapport_details", config={"path": str(details)})
        self._english = english_words(self._nlp)
        self._dates = DateFinder(self._nlp.vocab)
        self._ledger = LedgerFinder(self._nlp.vocab)
        self._known: OrderedDict[tuple[str, ...], KnownNames | None] = OrderedDict()
        # A contact list changes by a name or two between notes: tokenise each name once.
        self._name_words = lru_cache(maxsize=100_000)(self._words)

    @property
    def nlp(self) -> Language:
        return self._nlp

    def extract(
        self,
        text: str,
        *,
        now: datetime,
        known_names: Iterable[str] = (),
        known_traits: KnownTraits | None = None,
    ) -> NoteExtraction:
        return self.finish(
            self.read(text), now=now, known_names=known_names, known_traits=known_traits
        )

    def read(self, text: str) -> Doc:
        """The trained pipelines' pass over the note: entities, details, tags and parse."""
        said = plain_bullets(plain_english(repaired((text or "")[:_MAX_CHARS])))
        return self._nlp(_unshout(said))

    def extract_many(
        self, texts: Iterable[str], *, now: datetime, known_names: Iterable[str] = ()
    ) -> list[NoteExtraction]:
        names = tuple(known_names)
        return [self.extract(text, now=now, known_names=names) for text in texts]

    def finish(
        self,
        doc: Doc,
        *,
        now: datetime,
        known_names: Iterable[str] = (),
        known_traits: KnownTraits | None = None,
    ) -> NoteExtraction:
        try:
            known = self._known_names(tuple(known_names))
            _peoples_apart(doc)
            pastimes_apart(doc)  # "plays the mbira": no firm, nobody
            heading_people(doc, self._english)  # "Seonaid Macaulay" alone on a line
            _names_read_as_roles(doc, self._english)
            roles_of_bullets(doc)  # "- harjit - builder": his job, no firm
            # "Ruth Keane. Portwell. claims lead.": she is met, Portwell is her firm
            read_records(doc, self._english)
            # "supports Partick Thistle", "KCCI year-end dinner": a team or a host, nobody met
            teams = followed_teams(doc) + fans_teams(doc, self._english)
            orgs_apart(doc, teams + event_hosts(doc, self._english))
            firm_suffixes(doc)  # "runs mcgrath and co": the whole name is the firm
            surname_firms(doc)  # "lerato mokoena. mokoena catering": her family's firm
            firms_after_jobs(doc)  # "a nurse with Marie Curie": her employer, nobody met
            return read_doc(
                doc, now, known, self._dates, self._ledger, self._english, known_traits or {}
            )
        except Exception:  # a bad note must never take the bot down
            log.exception("extraction failed; returning an empty result")
            return NoteExtraction()

    def _known_names(self, names: tuple[str, ...]) -> KnownNames | None:
        # Bots read many notes for the same user in a row: reuse that user's names.
        if names in self._known:
            self._known.move_to_end(names)
            return self._known[names]
        built = build_known_names(names, self._name_words)
        self._known[names] = built
        if len(self._known) > _KNOWN_CACHE:
            self._known.popitem(last=False)
        return built

    def _words(self, name: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self._nlp.make_doc(name))


def english_words(nlp: Language) -> frozenset[str]:
    """The lemmatizer's word index (WordNet lemmas and their exceptions): tells a name the
    model missed ("priya") from an ordinary word ("sales")."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        tables = [lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")]
    except (KeyError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for table in tables:
        for key in table:
            entries = table[key]
            words.update(entries if not isinstance(entries, dict) else entries.keys())
    return frozenset(w.lower() for w in words if isinstance(w, str))


# What a nationality is said of: "pakistani lad", "polish lass", "irish fella".
_SORTS_OF_PERSON = frozenset(
    "lad lads lass lassie guy guys bloke fella fellow chap man woman boy girl lady gent".split()
)

# Demonyms that are also surnames ("Dawn French", "Irvine Welsh"): kept at a name's end.
_SURNAME_DEMONYMS = frozenset("english french welsh irish german scottish".split())


def _peoples_apart(doc: Doc) -> None:
    """ "Kwame Asante (Akan)", "maria santos filipino", "pakistani lad": a people,
    nationality or language said by a name is who they are, not their firm and not a word
    of their name."""
    ents = []
    for ent in doc.ents:
        words = [t.lower_ for t in ent if t.is_alpha]
        a_people = bool(words) and all(w in DEMONYMS for w in words)
        kin = ent.label_ == "PERSON" and named_kin(ent)  # "wife Shona": her name
        if a_people and ent.label_ in ("ORG", "PERSON") and not kin:
            continue
        if (
            ent.label_ == "ORG"
            and len(words) > 1
            and words[-1] in _SORTS_OF_PERSON
            and all(w in DEMONYMS for w in words[:-1])
        ):
            continue  # "imran bashir, pakistani lad": who he is, no firm
        if _called_back(ent) or _name_and_saying(ent):
            # "called tom back": the model's firm "Tom Back" is Tom, rung back; "aoife
            # confirmed she's moving": Aoife, and what she said
            ents.append(Span(doc, ent.start, ent.end - 1, label="PERSON"))
            continue
        if _two_given_names(ent):  # "swim with sinéad and aoife": two people, no firm
            ents.append(Span(doc, ent.start, ent.start + 1, label="PERSON"))
            ents.append(Span(doc, ent.end - 1, ent.end, label="PERSON"))
            continue
        last = ent[-1]
        if (
            ent.label_ == "PERSON"
            and len(ent) > 2
            and last.lower_ in DEMONYMS
            and (last.is_lower or last.lower_ not in _SURNAME_DEMONYMS)
        ):
            ent = Span(doc, ent.start, ent.end - 1, label="PERSON")
        ents.append(ent)
    if [(e.start, e.end) for e in ents] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = ents


def _names_read_as_roles(doc: Doc, english: frozenset[str]) -> None:
    """ "- harjit sandhu - builder": a given name and a word no dictionary knows, that the
    model read as a job (a bullet of name, dash, job), is a person."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        words = [t.lower_ for t in ent]
        if ent.label_ != "ROLE" or len(words) != 2 or words[0] in JOB_WORDS:
            continue
        if words[1] in english or words[1] in JOB_WORDS or not ent[1].is_alpha:
            continue
        before = doc[ent.start - 1].text if ent.start else "\n"
        opens = before in ("-", "–", "—", "*", "•") or "\n" in before
        if words[0] not in first_names() and not (opens and words[0] not in english):
            continue  # a given name no list holds ("harjit") is read only opening a bullet
        ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
    if [e.label_ for e in ents] != [e.label_ for e in doc.ents]:
        doc.ents = ents


_CALLED = frozenset("called call calling rang ring ringing phoned phone texted text rung".split())


def _called_back(ent: Span) -> bool:
    """ "called tom back", "rang priya back": the name, then "back", after a call."""
    doc = ent.doc
    return (
        ent.label_ in ("ORG", "PERSON")
        and len(ent) >= 2
        and ent[-1].lower_ == "back"
        and ent.start >= 1
        and doc[ent.start - 1].lower_ in _CALLED
    )


# What someone says, right after their name: "aoife confirmed she's moving".
_SAYING = frozenset(
    "confirmed announced said says mentioned told admitted explained agreed replied "
    "reckons reckoned thinks reported".split()
)


def _name_and_saying(ent: Span) -> bool:
    """ "aoife confirmed", "piotr announced": a given name and a word of saying, read as one
    firm or one person's name."""
    return (
        ent.label_ in ("ORG", "PERSON")
        and len(ent) >= 2
        and ent[-1].is_lower
        and ent[-1].lower_ in _SAYING
        and ent[0].lower_ in first_names()
    )


def _two_given_names(ent: Span) -> bool:
    """ "sinéad and aoife" in lowercase dictation: two given names joined, no firm."""
    words = [t.lower_ for t in ent]
    return (
        ent.label_ == "ORG"
        and len(words) == 3
        and words[1] in ("and", "&")
        and all(t.is_lower for t in ent)
        and words[0] in first_names()
        and words[2] in first_names()
    )


def _unshout(text: str) -> str:
    """ALL-CAPS notes confuse the tagger and casing rules; read them as lowercase."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text
