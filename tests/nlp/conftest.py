from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor


@pytest.fixture(scope="session")
def extractor() -> NoteExtractor:
    """spaCy takes about a second to load: once per test session."""
    return NoteExtractor()
