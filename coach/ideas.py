"""A concrete, personal reason to reach out, drawn from what the user knows about someone.

Relationship first: every idea asks about them or gives them something. None of these
words ever appear: pitch, sell, close.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.views import FactView

INTRO_PREFIX = re.compile(r"^(an? )?(intro|introduction)s? to ", re.IGNORECASE)


@dataclass(frozen=True)
class Person:
    name: str
    met_at: str | None
    facts: Sequence[FactView]

    @property
    def first(self) -> str:
        return self.name.split()[0]


def _of(person: Person, *kinds: str) -> list[str]:
    return [f.text for f in person.facts if f.kind in kinds]


def _pick(options: list[str], turn: int) -> str:
    # Rotate through what we know, so the fifth nudge doesn't repeat the first.
    return options[turn % len(options)]


def need_keyword(need: str) -> str:
    words = re.findall(r"[\w'-]+", INTRO_PREFIX.sub("", need))
    return words[-1].lower() if words else need


def introduce(first: str, need: str) -> str:
    wanted = INTRO_PREFIX.sub("", need).strip()
    return f"Introduce {first} to {wanted} you know: /find {need_keyword(need)}"


def idea(person: Person, kind: str, reason: str = "", turn: int = 0) -> str:
    """One line: what to reach out about."""
    first = person.first
    asks_about = _of(person, "family", "interest")
    needs = _of(person, "need")
    if kind == "follow_up" and reason:
        return f"Follow up with {first} about {reason}"
    if kind == "first":
        where = f" at the {person.met_at}" if person.met_at else ""
        if asks_about:
            topic = _pick(asks_about, turn)
            return f"Say it was good to meet{where}, and ask {first} about {topic}"
        return f"Say it was good to meet{where}, and ask {first} what they're working on"
    if kind == "give_value":
        if needs:
            return introduce(first, _pick(needs, turn))
        interests = _of(person, "interest")
        if interests:
            return f"Send {first} something useful about {_pick(interests, turn)}"
        return f"Give {first} something first: an article, an intro or an event invite"
    if asks_about:
        return f"Ask {first} about {_pick(asks_about, turn)}"
    if needs:
        return f"Ask {first} how the search for {INTRO_PREFIX.sub('', needs[0])} is going"
    return f"Check in with {first}: ask what's new with them"


def opener(person: Person, kind: str, reason: str = "", turn: int = 0) -> str:
    """A short first line the user can copy and make their own."""
    first = person.first
    greeting = f"Hi {first}, "
    asks_about = _of(person, "family", "interest")
    needs = _of(person, "need")
    if kind == "follow_up" and reason:
        return f"{greeting}I was thinking about {reason}. How are things going on your side?"
    if kind == "first":
        where = f" at the {person.met_at}" if person.met_at else ""
        ask = (
            f"How's {_pick(asks_about, turn)} going?"
            if asks_about
            else "What are you working on this month?"
        )
        return f"{greeting}it was great to meet you{where}! {ask}"
    if kind == "give_value" and needs:
        wanted = INTRO_PREFIX.sub("", _pick(needs, turn))
        return (
            f"{greeting}you mentioned looking for {wanted}. I know someone who might help; "
            "happy to introduce you if that's useful."
        )
    if asks_about:
        return f"{greeting}I've been meaning to ask: how's {_pick(asks_about, turn)} going?"
    return f"{greeting}it's been a while! What's new with you?"
