"""Webhook mode: secret checked, redeliveries answered once, several processes as one bot."""

from __future__ import annotations

import asyncio

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
