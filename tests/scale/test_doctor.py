"""`rapport doctor` against the fake Bot API and a real database."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.doctor import doctor
from bot.lifecycle import TOKEN_REJECTED
from coach.infra.settings import DatabaseSettings, Settings, TelegramSettings
from tests.fakebot.server import FakeTelegram

# Left out of `make test-fast`: loads the speech model.
pytestmark = pytest.mark.slow


async def test_doctor_passes_a_good_deployment_and_explains_a_bad_one(
    settings: Settings, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        telegram = TelegramSettings(
            token=SecretStr(fake.token), base_url=fake.base_url, base_file_url=fake.base_file_url
        )
        good = settings.model_copy(update={"telegram": telegram})
        out = io.StringIO()
        assert await asyncio.to_thread(doctor, good, out) == 0, out.getvalue()
        report = out.getvalue()
        for name in ("settings", "database", "migrations", "spacy model", "voice model"):
            assert f"OK   {name}" in report
        assert "OK   telegram: reachable as @rapport_test_bot" in report
        assert "OK   webhook: none set (polling)" in report

        fake.api.webhook_url = "https://elsewhere.example.org/hook"
        bad = good.model_copy(
            update={
                "database": DatabaseSettings(url=f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"),
                "telegram": telegram.model_copy(update={"mode": "webhook"}),
            }
        )
        out = io.StringIO()
        assert await asyncio.to_thread(doctor, bad, out) == 1
        report = out.getvalue()
        assert "FAIL settings: webhook mode without a secret" in report
        assert "FAIL migrations: schema at nothing" in report
        assert "fix: run `rapport db upgrade`" in report


async def test_doctor_says_a_token_was_rejected_without_printing_it(settings: Settings) -> None:
    wrong = "123456789:AAWrongTokenThatTelegramRejects0123456"
    async with FakeTelegram() as fake:
        telegram = TelegramSettings(
            token=SecretStr(wrong), base_url=fake.base_url, base_file_url=fake.base_file_url
        )
        out = io.StringIO()
        bad = settings.model_copy(update={"telegram": telegram})
        assert await asyncio.to_thread(doctor, bad, out) == 1
    report = out.getvalue()
    assert f"FAIL telegram: {TOKEN_REJECTED}" in report
    assert wrong not in report and wrong.split(":")[1] not in report
