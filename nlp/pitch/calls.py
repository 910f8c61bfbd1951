"""Pitch checks as plain functions of the pipeline, so they can run wherever it is loaded:
on the worker thread, or in the reading process (they travel there by name)."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

from nlp.pitch.model import Assessment, PitchAssessor, Relationship, quote_asked_for
from nlp.pitch.notes import NoteTip

# One assessor per loaded pipeline: its matchers are compiled against that pipeline's vocab.
_ASSESSORS: dict[int, PitchAssessor] = {}


def assessor_for(nlp: Language) -> PitchAssessor:
    assessor = _ASSESSORS.get(id(nlp))
    if assessor is None or assessor.nlp is not nlp:
        assessor = _ASSESSORS[id(nlp)] = PitchAssessor(nlp)
    return assessor


def assess(nlp: Language, text: str) -> Assessment:
    """A draft to someone Rapport knows nothing about."""
    return assessor_for(nlp).assess(text)


def assess_in_context(
    nlp: Language,
    text: str,
    known: dict[str, Any],
    notes: list[str],
    hook: str | None,
    workplace: str | None = None,
    names: list[str] | None = None,
) -> tuple[Assessment, Relationship]:
    """A draft read against the history with its recipient (`known`: Relationship's fields
    but `they_asked`, which is read from the notes here; `workplace`: their organisation;
    `names`: what they are called, which greets them and recalls nothing they told)."""
    assessor = assessor_for(nlp)
    asked = assessor.they_asked(notes) or quote_asked_for(text, notes)
    relationship = Relationship(**known, they_asked=asked)
    found = assessor.assess(
        text,
        relationship,
        hook,
        details=notes,
        workplace=workplace,
        names=names,
        needs=notes,
        referrals_offered=referrals_offered(notes),
    )
    return found, relationship


# "offered to send me referrals", "keen to swap referrals", "happy to pass clients my way".
_REFERRALS_OFFERED = re.compile(
    r"\b(?:offered|offers|offering|keen|wants?|happy|glad|willing|open|promised|said\s+(?:she|he|"
    r"they)(?:'d|\s+would|\s+will|'ll))\s+(?:to\s+)?(?:send|swap|exchange|trade|pass|share|refer)"
    r"\b[^.!?;]{0,40}?\b(?:referrals?|clients|customers|business|leads|work)\b"
    r"|\b(?:swap|exchange|trade)\s+referrals\b",
    re.IGNORECASE,
)


def referrals_offered(notes: list[str]) -> bool:
    """Do the user's notes about someone say they offered to send or swap referrals? A
    referral asked of them then answers their own offer."""
    return any(_REFERRALS_OFFERED.search(note) for note in notes)


def note_tip(nlp: Language, text: str) -> NoteTip | None:
    return assessor_for(nlp).note_tip(text)
