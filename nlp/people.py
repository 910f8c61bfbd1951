"""The ``rapport_people`` pipeline component: finds person names the small model misses.

The stock NER is trained on edited, capitalised text; phone notes are lowercase. The
component combines three sources, best first: the user's contacts (known names), the
model's PERSON entities, and a census first-name gazetteer with surname extension.
Every accepted span becomes a PERSON entity whose ``kb_id_`` holds the display name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from nlp.lexicon import (
    AMBIGUOUS_FIRST,
    EVENT_HEADS,
    FAMILY_NOUNS,
    NOT_NAME,
    ORG_BREAK,
    STOP,
    TITLE_WORDS,
    first_names,
    last_names,
    proper_case,
)

# Words that end organisation names far more often than they are surnames ("Harbor Bank").
ORG_TAILS = frozenset(
    (
        "bank banks group labs lab robotics data foods food health insurance partners capital "
        "consulting solutions systems tech studio studios media realty homes design services "
        "logistics ventures holdings motors energy pharma works"
    ).split()
)
KNOWN_EXT = "rapport_known"
FAMILY_KEY = "rapport_family"

# "met X", "with X", "X from": strong evidence that an ambiguous word is a name.
_BEFORE_NAME = frozenset("met meeting with w w/ and & intro ping call email text named".split())
_AFTER_NAME = frozenset("from frm ( who , 's - —".split())
# After these, a capitalised phrase is an organisation ("at edward jones").
_ORG_CONTEXT = frozenset("at @ from frm for of ( runs owns st st. saint".split())
# After these, a name-like word is a place or a season ("in austin", "near denver").
_PLACE_CONTEXT = frozenset("in near around outside".split())
# "the Wongs", "a Grant": a determiner before a name-like word makes it a common noun
# or a family plural, not a contact.
_DETERMINERS = frozenset("the a an this that these those".split())
_MOVE = frozenset(
    "moving moved move moves relocating relocated relocate flying flew fly going went back "
    "headed heading driving drove trip traveling travelling transferring transferred".split()
)
# "help with grant writing": after these, "with" does not introduce a person.
_NOT_MEETING_WITH = frozenset(
    "help helps helping helped assist assistance experience familiar deal dealing struggling "
    "stuck busy ok okay fine good great".split()
)
# Names the stop-word list or ambiguity filter removes, but that are real first names
# when capitalised in front of a surname ("Will Turner", "May Chen").
_CAPITALISED_FIRST = AMBIGUOUS_FIRST | frozenset("will may".split())
# Chat shorthand that follows a name but is not a surname ("sarah tmrw", "omar lol").
_CHAT = frozenset(
    "lol lmao haha hahaha omg idk tbh imo imho tmrw tmr tmw asap thx ty np bday convo "
    "ok okay yeah yep nope pls plz etc".split()
)
_NOT_SURNAME_POS = frozenset("VERB AUX ADP ADV ADJ CCONJ SCONJ PART DET PRON NUM INTJ".split())
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", ""), ("ed", ""),
             ("ed", "e"), ("es", ""), ("s", ""), ("ly", ""), ("d", ""))  # fmt: skip
_SAID = frozenset("said says mentioned told asked 's".split())
_SENT_END = frozenset(". ! ? : ; …".split())

if not Doc.has_extension(KNOWN_EXT):
    Doc.set_extension(KNOWN_EXT, default=None)


@dataclass(frozen=True)
class KnownNames:
    """The user's contacts by their words, so a note that spells one is read as that person.

    A plain dictionary from lowercased token sequences to names: building it for thousands
    of contacts is cheap (tokenising each name is cached by the caller), and looking a note
    up costs a few probes per token, whatever the size of the Rolodex.
    """

    phrases: dict[tuple[str, ...], str]  # lowercased words -> the contact's name
    display: dict[str, str]  # lowercased name (or unique first name) -> the contact's name
    names: frozenset[str]
    longest: int

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(name, start, end) for every run of tokens spelling a known name, by position."""
        words = [t.lower_ for t in doc]
        found = []
        for start in range(len(words)):
            for end in range(start + 1, min(start + self.longest, len(words)) + 1):
                name = self.phrases.get(tuple(words[start:end]))
                if name is not None:
                    found.append((name, start, end))
        return found


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def name_words(text: str) -> set[str]:
    """The words of a note that could begin a contact's name, casefolded like stored name
    keys: each word, the word without a possessive 's, and its hyphen or apostrophe parts.
    Only contacts whose name starts with one of these can be named in the note."""
    words: set[str] = set()
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        words.add(word)
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                words.add(word[: -len(suffix)])
        words.update(part for part in re.split(r"['’-]", word) if part)
    return words


def build_known_names(
    nlp: Language,
    names: Iterable[str],
    words: Callable[[str], tuple[str, ...]] | None = None,
) -> KnownNames | None:
    """`words` tokenises a name into lowercased words (default: the pipeline's tokenizer)."""
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
    tokenise = words or (lambda text: tuple(t.lower_ for t in nlp.make_doc(text)))
    phrases: dict[tuple[str, ...], str] = {}
    for key, value in display.items():
        phrases.setdefault(tokenise(key), value)
    longest = max(len(p) for p in phrases)
    return KnownNames(phrases, display, frozenset(display.values()), longest)


class PeopleRecognizer:
    def __init__(self, vocab: Vocab, words: frozenset[str] = frozenset()) -> None:
        self.first = first_names()
        self.last = last_names()
        self.words = words  # ordinary English words (the lemmatizer's index)
        self.matcher = Matcher(vocab)
        self.matcher.add("FIRST", [[{"LOWER": {"IN": sorted(self.first)}}]])
        # "met Cy Diaz": a capitalised first and last name right after meeting someone is a
        # person even when the name lists and the model don't know the first name.
        self.met = Matcher(vocab)
        self.met.add(
            "MET_NAME",
            [
                [
                    {"LOWER": {"IN": ["met", "meet", "meeting", "with", "w/"]}},
                    {"IS_TITLE": True, "IS_ALPHA": True, "IS_STOP": False},
                    {"IS_TITLE": True, "IS_ALPHA": True, "IS_STOP": False},
                ]
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        scored: list[tuple[int, Span]] = []
        weak: list[Span] = []  # "Bill", "Hope" opening a sentence: names only if repeated
        family: list[Span] = []
        known: KnownNames | None = doc._.get(KNOWN_EXT)
        known_display = known.names if known is not None else frozenset()
        if known is not None:
            for display, start, end in known.matches(doc):
                scored.append((3, Span(doc, start, end, label="PERSON", kb_id=display)))
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                cleaned = self._clean(doc, ent.start, ent.end)
                if cleaned is None:
                    continue
                if self._is_weak(doc, cleaned):
                    weak.append(cleaned)
                else:
                    scored.append((2, cleaned))
        for _, start, _end in self.matcher(doc):
            found = self._from_gazetteer(doc, start)
            if found is not None:
                scored.append((1, found))
            else:
                maybe = self._weak_at(doc, start)
                if maybe is not None:
                    weak.append(maybe)
        for _, start, end in self.met(doc):
            last = doc[end - 1].lower_
            if not _org_context(doc, start + 1) and last in self.last and last not in ORG_TAILS:
                span = Span(
                    doc, start + 1, end, label="PERSON", kb_id=_display(doc, start + 1, end)
                )
                scored.append((1, span))
        scored = _prefer_longer(_drop_shadowed_aliases(scored))
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
        people = _merge_adjacent(doc, people, known_display)
        # "golf w/ bill hart ... Bill is moving": a sentence-initial "Bill" is the same man.
        named = {p[0].lower_ for p in people}
        for span in weak:
            if span[0].lower_ in named and not any(
                span.start < p.end and p.start < span.end for p in people + family
            ):
                people.append(span)
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
        if end - start > 1 and doc[start:end].text.islower():
            first, last = doc[start].lower_, doc[end - 1].lower_
            if first not in self.first and (last not in self.last or first in self.words):
                return None  # "congrats card": lowercase model guesses need a name in them
        if _org_context(doc, start) or _after_determiner(doc, start):
            return None
        # "Will Turner": the model often keeps only the surname of an ambiguous first name.
        if start > 0 and end - start == 1:
            prev = doc[start - 1]
            if (
                prev.is_title
                and prev.is_alpha
                and (prev.lower_ in self.first or prev.lower_ in _CAPITALISED_FIRST)
                and not (_org_context(doc, start - 1) or _after_determiner(doc, start - 1))
            ):
                start -= 1
        elif end - start == 1 and end < len(doc) and self._surname(doc[end]):
            end += 1
        return Span(doc, start, end, label="PERSON", kb_id=_display(doc, start, end))

    def _is_weak(self, doc: Doc, span: Span) -> bool:
        """A one-word span that is usually an ordinary word ("Bill for the booth")."""
        if len(span) != 1:
            return False
        return span[0].lower_ in _CAPITALISED_FIRST and not _confident(doc, span.start)

    def _weak_at(self, doc: Doc, start: int) -> Span | None:
        tok = doc[start]
        if tok.lower_ not in AMBIGUOUS_FIRST or _confident(doc, start):
            return None
        if _org_context(doc, start) or _after_determiner(doc, start):
            return None
        return Span(doc, start, start + 1, label="PERSON", kb_id=_display(doc, start, start + 1))

    def _from_gazetteer(self, doc: Doc, start: int) -> Span | None:
        tok = doc[start]
        if not tok.is_alpha and "'" not in tok.text:
            return None
        if tok.lower_ in AMBIGUOUS_FIRST and not _confident(doc, start):
            return None
        if _org_context(doc, start) or _after_determiner(doc, start):
            return None
        end = start + 1
        if end < len(doc) and self._surname(doc[end]):
            end += 1
        return Span(doc, start, end, label="PERSON", kb_id=_display(doc, start, end))

    def _surname(self, tok: Token) -> bool:
        lower, text = tok.lower_, tok.text
        if lower in STOP or lower in NOT_NAME or lower in ORG_BREAK or lower in _AFTER_NAME:
            return False
        bare = lower.replace("'", "").replace("-", "")
        if not bare.isalpha():
            return False
        # A census surname counts even when it is a first name too ("marcus reyes").
        if bare in self.last or (text[:1].isupper() and text[1:2].islower()):
            return True
        return self._unknown_word(tok)

    def _unknown_word(self, tok: Token) -> bool:
        """A lowercase word no English word list knows, after a first name: "omar farouk"."""
        lower = tok.lower_
        if not self.words or not tok.is_alpha or len(lower) < 3 or lower in _CHAT:
            return False
        if lower in self.first or tok.pos_ in _NOT_SURNAME_POS or lower in self.words:
            return False
        for suffix, repl in _SUFFIXES:
            if lower.endswith(suffix) and lower[: -len(suffix)] + repl in self.words:
                return False  # an inflected word: "sarah mentored", "joe coaches"
        return True


def _name_token(lower: str, is_alpha: bool, text: str) -> bool:
    shaped = is_alpha or (any(c.isalpha() for c in text) and ("'" in text or "-" in text))
    return shaped and lower not in STOP and lower not in NOT_NAME


def _display(doc: Doc, start: int, end: int) -> str:
    return proper_case(doc[start:end].text)


def _strong_context(doc: Doc, i: int) -> bool:
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if before in ("with", "w", "w/") and _common_noun_use(doc, i):
        return after in _AFTER_NAME
    return before in _BEFORE_NAME or after in _AFTER_NAME or after2 in _AFTER_NAME


def _common_noun_use(doc: Doc, i: int) -> bool:
    """ "help with grant writing": the word after "with" starts a noun phrase."""
    if i > 1 and doc[i - 2].lower_ in _NOT_MEETING_WITH:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in ("NOUN", "VERB")


def _sent_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.text in _SENT_END or "\n" in prev.text or bool(doc[i].is_sent_start)


def _confident(doc: Doc, i: int) -> bool:
    """An ambiguous word ("will", "hope", "bill") reads as a name here."""
    tok = doc[i]
    if tok.is_title and (not _sent_start(doc, i) or _subject_of(doc, i)):
        return True
    return _strong_context(doc, i)


def _subject_of(doc: Doc, i: int) -> bool:
    """ "Mark wants coffee", "Bill is moving": a capitalised word before a present-tense
    verb is a person; "Mark the date", "Hope he can", "Bill for the booth" are not."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.tag_ == "VBZ" or nxt.lower_ in _SAID)


def _after_determiner(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in _DETERMINERS


def _org_context(doc: Doc, i: int) -> bool:
    """Preceded by "at"/"from"/"(", followed by "lunch", or "moving to": not a contact."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in EVENT_HEADS:
        return True  # "charity run", "rotary lunch"
    if i > 1 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in _MOVE:
        return True
    if i > 0 and doc[i - 1].lower_ in _PLACE_CONTEXT:
        return True  # "in austin", "in may"
    if i > 2 and doc[i - 1].text == "&" and doc[i - 3].lower_ in _ORG_CONTEXT:
        return doc[i - 2].text[:1].isupper() and doc[i].text[:1].isupper()  # "at Smith & Reed"
    if i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ in _ORG_CONTEXT:
        return True  # "st. mary's"
    return i > 0 and doc[i - 1].lower_ in _ORG_CONTEXT


def _is_family(doc: Doc, i: int) -> bool:
    """'his daughter Emma': a relative of a contact, recorded as a family fact instead."""
    return i > 0 and doc[i - 1].lower_ in FAMILY_NOUNS


@Language.factory("rapport_people")
def make_people(nlp: Language, name: str) -> PeopleRecognizer:
    return PeopleRecognizer(nlp.vocab, _english_words(nlp))


def _english_words(nlp: Language) -> frozenset[str]:
    """The lemmatizer's word index (WordNet lemmas): tells "farouk" from "writing"."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index = lookups.get_table("lemma_index")
        exc = lookups.get_table("lemma_exc")
    except (KeyError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for table in (index, exc):
        for key in table:
            entries = table[key]
            words.update(entries if not isinstance(entries, dict) else entries.keys())
    return frozenset(w.lower() for w in words if isinstance(w, str))


def _prefer_longer(scored: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A gazetteer "nate johnson" beats the model's bare "johnson" that it contains."""
    out = []
    for score, span in scored:
        if score < 2 and any(
            s == 2 and span.start <= o.start and o.end <= span.end and len(o) < len(span)
            for s, o in scored
        ):
            score = 2
        out.append((score, span))
    return out


def _merge_adjacent(doc: Doc, people: list[Span], known: Set[str]) -> list[Span]:
    """ "Jordan" + "Blake" found separately, with nothing between them: one person."""
    ordered = sorted(people, key=lambda s: s.start)
    merged: list[Span] = []
    for span in ordered:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.end == span.start
            and len(prev) + len(span) <= 3
            and prev.kb_id_ not in known
            and span.kb_id_ not in known
            and doc[prev.end - 1].whitespace_
        ):
            merged[-1] = Span(
                doc, prev.start, span.end, label="PERSON", kb_id=_display(doc, prev.start, span.end)
            )
            continue
        merged.append(span)
    return merged


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
