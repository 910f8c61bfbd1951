"""Follow-ups: a date phrase in a clause that also asks for an action ("call her Dec 15")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from nlp.dates import resolve_date

_ACTIONS = frozenset(
    "follow followup follow-up f/u fu ping call email e-mail text send check reach remind "
    "circle touch catch meet coffee lunch intro introduce connect message dm ask invite "
    "schedule book set "
    # other ways people write a to-do next to a date
    "card congrats congratulate thank gift drinks drink dinner breakfast brunch zoom visit "
    "demo share forward reply respond sync chat talk reconnect write mail loop update nudge "
    "bump pitch propose quote review tag mention recommend refer "
    "calling emailing texting pinging sending".split()
)
_ABOUT = frozenset("about re regarding on".split())
_CLAUSE_END = frozenset(". ! ? ; \n".split())
_DROP_LEAD = frozenset("a an the my our his her".split())
_MAX_WHAT = 6


@dataclass(frozen=True)
class FoundFollowUp:
    at: int
    due: date
    what: str
    person_at: int | None  # token index of a person named inside the clause
    topic: str | None


def find_follow_ups(doc: Doc, dates: list[Span], now: datetime) -> list[FoundFollowUp]:
    found: list[FoundFollowUp] = []
    for span in dates:
        lo, hi = _clause(doc, span.start, span.end)
        action = next((t.i for t in doc[lo:hi] if _is_action(t)), None)
        if action is None:
            continue
        due = resolve_date(span.text, now)
        if due is None:
            continue
        named = next(
            (t.i for t in doc[action:hi] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None
        )
        topic = _about(doc, action, hi, span)
        what = topic or _what(doc, action, hi, span)
        found.append(FoundFollowUp(span.start, due, what, named, topic))
    return found


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


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The clause around a date: bounded by sentence punctuation and commas."""

    def stop(t: int) -> bool:
        text = doc[t].text
        return text in _CLAUSE_END or text == "," or "\n" in text

    lo = start
    while lo > 0 and not stop(lo - 1):
        lo -= 1
    hi = end
    while hi < len(doc) and not stop(hi):
        hi += 1
    return lo, hi


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


def _what(doc: Doc, lo: int, hi: int, date_span: Span) -> str:
    """The action in the user's words, without the date: "send him the deck"."""
    parts: list[str] = []
    for t in doc[lo:hi]:
        if date_span.start <= t.i < date_span.end:
            continue
        if t.lower_ == "on" and t.i + 1 == date_span.start:
            continue
        parts.append(t.text_with_ws)
        if len(parts) >= _MAX_WHAT:
            break
    return " ".join("".join(parts).split())
