"""Follow-ups: a date the user means to act by ("call her Dec 15", "f/u jan", "Proposal to
Kwame by Dec 11", "nxt wk"), not a date that only dates something else.

Each date the DateFinder found is read in its clause: bounded by sentence punctuation,
commas, parentheses and line breaks, and in run-on dictation by the words that start a new
thought ("so", "um", an emoji) and by a new subject ("... in january she's got three boys").
It is a follow-up when the clause holds the user's action ("call", "send", "coffee", "f/u"),
or, with no verb at all, a deadline ("slides by the 20th") or a thing for someone ("sample
address to Zhang Lei tomorrow"); when it stands in a to-do list; when its sentence is
nothing but the date ("nxt wk", "tmrw 9am"); or when it is a clause of its own beside the
action ("Call him after he lands, next Wednesday").

It is not one when it is:
- a habit ("plays every saturday": the grammar reads it and resolves it to nothing);
- in the past ("last tuesday", "had coffee tuesday", "Saturday I went to the fair") or the
  note's own date ("Nov 26 - chamber lunch", "Kundentermin Bremen, 25.11.", a first line
  with no verb above the note: "Hadassah brunch, Sunday");
- "today" in passing ("Thank God for today", "BNI lunch was packed today");
- someone else's plan, state or event ("he said he'll swing by next week", "she's doing a
  talk in february", "hosting a brunch dec 12", "on leave until March", "My talk is
  Wednesday", "next mtg Jan 14"), though what they want to do with the user is the user's
  ("Vikram wants to meet next week") and so is what they ask for ("she said to call her").

A date right after another in the same sentence with only a correction between them
("tuesday no wait wednesday", "tonight, actually tomorrow") replaces it; otherwise a clause
gives at most one follow-up. A date after "before he ..." dates the other event: the
follow-up is due the working day before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from nlp.dates import When, resolve_when
from nlp.dates.clauses import SUBJECTS, bare, clause, corrects, heading, sentence

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
    "revisit discuss regroup renew research circulate ship return "
    "introducing meeting hitting dropping bringing telling asking checking getting "
    "catching following reaching writing post debrief find help "
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
    "organising run runs running do doing does giving gives having has attend attends attending "
    "at".split()
)
# A subject that makes the action someone else's: "he said he'll swing by next week".
_THEM = frozenset("he she they he's she's they're".split())
_US = frozenset("i we i'll we'll i'm let's me".split())
_THEIR_VERBS = frozenset("will 'll is 's are said says wants plans needs has 'd would".split())
# Words after which an action is the user's own imperative, whoever was the subject before.
_IMPERATIVE = frozenset(
    "so then anyway yeah um uh ok okay oh pls please todo to-do tbd reminder lol 🙃".split()
)
_PAST_AUX = frozenset("had did was were went".split())
_GET_NOT_ACTION = frozenset("married engaged divorced promoted older better sick hired out".split())
# Past verbs the tagger misses at the start of a sentence ("Met Colm at the breakfast").
_PAST_WORDS = frozenset("met had saw ran went sat got spoke talked chatted bumped".split())
_BE = frozenset("is are was were 's 're be been being".split())
_OFFERED = frozenset("offered offers promised promises agreed volunteered".split())
_REPORTING = frozenset("said told asked mentioned suggested".split())
# "meeting moved to 15 December": a past verb that dates the future.
_RESCHEDULED = frozenset("moved pushed rescheduled postponed bumped changed switched".split())
# "Vikram wants to meet next week": what someone wants to do with the user is the user's too.
_MUTUAL = frozenset(
    "meet meeting coffee lunch breakfast dinner drinks catch talk chat sync connect zoom".split()
)
_TODO_HEADS = ("to do", "todo", "to - do", "to-do", "next steps", "action items", "f / u", "f/u")
# "she wants to ...", "he needs to ...": what follows is theirs.
_THEIR_WANTS = frozenset("wants needs hopes plans likes loves wishes intends expects".split())
_NOT_IMPERATIVE = frozenset(
    "to will 'll would 'd can could should shall might must may gonna wanna let did does do "
    "n't not never also always he she they it who and or & but + n".split()
)
_ABOUT = frozenset("about re regarding on".split())
_DROP_LEAD = frozenset("a an the my our his her".split())
_MAX_WHAT = 6
# Deadlines that make a verbless clause a to-do; "until"/"till" mostly say how long a state
# lasts ("on leave until March", "price fixed till March").
_DEADLINE_LEADS = frozenset("by within no".split())
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
    said: str | None = None  # when not the span's text


def find_follow_ups(doc: Doc, dates: list[Span], now: datetime) -> list[FoundFollowUp]:
    today = now.date()
    chosen: list[_Candidate] = []
    for span in sorted(dates, key=lambda s: s.start):
        when = resolve_when(span, now)
        if when is None or when.stale:
            continue
        lo, hi = clause(doc, span.start, span.end)
        previous = chosen[-1] if chosen else None
        if previous is not None and corrects(doc, previous.span, span):
            chosen[-1] = _Candidate(span, when, previous.clause, previous.action)
            continue
        if previous is not None and previous.clause == (lo, hi):
            continue  # one follow-up per clause: "call her tuesday about the Dec 15 deadline"
        action = _action(doc, lo, hi, span, when, today)
        if action is None:
            continue
        said = None
        before = _before_event(doc, action if action >= 0 else lo, span)
        if before is not None:  # "email him the template before he flies back on the 3rd"
            deadline = resolve_when(f"before {span.text}", now)
            if deadline is not None:
                when, said = deadline, doc[before : span.end].text
        chosen.append(_Candidate(span, when, (lo, hi), action if action >= 0 else None, said))
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
        c.span.start,
        c.when.due,
        what,
        named,
        topic,
        said=c.said or c.span.text,
        vague=c.when.vague,
    )


def _action(doc: Doc, lo: int, hi: int, span: Span, when: When, today: date) -> int | None:
    """The token that makes this date a follow-up: the action's index, -1 for a deadline, a
    to-do line or a bare date, None when the date is not a follow-up."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    said_today = when.due == today and not when.vague
    if said_today and before in _NOT_TODAY_LEAD:
        return None  # "Thank God for today"
    if said_today and _past_clause(doc, lo, hi, span):
        return None  # "BNI lunch was packed today"
    if heading(doc, span):
        return None  # "Hadassah brunch, Sunday" above the note's lines
    if before == "(" and span.end < len(doc) and doc[span.end].text == ")":
        return None  # "invite Tereza to the open day (Dec 9) by Friday": an aside
    action, others = _find_action(doc, lo, hi, span, said_today)
    if action is not None:
        return action
    if others == "event" and not said_today:
        # "next mtg Tues 6pm, bring raffle quote", but not "Next chamber breakfast is Dec 8"
        s_hi = sentence(doc, span.start, span.end)[1]
        action, others = _find_action(doc, hi, s_hi, span, said_today)
        return None if others else action
    if others or _theirs(doc, lo, span.start) or _past_clause(doc, lo, hi, span):
        return None
    if _deadline(doc, span, today) and _verbless(doc, lo, hi, span):
        return -1  # "Bio to Ifeoma by Monday", "slides by the 20th", "quote due by 4 Dec"
    if _todo_list(doc, lo) or _delivery(doc, lo, hi, span):
        return -1  # "To do: sample address to Zhang Lei tomorrow"
    if said_today or not bare(doc, lo, hi, span):
        return None
    s_lo, s_hi = sentence(doc, span.start, span.end)
    if bare(doc, s_lo, s_hi, span):
        return -1  # "nxt wk", "tmrw 9am", "after the holidays"
    # A date clause of its own next to the action: "Call him after he lands, next
    # Wednesday", "Next Wednesday I will send", but not "moving to Denver, in June".
    if _past_clause(doc, s_lo, s_hi, span):
        return None
    action, others = _find_action(doc, s_lo, s_hi, span, said_today)
    return None if others else action


def _find_action(
    doc: Doc, lo: int, hi: int, span: Span, said_today: bool
) -> tuple[int | None, str | None]:
    """The user's first action in lo..hi; else why an action there is not the user's:
    "event" (a gathering's own date) or "theirs" (someone else's, or done)."""
    others: str | None = None
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not _is_action(tok):
            continue
        if tok.lower_ in _GATHERINGS and (said_today or _hosted(doc, lo, tok.i)):
            others = "theirs"
        elif said_today and tok.tag_.startswith("NN") and not _verbless(doc, lo, hi, span):
            others = "theirs"  # "Today our hospital have visit from Dr. Wang"
        elif tok.lower_ in _GATHERINGS and _an_event(doc, lo, hi, tok, span):
            others = others or "event"
        elif tok.tag_.startswith("NN") and _is_between(doc, tok, span):
            others = others or "event"  # "My talk is Wednesday", "Kickoff is Jan 7"
        elif _theirs(doc, lo, tok.i) or _past(doc, lo, tok):
            others = "theirs"
        else:
            return tok.i, others
    return None, others


def _before_event(doc: Doc, start: int, span: Span) -> int | None:
    """ "before he flies back on the 3rd": the date is another event's, the action's
    deadline the day before it. The index of "before", if so."""
    for t in doc[start : span.start]:
        if t.lower_ == "before" and t.i + 1 < span.start:
            nxt = doc[t.i + 1]
            if nxt.lower_ in SUBJECTS or nxt.ent_type_ == "PERSON":
                return t.i
    return None


def _todo_list(doc: Doc, lo: int) -> bool:
    """A date in a to-do list: "To do: sample address to Zhang Lei tomorrow"."""
    i = lo - 1
    while i >= max(0, lo - 40) and "\n\n" not in doc[i].text:
        if doc[i].text == ":":
            head = " ".join(t.lower_ for t in doc[max(0, i - 2) : i])
            return head.endswith(_TODO_HEADS)
        i -= 1
    return False


def _delivery(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """ "sample address to Zhang Lei tomorrow": a thing, to whom, when; no verb at all."""
    return _verbless(doc, lo, hi, span) and any(
        t.lower_ == "to" and t.i + 1 < hi and doc[t.i + 1].ent_type_ == "PERSON" for t in doc[lo:hi]
    )


def _deadline(doc: Doc, span: Span, today: date) -> bool:
    """ "by Friday", "within two weeks"; "until"/"till" only before a day or a week number
    and not after a state ("until KW 50", not "dead till 4/15" or "on leave until March")."""
    lead = span[0].lower_
    if lead in _DEADLINE_LEADS:
        return True
    if lead not in ("until", "till", "til") or len(span) < 2:
        return False
    if span.start > 0 and doc[span.start - 1].tag_ in ("JJ", "VBN", "RB", "NN"):
        return False
    inner = doc[span.start + 1 : span.end]
    when = resolve_when(inner, datetime.combine(today, datetime.min.time()))
    return inner[0].lower_ in ("kw", "cw") or (when is not None and not when.vague)


def _verbless(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """No verb outside the date, but "due": "Proposal to Kwame by Dec 11"."""
    return not any(
        (t.tag_.startswith("VB") or t.tag_ == "MD") and t.lower_ != "due"
        for t in doc[lo:hi]
        if not span.start <= t.i < span.end
    )


def _is_action(tok: Token) -> bool:
    if tok.lower_ in _ACTIONS:
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        if tok.lower_ == "set":  # "set up a call", not "the AC is set to arctic"
            return nxt in ("up", "a", "the", "it", "that", "time", "date", "meeting", "call")
        return not (tok.lower_ in ("get", "getting") and nxt in _GET_NOT_ACTION)
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


def _is_between(doc: Doc, tok: Token, span: Span) -> bool:
    """ "is" between a thing and its date: "Kickoff is Jan 7"."""
    return any(_is_be(t) for t in doc[tok.i + 1 : span.start])


def _an_event(doc: Doc, lo: int, hi: int, tok: Token, span: Span) -> bool:
    """A gathering's date rather than the user's plan: "met him at the men's breakfast on
    Saturday" (the past), "Next chamber breakfast is Dec 8", "next mtg Jan 14"."""
    if _past_clause(doc, lo, hi, span):
        return True
    if any(t.lower_ == "next" for t in doc[max(lo, tok.i - 2) : tok.i]):
        return True  # a series' next one: "next chamber breakfast", "next mtg"
    return _is_between(doc, tok, span)


def _is_be(tok: Token) -> bool:
    return tok.lemma_ == "be" or (not tok.lemma_ and tok.lower_ in _BE)


def _theirs(doc: Doc, lo: int, at: int) -> bool:
    """Someone else does what comes at ``at``: "he said he'll swing by next week", "Dana
    will send it", "told him to come see ours". The nearest subject before it decides; a
    discourse word ("so call him monday") starts the user's own imperative."""
    if _imperative(doc, at):
        return False
    if at > lo and doc[at - 1].ent_type_ == "PERSON" and doc[at].tag_.startswith("VB"):
        first = at - 1
        while first > lo and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        if first == lo or not doc[first - 1].tag_.startswith("VB"):
            return True  # "His daughter Hiwot finish high school", not "help Halima set up"
    for i in range(at - 1, lo - 1, -1):
        t = doc[i]
        low = t.lower_
        if low in _US or low in _IMPERATIVE:
            return False
        if low in _THEIR_WANTS:
            # "wants to order a cake for the party on the 20th", not "wants to meet"
            return doc[at].lower_ not in _MUTUAL
        if low in _THEM:
            return True
        if low == "to" and i > lo and doc[i - 1].lower_ in ("him", "her", "them"):
            return True  # "told him to come see ours"
        if low == "to" and i > lo and doc[i - 1].lower_ in ("me", "us", "said", "says"):
            return False  # "she said to call her", "asked me to send the deck"
        if low == "to" and i > lo and doc[i - 1].lower_ in _OFFERED:
            # "Offered to help us move mom in Jan.", but "I offered to help him friday"
            return not (i - 1 > lo and doc[i - 2].lower_ in _US)
        if (
            t.ent_type_ == "PERSON"
            and i + 1 < at
            and doc[i + 1].ent_type_ != "PERSON"
            and doc[i + 1].lower_ in _THEIR_VERBS
        ):
            return True
    return False


def _imperative(doc: Doc, at: int) -> bool:
    """ "... poor guy call him wednesday": a bare verb in run-on dictation that no subject,
    modal or "to" leads is the user telling themself what to do."""
    tok = doc[at]
    if tok.tag_ != "VB" or at == 0:
        return False
    prev = doc[at - 1]
    if prev.lower_ in ("said", "says"):
        return True  # "he said send a proposal before christmas"
    return (
        prev.lower_ not in _NOT_IMPERATIVE
        and prev.tag_ not in ("MD", "TO", "PRP")
        and not prev.tag_.startswith("VB")
    )


def _past(doc: Doc, lo: int, tok: Token) -> bool:
    """ "had coffee tuesday", "called him friday": done, not to do."""
    if _past_form(tok):
        return True
    prev = [t for t in doc[max(lo, tok.i - 2) : tok.i] if not t.is_punct]
    return bool(prev) and prev[-1].lower_ in _PAST_AUX


def _past_clause(doc: Doc, lo: int, hi: int, date: Span | None = None) -> bool:
    """A verb in the past tense in lo..hi, outside the date ("coffee sat" is no "sat")."""
    words = [t for t in doc[lo:hi] if date is None or not date.start <= t.i < date.end]
    if any(t.lower_ in _RESCHEDULED for t in words):
        return False  # "meeting moved to 15 December"
    words = [t for t in words if t.lower_ not in _REPORTING]  # "He said to loop in ..."
    return any((_past_form(t) and t.tag_ == "VBD") or t.lower_ in _PAST_WORDS for t in words)


def _past_form(tok: Token) -> bool:
    """A verb in the past tense ("called", "had"); the tagger also calls an imperative
    "hook" or "set" VBD, so the word must differ from its lemma."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    if not tok.lemma_:  # a pipeline without a lemmatizer
        return tok.lower_.endswith("ed") or tok.lower_ in _PAST_WORDS
    return tok.lower_ != tok.lemma_.lower()


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
