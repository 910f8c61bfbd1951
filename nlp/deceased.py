"""Who a note says has died: "the funeral for mrs bridie keane rip", "the late tom murphy",
"john walsh (RIP)". Nobody to meet or nudge (trial 23 made "Bridie Keane Rip" a contact and
asked the user to tell her it was good to meet); the family the note names are the people
the user met, each their own contact."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.people import Person

_RIP = frozenset("rip r.i.p r.i.p. ríp".split())
# Titles said before the dead ("the late dr walsh"); narrower than nlp.people's forms of
# address on purpose: with those (uncle, coach…) the train split read relatives worse.
_TITLES = frozenset("mr mrs ms miss dr mr. mrs. ms. dr. fr fr. father sister".split())
_FUNERAL = frozenset("funeral funerals wake removal burial cremation memorial month's".split())


def rip_said(span: Span) -> bool:
    """ "RIP", "r.i.p.": the words of a death notice, no firm or name."""
    return all(t.lower_ in _RIP for t in span)


def deceased(doc: Doc, people: list[Person]) -> list[Person]:
    """The people the note says have died (never a relative of the user's: "my late
    grandad" is theirs to remember, and no contact anyway). Every mention must say so:
    "wake for Mr. Halloran … saw Siobhan Halloran, the daughter" read as one person is
    Siobhan, alive."""
    return [p for p in people if not p.of_me and all(_died(doc, m) for m in p.mentions)]


def _died(doc: Doc, mention: Span) -> bool:
    after = [t.lower_ for t in doc[mention.end : mention.end + 2] if t.text not in "()"]
    if any(t.lower_ in _RIP for t in mention) or (after and after[0] in _RIP):
        return True  # "bridie keane rip", "john walsh (RIP)"
    k = mention.start - 1
    while k >= 0 and doc[k].lower_ in _TITLES:
        k -= 1
    before = [t.lower_ for t in doc[max(0, k - 1) : k + 1]]
    if before[-1:] == ["late"]:
        return True  # "the late tom murphy"
    return len(before) == 2 and before[0] in _FUNERAL and before[1] in ("for", "of")
