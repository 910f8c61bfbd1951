"""The whisper model, loaded once per test session, and the committed voice fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.voice import shared_transcriber
from nlp.speech import Transcriber, Transcript
from tests.e2e.conftest import fake  # noqa: F401  (the fake Bot API, for the bot tests here)

FIXTURES = Path(__file__).parent / "fixtures"
SENTENCES: dict[str, dict[str, str]] = json.loads((FIXTURES / "sentences.json").read_text())


def fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.ogg").read_bytes()


@pytest.fixture(scope="session")
def transcriber() -> Transcriber:
    """The same process-wide transcriber the coach uses, so the bot tests reuse the model."""
    loaded = shared_transcriber(None, 1)
    loaded.load()
    return loaded


@pytest.fixture(scope="session")
def heard(transcriber: Transcriber) -> dict[str, Transcript]:
    """Each speech fixture transcribed once, without hints."""
    return {name: transcriber.transcribe(fixture(name)) for name in SENTENCES}
