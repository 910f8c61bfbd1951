"""Webhook mode: secret checked, redeliveries answered once, several processes as one bot."""

from __future__ import annotations

import asyncio
import logging

import pytest

from coach.infra.settings import Settings
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import WebhookFactory, count, update_of

NOTE = "met Sarah Chen from Acme Robotics at the mixer, loves sailing"


async def test_a_redelivered_update_is_answered_once(
    webhooks: tuple[FakeTelegram, WebhookFactory], settings: Settings
) -> None:
    fake, start = webhooks
    alice = fake.user(1001)
    async with start() as hook:
        assert fake.api.webhook_url == "https://bot.example.org/telegram"
        update = update_of(fake, await alice.send(NOTE))
        statuses = await asyncio.gather(*(hook.post(update) for _ in range(3)))
        assert statuses == [200, 200, 200]
        card = await alice.next_reply(timeout=10)
        assert "New contact: Sarah Chen" in card.text
        assert await hook.post(update) == 200  # Telegram retrying much later
        await alice.expect_no_reply()
    assert await count(settings.database.url, "SELECT count(*) FROM notes") == 1
    assert await count(settings.database.url, "SELECT count(*) FROM contacts") == 1


async def test_anything_without_the_secret_gets_403(
    webhooks: tuple[FakeTelegram, WebhookFactory],
) -> None:
    fake, start = webhooks
    alice = fake.user(1001)
    async with start() as hook:
        update = update_of(fake, await alice.send(NOTE))
        assert await hook.post(update, secret=None) == 403
        assert await hook.post(update, secret="guess") == 403
        assert await hook.post({"not": "an update"}) == 400
        await alice.expect_no_reply()


# Valid or not as JSON, none of these is an update; Telegram would retry a 5xx forever.
NOT_UPDATES = {
    "not JSON": b"{nope",
    "an array": b"[1, 2, 3]",
    "null": b"null",
    "a number": b"42",
    "a string": b'"update"',
    "nesting 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
    "nesting deep inside an update":
        b'{"update_id": 8, "message": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "no update_id": b'{"message": {"message_id": 1}}',
    "an update_id that is text": b'{"update_id": "abc"}',
    "an update_id of 2^70": b'{"update_id": 1180591620717411303424}',
    "a negative update_id": b'{"update_id": -5}',
    "true as the update_id": b'{"update_id": true}',
    "a message that is a number": b'{"update_id": 9, "message": 5}',
    "a message without its fields": b'{"update_id": 10, "message": {"text": "hi"}}',
}  # fmt: skip


async def test_a_body_that_is_not_an_update_gets_400_and_no_traceback(
    webhooks: tuple[FakeTelegram, WebhookFactory], caplog: pytest.LogCaptureFixture
) -> None:
    fake, start = webhooks
    alice = fake.user(1001)
    with caplog.at_level(logging.INFO):
        async with start() as hook:
            statuses = {what: await hook.post_body(body) for what, body in NOT_UPDATES.items()}
            # The webhook still works afterwards.
            await hook.post(update_of(fake, await alice.send(NOTE)))
            assert "Sarah Chen" in (await alice.next_reply(timeout=10)).text
    assert statuses == dict.fromkeys(NOT_UPDATES, 400)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_two_processes_behind_one_balancer_behave_as_one_bot(
    webhooks: tuple[FakeTelegram, WebhookFactory], settings: Settings
) -> None:
    fake, start = webhooks
    users = [fake.user(2000 + n) for n in range(4)]
    async with start() as first, start() as second:
        updates = [update_of(fake, await u.send(f"met Person{n} Smith at the expo"))
                   for n, u in enumerate(users)]  # fmt: skip
        # The balancer sends each update to one process, and Telegram redelivers some.
        await asyncio.gather(*(hook.post(u) for u in updates for hook in (first, second)))
        for user in users:
            assert "New contact" in (await user.next_reply(timeout=15)).text
        for user in users:
            await user.expect_no_reply()
    assert await count(settings.database.url, "SELECT count(*) FROM notes") == 4
    assert await count(settings.database.url, "SELECT count(*) FROM contacts") == 4


async def test_healthz_and_metrics(webhooks: tuple[FakeTelegram, WebhookFactory]) -> None:
    fake, start = webhooks
    alice = fake.user(1001)
    async with start() as hook:
        status, body = await hook.get("/healthz")
        assert status == 200 and '"ok"' in body
        await hook.post(update_of(fake, await alice.send(NOTE)))
        await alice.next_reply(timeout=10)
        await fake.settled()  # the update is counted once every handler is done with it
        status, body = await hook.get("/metrics")
        assert status == 200
        for name in (
            'rapport_updates_handled_total{kind="text"}',
            "rapport_handler_seconds_bucket",
            "rapport_notes_saved_total",
            "rapport_nudges_pending 2.0",
            "rapport_nudges_sent_total",
            "rapport_transcription_seconds_total",
        ):
            assert name in body, name
