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
# The gatherings of mourning a note can name as where the family were met, as the reader
# says them: the coach is gentle with whoever was met at one.
MOURNING = frozenset(
    ("funeral", "wake", "removal", "burial", "cremation", "memorial service", "month's mind")
)
_WHOSE = frozenset("the his her their our my".split())
# "funeral director", "the funeral home": a trade and a workplace, not a gathering.
# "the funeral is friday", "funeral next week": one still to come, where nobody was met yet.
_TO_COME = frozenset("is will 's 'll next tomorrow".split())
_NOT_A_FUNERAL = frozenset(
    "director directors home homes parlour parlor celebrant industry business insurance "
    "plan plans planning".split()
)


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


def mourning(doc: Doc, gone: list[Person]) -> str | None:
    """Where the note's people were met when it was a funeral: "funeral", "wake",
    "memorial service". Words that mean other things too ("wake up", "Memorial Day",
    "junk removal") count only in a note that says someone died."""
    died = bool(gone) or any(
        t.lower_ in _RIP or (t.lower_ == "late" and t.i > 0 and doc[t.i - 1].lower_ in _WHOSE)
        for t in doc
    )  # "the late tom okafor" even when the name was not read as a person
    met = any(t.lemma_ == "meet" or t.lower_ in ("met", "chatted", "talked") for t in doc)
    for k, token in enumerate(doc):
        word = token.lower_
        after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if word in _FUNERAL and after in _TO_COME and not met:
            continue  # "funeral is friday": told of, not where anyone was met (trial 25)
        if word in ("funeral", "funerals") and after not in _NOT_A_FUNERAL:
            return "funeral"
        if not died:
            continue
        if word == "memorial" and after == "service":
            return "memorial service"
        if word == "month's" and after == "mind":
            return "month's mind"
        if word in ("wake", "removal", "burial", "cremation") and after != "up":
            return word  # "wake tonight for the late tom okafor" (tagged a verb)
    return None
