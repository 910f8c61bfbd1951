"""spaCy in a process of its own (nlp.own_process = true) reads notes as the thread does."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from coach.infra.settings import load_settings
from coach.runtime import ExtractionWorker
from nlp.synonyms import lemmatize
from tests.conftest import NOW

MODEL = "rapport"
NOTE = "met farouk haddad from Globex at the expo, loves sailing, follow up friday"


def die(_nlp: object) -> None:
    """Stops the reading process, as a crash would."""
    os.kill(os.getpid(), 9)


@pytest.fixture(scope="module")
def in_own_process() -> Iterator[ExtractionWorker]:
    worker = ExtractionWorker(MODEL, own_process=True)
    yield worker
    worker.close()


@pytest.mark.slow
async def test_a_note_read_in_its_own_process_reads_as_on_the_thread(
    in_own_process: ExtractionWorker, extraction: ExtractionWorker
) -> None:
    apart = await in_own_process.extract(NOTE, NOW, ["Farouk Haddad"])
    alongside = await extraction.extract(NOTE, NOW, ["Farouk Haddad"])
    assert apart == alongside
    assert [p.name for p in apart.people] == ["Farouk Haddad"]
    assert await in_own_process.with_pipeline(lemmatize, "loves sailing") == ["love", "sail"]


@pytest.mark.slow
async def test_a_reading_process_that_dies_fails_only_what_it_held(
    in_own_process: ExtractionWorker,
) -> None:
    with pytest.raises(BrokenProcessPool):
        await in_own_process.with_pipeline(die)
    found = await in_own_process.extract("met Dana Lee at the expo", NOW, [])
    assert [p.name for p in found.people] == ["Dana Lee"]


# A bot that loaded its reading process, then says so and waits to be killed.
PARENT = f"""
import asyncio, sys
from coach.runtime import ExtractionWorker

async def main():
    worker = ExtractionWorker({MODEL!r}, own_process=True)
    await worker.warm_up()
    print("ready", flush=True)
    await asyncio.sleep(600)

if __name__ == "__main__":
    asyncio.run(main())
"""


@pytest.mark.slow
def test_the_reading_process_ends_quietly_when_the_bot_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    root = Path(__file__).resolve().parent.parent
    parent = subprocess.Popen(
        [sys.executable, str(script)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert parent.stdout is not None and parent.stderr is not None
    assert parent.stdout.readline() == b"ready\n"
    parent.kill()
    parent.wait()
    # The reading process shares the parent's stderr: it reaches its end once that process
    # (and the pool's helpers) are gone too. Before, the worker lived on for good.
    ended = threading.Event()
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: (errors.append(parent.stderr.read()), ended.set()))
    reader.start()
    assert ended.wait(20), "the reading process outlived the bot"
    assert b"Traceback" not in errors[0] and b"Error" not in errors[0], errors[0].decode()


def test_spacy_reads_on_a_thread_unless_told_otherwise_and_old_keys_are_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no config.toml here
    monkeypatch.delenv("RAPPORT_CONFIG", raising=False)
    assert not load_settings().nlp.own_process
    config = tmp_path / "config.toml"
    # A key an earlier release read is ignored, not an error at start-up.
    config.write_text("[nlp]\nown_process = true\nbatch_size = 16\n[storage]\nold_key = 1\n")
    assert load_settings(config).nlp.own_process
