"""A parent said by their child's name: "enzo ferrari was there too, marco's dad, has the
chippy on dumbarton road". Enzo is the one met and what follows is his; Marco, named only
as whose dad he is, is his child (trial 31: Marco became a contact and Enzo lost all he
said)."""

from __future__ import annotations

from spacy.tokens import Doc

from nlp.people import RELATIVES, Person

_PARENTS = frozenset("father mother parent stepfather stepmother".split())
_CHILD = {"m": "son", "f": "daughter"}
_STOPS = frozenset(". ! ? ;".split())


def parents_said_of_a_child(doc: Doc, people: list[Person]) -> None:
    """ "<name> …, <child>'s dad,": the one named before is the contact, the child their son
    or daughter, when the child is named nowhere else in the note."""
    for child in people:
        said = child.mentions[0]
        if child.known or len(child.mentions) != 1 or said.start < 2:
            continue
        if doc[said.start - 1].text not in (",", "-", "–", "—") or said.end + 1 >= len(doc):
            continue
        if doc[said.end].lower_ not in ("'s", "’s"):
            continue
        word = RELATIVES.get(doc[said.end + 1].lower_, ("", ""))[0]
        if word not in _PARENTS:
            continue
        parent = _named_before(doc, people, said.start - 1)
        if parent is None or (parent.is_relative and parent.of is not child):
            continue
        if child.is_relative and child.of is not parent:
            continue
        parent.relation, parent.of = None, None
        child.relation, child.of = _CHILD.get(child.gender, "child"), parent


def _named_before(doc: Doc, people: list[Person], at: int) -> Person | None:
    """The one named last before `at` in the same sentence."""
    before = [(m.start, p) for p in people for m in p.mentions if m.end <= at]
    if not before:
        return None
    start, person = max(before, key=lambda sp: sp[0])
    if any(t.text in _STOPS for t in doc[start:at]) or at - start > 12:
        return None
    return person
