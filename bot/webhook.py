"""Serving: the PTB Application with what feeds it, getUpdates (bot/polling.py) or an aiohttp
server Telegram posts updates to, plus /healthz and /metrics.

POST <telegram.webhook_path>: the secret header is checked (403 otherwise), the body must
be an update object (400 otherwise), the update is claimed in the database (a redelivery
is acknowledged and dropped) and only then acknowledged, so once Telegram has its 200 the
update survives this process. Several processes behind one load balancer, on one
PostgreSQL database, behave as one bot. Serve plain HTTP behind a TLS-terminating reverse
proxy, or set telegram.tls_cert/tls_key.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import ssl

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken
from telegram.ext import Application

from bot import gate, lifecycle, redaction, updates
from bot.app import prepare, release
from bot.context import coach_of_app
from bot.polling import Poller
from coach.infra import metrics
from coach.infra.health import database_ok, refresh_gauges
from coach.infra.settings import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PTB_APP = web.AppKey("ptb", Application)
# processed_updates.update_id is a signed 64-bit integer.
MAX_UPDATE_ID = 2**63 - 1
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
    update = update_in(await request.read(), app)
    if update is None:
        # A 400, not a 500: Telegram retries a 5xx, and this body would never do better.
        log.info("refused a webhook body that is not a Telegram update")
        return web.Response(status=400, text="not a Telegram update")
    await updates.enqueue(app, await updates.take(app, [update]))
    return web.Response(status=200)


def update_in(body: bytes, app: Application) -> Update | None:
    """The update a webhook body holds, or None if it holds none: not JSON, not an object,
    an update_id that is no positive 64-bit integer, or fields PTB cannot read."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    update_id = data.get("update_id") if isinstance(data, dict) else None
    if type(update_id) is not int or not 0 <= update_id <= MAX_UPDATE_ID:
        return None
    try:
        return Update.de_json(data, app.bot)
    except Exception:  # whatever PTB makes of a malformed field: not an update we can use
        return None


async def healthz(request: web.Request) -> web.Response:
    app = request.app[PTB_APP]
    database = await database_ok(coach_of_app(app).rt)
    body = {"status": "ok" if database and app.running else "fail", "database": database}
    return web.json_response(body, status=200 if body["status"] == "ok" else 503)


async def prometheus(request: web.Request) -> web.Response:
    await refresh_gauges(coach_of_app(request.app[PTB_APP]).rt)
    return web.Response(body=metrics.exposition(), content_type="text/plain", charset="utf-8")


class Server:
    """The PTB Application and what feeds it (getUpdates or the webhook), with the HTTP
    server when there is one, started and stopped together."""

    def __init__(self, app: Application, settings: Settings) -> None:
        secret = settings.telegram.webhook_secret
        if settings.telegram.mode == "webhook" and (
            secret is None or not secret.get_secret_value()
        ):
            raise MissingSecret("webhook mode needs telegram.webhook_secret")
        self.app = app
        self.settings = settings
        self.runner: web.AppRunner | None = None
        self.polling: asyncio.Task[None] | None = None
        self.port = 0

    @property
    def serves_http(self) -> bool:
        return self.settings.telegram.mode == "webhook" or self.settings.metrics.enabled

    async def start(self) -> None:
        """Raises InvalidToken if Telegram refuses the token."""
        app, telegram = self.app, self.settings.telegram
        await app.initialize()
        await prepare(app)
        await app.start()
        polling = telegram.mode == "polling"
        await updates.join(app, polling=polling)
        if not polling and telegram.webhook_url:
            assert telegram.webhook_secret is not None
            await app.bot.set_webhook(
                telegram.webhook_url,
                secret_token=telegram.webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES,
            )
        if self.serves_http:
            await self.serve_http()
        if polling:
            self.polling = asyncio.create_task(Poller(app).run(), name="rapport-polling")
            self.polling.add_done_callback(self.polling_ended)
        log.info("running in %s mode", telegram.mode)

    async def serve_http(self) -> None:
        telegram = self.settings.telegram
        self.runner = web.AppRunner(
            web_app(self.app, self.settings), access_log=None, shutdown_timeout=1.0
        )
        await self.runner.setup()
        context = None
        if telegram.tls_cert and telegram.tls_key:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(telegram.tls_cert, telegram.tls_key)
        site = web.TCPSite(self.runner, telegram.listen, telegram.port, ssl_context=context)
        await site.start()
        self.port = int(self.runner.addresses[0][1])
        log.info("serving on %s:%s", telegram.listen, self.port)

    def polling_ended(self, task: asyncio.Task[None]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, InvalidToken):
            log.critical(lifecycle.TOKEN_REJECTED)
            lifecycle.end_run(self.app, lifecycle.BAD_TOKEN)
        elif error is not None:
            log.critical("polling stopped", exc_info=error)
            lifecycle.end_run(self.app, 1)

    async def stop(self) -> None:
        app = self.app
        if self.polling is not None:
            self.polling.cancel()
            await asyncio.wait([self.polling])  # how it ended, polling_ended has said
        if self.runner is not None:
            await self.runner.cleanup()
        # Messages held back by flood control stay claimed: the next process handles them.
        gate.stop(app)
        if app.running:
            await app.stop()
        await updates.leave(app)
        await app.shutdown()
        await release(app)

    async def run(self) -> int:
        """Until SIGTERM or SIGINT (exit status 0), or a fault that ends the run."""
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(redaction.on_loop_error)
        ended = lifecycle.watch(self.app)
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lifecycle.end_run, self.app, 0)
        await self.start()
        try:
            return await ended
        finally:
            await self.stop()
