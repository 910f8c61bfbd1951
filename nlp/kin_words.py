"""Words for a partner or relative from other languages and Englishes, said before a name
the way "wife" and "brother" are: "her sambo erik" (Swedish), "su pololo diego" (Chilean),
"sa blonde mélanie" (Québécois), "her tāne wiremu" (te reo Māori), "her oppa jun" (Korean),
"his bhai rohit" (Hindi and Urdu), "his de facto kylie" (Australian), "her other half rohan".
"""

from __future__ import annotations

from spacy.tokens import Doc

# word -> (the English relation, the relative's gender or "")
WORLD_RELATIVES: dict[str, tuple[str, str]] = {
    # Swedish, Spanish (Chile's "pololo"), French (Québec's "blonde" and "chum")
    "sambo": ("partner", ""), "särbo": ("partner", ""), "fru": ("wife", "f"),
    "dotter": ("daughter", "f"), "bror": ("brother", "m"), "syster": ("sister", "f"),
    "pololo": ("boyfriend", "m"), "polola": ("girlfriend", "f"), "novio": ("boyfriend", "m"),
    "novia": ("girlfriend", "f"), "esposo": ("husband", "m"), "esposa": ("wife", "f"),
    "marido": ("husband", "m"), "hijo": ("son", "m"), "hija": ("daughter", "f"),
    "hermano": ("brother", "m"), "hermana": ("sister", "f"), "blonde": ("partner", "f"),
    "chum": ("partner", "m"), "copine": ("girlfriend", "f"), "copain": ("boyfriend", "m"),
    "conjoint": ("partner", "m"), "conjointe": ("partner", "f"), "mari": ("husband", "m"),
    "femme": ("wife", "f"), "fils": ("son", "m"), "fille": ("daughter", "f"),
    "frère": ("brother", "m"), "sœur": ("sister", "f"), "soeur": ("sister", "f"),
    # te reo Māori, Korean, Hindi and Urdu
    "tāne": ("partner", "m"), "tane": ("partner", "m"), "wahine": ("wife", "f"),
    "oppa": ("brother", "m"), "hyung": ("brother", "m"), "unnie": ("sister", "f"),
    "noona": ("sister", "f"), "bhai": ("brother", "m"), "didi": ("sister", "f"),
    # "her other half rohan", "her better half", "his de facto kylie"
    "half": ("partner", ""), "facto": ("partner", ""),
}  # fmt: skip

# Words that are names or everyday words too ("Aroha Tane", "Mari Lacson", "the blonde
# one", "half the team"): a relative only after a possessive, "her tāne", "sa blonde".
OWNED_ONLY = frozenset(
    "blonde chum mari femme fille fils tāne tane wahine oppa hyung unnie noona bhai didi "
    "half facto hermana hermano".split()
)

# Possessives of the other languages, as the English one they say: "su pololo", "sa
# blonde", "hans fru", "ma blonde". ("son" is an English word: never read as French.)
OTHER_POSSESSIVES = {
    "su": "their", "sus": "their", "sa": "their", "ses": "their", "hans": "his",
    "hennes": "her", "deras": "their", "ma": "my", "mon": "my", "mes": "my", "mi": "my",
    "min": "my",
}  # fmt: skip

# What must come right before "half" and "facto" for them to say a partner.
_BEFORE = {"half": ("other", "better"), "facto": ("de",)}


def kin_words_before(doc: Doc, i: int) -> int:
    """Where the words before the kin word at i start: "other" in "her other half", "de" in
    "his de facto"; i itself for a word said alone."""
    lead = _BEFORE.get(doc[i].lower_)
    if lead is None:
        return i
    return i - 1 if i >= 1 and doc[i - 1].lower_ in lead else -1
