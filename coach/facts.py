"""When news replaces what was known: "Tyler got into Michigan" after "son Tyler is a
senior applying to colleges", "ran the marathon" after "training for a marathon"."""

from __future__ import annotations

import re
from typing import Protocol

from nlp.lexicon import STOP
from nlp.people import RELATIVES

# Only news moves on: life news replaces life news, a job replaces a job; interests,
# needs and offers stand side by side.
NEWS_KINDS = frozenset({"family", "plan"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words two unrelated pieces of news share all the time.
_COMMON = frozenset(
    "just really new first next last year years month months week weeks time thing things "
    "getting going looking thinking trying wants wanted want said says back home work "
    "baby kid kids child children family".split()
)


class FactLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...


def subjects(text: str) -> set[str]:
    """The words a piece of news is about: names, places, things; not its grammar."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return {
        w
        for w in words
        if len(w) >= 4 and w not in STOP and w not in _COMMON and w not in RELATIVES
    }


def supersedes(new: FactLike, old: FactLike) -> bool:
    """`new` is later news about the same thing as `old`: both life news, about a shared
    subject ("Tyler", "marathon", "Denver"), and not the same words."""
    same_job = new.kind == old.kind == "work"
    if not same_job and (new.kind not in NEWS_KINDS or old.kind not in NEWS_KINDS):
        return False
    if new.text.casefold() == old.text.casefold():
        return False
    # "nurse" after "pediatric nurse" says less, not something new.
    if _words(new.text) <= _words(old.text):
        return False
    return bool(subjects(new.text) & subjects(old.text))


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}
