"""`rapport doctor`: check a deployment, printing each check with how to fix it."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot.app import quiet_secret_loggers
from bot.lifecycle import TOKEN_REJECTED
from bot.redaction import redact, redact_secrets
from coach.infra.health import (
    Check,
    check_database,
    check_language_model,
    check_settings,
    check_voice_model,
)
from coach.infra.settings import Settings


async def telegram_checks(settings: Settings) -> list[Check]:
    telegram = settings.telegram
    if telegram.token is None or not telegram.token.get_secret_value():
        return []
    bot = Bot(
        telegram.token.get_secret_value(),
        base_url=telegram.base_url,
        base_file_url=telegram.base_file_url,
    )
    try:
        async with asyncio.timeout(20):
            me = await bot.get_me()
            info = await bot.get_webhook_info()
    except InvalidToken:
        return [Check("telegram", False, TOKEN_REJECTED, "get a new token from @BotFather")]
    except (TelegramError, TimeoutError) as exc:
        return [
            Check(
                "telegram",
                False,
                f"getMe failed: {type(exc).__name__}: {exc}"[:300],
                "check telegram.token and that this machine can reach "
                f"{telegram.base_url.rsplit('/', 1)[0]}",
            )
        ]
    finally:
        await bot.shutdown()
    checks = [Check("telegram", True, f"reachable as @{me.username} (id {me.id})")]
    pending = f"{info.pending_update_count} updates waiting"
    if info.last_error_message:
        pending += f"; last error: {info.last_error_message}"
    if telegram.mode == "polling":
        if info.url:
            checks.append(
                Check(
                    "webhook",
                    False,
                    f"a webhook is set ({info.url}) but this deployment polls",
                    'run `rapport run --webhook` (telegram.mode = "webhook"), or delete the '
                    "webhook: polling deletes it when it starts",
                )
            )
        else:
            checks.append(Check("webhook", True, f"none set (polling); {pending}"))
        return checks
    if telegram.webhook_url and info.url != telegram.webhook_url:
        checks.append(
            Check(
                "webhook",
                False,
                f"Telegram posts to {info.url or 'nowhere'}, not {telegram.webhook_url}",
                "start `rapport run --webhook` once: it sets the webhook on start",
            )
        )
    elif not info.url:
        checks.append(
            Check(
                "webhook",
                False,
                "no webhook set at Telegram",
                "set telegram.webhook_url to the public https URL of the webhook path",
            )
        )
    else:
        ok = not info.last_error_message
        checks.append(
            Check(
                "webhook",
                ok,
                f"{info.url}; {pending}",
                ""
                if ok
                else "check the reverse proxy routes to telegram.listen:port and the "
                "certificate is valid",
            )
        )
    return checks


async def run_checks(settings: Settings) -> list[Check]:
    checks = [check_settings(settings)]
    checks += await check_database(settings)
    loop = asyncio.get_running_loop()
    checks.append(await loop.run_in_executor(None, check_language_model, settings))
    checks.append(await loop.run_in_executor(None, check_voice_model, settings))
    checks += await telegram_checks(settings)
    return checks


def doctor(settings: Settings, out: TextIO = sys.stdout) -> int:
    """Print every check, secrets removed; 1 if any failed."""
    quiet_secret_loggers()
    redact_secrets(settings)
    checks = asyncio.run(run_checks(settings))
    for check in checks:
        print(redact(f"{'OK  ' if check.ok else 'FAIL'} {check.name}: {check.detail}"), file=out)
        if not check.ok and check.fix:
            print(redact(f"     fix: {check.fix}"), file=out)
    failed = sum(not c.ok for c in checks)
    print("all checks passed" if not failed else f"{failed} check(s) failed", file=out, flush=True)
    return 1 if failed else 0
