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

The clause and its shapes are read in nlp/dates/clauses.py, the actions in it and whose
they are in nlp/dates/actions.py; here is the decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from nlp.dates import When, resolve_when
from nlp.dates.actions import find_action, past_clause, refused, theirs, verbless
from nlp.dates.clauses import SUBJECTS, bare, clause, corrects, heading, sentence, settles
from nlp.dates.holidays import CANADIAN_PLACES

_TODO_HEADS = ("to do", "todo", "to - do", "to-do", "next steps", "action items", "f / u", "f/u")
_ABOUT = frozenset("about re regarding on".split())
_DROP_LEAD = frozenset("a an the my our his her".split())
_MAX_WHAT = 6
# Deadlines that make a verbless clause a to-do; "until"/"till" mostly say how long a state
# lasts ("on leave until March", "price fixed till March").
_DEADLINE_LEADS = frozenset("by within no".split())
_NOT_TODAY_LEAD = frozenset("for of since from til till until".split())
# "leave it till after the hols" says when to get back to someone, not what to do then.
_PUTTING_OFF = frozenset({"leave"})


@dataclass(frozen=True)
class FoundFollowUp:
    """A follow-up in a note: the date's first token, the day it is due and what to do."""

    at: int
    due: date
    what: str
    person_at: int | None  # token index of a person named inside the clause
    topic: str | None
    # The date as written ("early January"); `vague`: a loose phrase or a deadline, for
    # which `due` is a day chosen inside its range (see nlp/dates/resolve.py).
    said: str = ""
    vague: bool = False
    # "mid january, not friday": the date this one replaces, as written, and its day.
    instead_of: str = ""
    instead_due: date | None = None


@dataclass
class _Candidate:
    span: Span
    when: When
    clause: tuple[int, int]
    action: int | None
    said: str | None = None  # when not the span's text
    instead_of: Span | None = None


def find_follow_ups(doc: Doc, dates: list[Span], now: datetime) -> list[FoundFollowUp]:
    """The follow-ups among the dates DateFinder found in ``doc``, said at ``now``."""
    today = now.date()
    canadian = any(t.lower_ in CANADIAN_PLACES for t in doc)
    chosen: list[_Candidate] = []
    refused: set[int] = set()
    for span in sorted(dates, key=lambda s: s.start):
        if span.start in refused:
            continue
        when = _as_in_canada(span, now) if canadian else None
        when = when or resolve_when(span, now)
        if when is None and chosen and corrects(doc, chosen[-1].span, span):
            when = _counted_from(span, chosen[-1].span, now)
        if when is None or when.stale:
            continue
        lo, hi = clause(doc, span.start, span.end)
        old = _instead_of(doc, span, dates)
        if old is not None:
            refused.add(old.start)
            # "call priya friday. actually mid january not friday": this note's own Friday
            same = [c for c in chosen if c.span.text.casefold() == old.text.casefold()]
            if same:
                chosen[chosen.index(same[-1])] = _Candidate(
                    span, when, same[-1].clause, same[-1].action
                )
                continue
            action = _action(doc, lo, hi, span, when, today)
            if action is None and not _rescheduled(doc, lo, hi, span):
                continue
            chosen.append(
                _Candidate(span, when, (lo, hi), action if action and action >= 0 else None)
            )
            chosen[-1].instead_of = old
            continue
        previous = chosen[-1] if chosen else None
        if previous is not None and (
            corrects(doc, previous.span, span) or settles(doc, previous.span, span)
        ):
            chosen[-1] = _Candidate(span, when, previous.clause, previous.action)
            continue
        if previous is not None and previous.clause == (lo, hi):
            continue  # one follow-up per clause: "call her tuesday about the Dec 15 deadline"
        action = _action(doc, lo, hi, span, when, today)
        if action is None:
            put_off = _put_off(doc, lo, span, now)
            if put_off is not None:  # "no need to chase him till the new year"
                chosen.append(_Candidate(span, put_off[1], (lo, hi), put_off[0]))
            continue
        if action > span.start and any(0 < d.start - action <= 5 for d in dates):
            # "opens in february follow up early january", "a mela in march … give him a
            # bell thurs": the date said right after the action is its time
            continue
        said = None
        if dates_an_occasion(doc, span):  # a gift for their party: due by its day
            by_then = resolve_when(f"by {span.text}", now)
            if by_then is not None:
                when = by_then
        before = _before_event(doc, action if action >= 0 else lo, span)
        if before is not None:  # "email him the template before he flies back on the 3rd"
            deadline = resolve_when(f"before {span.text}", now)
            if deadline is not None:
                when, said = deadline, doc[before : span.end].text
        chosen.append(_Candidate(span, when, (lo, hi), action if action >= 0 else None, said))
    dated = frozenset(i for s in dates for i in range(s.start, s.end))
    return [_found(doc, c, dated, now) for c in chosen]


def _found(doc: Doc, c: _Candidate, dated: frozenset[int], now: datetime) -> FoundFollowUp:
    lo, hi = c.clause
    if c.action is not None and not lo <= c.action < hi:
        # "after the school run on friday, give her a call": the action has its own clause
        lo, hi = clause(doc, c.action, c.action + 1)
    start = c.action if c.action is not None else lo
    named = next(
        (
            t.i
            for t in doc[start:hi]
            if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and not _after_them_and(doc, t.i)
        ),
        None,
    )
    topic = _about(doc, start, hi, c.span) if c.action is not None else None
    doing = c.action is not None and doc[c.action].lower_ not in _PUTTING_OFF
    what = topic or (_spoken_call(_what(doc, start, hi, dated)) if doing else "") or "follow up"
    old = c.instead_of
    old_when = resolve_when(old, now) if old is not None else None
    return FoundFollowUp(
        c.span.start,
        c.when.due,
        what,
        named,
        topic,
        said=c.said or c.span.text,
        vague=c.when.vague,
        instead_of=old.text if old is not None else "",
        instead_due=old_when.due if old_when is not None else None,
    )


_THEM = frozenset("her him them".split())


def _after_them_and(doc: Doc, i: int) -> bool:
    """ "wants a call with her and aoife": the call is hers, whom "her" points to; Aoife
    only joins it."""
    return i >= 2 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].lower_ in _THEM


def _as_in_canada(span: Span, now: datetime) -> When | None:
    """ "the week after Thanksgiving" in a note from Canada: October's Thanksgiving."""
    words = [t.lower_ for t in span]
    if "thanksgiving" not in words or "canadian" in words:
        return None
    said = " ".join("canadian thanksgiving" if w == "thanksgiving" else w for w in words)
    return resolve_when(said, now)


_AFTER_LEADS = frozenset("after right just".split())


def _counted_from(span: Span, earlier: Span, now: datetime) -> When | None:
    """ "call him after diwali no actually the tuesday after": the weekday after the day
    said before it, when the later date is only "the <weekday> after"."""
    if span[-1].lower_ != "after":
        return None
    words = [t.text for t in earlier]
    while words and words[0].casefold() in _AFTER_LEADS:
        words = words[1:]
    return resolve_when(f"{span.text} {' '.join(words)}", now) if words else None


_INSTEAD = (("not",), ("instead", "of"), ("rather", "than"))
# Words that say a follow-up already asked for is being moved: "push tom's call to next
# month, not thursday", "actually mid january not friday".
_RESCHEDULE = frozenset(
    "actually correction push move postpone reschedule bump change make".split()
)


def _instead_of(doc: Doc, span: Span, dates: list[Span]) -> Span | None:
    """ "mid january, not friday", "next month instead of thursday": the date said after
    the refusal, which this one replaces."""
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    for words in _INSTEAD:
        said = tuple(t.lower_ for t in doc[i : i + len(words)])
        if said == words:
            return next((d for d in dates if d.start == i + len(words)), None)
    return None


def _rescheduled(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """A date put in place of another with no action of its own: a follow-up moved."""
    s_lo, s_hi = sentence(doc, span.start, span.end)
    return bare(doc, lo, hi, span) or any(
        t.lemma_.lower() in _RESCHEDULE or t.lower_ in _RESCHEDULE for t in doc[s_lo:s_hi]
    )


_PUT_OFF = frozenset("till til until before".split())
_ON_THE_DAY = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _put_off(doc: Doc, lo: int, span: Span, now: datetime) -> tuple[int, When] | None:
    """ "no need to chase him till the new year", "no point calling dev before easter": the
    refused action is put off, so it is due once that time comes (after a holiday, from the
    start of a month or week); None when the refusal has no "till" or "before"."""
    words = [t.lower_ for t in span]
    k = span.start - 1
    if words and words[0] in _PUT_OFF:
        words = words[1:]
    elif k >= lo and doc[k].lower_ in _PUT_OFF:
        k -= 1
    else:
        return None
    action = next((t.i for t in doc[lo : span.start] if refused(doc, t.i)), None)
    if action is None or not words:
        return None
    said = " ".join(words)
    when = resolve_when(said, now)
    on_the_day = any(w in _ON_THE_DAY or w[:1].isdigit() for w in words)
    if when is None or (when.first == when.last and not on_the_day):
        # a holiday is no day to call on: "till christmas" is after it
        when = resolve_when(f"after {said}", now) or when
    return (action, when) if when is not None and not when.stale else None


def _action(doc: Doc, lo: int, hi: int, span: Span, when: When, today: date) -> int | None:
    """The token that makes this date a follow-up: the action's index, -1 for a deadline, a
    to-do line or a bare date, None when the date is not a follow-up."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    said_today = when.due == today and not when.vague
    if said_today and before in _NOT_TODAY_LEAD:
        return None  # "Thank God for today"
    if said_today and past_clause(doc, lo, hi, span):
        return None  # "BNI lunch was packed today"
    if said_today and _opening_event(doc, span):
        return None  # "Harbour awards kickoff tonight." above what happened there
    if heading(doc, span):
        return None  # "Hadassah brunch, Sunday" above the note's lines
    if dates_an_occasion(doc, span):
        # "a quote for their holiday party dec 18": the party's day, not a due date; but
        # "send a red packet for the full month party on the 12th" is due by it
        return _for_the_occasion(doc, lo, span, said_today)
    if before == "(" and span.end < len(doc) and doc[span.end].text == ")":
        return None  # "invite Tereza to the open day (Dec 9) by Friday": an aside
    if _suits_them(doc, span, hi):
        return -1  # "she said mid december works for her": when to do what was agreed
    action, others = find_action(doc, lo, hi, span, said_today)
    if action is not None and doc[action].pos_ == "NOUN" and _names_an_occasion(doc, span):
        return None  # "coffee with john after wed service": when they met, not a follow-up
    if action is not None:
        return action
    if others == "event" and not said_today:
        # "next mtg Tues 6pm, bring raffle quote", but not "Next chamber breakfast is Dec 8"
        s_hi = sentence(doc, span.start, span.end)[1]
        action, others = find_action(doc, hi, s_hi, span, said_today)
        return None if others else action
    if (
        others in (None, "theirs")
        and _todo_list(doc, lo)
        and _deadline(doc, span, today)
        and verbless(doc, lo, hi, span)
    ):
        return -1  # "Todo: Hyejin's proposal by Dec 7": the user's, whoever it is for
    if others or theirs(doc, lo, span.start) or past_clause(doc, lo, hi, span):
        return None
    if _deadline(doc, span, today) and verbless(doc, lo, hi, span):
        return -1  # "Bio to Ifeoma by Monday", "slides by the 20th", "quote due by 4 Dec"
    if _todo_list(doc, lo) or _delivery(doc, lo, hi, span):
        return -1  # "To do: sample address to Zhang Lei tomorrow"
    if said_today and not _at_a_time_today(span):
        return None
    if not (bare(doc, lo, hi, span) or _time_lead(doc, lo, hi, span)):
        return None
    s_lo, s_hi = sentence(doc, span.start, span.end)
    if bare(doc, s_lo, s_hi, span):
        return -1  # "nxt wk", "tmrw 9am", "after the holidays"
    # A date clause of its own next to the action: "Call him after he lands, next
    # Wednesday", "Next Wednesday I will send", but not "moving to Denver, in June".
    if past_clause(doc, s_lo, s_hi, span):
        return None
    action, others = find_action(doc, s_lo, s_hi, span, said_today)
    return None if others else action


# "text Mitch instead, this arvo": a time later today is said to be acted on, where a lone
# "today" is mostly said in passing ("BNI lunch was packed today").
_LATER_TODAY = frozenset("afternoon arvo evening tonight noon lunchtime later".split())
# "after the school run on friday, give her a call": a clause that only says when.
_WHEN_LEADS = frozenset("after before".split())


def _at_a_time_today(span: Span) -> bool:
    return any(t.lower_ in _LATER_TODAY for t in span)


def _time_lead(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """A clause that is only "after/before <something> <date>", with no verb, beside the
    action it times: "after the school run on friday, give her a call"."""
    return lo < span.start and doc[lo].lower_ in _WHEN_LEADS and verbless(doc, lo, hi, span)


def _opening_event(doc: Doc, span: Span) -> bool:
    """A note's first sentence, with no verb, naming the evening it is about: "Harbour
    business awards kickoff tonight. Met Ines ..."."""
    lo, hi = sentence(doc, span.start, span.end)
    return (
        all(t.is_space or t.is_punct for t in doc[:lo])
        and hi < len(doc) - 1
        and verbless(doc, lo, hi, span)
    )


_SUITS = frozenset("works work suits suit".split())
_GOOD = frozenset("good fine ok okay best better great".split())
_WHOM = frozenset("for her him them me us".split())


def _suits_them(doc: Doc, span: Span, hi: int) -> bool:
    """ "mid december works for her", "friday is good for him": the day someone says
    suits them is when the user is to do what they agreed."""
    i = span.end
    if i < hi and doc[i].lower_ in _SUITS:
        i += 1
    elif i + 1 < hi and doc[i].lower_ in ("is", "'s") and doc[i + 1].lower_ in _GOOD:
        i += 2
    else:
        return False
    return i >= hi or doc[i].lower_ in _WHOM or doc[i].ent_type_ == "PERSON"


_OCCASIONS = frozenset(
    "service mass prayer prayers worship liturgy practice game class meeting shift".split()
)


# Occasions a date right after them is the day of: "their holiday party dec 18", "the gala
# on march 3", "her quinceañera in may".
_THEIR_OCCASIONS = frozenset(
    "party wedding gala fundraiser launch reception shower quinceañera quince christening "
    "graduation birthday anniversary banquet picnic retreat conference concert recital "
    "ceremony celebration festival bash luncheon event".split()
)


# Leads that make a date the time to act, whatever it follows: "a quote for the wedding by
# friday", "ring her re the fundraiser after the hols".
_WHEN_TO_ACT = _DEADLINE_LEADS | frozenset("before after until till in over during".split())


def dates_an_occasion(doc: Doc, span: Span) -> bool:
    """ "quote for their holiday party dec 18": the date right after an occasion is its
    day, unless it says by or after when to act."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    return (
        i >= 0 and doc[i].lemma_.lower() in _THEIR_OCCASIONS and span[0].lower_ not in _WHEN_TO_ACT
    )


def _for_the_occasion(doc: Doc, lo: int, span: Span, said_today: bool) -> int | None:
    """ "send a red packet for the full month party on the 12th", "buy a gift for his
    retirement party on friday": the user's own verb, then "for" the occasion; the verb's
    index. Not what they want for it ("wants a cake for the christening on the 20th")."""
    at = next((t.i for t in doc[lo : span.start] if t.lower_ == "for"), None)
    if at is None:
        return None
    if doc[lo].tag_ == "VB":
        action: int | None = lo  # "buy a gift for ...": a clause opening on a bare verb
    else:
        action = find_action(doc, lo, at, span, said_today)[0]
    if action is None or doc[action].tag_ != "VB" or theirs(doc, lo, action):
        return None
    return action


def _names_an_occasion(doc: Doc, span: Span) -> bool:
    """ "after wed service", "after sunday mass": the day of a gathering, not a due date."""
    return span.end < len(doc) and doc[span.end].lemma_.lower() in _OCCASIONS


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
    """ "sample address to Zhang Lei tomorrow": a thing, to whom, when; no verb at all. Or
    whom and about what: "Ngozi Eze re the gala sponsorship tmrw"."""
    return verbless(doc, lo, hi, span) and any(
        (t.lower_ == "to" and t.i + 1 < hi and doc[t.i + 1].ent_type_ == "PERSON")
        or (t.lower_ == "re" and t.i > lo and doc[t.i - 1].ent_type_ == "PERSON")
        for t in doc[lo:hi]
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


def _about(doc: Doc, lo: int, hi: int, date_span: Span) -> str | None:
    for t in doc[lo:hi]:
        if t.lower_ in _ABOUT and t.i + 1 < hi and t.i + 1 != date_span.start:
            i = t.i + 1
            while i < hi and doc[i].lower_ in _DROP_LEAD:
                i += 1
            # A date that settled a later clause ("…, lets say jan 11") ends no topic here.
            end = date_span.start if i < date_span.start < hi else hi
            end = min(end, i + _MAX_WHAT)
            words = [w.text for w in doc[i:end] if w.i < date_span.start or w.i >= date_span.end]
            if words:
                return " ".join(words).lower()
    return None


def _what(doc: Doc, lo: int, hi: int, dated: frozenset[int]) -> str:
    """The action in the user's words, up to its date: "send him the deck"."""
    parts: list[Token] = []
    for t in doc[lo:hi]:
        if t.i in dated or (t.lower_ in ("on", "for") and t.i + 1 in dated):
            if parts:
                break
            continue
        parts.append(t)
        if len(parts) >= _MAX_WHAT:
            break
    cut = len(parts) >= _MAX_WHAT
    # cut off mid-phrase ("send a red packet for the"): end on a whole one
    while (
        cut
        and len(parts) > 1
        and (parts[-1].tag_ in ("DT", "PRP$") or parts[-1].lower_ in _DANGLING)
    ):
        parts.pop()
    while parts and (parts[-1].text in (",", ";", "-") or parts[-1].lower_ == "instead"):
        parts.pop()  # "text Mitch instead, this arvo": the action is "text Mitch"
    return " ".join("".join(t.text_with_ws for t in parts).split())


# Words a cut-off action may not end on.
_DANGLING = frozenset("for to with about of at from".split())


_GIVE = frozenset("give gie gies".split())
_A_CALL = frozenset("bell ring buzz shout tinkle call".split())
_CALL_SIZE = frozenset("quick wee little".split())


def _spoken_call(what: str) -> str:
    """ "gie him a bell" -> "call him", "give us a ring" -> "call": a call said the way
    people say it, as the call it is; any other action as it was said."""
    words = what.split()
    if not words or words[0].casefold() not in _GIVE:
        return what
    i = 1
    while i < len(words) and words[i].casefold() not in ("a", "an"):
        i += 1
    j = i + 1
    while j < len(words) and words[j].casefold() in _CALL_SIZE:
        j += 1
    if not 1 < i <= 3 or j >= len(words) or words[j].casefold() not in _A_CALL:
        return what
    # "give us a ring": they asked the user to call them
    whom = [] if words[1].casefold() in ("us", "me") else words[1:i]
    return " ".join(["call", *whom, *words[j + 1 :]])


@dataclass(frozen=True)
class Refusal:
    """A follow-up the note says is not needed ("no need to ring gary in march"): the
    refused action's token, the end of what it says, and its date as written ("" if none)."""

    at: int
    end: int
    said: str


# Ways to reach someone a note may say there is no need for.
_REACH_OUT = frozenset(
    "call ring phone text email e-mail chase follow contact ping message bell check".split()
)
_WITHIN = 8
# A refusal up to a time the reader could not read: which follow-ups it means is unknown.
_UNTIL = frozenset("till til until before after".split())


def find_refusals(doc: Doc, dates: list[Span]) -> list[Refusal]:
    """The follow-ups refused in ``doc``, with the date each names, if any."""
    found = []
    for tok in doc:
        if tok.lower_ not in _REACH_OUT and tok.lemma_.lower() not in _REACH_OUT:
            continue
        if not refused(doc, tok.i):
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= _WITHIN
            and not (doc[end].is_punct and doc[end].text not in ("'", "’", "-"))
            and "\n" not in doc[end].text
        ):
            end += 1
        when = next((d for d in dates if tok.i < d.start < end), None)
        until = any(t.lower_ in _UNTIL for t in doc[tok.i + 1 : end])
        if until and (when is None or when[0].lower_ != "before"):
            # "don't need to chase her till spring", "till after christmas": which ones it
            # means is not sure, and one then may still be wanted
            continue
        found.append(Refusal(tok.i, end, when.text if when is not None else ""))
    return found
