"""The user's contacts as the reader sees them: a note that spells a known name means them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from nlp.lexicon import INSTITUTION_WORDS

# What the user has told Rapport of a known contact that helps read a note about them, by
# every name they go by: their pronoun ("he", "she" or None), and whether they are
# someone's relative (a child is not who a later "he offered to send me clients" is).
KnownTraits = dict[str, tuple[str | None, bool]]


@dataclass(frozen=True)
class KnownNames:
    """The user's contacts by their words, so a note that spells one is read as that person.

    A plain dictionary from lowercased token sequences to names: building it for thousands
    of contacts is cheap, and looking a note up costs a few probes per token, whatever the
    size of the Rolodex.
    """

    phrases: dict[tuple[str, ...], str]  # lowercased words -> the contact's name
    names: frozenset[str]
    longest: int

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(name, start, end) for every run of tokens spelling a known name, by position."""
        words = [t.lower_ for t in doc]
        found = []
        for start in range(len(words)):
            for end in range(start + 1, min(start + self.longest, len(words)) + 1):
                name = self.phrases.get(tuple(words[start:end]))
                if name is not None and not _begins_a_firm(doc, end):
                    found.append((name, start, end))
        return found


def _begins_a_firm(doc: Doc, end: int) -> bool:
    """ "from Grace Fellowship", "at Hope Church": a name followed by a word that ends a
    church's, school's or society's name is the start of that name, not the contact."""
    return end < len(doc) and doc[end].lower_ in INSTITUTION_WORDS


# Titles said with a surname alone ("dr whitfield", "pastor okafor") that say nothing of
# whether the person is a man or a woman: "mrs bakare" with Olumide Bakare known is likely
# his wife, so "mr", "mrs" and the like are not here.
_NEUTRAL_TITLES = (
    "dr dr. doctor prof prof. professor pastor rev rev. reverend engr engr. judge chief "
    "coach deacon elder bishop imam rabbi captain capt capt.".split()
)
# The same titles as a note's words (nlp.known.name_words): a note with one may name a
# contact by surname alone.
SURNAME_TITLES = frozenset(t.rstrip(".") for t in _NEUTRAL_TITLES)


def build_known_names(
    names: Iterable[str], words: Callable[[str], tuple[str, ...]]
) -> KnownNames | None:
    """`words` tokenises a name into lowercased words, as the pipeline's tokenizer does."""
    full = sorted({n.strip() for n in names if n and n.strip()})
    if not full:
        return None
    display: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for name in full:
        display[name.lower()] = name
        firsts.setdefault(name.split()[0].lower(), []).append(name)
    # A bare first name only resolves when exactly one contact has it.
    for first, owners in firsts.items():
        if len(owners) == 1 and first not in display:
            display[first] = owners[0]
    phrases: dict[tuple[str, ...], str] = {}
    for key, value in display.items():
        phrases.setdefault(words(key), value)
    for key, value in _by_title(full).items():
        phrases.setdefault(words(key), value)
    return KnownNames(phrases, frozenset(full), max(len(p) for p in phrases))


def _by_title(full: list[str]) -> dict[str, str]:
    """ "dr whitfield" -> Harold Whitfield: a title and a surname only one contact has."""
    surnames: dict[str, list[str]] = {}
    for name in full:
        parts = name.split()
        if len(parts) > 1:
            surnames.setdefault(parts[-1].lower(), []).append(name)
    return {
        f"{title} {surname}": owners[0]
        for surname, owners in surnames.items()
        if len(owners) == 1
        for title in _NEUTRAL_TITLES
    }


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def name_words(text: str) -> set[str]:
    """The words of a note that could begin a contact's name, casefolded like stored name
    keys: each word, the word without a possessive 's, and its hyphen or apostrophe parts.
    Only contacts whose name starts with one of these can be named in the note."""
    words: set[str] = set()
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        words.add(word)
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                words.add(word[: -len(suffix)])
        words.update(part for part in re.split(r"['’-]", word) if part)
    return words
