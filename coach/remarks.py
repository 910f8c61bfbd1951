"""What the user thinks of someone, said after a fact in a note: "offered to send me some
leads, lovely", "can lend me a van great guy", "introduce me to her printer, what a star".
The reader keeps it as part of the fact; the card, the nudges and /find must not (trial 30:
"Offers: send you leads lovely")."""

from __future__ import annotations

import re

# One word of praise or a laugh, after the fact.
_WORDS = r"lovely|legend|brilliant|amazing|awesome|fab|fabulous|lol|haha|great|nice|cool|star"
# Someone praised: "great guy", "top bloke", "(what) a star", "such a gem", "legend".
_PERSON = (
    r"(?:guy|gal|girl|bloke|lady|woman|man|chap|fella|fellow|dude|sort|egg|human|person|"
    r"star|superstar|gem|legend|diamond|hero|saint|treasure|godsend|lifesaver)"
)
_KIND = r"(?:top|good|great|sound|lovely|nice|solid|decent|cool|awesome|real|genuine|such a)"
_PRAISED = rf"(?:(?:what|such)\s+an?\s+|an?\s+|absolute\s+)?(?:{_KIND}\s+)*{_PERSON}"
# After a comma or a dash: a word of praise, someone praised, or "what" left of "what a
# star" when the reader cut the rest off.
_AFTER_COMMA = re.compile(
    rf"\s*[,;\-–—]\s*(?:(?:{_WORDS})!*|{_PRAISED}!*|what|love (?:her|him|them))\s*$",
    re.IGNORECASE,
)
# With no comma: someone praised in two words or more ("great guy", "what a star"), or one
# word of praise that no "is" or "so" makes part of the fact ("her garden is lovely").
_TRAILING = re.compile(
    rf"\s+(?:(?:what|such)\s+an?\s+(?:{_KIND}\s+)*{_PERSON}|(?:{_KIND}\s+)+{_PERSON})!*\s*$",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"\s+(lovely|legend|lol|haha|brilliant|amazing|awesome|fab)!*\s*$", re.I)
_KEEPS = frozenset(
    "is was are were be been being 's looks looked sounds sounded seems seemed so very "
    "really too pretty quite most more just".split()
)


def without_remark(text: str) -> str:
    """The fact without the user's remark after it; the text as it was when the remark
    would be all there is, or is part of what the fact says ("her mum is a lovely lady")."""
    cut = _AFTER_COMMA.sub("", text)
    for trailing in (_TRAILING, _ONE_WORD):
        found = trailing.search(cut)
        # one capitalised word is a name: "taking the kids to see Lovely"
        named = trailing is _ONE_WORD and found is not None and found.group(1)[:1].isupper()
        if found is not None and not named and _free(cut[: found.start()]):
            cut = cut[: found.start()]
    return cut.strip(" ,;-–—") or text.strip()


_ARTICLES = frozenset("a an the".split())


def _free(before: str) -> bool:
    """The words before a remark end a fact of their own: not "is", "so" or "a" before it,
    which make the remark part of what is said."""
    words = before.split()
    if not words:
        return False
    last = words[-1].casefold().replace("’", "'")
    return last not in _KEEPS and last not in _ARTICLES and not last.endswith("'s")
