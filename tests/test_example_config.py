"""A user who starts from config.example.toml gets the coach the README describes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.infra.settings import Settings, load_settings
from coach.runtime import ExtractionWorker
from tests.conftest import NOW

EXAMPLE = Path(__file__).resolve().parents[1] / "config.example.toml"


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The settings of a user who copied the example file to ./config.toml."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RAPPORT_CONFIG", raising=False)
    shutil.copy(EXAMPLE, tmp_path / "config.toml")
    return load_settings()


async def test_the_example_config_reads_notes_with_the_trained_reader(copied: Settings) -> None:
    # Trial 21: the example named the base spaCy model, so a copied config lost lowercase
    # names the shipped reader finds ("coffee w mele taufa tmrw" saved no contact).
    worker = ExtractionWorker(copied.nlp.model)
    try:
        out = await worker.extract("coffee w mele taufa tmrw arvo, she's a realtor", NOW, ())
    finally:
        worker.close()
    assert [p.name for p in out.people] == ["Mele Taufa"]


def test_the_example_config_keeps_the_defaults_it_documents(copied: Settings) -> None:
    assert copied.nlp.model == Settings().nlp.model
    assert copied.coach.default_timezone == Settings().coach.default_timezone
