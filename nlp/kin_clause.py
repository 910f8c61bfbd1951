"""What a note says of a named relative, right after their name: "his wife [eleni is a
pharmacist at evangelismos]", "- daughter Ingrid[, teaches piano in Gothenburg]". The
contact's family detail says it whole (nlp/corpus/GUIDE.md: "a relative and what is said
about them"); the detail tagger often stops at the name and gives the rest to the relative
alone, so the card read only "wife Eleni". What the line says they do is theirs too
(kin_own), and the same reading of a line finishes "her mzee is a pastor at mavuno church"
for a relative the note does not name (said_of)."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import CHAT_WORDS, JOB_WORDS
from nlp.people import FORMS_OF_ADDRESS, KIN_HONORIFICS, RELATIVES, Person
from nlp.world_spans import said_after_a_name

# A line about the relative is at most this many words past the name; a longer run is
# another story told in the same breath, and no phrase for the card.
_MOST = 14
_STOPS = frozenset(". ! ? ; ( ) : …".split())
# Words after which a new clause may start: "and he wants…", ", their son…".
_JOINS = frozenset(", and but & - – — plus so then".split())
# A new subject: the line has gone on to someone else ("…at apple he's like thirty").
_SUBJECTS = frozenset("he she they i we you".split())
_WHOSE = frozenset("his her their my our its".split())
# How the line goes on to say something of them, right after the name.
_OPENERS = frozenset(
    "who who's whos that 's ’s is was a an at in from with for back also just now still "
    "recently finally currently both works does runs owns teaches plays".split()
)


def kin_clause(span: Span, people: list[Person]) -> Span:
    """A family detail that stops at a relative's name goes on through what is said of
    them, up to where the line turns to someone or something else."""
    doc = span.doc
    name_end = _names_a_relative(doc, span, people)
    if name_end is None:
        return span
    others = {
        i for p in people for m in p.mentions if m.end != name_end for i in range(m.start, m.end)
    }
    end = said_of(doc, name_end, others)
    if end is None or end <= span.end:
        return span
    return Span(doc, span.start, end, label=span.label_)


def said_of(doc: Doc, at: int, others: set[int]) -> int | None:
    """Where what is said of a relative named (or called "her mzee") just before `at` ends;
    None when nothing is said of them there, or it runs on past a phrase's length.
    `others`: where other people are named."""
    k, end = _opening(doc, at), at
    if k is None:
        return None
    first_thing = None  # where the first of two things said of them ends ("…at econet and")
    while k < len(doc) and k - at <= _MOST:
        tok = doc[k]
        if _ends_line(tok) or k in others or tok.lower_ in _SUBJECTS:
            break
        if tok.lemma_ in ("need", "want") or (tok.lower_ == "looking" and _next_is(doc, k, "for")):
            break  # "is moving from dallas, needs a 3 bedroom": their need, read on its own
        if tok.text == "," and end > at:
            break  # "is a contractor, could fix the porch": one thing said of them at a time
        if tok.lower_ in _JOINS and _turns(doc, k + 1, others):
            break
        if tok.lower_ == "and" and end > at and first_thing is None:
            first_thing = end
        if not (tok.is_punct or tok.is_space):
            end = k + 1
        k += 1
    else:
        if k < len(doc):
            # Another story told in the same breath: no phrase for the card, but for the
            # first thing said of them ("is an engineer at econet and does the odd bit…").
            return first_thing
    return end if end > at else None


def _names_a_relative(doc: Doc, span: Span, people: list[Person]) -> int | None:
    """Where the name ends of the relative that `span` stops at ("wife Eleni", "husband
    kuya" before "ben"), or None."""
    for person in people:
        if person.relation is None or person.of is None:
            continue
        for m in person.mentions:
            if span.start < m.start < span.end:
                return m.end  # "husband diego works": the name, and what follows it
            between = doc[span.end : m.start]
            if m.start >= span.end and all(_an_honorific(t) for t in between):
                return m.end
    return None


def _an_honorific(tok: Token) -> bool:
    return tok.lower_ in FORMS_OF_ADDRESS or tok.lower_ in KIN_HONORIFICS


def _opening(doc: Doc, at: int) -> int | None:
    """Where what is said of them starts: right after the name, or past a comma or dash
    ("daughter Ingrid, teaches piano"); None when nothing is said of them there."""
    k = at
    while k < len(doc) and said_after_a_name(doc, k):
        k += 1  # "his wife Ayşe Hanım is a doctor": past how she is addressed
    if k < len(doc) and doc[k].text in (",", "-", "–", "—"):
        k += 1
    if k >= len(doc) or _ends_line(doc[k]):
        return None
    tok = doc[k]
    if tok.lower_ in _SUBJECTS or tok.lower_ in _WHOSE or tok.lower_ in RELATIVES:
        return None
    if tok.lower_ in _OPENERS or tok.ent_type_ == "ROLE":
        return k
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VB":
        return k  # "son Tobi got into imperial", not "wife ana, call her"
    return None


def _turns(doc: Doc, k: int, others: set[int]) -> bool:
    """After "and" or a comma: a new subject, someone else, or what the user will do."""
    if k >= len(doc):
        return True
    tok = doc[k]
    return (
        _ends_line(tok)
        or k in others
        or tok.lower_ in _SUBJECTS
        or tok.lower_ in _WHOSE
        or tok.lower_ in RELATIVES
        or tok.tag_ == "VB"  # ", call him friday": the user's to do
    )


def _ends_line(tok: Token) -> bool:
    """The end of a sentence or line, or a chat word or emoji closing it ("…at apple lol")."""
    if tok.text in _STOPS or "\n" in tok.text or tok.lower_ in CHAT_WORDS:
        return True
    return any(unicodedata.category(c) == "So" for c in tok.text)


# What a relative does for work, said as a verb: "runs a pharmacy", "does drywall".
_WORK_VERBS = frozenset(
    "run own work do teach handle manage help drive sell build fix coach nurse cater".split()
)
# Wants are read as needs elsewhere; "is a dentist" as a role.
_NOT_THEIRS = frozenset("want need look hope be have".split())
_NEWS_LEADS = frozenset("just finally recently".split())


def kin_own(span: Span, people: list[Person]) -> tuple[Person, Span] | None:
    """What a family detail says a named relative does, said as a verb after their name
    ("granddaughter yareli [sings in the choir]", "son tobi [got into imperial]"): theirs
    too, as news, work or a pastime (the span's label), when the tagger gave them nothing
    of it."""
    doc = span.doc
    for person in people:
        if person.relation is None or person.of is None:
            continue
        name = next((m for m in person.mentions if span.start < m.start < span.end), None)
        if name is None or name.end >= span.end:
            continue
        k = name.end
        said = _what_they_are(doc, k, span.end)
        if said is not None:
            return person, said
        lead = doc[k].lower_ in _NEWS_LEADS
        k += lead
        verb = doc[k] if k < span.end else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _NOT_THEIRS:
            return None
        if lead or verb.tag_ in ("VBD", "VBN"):
            kind = "plan"
        elif verb.lemma_ in _WORK_VERBS:
            kind = "work"
        elif verb.tag_ in ("VBZ", "VBP"):
            kind = "interest"
        else:
            return None
        return person, Span(doc, k, span.end, label=kind)
    return None


# Between a relative's name and their job: "missus kylie['s a] physio", "bredda marlon [a]
# police", "wife shona [is now a] midwife".
_BEFORE_A_JOB = frozenset("is 's ’s was a an now also still the".split())
# "granddaughter kaylee is big in FFA", "son tom is really into rugby": a pastime.
_KEEN = ("into", "really into", "big into", "big in", "mad about", "mad into", "obsessed with")


def _what_they_are(doc: Doc, k: int, end: int) -> Span | None:
    """What a line says a relative is, right after their name: their job when it names
    one ("'s a physio over at the mater": physio), or what they are into ("is big in FFA")."""
    j = k
    while j < end and doc[j].lower_ in _BEFORE_A_JOB:
        j += 1
    if j == k or j >= end:
        return None
    if doc[j].ent_type_ == "ROLE" and doc[j].ent_iob_ == "B":
        role = next(e for e in doc.ents if e.start == j)
        return Span(doc, j, min(role.end, end), label="work")
    if doc[j].lower_ in JOB_WORDS and doc[j - 1].lower_ in ("a", "an"):
        return Span(doc, j, j + 1, label="work")  # "'s a physio": no ROLE the tagger saw
    if doc[k].lemma_ != "be":
        return None
    for keen in _KEEN:
        words = keen.split()
        if [t.lower_ for t in doc[j : j + len(words)]] == words and j + len(words) < end:
            return Span(doc, j + len(words), end, label="interest")
    return None


def _next_is(doc: Doc, k: int, word: str) -> bool:
    return k + 1 < len(doc) and doc[k + 1].lower_ == word


# Words between a relative word and what else is said of them: "her (older) bro", titles.
_LAW = ("in", "-", "law")


def kin_lines(doc: Doc, people: list[Person], details: list[Span]) -> list[Span]:
    """The details with each named relative's line said whole as family: "his missus fiona's
    a pharmacist at boots", "dad Tan Ah Kow owns a car workshop in Ubi". The tagger often
    gives only the job after the name ("pharmacist", to Fiona) or takes the whole line for
    work; the contact's card then never says who Fiona is. A family detail already said of
    the relative is left to kin_clause to finish."""
    out = list(details)
    named = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    for person in people:
        if person.relation is None or person.of is None:
            continue
        for mention in person.mentions:
            kin = _kin_word_before(doc, mention.start)
            if kin is None:
                continue
            others = named - set(range(mention.start, mention.end))
            end = said_of(doc, mention.end, others)
            if end is None:
                continue
            over = [d for d in out if d.start < mention.end and kin < d.end]
            if any(d.label_ == "family" or d.start < kin - 2 for d in over):
                break  # said as family already, or inside a longer detail about another
            # "wife Cik Aminah make kuih…" tagged as work: the same line, read as family
            end = max([end, *(d.end for d in over)])
            out = [d for d in out if d not in over] + [Span(doc, kin, end, label="family")]
            break
    return sorted(out, key=lambda s: s.start)


def _kin_word_before(doc: Doc, start: int) -> int | None:
    """Where the relative word stands right before a name ("missus fiona", "wife Ate Len",
    "brother-in-law Denis"), or None."""
    k = start - 1
    while k >= 0 and start - k <= 3 and _an_honorific(doc[k]):
        k -= 1
    if k >= 4 and tuple(t.lower_ for t in doc[k - 2 : k + 1]) == _LAW and doc[k - 3].text == "-":
        k -= 4  # "brother - in - law"
    if k >= 0 and doc[k].lower_ in RELATIVES and _whose_said(doc, k):
        return k
    return None


# What may stand before a relative word that makes it whose relative: "his", "dale's",
# "older", or nothing (a line or clause of its own: "- wife Meera…", ", dad Gerry…").
_BEFORE_KIN = frozenset("his her their 's ’s older younger elder eldest little big".split())


def _whose_said(doc: Doc, k: int) -> bool:
    """ "her dad Tan Ah Kow", "- wife Meera": a relative; "Team mom Latoya Brooks" is a
    role in the club, whatever the name reader made of it."""
    if k == 0:
        return True
    before = doc[k - 1]
    return before.lower_ in _BEFORE_KIN or before.is_punct or "\n" in before.text
