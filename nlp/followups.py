"""Follow-ups: a date the user means to act by ("call her Dec 15", "f/u jan", "Proposal to
Kwame by Dec 11", "nxt wk"), not a date that only dates something else.

A date phrase is a follow-up when its clause (bounded by sentence punctuation, commas and
line breaks) asks the user for an action, is a deadline ("by Dec 5"), or is nothing but the
date (a terse "tmrw 9am" or "after the holidays" line). It is not one when it is:
- a habit ("plays every saturday": the grammar reads it and resolves it to nothing);
- in the past ("last tuesday", "had coffee tuesday") or the note's own date ("Nov 26 -
  chamber lunch", "Kundentermin Bremen, 25.11.": a calendar date that is today or just past);
- "today" in passing ("Thank God for today", "BNI lunch was packed today");
- someone else's plan or event ("he said he'll swing by next week", "she's doing a talk in
  february", "hosting a brunch dec 12", "her wedding is June 12").
A date right after another in the same sentence with only a correction between them
("tuesday no wait wednesday", "tonight, actually tomorrow") replaces it; otherwise a clause
gives at most one follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from nlp.dates import When, resolve_when

_ACTIONS = frozenset(
    "follow followup follow-up f/u fu ping call email e-mail text send check reach remind "
    "circle touch catch meet coffee lunch intro introduce connect message dm ask invite "
    "schedule book set "
    # other ways people write a to-do next to a date
    "card congrats congratulate thank gift drinks drink dinner breakfast brunch zoom visit "
    "demo share forward reply respond sync chat talk reconnect write mail loop update nudge "
    "bump pitch propose quote review tag mention recommend refer "
    "calling emailing texting pinging sending "
    # verbs of doing something for or with someone
    "hit hook grab grabbing drop whatsapp msg ring answer tell let get look decide deliver "
    "bring stop order prep prepare do see walk chase give fix finish start submit confirm "
    "finalize go swing pop shoot sort sign pay print pick take show arrange plan try "
    "revisit discuss regroup renew research draft prepare circulate ship return "
    "introducing meeting hitting dropping bringing getting telling asking checking "
    "catching following reaching writing doing going "
    # things to do, said as nouns: "Proposal to Kwame by Dec 11", "mtg Wed 10am"
    "proposal deck docs slides bio samples kickoff mtg 1:1 invoice contract draft cv resume "
    "tasting walkthrough appointment appt".split()
)
# Meals and meetings: the user's plan, unless someone else hosts them or they happened today.
_GATHERINGS = frozenset(
    "coffee lunch breakfast brunch dinner drinks drink zoom mtg meeting tasting".split()
)
_HOSTING = frozenset(
    "host hosts hosting hosted throw throws throwing organize organizes organizing organise "
    "organising run runs running doing does giving gives having has attend attends attending "
    "at".split()
)
# A subject that makes the action someone else's: "he said he'll swing by next week".
_THEM = frozenset("he she they he's she's they're".split())
_US = frozenset("i we i'll we'll i'm let's me".split())
_THEIR_VERBS = frozenset("will 'll is 's are said says wants plans needs has 'd would".split())
# Words after which an action is the user's own imperative, whoever was the subject before.
_IMPERATIVE = frozenset(
    "so then but anyway also yeah um uh ok okay oh must should gotta need remember forget "
    "pls please todo to-do tbd reminder lol 🙃".split()
)
_PAST_AUX = frozenset("had did was were went".split())
_ABOUT = frozenset("about re regarding on".split())
_CLAUSE_END = frozenset(". ! ? ; \n".split())
_ABBREVIATIONS = frozenset("dr mr mrs ms st fr jr sr prof rev mt".split())
_DROP_LEAD = frozenset("a an the my our his her".split())
_NEW_THOUGHT = frozenset("so um uh anyway oh btw lol lmao haha ngl tbh".split())
_SUBJECTS = frozenset("i he she they we".split())
_SUBORDINATE = frozenset(
    "if that when whether because cause cuz since until till before after what where how "
    "who which once unless while said says think thought guess hope".split()
)
_MAX_WHAT = 6
# Words a clause may hold besides its date and still be a terse follow-up ("nxt wk",
# "tmrw 9am", "Petra in a couple weeks", "f/u jan").
_BARE = frozenset(
    "ok okay so then maybe probably sometime around like um uh and also again re w/ w with "
    "both all them him her me us f / u fu f/u followup ping - – — : ? ! ( ) ... + & next "
    "time on it fr lol tbh ngl pls".split()
)
_CORRECTION = frozenset(
    "no nope wait actually sorry i mean or rather make that scratch instead maybe um uh "
    "like - – — , ... ? ! oops".split()
)
_STRONG_CORRECTION = frozenset("wait actually sorry scratch rather instead correction".split())
_CORRECTION_PAIRS = frozenset({("i", "mean"), ("make", "that"), ("no", ","), ("no", "no")})
_DEADLINE_LEADS = frozenset("by until till til before within no".split())
_NOT_TODAY_LEAD = frozenset("for of since from til till until".split())


@dataclass(frozen=True)
class FoundFollowUp:
    at: int
    due: date
    what: str
    person_at: int | None  # token index of a person named inside the clause
    topic: str | None
    # The date as written ("early January"); `vague`: a loose phrase or a deadline, for
    # which `due` is a day chosen inside its range (see nlp/dates.py).
    said: str = ""
    vague: bool = False


@dataclass
class _Candidate:
    span: Span
    when: When
    clause: tuple[int, int]
    action: int | None


def find_follow_ups(doc: Doc, dates: list[Span], now: datetime) -> list[FoundFollowUp]:
    today = now.date()
    chosen: list[_Candidate] = []
    for span in sorted(dates, key=lambda s: s.start):
        when = resolve_when(span, now)
        if when is None or when.stale:
            continue
        lo, hi = _clause(doc, span.start, span.end)
        previous = chosen[-1] if chosen else None
        if previous is not None and _corrects(doc, previous.span, span):
            chosen[-1] = _Candidate(span, when, previous.clause, previous.action)
            continue
        if previous is not None and previous.clause == (lo, hi):
            continue  # one follow-up per clause: "call her tuesday about the Dec 15 deadline"
        action = _action(doc, lo, hi, span, when, today)
        if action is None:
            continue
        chosen.append(_Candidate(span, when, (lo, hi), action if action >= 0 else None))
    dated = frozenset(i for s in dates for i in range(s.start, s.end))
    return [_found(doc, c, dated) for c in chosen]


def _found(doc: Doc, c: _Candidate, dated: frozenset[int]) -> FoundFollowUp:
    lo, hi = c.clause
    start = c.action if c.action is not None else lo
    named = next(
        (t.i for t in doc[start:hi] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None
    )
    topic = _about(doc, start, hi, c.span) if c.action is not None else None
    what = topic or (_what(doc, start, hi, dated) if c.action is not None else "") or "follow up"
    return FoundFollowUp(
        c.span.start, c.when.due, what, named, topic, said=c.span.text, vague=c.when.vague
    )


def _action(doc: Doc, lo: int, hi: int, span: Span, when: When, today: date) -> int | None:
    """The token that makes this date a follow-up: the action's index, -1 for a deadline or a
    bare date, None when the date is not a follow-up."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    said_today = when.due == today and not when.vague
    if said_today and before in _NOT_TODAY_LEAD:
        return None  # "Thank God for today"
    if said_today and _past_clause(doc, lo, hi):
        return None  # "BNI lunch was packed today"
    if _heading(doc, span):
        return None  # "Hadassah brunch, Sunday" above the note's lines
    others = False  # an action in the clause, but someone else's or done
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not _is_action(tok):
            continue
        hosted = tok.lower_ in _GATHERINGS and (said_today or _hosted(doc, lo, tok.i))
        if hosted or _theirs(doc, lo, tok.i) or _past(doc, lo, tok):
            others = True
        else:
            return tok.i
    if others or _theirs(doc, lo, span.start) or _past_clause(doc, lo, hi):
        return None
    if span[0].lower_ in _DEADLINE_LEADS:
        return -1  # "Bio to Ifeoma by Monday", "slides by the 20th"
    if not said_today and _bare(doc, lo, hi, span):
        return -1  # "nxt wk", "tmrw 9am", "after the holidays"
    return None


def _is_action(tok: Token) -> bool:
    if tok.lower_ in _ACTIONS:
        return True
    # the tokenizer splits "f/u" into three tokens
    doc = tok.doc
    return (
        tok.lower_ == "f"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "/"
        and (doc[tok.i + 2].lower_ == "u")
    )


def _hosted(doc: Doc, lo: int, at: int) -> bool:
    """ "hosting a brunch dec 12", "she's doing a dinner": a gathering someone else holds."""
    return any(t.lower_ in _HOSTING for t in doc[max(lo, at - 3) : at])


def _theirs(doc: Doc, lo: int, at: int) -> bool:
    """Someone else does what comes at ``at``: "he said he'll swing by next week", "Dana
    will send it", "told him to come see ours". The nearest subject before it decides; a
    discourse word ("so call him monday") starts the user's own imperative."""
    for i in range(at - 1, lo - 1, -1):
        t = doc[i]
        low = t.lower_
        if low in _US or low in _IMPERATIVE:
            return False
        if low in _THEM:
            return True
        if low == "to" and i > lo and doc[i - 1].lower_ in ("him", "her", "them"):
            return True  # "told him to come see ours"
        if low == "to" and i > lo and doc[i - 1].lower_ in ("me", "us", "said", "says"):
            return False  # "she said to call her", "asked me to send the deck"
        if (
            t.ent_type_ == "PERSON"
            and i + 1 < at
            and doc[i + 1].ent_type_ != "PERSON"
            and doc[i + 1].lower_ in _THEIR_VERBS
        ):
            return True
    return False


def _past(doc: Doc, lo: int, tok: Token) -> bool:
    """ "had coffee tuesday", "called him friday": done, not to do."""
    if _past_form(tok):
        return True
    prev = [t for t in doc[max(lo, tok.i - 2) : tok.i] if not t.is_punct]
    return bool(prev) and prev[-1].lower_ in _PAST_AUX


def _past_clause(doc: Doc, lo: int, hi: int) -> bool:
    return any(_past_form(t) and t.tag_ == "VBD" for t in doc[lo:hi])


def _past_form(tok: Token) -> bool:
    """A verb in the past tense ("called", "had"); the tagger also calls an imperative
    "hook" or "set" VBD, so the word must differ from its lemma."""
    return tok.tag_ in ("VBD", "VBN") and tok.lower_ != tok.lemma_.lower()


def _bare(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    for t in doc[lo:hi]:
        if span.start <= t.i < span.end:
            continue
        if t.lower_ in _BARE or t.is_space or t.is_punct or t.ent_type_ in ("PERSON", "ORG"):
            continue  # "Petra in a couple weeks": NER calls a lone first name either
        return False
    return True


def _corrects(doc: Doc, earlier: Span, later: Span) -> bool:
    """ "tuesday no wait wednesday", "tonight, actually tomorrow morning", "monday about
    pricing no wait she said tuesday": the later date replaces the earlier one."""
    between = doc[earlier.end : later.start]
    if not between or len(between) > 8 or any(_ends_sentence(doc, t.i) and t.text != ","
                                               for t in between):  # fmt: skip
        return False
    words = [t.lower_ for t in between]
    if all(w in _CORRECTION or w in ("on", "the") for w in words) and len(words) <= 5:
        return True
    pairs = set(pairwise(words))
    return bool(set(words) & _STRONG_CORRECTION) or bool(pairs & _CORRECTION_PAIRS)


def _heading(doc: Doc, span: Span) -> bool:
    """A date on a note's first line, above more lines, in a line with no verb: the note's
    heading ("Sunday coffee hour @ Hope Community Church", "BNI 2/6 - new visitors")."""
    if any("\n" in t.text for t in doc[: span.start]):
        return False
    end = next((t.i for t in doc[span.end :] if "\n" in t.text), None)
    if end is None:
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc[:end])


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The clause around a date. Sentence punctuation, commas and line breaks bound it ("dr."
    and "St." do not; "Feb." before a word does); so do, in run-on dictated notes, the words
    that start a new thought ("so", "um", "anyway", an emoji) and a new subject ("... in
    january she's got three boys")."""

    def stop_before(t: int) -> bool:
        tok = doc[t]
        if t > 0 and _ends_sentence(doc, t - 1):
            return True
        if tok.lower_ in _NEW_THOUGHT or _is_emoji(tok.text):
            return True
        return (
            tok.lower_ in _SUBJECTS
            and t > 0
            and doc[t - 1].lower_ not in _SUBORDINATE
            and t + 1 < len(doc)
            and not doc[t + 1].is_punct
            and not (tok.lower_ == "we" and not tok.whitespace_ and doc[t + 1].lower_ == "d")
        )

    lo = start
    while lo > 0 and not stop_before(lo) and not _ends_sentence(doc, lo - 1):
        lo -= 1
    if lo < start and (doc[lo].lower_ in _NEW_THOUGHT or _is_emoji(doc[lo].text)):
        lo += 1
    hi = end
    while hi < len(doc) and not _ends_sentence(doc, hi) and not stop_before(hi):
        hi += 1
    return lo, hi


def _ends_sentence(doc: Doc, t: int) -> bool:
    text = doc[t].text
    if text == "." and t > 0 and doc[t - 1].lower_ in _ABBREVIATIONS:
        return False
    if text in _CLAUSE_END or text == "," or "\n" in text:
        return True
    # "wants listings to stage in Feb. coffee mid-jan": the period sits inside the token
    return (
        len(text) > 2
        and text.endswith(".")
        and text[:-1].isalpha()
        and text[:-1].lower() not in _ABBREVIATIONS
        and t + 1 < len(doc)
        and not doc[t + 1].like_num
    )


def _is_emoji(text: str) -> bool:
    return any(ord(c) >= 0x2190 for c in text) and not any(c.isalnum() for c in text)


def _about(doc: Doc, lo: int, hi: int, date_span: Span) -> str | None:
    for t in doc[lo:hi]:
        if t.lower_ in _ABOUT and t.i + 1 < hi and t.i + 1 != date_span.start:
            i = t.i + 1
            while i < hi and doc[i].lower_ in _DROP_LEAD:
                i += 1
            end = date_span.start if date_span.start > i else hi
            end = min(end, i + _MAX_WHAT)
            words = [w.text for w in doc[i:end] if w.i < date_span.start or w.i >= date_span.end]
            if words:
                return " ".join(words).lower()
    return None


def _what(doc: Doc, lo: int, hi: int, dated: frozenset[int]) -> str:
    """The action in the user's words, up to its date: "send him the deck"."""
    parts: list[str] = []
    for t in doc[lo:hi]:
        if t.i in dated or (t.lower_ in ("on", "for") and t.i + 1 in dated):
            if parts:
                break
            continue
        parts.append(t.text_with_ws)
        if len(parts) >= _MAX_WHAT:
            break
    return " ".join("".join(parts).split())
