"""`rapport transcribe FILE... [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from nlp.speech import Transcriber
from tests.voice.conftest import FIXTURES

# Left out of `make test-fast`: the speech model in a `rapport` process.
pytestmark = pytest.mark.slow


def test_transcribe_prints_one_json_object_per_file(
    transcriber: Transcriber, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"not audio")
    files = [str(FIXTURES / "david.ogg"), str(FIXTURES / "silence.ogg"), str(broken)]
    assert main(["transcribe", *files, "--json"]) == 1  # one file failed
    david, silence, failed = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert david["file"] == files[0]
    assert "David Miller" in david["text"]
    assert david["audio_seconds"] == pytest.approx(6.9, abs=0.5)
    assert david["seconds"] > 0
    assert silence["text"] == ""
    assert "not readable audio" in failed["error"]


def test_transcribe_prints_plain_text_for_one_file(
    transcriber: Transcriber, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", str(FIXTURES / "silence.ogg")]) == 0
    assert capsys.readouterr().out == "\n"
