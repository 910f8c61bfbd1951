"""Whose a follow-up is when its clause names nobody: "coffee w Rosa …, her boss Dr.
Whitfield is picky about gluten free. follow up monday w quote" is Rosa's, the person the
user met, not the boss named last in passing (trial 27).

The reader first gives such a follow-up to whoever the note was last about (nlp/owners.py);
once it knows who was met, a follow-up that went to someone only mentioned goes back to
the met person the note was about before it. And one follow-up said twice is one."""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import date

from spacy.tokens import Doc

from nlp.people import Person
from nlp.schema import FollowUp

# A pronoun in the follow-up says whom it is for: "email him the menu friday" may well be
# for the boss, and the reader's owner already read it.
_WHOM = frozenset("him her them his their".split())


def main_person(
    doc: Doc, people: Sequence[Person], met: Set[int], owner: Person, at: int, what: str
) -> Person:
    """The person a follow-up at token ``at`` with no name of its own is for: ``owner``,
    unless they were only mentioned and someone was met before it (never a relative of
    someone: "ama is kofi's wife… call friday" is still Kofi's)."""
    if id(owner) in met or not met or _WHOM & set(what.casefold().split()):
        return owner
    since = _clause_start(doc, at)
    if any(since <= m.start < at for m in owner.mentions):
        return owner  # "its kofi i need to call friday": named in the follow-up's clause
    before = [
        (max(m.start for m in p.mentions if m.start < at), p)
        for p in people
        if id(p) in met and not p.is_relative and any(m.start < at for m in p.mentions)
    ]
    return max(before, key=lambda pair: pair[0])[1] if before else owner


def _clause_start(doc: Doc, at: int) -> int:
    """Where the follow-up's clause starts: run-on dictation ("i could intro her to aoife,
    follow up in january") parts its thoughts with commas, not full stops."""
    i = at
    while i > 0 and doc[i - 1].text not in (".", "!", "?", ",") and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def named_in(what: str, people: Sequence[Person]) -> Person | None:
    """ "catch up with oisín", "call tadhg": the one person of the note (no relative) whose
    given name the follow-up's own words say, even where the model read no name there."""
    words = set(what.casefold().split())
    found = [p for p in people if not p.is_relative and p.name.split()[0].casefold() in words]
    return found[0] if len(found) == 1 else None


def once_each(follow_ups: Sequence[FollowUp]) -> list[FollowUp]:
    """ "call him friday … call him friday": one follow-up with a person on a day, the one
    that says most about what to do ("text her thursday about dates" over "text her")."""
    kept: dict[tuple[str | None, date], int] = {}
    out: list[FollowUp] = []
    for f in follow_ups:
        key = (f.person, f.due)
        if key not in kept or f.instead_of:
            kept[key] = len(out)
            out.append(f)
        elif len(f.what) > len(out[kept[key]].what) and f.what != "follow up":
            out[kept[key]] = f
    return out
