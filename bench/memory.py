"""Start-up time and memory of `rapport run`: idle with spaCy loaded, then after a voice note.

Run: .venv/bin/python bench/memory.py
A real `rapport run` process talks to the fake Bot API; its memory is read from /proc.
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


def process_memory_mb(pid: int) -> dict[str, float]:
    figures = memory_mb(pid)
    return {"rss_mb": figures["VmRSS"], "peak_rss_mb": figures["VmHWM"], "pss_mb": figures["Pss"]}


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
                idle = process_memory_mb(process.pid)
                await alice.send_voice(VOICE.read_bytes(), duration=4)
                voice_started = time.perf_counter()
                replies = [await alice.next_reply(timeout=120) for _ in range(2)]
                voice_to_card = time.perf_counter() - voice_started
                after_voice = process_memory_mb(process.pid)
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
