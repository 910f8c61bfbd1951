"""The ``rapport_people`` pipeline component: finds person names the small model misses.

The stock NER is trained on edited, capitalised text; phone notes are lowercase. The
component combines three sources, best first: the user's contacts (known names), the
model's PERSON entities, and a census first-name gazetteer with surname extension.
Every accepted span becomes a PERSON entity whose ``kb_id_`` holds the display name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from nlp.lexicon import (
    AMBIGUOUS_FIRST,
    EVENT_HEADS,
    FAMILY_NOUNS,
    NOT_NAME,
    STOP,
    TITLE_WORDS,
    first_names,
    last_names,
    proper_case,
)

KNOWN_EXT = "rapport_known"
FAMILY_KEY = "rapport_family"

# "met X", "with X", "X from": strong evidence that an ambiguous word is a name.
_BEFORE_NAME = frozenset("met meeting with w w/ and & intro ping call email text named".split())
_AFTER_NAME = frozenset("from frm ( who , 's - —".split())
# After these, a capitalised phrase is an organisation ("at edward jones").
_ORG_CONTEXT = frozenset("at @ from frm for of ( runs owns st st. saint".split())
_MOVE = frozenset("moving moved move relocating flying going went back".split())

if not Doc.has_extension(KNOWN_EXT):
    Doc.set_extension(KNOWN_EXT, default=None)


@dataclass(frozen=True)
class KnownNames:
    """A PhraseMatcher over the user's contacts, built once per distinct contact list."""

    matcher: PhraseMatcher
    display: dict[str, str]


def build_known_names(nlp: Language, names: Iterable[str]) -> KnownNames | None:
    full = sorted({n.strip() for n in names if n and n.strip()})
    if not full:
        return None
    display: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for name in full:
        display[name.lower()] = name
        first = name.split()[0]
        firsts.setdefault(first.lower(), []).append(name)
    # A bare first name only resolves when exactly one contact has it.
    for first, owners in firsts.items():
        if len(owners) == 1 and first not in display:
            display[first] = owners[0]
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, value in display.items():
        matcher.add(value, [nlp.make_doc(key)])
    return KnownNames(matcher=matcher, display=display)


class PeopleRecognizer:
    def __init__(self, vocab: Vocab) -> None:
        self.first = first_names()
        self.last = last_names()
        self.matcher = Matcher(vocab)
        self.matcher.add("FIRST", [[{"LOWER": {"IN": sorted(self.first)}}]])

    def __call__(self, doc: Doc) -> Doc:
        scored: list[tuple[int, Span]] = []
        family: list[Span] = []
        known: KnownNames | None = doc._.get(KNOWN_EXT)
        known_display = set(known.display.values()) if known is not None else set()
        if known is not None:
            for match_id, start, end in known.matcher(doc):
                display = doc.vocab.strings[match_id]
                scored.append((3, Span(doc, start, end, label="PERSON", kb_id=display)))
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                span = self._clean(doc, ent.start, ent.end)
                if span is not None:
                    scored.append((2, span))
        for _, start, _end in self.matcher(doc):
            span = self._from_gazetteer(doc, start)
            if span is not None:
                scored.append((1, span))
        scored = _drop_shadowed_aliases(scored)
        people: list[Span] = []
        # Once "his wife karen" names a relative, later "karen" is that relative too.
        relatives = {doc[i].lower_ for i in range(1, len(doc)) if _is_family(doc, i)}
        for score, span in sorted(scored, key=lambda p: (-p[0], -len(p[1]))):
            if any(span.start < p.end and p.start < span.end for p in people + family):
                continue
            if score < 3 and _is_workplace(doc, span.start):
                continue
            is_relative = _is_family(doc, span.start) or (
                span[0].lower_ in relatives
                and span.label_ == "PERSON"
                and span.kb_id_ not in known_display
            )
            (family if is_relative else people).append(span)
        others = [e for e in doc.ents if e.label_ != "PERSON"]
        others = [e for e in others if not any(e.start < p.end and p.start < e.end for p in people)]
        doc.ents = filter_spans(people + others)
        doc.spans[FAMILY_KEY] = family
        return doc

    def _clean(self, doc: Doc, start: int, end: int) -> Span | None:
        """Trim an NER span to its name-like tokens; reject what cannot be a contact."""
        toks = list(range(start, end))
        good = [i for i in toks if _name_token(doc[i].lower_, doc[i].is_alpha, doc[i].text)]
        if not good:
            return None
        # keep the first contiguous run of good tokens
        run_end = good[0] + 1
        while run_end < end and run_end in good:
            run_end += 1
        start, end = good[0], run_end
        if end - start == 1:
            tok = doc[start]
            if tok.is_upper and len(tok) <= 4:
                return None  # CPA, BNI, SEO
            if tok.is_lower and tok.lower_ not in self.first:
                return None  # lowercase NER guesses without a gazetteer hit are noise
        if _org_context(doc, start):
            return None
        return Span(doc, start, end, label="PERSON", kb_id=_display(doc, start, end))

    def _from_gazetteer(self, doc: Doc, start: int) -> Span | None:
        tok = doc[start]
        if not tok.is_alpha and "'" not in tok.text:
            return None
        if tok.lower_ in AMBIGUOUS_FIRST and not (
            (tok.is_title and not tok.is_sent_start) or _strong_context(doc, start)
        ):
            return None
        if _org_context(doc, start):
            return None
        end = start + 1
        if end < len(doc) and self._surname(doc[end].lower_, doc[end].text):
            end += 1
        return Span(doc, start, end, label="PERSON", kb_id=_display(doc, start, end))

    def _surname(self, lower: str, text: str) -> bool:
        if lower in STOP or lower in NOT_NAME or lower in self.first:
            return False
        bare = lower.replace("'", "").replace("-", "")
        if not bare.isalpha():
            return False
        return bare in self.last or (text[:1].isupper() and text[1:2].islower())


def _name_token(lower: str, is_alpha: bool, text: str) -> bool:
    shaped = is_alpha or (any(c.isalpha() for c in text) and ("'" in text or "-" in text))
    return shaped and lower not in STOP and lower not in NOT_NAME


def _display(doc: Doc, start: int, end: int) -> str:
    return proper_case(doc[start:end].text)


def _strong_context(doc: Doc, i: int) -> bool:
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    return before in _BEFORE_NAME or after in _AFTER_NAME or after2 in _AFTER_NAME


def _org_context(doc: Doc, i: int) -> bool:
    """Preceded by "at"/"from"/"(", followed by "lunch", or "moving to": not a contact."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in EVENT_HEADS:
        return True  # "charity run", "rotary lunch"
    if i > 1 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in _MOVE:
        return True
    if i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ in _ORG_CONTEXT:
        return True  # "st. mary's"
    return i > 0 and doc[i - 1].lower_ in _ORG_CONTEXT


def _is_family(doc: Doc, i: int) -> bool:
    """'his daughter Emma': a relative of a contact, recorded as a family fact instead."""
    return i > 0 and doc[i - 1].lower_ in FAMILY_NOUNS


@Language.factory("rapport_people")
def make_people(nlp: Language, name: str) -> PeopleRecognizer:
    return PeopleRecognizer(nlp.vocab)


def _drop_shadowed_aliases(scored: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A bare first name standing for a known full name yields to a longer name the note
    spells out: with John Park known, "met John Smith" is someone new."""
    kept = []
    for score, span in scored:
        is_alias = bool(span.kb_id_) and len(span) < len(span.kb_id_.split())
        shadowed = is_alias and any(
            other.start == span.start and len(other) > len(span) and other.kb_id_ != span.kb_id_
            for _, other in scored
        )
        if not shadowed:
            kept.append((score, span))
    return kept


_WORKPLACE_LEAD = TITLE_WORDS | {"works", "work", "working"}


def _is_workplace(doc: Doc, start: int) -> bool:
    """ "a realtor at Keller Williams": a name after "<job> at" is the employer, not a person."""
    k = start
    # Step back over the start of a multi-word employer name ("Keller" in Keller Williams).
    while k > 0 and start - k < 3 and doc[k - 1].is_alpha and doc[k - 1].lower_ not in STOP:
        k -= 1
    return k >= 2 and doc[k - 1].lower_ in ("at", "@") and doc[k - 2].lower_ in _WORKPLACE_LEAD
