"""How the user addresses someone, when the notes say it: "pastor Femi Adebayo" is Pastor
Femi, "chief Emeka Nwosu" is Chief Emeka, "dr whitfield" is Dr. Whitfield. Greetings and
lines keep it (trial 25: "Hi Femi" to the user's pastor). Only a title the notes used, and
only in the shape they used it: a title that goes with a given name ("Aunty Ngozi") before
the given name, one that goes with a surname ("Dr.", "Mr.", "Reverend") before the surname alone, so
never "Hi Mr. Daniel" or "Hi Rev. John"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Said before a given name, in the cultures that use them: "Pastor Femi", "Nana Kofi".
_WITH_GIVEN = {
    "pastor": "Pastor",
    "chief": "Chief",
    "aunty": "Aunty",
    "auntie": "Auntie",
    "uncle": "Uncle",
    "mama": "Mama",
    "papa": "Papa",
    "nana": "Nana",
    "deacon": "Deacon",
    "deaconess": "Deaconess",
    "sister": "Sister",
    "brother": "Brother",
    "father": "Father",
    "fr": "Fr.",
    "imam": "Imam",
    "rabbi": "Rabbi",
    "elder": "Elder",
    "bishop": "Bishop",
    "sheikh": "Sheikh",
    "alhaji": "Alhaji",
    "alhaja": "Alhaja",
    "evangelist": "Evangelist",
    "tita": "Tita",
    "tito": "Tito",
    "kuya": "Kuya",
}
# Said before a surname only: "Dr. Whitfield", never "Dr. Harold".
_WITH_SURNAME = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "prof": "Prof.",
    "professor": "Professor",
    # "Reverend Mackay" is how a minister is addressed; "Rev. John" is how nobody is.
    "rev": "Reverend",
    "reverend": "Reverend",
}
# "her sister Bisola", "Ji-woo's father": a relation, not a title.
_OWNED = re.compile(r"(?:\b(?:my|his|her|their|our|your|whose)|['’]s)\s+$", re.IGNORECASE)


def addressed(name: str, given: str, notes: Sequence[str]) -> str | None:
    """The name with the title the notes gave it ("Pastor Femi", "Dr. Whitfield"), or None
    when no note addresses them with one. `given`: the name they are greeted by."""
    words = name.split()
    surname = words[-1] if len(words) > 1 else None
    for note in notes:
        said = _titled(note, given, _WITH_GIVEN)
        if said is not None:
            return f"{said} {given}"
        said = _titled(note, surname, _WITH_SURNAME) if surname else None
        if said is not None:
            return f"{said} {surname}"
    return None


def _titled(note: str, name: str | None, titles: dict[str, str]) -> str | None:
    """The title written right before `name` in the note, as it is said; None if none."""
    if not name:
        return None
    pattern = re.compile(
        r"(?<![\w'’-])(" + "|".join(titles) + r")\.?\s+" + re.escape(name) + r"(?![\w'’-])",
        re.IGNORECASE,
    )
    for found in pattern.finditer(note):
        if not _OWNED.search(note[: found.start()]):
            return titles[found.group(1).casefold()]
    return None


# A run of capitalised words, with the small words a name joins them by: "Women in
# Business", "Friends of the Park", "Bloom & Petal".
_CAPITALISED = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|in|the|and|for|de|la|&)\s+)*[A-Z][\w'’-]*)+"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[-–—]\s+)$")


def noted_capitals(notes: Sequence[str]) -> tuple[str, ...]:
    """Names of two words or more the notes wrote with capitals ("Women in Business"), so
    a line quoting them says them so. A capital only there because a sentence starts is
    no name: the run then starts at its second word."""
    found: list[str] = []
    for note in notes:
        for run in _CAPITALISED.finditer(note):
            words = run.group(0).split()
            if _SENTENCE_START.search(note[: run.start()]):
                words = words[1:]
                while words and not words[0][:1].isupper():
                    words = words[1:]
            if len(words) > 1 and not any(w.isupper() and len(w) == 1 for w in words):
                found.append(" ".join(words))
    return tuple(dict.fromkeys(found))
