"""The user's note to self after a dash: "made redundant from the hosiery factory - go
gently", "mum had a hip op - ask how shes doing next thurs". It is how the user means to
be with them, or what to do, never part of what the contact said or did (trial 29: Abdi's
card said "made redundant from the hosiery factory last month - go gently")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

DASHES = frozenset("- – — --".split())
# How a note to self opens: an instruction to the user, or a hedge before one.
_TO_SELF = frozenset(
    "go be tread ask check send call ring text email ping remember don't dont do not never "
    "maybe follow chase mention see pop drop avoid keep careful gently".split()
)


def aside_at(tokens: Sequence[Token]) -> int | None:
    """Where a note to self begins among `tokens` (the dash before it), or None."""
    for at, token in enumerate(tokens[:-1]):
        spaced = bool(tokens[at - 1].whitespace_) and bool(token.whitespace_)  # not "on-call"
        if at and spaced and token.text in DASHES and tokens[at + 1].lower_ in _TO_SELF:
            return at
    return None
