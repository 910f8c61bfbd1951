"""The `rapport` command as a user runs it: extract, chat, run without a token, db upgrade."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.infra.formats import unfold
from tests.test_contact_details import PHONE_VCARD

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


def test_a_phone_vcard_imports_on_a_fresh_database_and_exports_back_whole(
    tmp_path: Path,
) -> None:
    (tmp_path / "phone.vcf").write_bytes(PHONE_VCARD.encode())
    imported = run(["import", "--user", "1001", "phone.vcf"], tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == ["Imported phone.vcf:", "  added 1: María Rodríguez"]
    exported = run(["export", "--user", "1001", "--format", "vcard"], tmp_path)
    assert exported.returncode == 0, exported.stderr
    lines = unfold(exported.stdout)
    assert "TEL:+1 312 555 0142" in lines and "EMAIL;TYPE=INTERNET:maria@example.com" in lines
    assert "X-RAPPORT-FACT;TYPE=other:has two kids and a dog named Rex\\, loves sailing" in lines


def test_cli_errors_are_one_friendly_line_and_a_failing_exit(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("just some words\n")
    cases = {
        ("import", "--user", "1", "missing.vcf"): "there is no file missing.vcf",
        ("import", "--user", "1", "notes.txt"): "I couldn't read contacts from notes.txt",
        ("export", "--user", "1", "--format", "pdf"): "there is no export format called pdf",
        ("export", "--user", "12345"): "there is no user 12345 in this database",
    }
    for args, message in cases.items():
        result = run(list(args), tmp_path)
        assert result.returncode == 1, args
        assert result.stdout == "", args
        assert result.stderr.startswith(f"rapport: {message}"), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)


def test_a_json_backup_restores_through_the_cli(tmp_path: Path) -> None:
    chat = run(["chat"], tmp_path, stdin="met Sarah Chen from Acme Robotics, loves sailing\n")
    assert chat.returncode == 0, chat.stderr
    exported = run(["export", "--user", "0", "-o", "rapport.json"], tmp_path)
    assert exported.returncode == 0, exported.stderr
    restored = run(["import", "--user", "42", "rapport.json"], tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("📥 Restored your backup rapport.json: 1 contact, 1 note")


def test_chat_with_now_lives_through_weeks_in_a_script(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "met Dana Lee at the chamber breakfast, loves tango",
            "/wait 2d",
            "3",  # ✅ Done, numbered on from the note's Undo (1) and Fix (2)
            "/wait 2w",
            "/export ics",
        ]
    )
    result = run(["chat", "--now", "2026-11-26T09:00", "--files", "out"], tmp_path, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Nice-to-meet-you time: Dana Lee" in out
    assert "Logged your touch with Dana Lee" in out
    assert "A chance to give first: Dana Lee" in out
    assert "Your week, 23 Nov – 29 Nov 2026" in out
    assert (tmp_path / "out" / "rapport-follow-ups.ics").exists()
    assert "I don't know that command" not in out and "Traceback" not in result.stderr
    bad = run(["chat", "--now", "someday"], tmp_path)
    assert bad.returncode == 2 and "--now someday" in bad.stderr


def test_importing_a_file_that_is_no_contacts_file_says_so_in_one_line(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    (tmp_path / "garbage.vcf").write_bytes(bytes(range(256)) * 20)
    result = run(["import", "--user", "5", "garbage.vcf"], tmp_path)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("rapport: I couldn't read contacts from garbage.vcf (no contacts")
    missing = run(["import", "--user", "5", "nowhere.vcf"], tmp_path)
    assert missing.returncode == 1
    [line] = missing.stderr.strip().splitlines()
    assert line.startswith("rapport: there is no file nowhere.vcf")
