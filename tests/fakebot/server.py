"""FakeTelegram: an aiohttp Bot API server on loopback for driving a real PTB Application."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import web

from .chats import FakeUser
from .errors import ApiError, bad_request
from .methods import BotApi
from .models import ApiCall, ApiErrorRecord, UploadedFile
from .state import ChatState

DEFAULT_TOKEN = "123456789:AAFakeTokenForRapportTests0123456789ab"

# PTB sends every non-string parameter JSON-encoded in a form field; these get decoded.
_JSON_FIELDS = frozenset(
    {
        "reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
        "link_preview_options", "reply_parameters", "media",
    }
)  # fmt: skip
_BOOL_FIELDS = frozenset(
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates",
        "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
        "disable_content_type_detection", "show_caption_above_media",
    }
)  # fmt: skip
_INT_FIELDS = frozenset(
    {
        "chat_id", "message_id", "offset", "limit", "timeout", "cache_time",
        "reply_to_message_id", "message_thread_id", "max_connections", "duration",
    }
)  # fmt: skip


class _InjectedError(ApiError):
    """An error produced by fail_next(), kept apart so assert_no_errors() can ignore it."""


@dataclass
class _Fault:
    error_code: int
    description: str
    retry_after: int | None
    times: int


@dataclass
class _Delay:
    seconds: float
    times: int | None


def _coerce(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            what = "reply keyboard markup" if name == "reply_markup" else name
            raise bad_request(f"can't parse {what} JSON object") from None
    if name in _BOOL_FIELDS:
        return value.lower() in ("true", "1")
    if name in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            return value  # e.g. chat_id="@channel"
    return value


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await request.json()
        if not isinstance(body, dict):
            raise bad_request("parameters must be a JSON object")
        raw.update(body)
    elif request.can_read_body:
        # Covers both application/x-www-form-urlencoded and multipart/form-data.
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[name] = UploadedFile(value.filename, value.content_type, value.file.read())
            else:
                raw[name] = value
    return {name: _coerce(name, value) for name, value in raw.items()}, files


class FakeTelegram:
    """A fake Bot API on 127.0.0.1 with test helpers to play users and inspect the bot."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "rapport_test_bot",
        bot_name: str = "Rapport",
    ) -> None:
        self.token = token
        self.api = BotApi(int(token.split(":", 1)[0]), bot_name, bot_username)
        self.calls: list[ApiCall] = []
        self.errors: list[ApiErrorRecord] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, _Delay] = {}
        self._after: dict[str, Callable[[ApiCall], Awaitable[None]]] = {}
        # Set by revoke_token(): every call is answered 401, as for a token BotFather revoked.
        self.revoked = False
        self._runner: web.AppRunner | None = None
        self.port = 0
        # Updates the bot has finished handling, as its HandledUpdates processor reports them.
        self.tracking_updates = False
        self.handled_updates: set[int] = set()
        # Updates posted to a webhook; None: every queued update (the bot polls them all).
        self.posted_updates: set[int] | None = None
        self._settlers: list[Callable[[], Awaitable[None]]] = []

    # --- lifecycle -----------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=64 * 1024 * 1024)  # uploads are up to 50 MB
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: when PTB abandons a long poll, stop serving it right away.
        # A short shutdown_timeout: open keep-alive connections must not hold up stop().
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        # Wake pending long polls first so they answer [] instead of being cut off.
        self.api.updates.close()
        for query in self.api.queries.values():
            query.answer.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- test-side API -------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "User",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        chat: ChatState | None = None,
    ) -> FakeUser:
        """A user who talks to the bot in their private chat, or in ``chat`` (a group)."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        optional = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({k: v for k, v in optional.items() if v is not None})
        if chat is None:
            private = {"id": user_id, "type": "private", "first_name": first_name}
            private.update({k: v for k, v in optional.items() if k != "language_code" and v})
            chat = self.api.chats.get(user_id) or self._add_chat(private, username)
        return FakeUser(self, user, chat)

    def group(
        self, chat_id: int, title: str = "Test group", *, supergroup: bool = True
    ) -> ChatState:
        """A group chat to pass as ``fake.user(..., chat=...)``."""
        kind = "supergroup" if supergroup else "group"
        return self.api.chats.get(chat_id) or self._add_chat(
            {"id": chat_id, "type": kind, "title": title}, None
        )

    def _add_chat(self, chat: dict[str, Any], username: str | None) -> ChatState:
        state = ChatState(chat=chat, usernames={username.lower()} if username else set())
        self.api.chats[state.id] = state
        return state

    @property
    def commands(self) -> dict[str, str]:
        """What setMyCommands last set (any scope): command -> description, in order."""
        return {c["command"]: c["description"] for c in self.api.last_commands}

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int | None = 1,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with this Telegram error."""
        fault = _Fault(error_code, description, retry_after, times)
        self._faults.setdefault(method.lower(), []).append(fault)

    def delay(self, method: str, seconds: float, times: int | None = None) -> None:
        """Delay answering ``method`` (every call, or the next ``times``); 0 switches it off."""
        self._delays[method.lower()] = _Delay(seconds, times)

    def after(self, method: str, hook: Callable[[ApiCall], Awaitable[None]] | None) -> None:
        """Await `hook` after each call of ``method`` has taken effect and before the bot gets
        its answer (a test can kill the bot there); None removes it."""
        if hook is None:
            self._after.pop(method.lower(), None)
        else:
            self._after[method.lower()] = hook

    def revoke_token(self) -> None:
        """From now on the bot's token is refused (401 Unauthorized), long polls included."""
        self.revoked = True
        self.api.updates.wake()

    def assert_no_errors(self, *, include_injected: bool = False) -> None:
        errors = [e for e in self.errors if include_injected or not e.injected]
        if errors:
            listing = "\n  ".join(str(e) for e in errors)
            raise AssertionError(f"the fake Telegram returned errors to the bot:\n  {listing}")

    def settles_with(self, wait: Callable[[], Awaitable[None]]) -> None:
        """One more thing `settled` waits for once every update is handled (a job's run, a
        queue drained): `wait` returns when the bot has done it."""
        self._settlers.append(wait)

    async def settled(self, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has finished with everything it was given: every update the
        test queued (or posted) handled to the end, then whatever `settles_with` added.
        Anything the bot sends for them has been sent by then."""
        updates = self.api.updates
        try:
            async with asyncio.timeout(timeout):
                while True:
                    wanted = (
                        set(range(1, updates.last_update_id + 1))
                        if self.posted_updates is None
                        else self.posted_updates
                    )
                    if wanted and not self.tracking_updates:
                        raise AssertionError(
                            "updates were sent, but nothing tells when the bot has handled "
                            "them: build its Application with tests.fakebot.handled.HandledUpdates"
                        )
                    if wanted <= self.handled_updates:
                        break
                    await asyncio.sleep(0.005)
                for wait in self._settlers:
                    await wait()
        except TimeoutError:
            missing = sorted(wanted - self.handled_updates)
            raise AssertionError(
                f"the bot did not settle within {timeout}s; updates not handled: {missing}"
            ) from None

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has fetched (not necessarily handled) every queued update."""
        updates = self.api.updates
        deadline = time.monotonic() + timeout
        while updates.delivered_up_to < updates.last_update_id:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"bot fetched updates up to {updates.delivered_up_to}, "
                    f"last queued is {updates.last_update_id}; is it polling?"
                )
            await asyncio.sleep(0.01)

    # --- HTTP ----------------------------------------------------------------------------

    async def _apply_faults(self, method: str) -> None:
        key = method.lower()
        delay = self._delays.get(key)
        if delay is not None and delay.seconds > 0:
            if delay.times is not None:
                delay.times -= 1
                if delay.times <= 0:
                    del self._delays[key]
            await asyncio.sleep(delay.seconds)
        faults = self._faults.get(key)
        if faults:
            fault = faults[0]
            fault.times -= 1
            if fault.times <= 0:
                faults.pop(0)
            raise _InjectedError(fault.error_code, fault.description, fault.retry_after)

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token or self.revoked:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        call = ApiCall(method, {}, time.monotonic())
        self.calls.append(call)
        try:
            call.params, call.files = await _read_params(request)
            await self._apply_faults(method)
            result = await self.api.call(method, call.params, call.files)
            hook = self._after.get(method.lower())
            if hook is not None:
                await hook(call)
        except ApiError as exc:
            call.error = ApiErrorRecord(
                method,
                call.params,
                exc.error_code,
                exc.description,
                isinstance(exc, _InjectedError),
            )
            self.errors.append(call.error)
            return web.json_response(exc.payload(), status=exc.error_code)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        stored = self.api.files.by_path(request.match_info["path"])
        if stored is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(
            body=stored.upload.data,
            content_type=stored.upload.mime_type or "application/octet-stream",
        )
