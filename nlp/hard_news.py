"""Hard news said of a named relative: "his wife maureen is in hospital, knee replacement",
"her husband ravi had a stroke". The detail tagger stops at the name ("wife maureen"), so
the news was lost and the coach asked the user's contact about rugby; kept on the relative,
it makes the coach gentle with the family (coach/ideas.py hard_time)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span

from nlp.people import Person

HARD = frozenset(
    "hospital hospitalised hospitalized hospice icu stroke cancer chemo chemotherapy surgery "
    "operation passed died dying sick ill illness miscarriage hosp".split()
)
# "Surgery" is also where a GP, a dentist or a vet works (UK): "new radiators in the
# surgery", "her dental surgery", "the GP surgery" is a place, not an operation (trial 26).
_PRACTICE_BEFORE = frozenset(
    "dental dentist dentist's dentists gp gp's gps doctor's doctors vet vet's vets veterinary "
    "medical village practice".split()
)
_PLACE_BEFORE = frozenset("in at to from into round inside outside near".split())
_OWNER = frozenset("the her his their our my your its".split())
_PRACTICE_AFTER = frozenset(
    "hours reception receptionist receptionists staff manager building rooms room waiting "
    "phone appointments practice car".split()
)


def a_practice(words: Sequence[str], at: int) -> bool:
    """ "surgery" at `at` is a GP's, a dentist's or a vet's practice: after a practice word
    ("her dental surgery", "the GP surgery"), a place said with "in/at the" ("radiators in
    the surgery", "at her surgery"), or before what a practice has ("surgery hours"). "Had
    surgery", "knee surgery", "surgery on her hip", "after surgery", "her surgery went
    well" are operations."""
    low = [w.casefold() for w in words]
    if low[at] != "surgery":
        return False
    before = low[max(0, at - 2) : at]
    if before and before[-1] in _PRACTICE_BEFORE:
        return True
    if len(before) == 2 and before[0] in _PLACE_BEFORE and before[1] in _OWNER:
        return True
    return at + 1 < len(low) and low[at + 1] in _PRACTICE_AFTER


# Hard news said in more than one word, each under the word it is known by: a job lost
# ("made redundant", "laid off", "let go", "lost his job"; trial 29 congratulated "Abdi
# making redundant"), a fall or an operation ("had a fall", "her hip op").
_HARD_PHRASES = {
    "redundant": r"(?:made|been|being|be|was|were|is|are|got|get|gone|go|going)\s+redundant"
    r"|redundanc(?:y|ies)",
    "laid off": r"(?:laid|lay|layed)\s+off",
    "let go": r"(?:was|were|been|being|got|get|be|is|are)\s+let\s+go",
    "lost job": r"lost\s+(?:his|her|their|my|the|a|your)\s+(?:job|work|position|contract)",
    "fall": r"(?:had|has|took|taken|have|having)\s+(?:a|another)\s+(?:bad\s+|nasty\s+)?fall",
    "op": r"(?:hip|knee|heart|back|shoulder|cataract|eye|bypass|an|another|his|her|the|their)"
    r"\s+op\b(?!\s*-?\s*(?:ed|eds|shop|shops)\b)",
}
_PHRASES = re.compile(
    "|".join(f"(?P<{k.replace(' ', '_')}>\\b(?:{v}))" for k, v in _HARD_PHRASES.items()),
    re.IGNORECASE,
)


def hard_phrases(text: str) -> set[str]:
    """The hard news said in more than one word, by the word each is known by."""
    return {
        name.replace("_", " ")
        for match in _PHRASES.finditer(text)
        for name, said in match.groupdict().items()
        if said
    }


def hard_words(words: Sequence[str], hard: Collection[str]) -> set[str]:
    """The words of `hard` the text says as hard news: "surgery" only as an operation."""
    low = [w.casefold() for w in words]
    return {w for at, w in enumerate(low) if w in hard and not a_practice(low, at)}


_PRONOUNS = frozenset("he she they i we he's she's they're".split())
_ENDS = frozenset(". ; ! ? ( ) - – —".split())  # a dash: the user's aside comes next
_REACH = 12  # tokens after the name: one clause of news


def relatives_hard_news(doc: Doc, people: list[Person]) -> list[tuple[Person, str]]:
    """Each named relative with the hard news said right after their name."""
    starts = {m.start for p in people for m in p.mentions}
    found = []
    for person in people:
        if person.relation is None:
            continue
        for mention in person.mentions:
            clause = _clause_after(doc, mention, starts)
            if clause is not None and (
                hard_words([t.text for t in clause], HARD) or hard_phrases(clause.text)
            ):
                found.append((person, clause.text))
                break
    return found


def _clause_after(doc: Doc, mention: Span, starts: set[int]) -> Span | None:
    """ "is in hospital, knee replacement" after "maureen": up to the end of the sentence,
    another person, or a comma before someone else's clause ("…, he's doing the school run")."""
    k = mention.end
    if k >= len(doc) or doc[k].pos_ not in ("AUX", "VERB"):
        return None  # "ravi had…", "maureen is…": a sentence about them
    end = k
    while end < min(len(doc), mention.end + _REACH):
        tok = doc[end]
        if tok.text in _ENDS or "\n" in tok.text or end in starts:
            break
        if (
            tok.text == ","
            and end + 1 < len(doc)
            and (doc[end + 1].lower_ in _PRONOUNS or end + 1 in starts)
        ):
            break
        end += 1
    return doc[k:end] if end > k else None


def same_news(fact: str, news: str) -> bool:
    """The detail tagger's reading of the same hard news ("made redundant from the mill -
    tread carefully" as work beside "got made redundant from the mill"): a lost job, a
    fall or an op, said inside the other. What else the clause says ("book club") is kept."""
    if not hard_phrases(fact):  # ("help writing a book about hospital design" is a need)
        return False
    a, b = fact.casefold().split(), news.casefold().split()
    head = a[:3]
    return bool(head) and any(b[k : k + len(head)] == head for k in range(len(b)))


_KIN = frozenset(
    "mum mom mother mam dad father husband wife partner son daughter brother sister "
    "grandma gran granny nan nana grandad grandpa grandmother grandfather aunt auntie "
    "aunty uncle niece nephew stepdad stepmum".split()
)
_WHOSE = frozenset("his her their".split())
_STOPS = frozenset(", . ; ! ? ( ) - – — and but so".split())


def kin_mishaps(doc: Doc) -> list[Span]:
    """ "mum just had a hip op at the LRI", "her dad had a fall", "lost her husband in oct":
    a relative's operation, fall or death said with no name, which the detail tagger can
    miss or cut ("husband in oct"), up to where the clause ends; labelled "family"."""
    found = []
    for tok in doc:
        if tok.lower_ not in _KIN:
            continue
        start = tok.i - 1 if tok.i and doc[tok.i - 1].lower_ in _WHOSE else tok.i
        if start and doc[start - 1].lemma_ == "lose":
            start -= 1  # "lost her husband in oct"
        elif tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("AUX", "VERB", "ADV"):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].lower_ not in _STOPS and "\n" not in doc[end].text:
            end += 1
        span = Span(doc, start, end, label="family")
        if doc[start].lemma_ == "lose" or hard_phrases(span.text) & {"fall", "op"}:
            found.append(span)
    return found


def with_mishaps(details: list[Span], mishaps: list[Span]) -> list[Span]:
    """Each mishap in place of the tagger's details inside it ("husband in oct" within
    "lost her husband in oct"); one the tagger read longer is left as it read it."""
    for span in mishaps:
        overlapping = [d for d in details if d.start < span.end and span.start < d.end]
        if all(span.start <= d.start and d.end <= span.end for d in overlapping):
            details = [d for d in details if d not in overlapping] + [span]
    return sorted(details, key=lambda s: s.start)
