"""Webhook mode: an aiohttp server Telegram posts updates to, plus /healthz and /metrics.

POST <telegram.webhook_path>: the secret header is checked (403 otherwise), the update is
claimed in the database (a redelivery is acknowledged and dropped) and only then
acknowledged, so once Telegram has its 200 the update survives this process. Several
processes behind one load balancer, on one PostgreSQL database, behave as one bot.
Serve plain HTTP behind a TLS-terminating reverse proxy, or set telegram.tls_cert/tls_key.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
import ssl

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.app import prepare, release
from bot.context import coach_of_app
from bot.updates import enqueue_claimed, take
from coach.infra import metrics
from coach.infra.health import database_ok, refresh_gauges
from coach.infra.settings import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PTB_APP = web.AppKey("ptb", Application)
SETTINGS = web.AppKey("settings", Settings)


class MissingSecret(Exception):
    pass


def web_app(app: Application, settings: Settings) -> web.Application:
    """The HTTP side; mount it in any aiohttp runner (e.g. gunicorn's aiohttp worker)."""
    server = web.Application(client_max_size=4 * 1024 * 1024)
    server[PTB_APP] = app
    server[SETTINGS] = settings
    if settings.telegram.mode == "webhook":
        server.router.add_post(settings.telegram.webhook_path, receive)
    server.router.add_get("/healthz", healthz)
    if settings.metrics.enabled:
        server.router.add_get("/metrics", prometheus)
    return server


def secret_matches(given: str | None, settings: Settings) -> bool:
    secret = settings.telegram.webhook_secret
    if secret is None or not secret.get_secret_value() or given is None:
        return False
    return hmac.compare_digest(given.encode(), secret.get_secret_value().encode())


async def receive(request: web.Request) -> web.Response:
    app, settings = request.app[PTB_APP], request.app[SETTINGS]
    if not secret_matches(request.headers.get(SECRET_HEADER), settings):
        return web.Response(status=403, text="forbidden")
    try:
        update = Update.de_json(await request.json(), app.bot)
    except (ValueError, TypeError, KeyError):
        return web.Response(status=400, text="not a Telegram update")
    if update is None:
        return web.Response(status=400, text="not a Telegram update")
    if await take(app, update):
        await enqueue_claimed(app, update)
    return web.Response(status=200)


async def healthz(request: web.Request) -> web.Response:
    app = request.app[PTB_APP]
    database = await database_ok(coach_of_app(app).rt)
    body = {"status": "ok" if database and app.running else "fail", "database": database}
    return web.json_response(body, status=200 if body["status"] == "ok" else 503)


async def prometheus(request: web.Request) -> web.Response:
    await refresh_gauges(coach_of_app(request.app[PTB_APP]).rt)
    return web.Response(body=metrics.exposition(), content_type="text/plain", charset="utf-8")


class Server:
    """The PTB Application plus the HTTP server, started and stopped together."""

    def __init__(self, app: Application, settings: Settings) -> None:
        secret = settings.telegram.webhook_secret
        if settings.telegram.mode == "webhook" and (
            secret is None or not secret.get_secret_value()
        ):
            raise MissingSecret("webhook mode needs telegram.webhook_secret")
        self.app = app
        self.settings = settings
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app, telegram = self.app, self.settings.telegram
        await app.initialize()
        await prepare(app)
        await app.start()
        if telegram.mode == "webhook" and telegram.webhook_url:
            assert telegram.webhook_secret is not None
            await app.bot.set_webhook(
                telegram.webhook_url,
                secret_token=telegram.webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES,
            )
        self.runner = web.AppRunner(
            web_app(app, self.settings), access_log=None, shutdown_timeout=1.0
        )
        await self.runner.setup()
        context = None
        if telegram.tls_cert and telegram.tls_key:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(telegram.tls_cert, telegram.tls_key)
        site = web.TCPSite(self.runner, telegram.listen, telegram.port, ssl_context=context)
        await site.start()
        self.port = int(self.runner.addresses[0][1])
        if telegram.mode == "polling":
            assert app.updater is not None
            await app.updater.start_polling()
        log.info("serving on %s:%s (%s mode)", telegram.listen, self.port, telegram.mode)

    async def stop(self) -> None:
        app = self.app
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if self.runner is not None:
            await self.runner.cleanup()
        if app.running:
            await app.stop()
        await app.shutdown()
        await release(app)

    async def run(self) -> None:
        """Until SIGTERM or SIGINT."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await self.start()
        try:
            await stop.wait()
        finally:
            await self.stop()
