"""Pitch-first coaching: is a draft about them, or about the sale? (see model.py)"""

from nlp.pitch.model import Assessment, PitchAssessor, Reason, Relationship, Verdict, Weights
from nlp.pitch.notes import NoteTip
from nlp.pitch.rewrite import greeted_name

__all__ = [
    "Assessment",
    "NoteTip",
    "PitchAssessor",
    "Reason",
    "Relationship",
    "Verdict",
    "Weights",
    "greeted_name",
]
