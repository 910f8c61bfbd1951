"""A need that ends on when to get back to them: "she wants somebody to price replacing
them next week sometime", "tam needs a bell about the ferguslie flats next week" (trial
26). The date is the follow-up, and the need is what is left ("somebody to price replacing
them"); a need that is only a call ("a bell about the flats") is no need at all.

Only a need for someone to do something ("somebody to price…", "someone to look at her
books") or for a call is read so: "needs a photographer next saturday" says when the
photographer is wanted, not when to call."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nlp.followups import dates_an_occasion
from nlp.ledger import a_call

# Words a date may trail off with at a need's end: "next week sometime".
_TRAILING = frozenset("sometime sometimes ish maybe or so please pls".split())
# Words before the date that belong to it, not to the need: "look at her books on friday".
_LEADS = frozenset("on for at around".split())
# "somebody to price replacing them": the tagger may read the verb after it as a noun.
_SOMEONE = frozenset("someone somebody anyone anybody".split())
_ABOUT = frozenset("about re regarding".split())
_CALL_LEADS = frozenset("a an wee quick little short brief".split())


@dataclass(frozen=True)
class NeedDate:
    """A need's last words that say when to get back to them: the date, where the need's
    own words end, and what to do ("call about the ferguslie flats", "follow up")."""

    date: Span
    end: int
    what: str
    only_a_call: bool


def need_date(doc: Doc, need: Span, dates: list[Span]) -> NeedDate | None:
    """The date at the end of ``need`` that is when to get back to them, if any."""
    date = next((d for d in dates if need.start < d.start and d.end <= need.end), None)
    if date is None or any(t.lower_ not in _TRAILING for t in doc[date.end : need.end]):
        return None
    if dates_an_occasion(doc, date):
        return None  # "someone to bake korovai for a wedding Oct 10": the wedding's day
    end = date.start
    while end > need.start and doc[end - 1].lower_ in _LEADS:
        end -= 1
    words = doc[need.start : end]
    if not len(words):
        return None
    said = [t.text for t in words]
    i = 0
    while i < len(said) and said[i].casefold() in _CALL_LEADS:
        i += 1
    if a_call(words.text) and (i + 1 == len(said) or said[i + 1].casefold() in _ABOUT):
        # "a wee bell about the flats": "call about the flats"; not "a call with our CTO"
        return NeedDate(date, end, " ".join(["call", *said[i + 1 :]]), True)
    someone_to = any(
        t.lower_ == "to"
        and t.i + 1 < end
        and (doc[t.i + 1].tag_ == "VB" or (t.i > 0 and doc[t.i - 1].lower_ in _SOMEONE))
        for t in words
    )
    return NeedDate(date, end, "follow up", False) if someone_to else None
