"""Secrets never printed: log records, uncaught exceptions in the main thread, other threads
and the event loop, and settings that fail validation."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import threading

import pytest
from pydantic import SecretStr, ValidationError

from bot.redaction import on_loop_error, print_uncaught, redact, redact_secrets, settings_error
from coach.infra.settings import Settings, TelegramSettings

TOKEN = "7000001234:AAHfake-Token_ForRedactionTests0123456789"
WEBHOOK_SECRET = "webhook-secret-for-redaction-tests"
# A bot token no settings know about: shaped like one, so it is masked anyway.
STRANGER = "5550001234:AAStrangerTokenPastedSomewhereElse9876"


@pytest.fixture(autouse=True)
def secrets() -> None:
    redact_secrets(
        Settings(
            telegram=TelegramSettings(
                token=SecretStr(TOKEN), webhook_secret=SecretStr(WEBHOOK_SECRET)
            )
        )
    )


def test_redact_masks_the_settings_secrets_and_anything_shaped_like_a_token() -> None:
    text = f"token {TOKEN}, half {TOKEN.split(':')[1]}, hook {WEBHOOK_SECRET}, other {STRANGER}"
    cleaned = redact(text)
    for secret in (TOKEN, TOKEN.split(":")[1], WEBHOOK_SECRET, STRANGER):
        assert secret not in cleaned
    assert cleaned.count("[redacted]") == 4
    assert redact("chat 1234567 said: hello there") == "chat 1234567 said: hello there"


def test_an_uncaught_exception_prints_its_traceback_without_secrets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert sys.excepthook is print_uncaught
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    printed = capsys.readouterr().err
    assert "Traceback" in printed and "RuntimeError: The token `[redacted]`" in printed
    assert TOKEN not in printed


def test_an_exception_in_another_thread_is_printed_without_secrets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fail() -> None:
        raise ValueError(f"leaked {STRANGER}")

    thread = threading.Thread(target=fail, name="reader")
    thread.start()
    thread.join()
    printed = capsys.readouterr().err
    assert "Exception in reader" in printed and "ValueError: leaked [redacted]" in printed
    assert STRANGER not in printed


async def test_an_error_nobody_awaited_is_logged_without_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(on_loop_error)
    try:

        async def fail() -> None:
            raise RuntimeError(f"token {TOKEN}")

        task = loop.create_task(fail())
        await asyncio.wait([task])
        with caplog.at_level(logging.ERROR):
            del task  # its exception was never retrieved: the loop reports it now
            gc.collect()
    finally:
        loop.set_exception_handler(None)
    assert "never retrieved" in caplog.text and "RuntimeError: token [redacted]" in caplog.text
    assert TOKEN not in caplog.text


def problems(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as info:
        Settings()
    return settings_error(info.value)


def test_bad_settings_name_the_key_and_never_show_a_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A malformed encryption key, and a token pasted into the port.
    report = problems(
        monkeypatch,
        RAPPORT_STORAGE__ENCRYPTION_KEY="not-a-fernet-key-but-still-secret",
        RAPPORT_TELEGRAM__PORT=STRANGER,
        RAPPORT_NUDGES__MAX_PER_DAY="lots",
    )
    lines = report.splitlines()
    assert len(lines) == 3
    assert any(line.startswith("storage.encryption_key: Value error, not a Fernet key")
               and "(given: [redacted])" in line for line in lines)  # fmt: skip
    assert any(line.startswith("telegram.port:") and "[redacted]" in line for line in lines)
    assert any(line.startswith("nudges.max_per_day:") and "'lots'" in line for line in lines)
    assert "not-a-fernet-key" not in report and STRANGER not in report
