"""An annotated note as text plus character marks, read from the corpus's JSON format."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

# Named-entity labels the reader is trained on; details are spans with their kind as label.
PERSON, ORG, ROLE = "PERSON", "ORG", "ROLE"
ENTITY = "ent"
DETAIL = "detail"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # ENTITY or DETAIL
    label: str  # PERSON/ORG/ROLE, or the detail's kind
    person: str | None = None  # the person a PERSON mention names, or a detail is about


@dataclass(frozen=True)
class Annotated:
    id: str
    text: str
    marks: tuple[Mark, ...]

    def covered(self, start: int, end: int) -> str:
        return self.text[start:end]


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every place `phrase` stands as whole words in `text` (case as written)."""
    if not phrase.strip():
        return []
    pattern = r"(?<![\w])" + re.escape(phrase) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _first_free(spots: list[tuple[int, int]], used: set[tuple[int, int]]) -> tuple[int, int] | None:
    for spot in spots:
        if spot not in used:
            return spot
    return spots[0] if spots else None


def read_note(note: dict[str, Any]) -> Annotated:
    """The note's text with every person mention, organisation, role and detail marked."""
    text: str = note["text"]
    ents: list[Mark] = []
    for person in note.get("people", []):
        for mention in person.get("mentions", []):
            for start, end in occurrences(text, mention):
                ents.append(Mark(start, end, ENTITY, PERSON, person["name"]))
    for org in note.get("orgs", []):
        for start, end in occurrences(text, org):
            ents.append(Mark(start, end, ENTITY, ORG))
    used_roles: set[tuple[int, int]] = set()
    for person in note.get("people", []):
        for role in person.get("roles", []):
            spot = _first_free(occurrences(text, role), used_roles)
            if spot is not None:
                used_roles.add(spot)
                ents.append(Mark(spot[0], spot[1], ENTITY, ROLE, person["name"]))
    details: list[Mark] = []
    used: set[tuple[int, int]] = set()
    for detail in note.get("details", []):
        spot = _first_free(occurrences(text, detail["text"]), used)
        if spot is None:  # verbatim but not on word boundaries ("2nd-hand CNC,"): keep as is
            at = text.find(detail["text"])
            if at < 0:
                continue
            spot = (at, at + len(detail["text"]))
        used.add(spot)
        details.append(Mark(spot[0], spot[1], DETAIL, detail["kind"], detail["person"]))
    return Annotated(note["id"], text, tuple(_without_overlaps(ents)) + tuple(details))


def _without_overlaps(ents: list[Mark]) -> list[Mark]:
    """Entities may not overlap: the longer one wins ("Nowak" inside "Nowak Metal")."""
    kept: list[Mark] = []
    for mark in sorted(ents, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def shifted(mark: Mark, start: int, end: int) -> Mark:
    return replace(mark, start=start, end=end)
