"""When news replaces what was known: "Tyler got into Michigan" after "son Tyler is a
senior applying to colleges", "ran the marathon" after "training for a marathon"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from rapidfuzz import fuzz

from coach.phrases import verb_form
from nlp.lexicon import STOP
from nlp.outcomes import DONE
from nlp.people import RELATIVES

# Only news moves on: life news replaces life news, a job replaces a job; interests,
# needs and offers stand side by side.
NEWS_KINDS = frozenset({"family", "plan"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words two unrelated pieces of news share all the time.
_COMMON = frozenset(
    "just really new first next last year years month months week weeks time thing things "
    "getting going looking thinking trying wants wanted want said says back home work "
    "baby kid kids child children family second third another".split()
)
# "colleges" and "college", "apartment" and "apartments": one thing, said twice.
SAME_WORD = 88
# Getting in settles applying, though the plan rarely names the school that said yes.
_GOT_IN = frozenset("into accepted admitted".split())
_APPLYING = frozenset("applying apply applied application applications".split())
_LET_IN = frozenset("accepted admitted".split())


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
    subject ("Tyler", "marathon", "Denver"), and not the same words; or news that a plan is
    done or a need met ("hired the second chef" after needing one)."""
    if new.kind == "plan" and settles(new.text, old):
        return True
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


def settles(news: str, old: FactLike) -> bool:
    """ "finished the marathon" settles "training for a marathon", "hired the second chef"
    settles the need for "a second chef", "got into michigan" settles "applying to
    colleges": news that something is done, about the thing the plan or need was for."""
    if not done(news) or old.kind not in ("plan", "need"):
        return False
    if old.kind == "plan" and _words(news) & _GOT_IN and _words(old.text) & _APPLYING:
        return True
    return about_the_same(news, old.text)


def done(news: str) -> bool:
    """News said in the past of something done ("ran the marathon", "got a chef")."""
    return bool(_words(news) & DONE)


def about_the_same(one: str, other: str) -> bool:
    """Two phrases share a subject, allowing for plurals and typos ("college", "colleges")."""
    theirs = subjects(other) - DONE
    return any(
        fuzz.ratio(word, their) >= SAME_WORD for word in subjects(one) - DONE for their in theirs
    )


def what_changed(name: str, old: FactLike, news: Sequence[FactLike]) -> str | None:
    """The card's sentence for what a later note replaced: "Dana was training for a
    marathon, then finished the marathon", "Marco needed a chef, and no longer does". None
    when it has no good sentence (a correction, a plan said without a verb in -ing)."""
    before = _before(old)
    if before is None:
        return None
    settled = next((n.text for n in news if supersedes(n, old)), None)
    if settled is not None:
        # "accepted to michigan state", as the reader keeps it, is said without its "got";
        # "accepted the quote" is said as it is.
        words = settled.casefold().split()
        got = "got " if words[0] in _LET_IN and words[1:2] in (["to"], ["into"]) else ""
        return f"{name} {before}, then {got}{settled}"
    # A job they wanted of the user, agreed since, is wanted still: "no longer" is untrue.
    if old.kind == "need" and not _asked_of_you(old) and not any(n.kind == "need" for n in news):
        return f"{name} {before}, and no longer does"
    return None


def _before(old: FactLike) -> str | None:
    """What was so, in the past: "needed a second chef", "was applying to colleges"."""
    words = old.text.split()
    if not words:
        return None
    if old.kind == "need":
        if _asked_of_you(old):  # "fit new radiators", of "she wants me to fit…"
            return f"wanted you to {old.text}"
        if words[0].casefold() in ("need", "needs"):
            words = words[1:]
        return f"needed {' '.join(words)}" if words else None
    if old.kind in NEWS_KINDS and words[0].casefold().endswith("ing"):
        return f"was {old.text}"
    return None


def _asked_of_you(need: FactLike) -> bool:
    """A need said as a job for the user ("fit new radiators", "start in the new year"):
    it starts with a verb as it is asked for, not a thing ("a second chef")."""
    first = need.text.split()[0] if need.text.split() else ""
    found = verb_form(first)
    return found is not None and found[1] == "base" and first.casefold() not in _NOT_ASKED


# Verbs a need may start with that still name a thing wanted, not a job asked of the user.
_NOT_ASKED = frozenset("need needs help".split())
