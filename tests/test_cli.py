"""The `rapport` command as a user runs it: extract, chat, run without a token, db upgrade."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Left out of `make test-fast`: whole `rapport` processes.
pytestmark = pytest.mark.slow

RAPPORT = [sys.executable, "-m", "bot.cli"]


def run(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("RAPPORT_") or k == "RAPPORT_TEST_POSTGRES_URL"
    }
    environment |= {"RAPPORT_DATABASE__URL": f"sqlite+aiosqlite:///{tmp_path / 'r.db'}"} | env
    return subprocess.run(
        RAPPORT + args,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )


def test_extract_one_note_as_json(tmp_path: Path) -> None:
    result = run(
        [
            "extract",
            "met sarah chen from acme robotics at the chamber breakfast, loves sailing. "
            "follow up friday about the mentoring program",
            "--json",
            "--now",
            "2026-11-26T10:00:00",
            "--tz",
            "UTC",
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["people"][0]["name"] == "Sarah Chen"
    assert data["people"][0]["org"] == "Acme Robotics"
    assert {"kind": "interest", "text": "sailing"} in data["people"][0]["facts"]
    assert data["follow_ups"] == [
        {"due": "2026-11-27", "what": "mentoring program", "person": "Sarah Chen"}
    ]
    assert data["event"] == "chamber breakfast"
    assert set(data) == {"people", "orgs", "topics", "follow_ups", "event", "ledger", "changes"}
    assert data["changes"] == []


def test_extract_reads_one_note_per_line_from_stdin(tmp_path: Path) -> None:
    notes = "met john from acme\n\nmet priya at the BNI lunch\n"
    result = run(["extract", "--json", "--now", "2026-11-26T10:00:00"], tmp_path, stdin=notes)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert [p["name"] for p in lines[0]["people"]] == ["John"]
    assert lines[1]["people"] == []
    assert lines[2]["event"] == "BNI lunch"


def test_chat_is_scriptable_and_keeps_what_it_is_told(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "met Sarah Chen from Acme Robotics at the mixer, loves sailing",
            "/people",
            "/person sarah",
            "/find sailing",
            "/frobnicate",
            "/check @sarah Hi Sarah! Book a demo this week, 20% off until Friday.",
            "/undo",
            "/people",
        ]
    )
    result = run(["chat"], tmp_path, stdin=script + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "New contact: Sarah Chen (Acme Robotics)" in out
    assert "Your people (1)" in out
    assert "into: sailing" in out.lower() or "Into: sailing" in out
    assert "I don't know that command" in out
    assert "Pitch-first" in out and "20% off" in out
    assert "Undone" in out
    assert out.rstrip().endswith("No contacts yet. Send me a note after your next coffee or mixer.")
    assert "<b>" not in out  # terminal text, not Telegram HTML


def test_run_without_a_token_names_the_setting(tmp_path: Path) -> None:
    result = run(["run"], tmp_path)
    assert result.returncode == 2
    assert "RAPPORT_TELEGRAM__TOKEN" in result.stderr


def test_start_without_a_token_falls_back_to_the_console(tmp_path: Path) -> None:
    result = run(["start"], tmp_path, stdin="/help\n")
    assert result.returncode == 0, result.stderr
    assert "RAPPORT_TELEGRAM__TOKEN" in result.stderr
    assert "/find" in result.stdout


def test_a_bad_setting_fails_with_its_key(tmp_path: Path) -> None:
    result = run(["run"], tmp_path, RAPPORT_NUDGES__FIRST_FOLLOW_UP_AFTER="soon")
    assert result.returncode == 2
    assert "nudges.first_follow_up_after" in result.stderr
    missing = run(["--config", str(tmp_path / "nope.toml"), "chat"], tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


@pytest.mark.parametrize("command", [["db", "upgrade"]])
def test_db_upgrade_creates_the_schema(tmp_path: Path, command: list[str]) -> None:
    result = run(command, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "database is at revision" in result.stdout
    assert (tmp_path / "r.db").exists()


def test_importing_a_file_that_is_no_contacts_file_says_so_in_one_line(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    (tmp_path / "garbage.vcf").write_bytes(bytes(range(256)) * 20)
    result = run(["import", "--user", "5", "garbage.vcf"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "rapport: garbage.vcf is not a vCard or CSV file I can read (no contacts in it)"
    ]
    missing = run(["import", "--user", "5", "nowhere.vcf"], tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        "rapport: cannot read nowhere.vcf: No such file or directory"
    ]
