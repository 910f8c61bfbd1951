"""Start-up time and memory of `rapport run`: idle with spaCy loaded, then after a voice note.

Run: .venv/bin/python bench/memory.py
A real `rapport run` process talks to the fake Bot API; memory is read from /proc, for the
bot's process and for the reading process it starts (spaCy, nlp.worker). RSS counts the
pages the two share (Python, libraries) twice; PSS splits them, so the PSS total is what the
pair costs.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from harness import record

from tests.fakebot.server import FakeTelegram

VOICE = Path(__file__).resolve().parents[1] / "tests" / "voice" / "fixtures" / "sarah.ogg"


def memory_mb(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, value = line.partition(":")
        if key == "Pss":
            fields["Pss"] = round(int(value.split()[0]) / 1024, 1)
    return fields


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def tree_memory_mb(pid: int) -> dict[str, float]:
    """The bot's process and its reading process, each and together."""
    main = memory_mb(pid)
    figures = {"bot_rss_mb": main["VmRSS"], "bot_peak_rss_mb": main["VmHWM"]}
    readers = [memory_mb(child) for child in children(pid)]
    figures["reader_rss_mb"] = sum(r["VmRSS"] for r in readers)
    figures["total_rss_mb"] = round(main["VmRSS"] + figures["reader_rss_mb"], 1)
    figures["total_pss_mb"] = round(main["Pss"] + sum(r["Pss"] for r in readers), 1)
    return figures


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with FakeTelegram() as fake:
            env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")} | {
                "RAPPORT_TELEGRAM__TOKEN": fake.token,
                "RAPPORT_TELEGRAM__BASE_URL": fake.base_url,
                "RAPPORT_TELEGRAM__BASE_FILE_URL": fake.base_file_url,
                "RAPPORT_DATABASE__URL": f"sqlite+aiosqlite:///{folder}/bench.db",
            }
            alice = fake.user(1001)
            started = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", env=env, cwd=folder,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
            try:
                await alice.send("/start")
                await alice.next_reply(timeout=120)
                startup = time.perf_counter() - started
                await asyncio.sleep(2)
                idle = tree_memory_mb(process.pid)
                await alice.send_voice(VOICE.read_bytes(), duration=4)
                voice_started = time.perf_counter()
                replies = [await alice.next_reply(timeout=120) for _ in range(2)]
                voice_to_card = time.perf_counter() - voice_started
                after_voice = tree_memory_mb(process.pid)
            finally:
                process.kill()
                await process.wait()
    figures = {
        "startup_to_first_reply_s": round(startup, 2),
        "idle": idle,
        "after_first_voice": after_voice,
        "first_voice_note_to_card_s": round(voice_to_card, 2),
        "voice_replies": [r.text[:60] for r in replies],
    }
    for key, value in figures.items():
        print(f"{key}: {value}")
    record("memory_and_startup", figures)


if __name__ == "__main__":
    asyncio.run(main())
