"""Secrets out of everything the process prints: log records (tracebacks included), uncaught
exceptions (sys.excepthook, threads, the asyncio loop's handler), `rapport doctor` and bad
settings. One `redact` does it: the settings' secrets, and anything shaped like a bot token."""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any, get_args

from pydantic import BaseModel, SecretStr, ValidationError
from sqlalchemy.engine import make_url

from coach.infra.settings import Settings

REDACTED = "[redacted]"
# "<bot id>:<35 characters>": a bot token, even one pasted where no secret belongs.
BOT_TOKEN = re.compile(r"\b\d{5,15}:[A-Za-z0-9_-]{30,}")
# Settings whose values are secret though their type is plain (a URL holds a password).
SECRET_PATHS = {("database", "url")}
log = logging.getLogger(__name__)
_secrets: set[str] = set()
_installed = False


def secrets_in(settings: BaseModel) -> Iterator[str]:
    """Every secret value in the settings: SecretStr fields, and the database password."""
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, SecretStr):
                secret = item.get_secret_value()
                yield secret
                # Bot tokens are "<bot id>:<secret>"; the secret half alone is secret too.
                if ":" in secret:
                    yield secret.split(":", 1)[1]
                yield from (part for part in secret.split(",") if part != secret)
            elif isinstance(item, BaseModel):
                yield from secrets_in(item)
    database = getattr(settings, "database", None)
    if database is not None:
        try:
            password = make_url(database.url).password
        except Exception:
            password = None
        if password:
            yield str(password)


def redact_secrets(settings: Settings | None = None) -> None:
    """From now on nothing this process prints shows the settings' secrets (or a bot
    token). The hooks are process-wide, so they are installed once; each call adds the
    secrets of one more settings object."""
    global _installed
    if settings is not None:
        _secrets.update(s.strip() for s in secrets_in(settings) if len(s.strip()) >= 6)
    if _installed:
        return
    _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _scrub(record)
        return record

    logging.setLogRecordFactory(factory)
    sys.excepthook = print_uncaught
    threading.excepthook = print_uncaught_in_thread


def redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return BOT_TOKEN.sub(REDACTED, text)


def print_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook: the traceback Python would print, secrets removed."""
    sys.stderr.write(redact("".join(traceback.format_exception(kind, error, trace))))
    sys.stderr.flush()


def print_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
        name = args.thread.name if args.thread is not None else "a thread"
        sys.stderr.write(f"Exception in {name}:\n")
        print_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def on_loop_error(loop: object, context: dict[str, Any]) -> None:
    """The event loop's handler for errors nobody awaited: logged (so redacted) in one record."""
    message = str(context.get("message") or "unhandled error in the event loop")
    log.error("%s", message, exc_info=context.get("exception"))


def settings_error(error: ValidationError) -> str:
    """What is wrong with the settings, one line per problem, naming the key. The value given
    is shown only for settings that are not secret, and even then never a token."""
    lines = []
    for problem in error.errors(include_url=False):
        path = tuple(str(part) for part in problem["loc"])
        line = f"{'.'.join(path)}: {problem['msg']}"
        if "input" in problem and not isinstance(problem["input"], dict):
            given = REDACTED if is_secret(path) else repr(problem["input"])
            line += f" (given: {given})"
        lines.append(redact(line))
    return "\n".join(lines)


def is_secret(path: tuple[str, ...]) -> bool:
    """Whether the setting at `path` (section, key, ...) holds a secret."""
    if path[:2] in SECRET_PATHS:
        return True
    model: Any = Settings
    for part in path:
        fields = getattr(model, "model_fields", {})
        if part not in fields:
            return False
        annotation = fields[part].annotation
        if _holds_secret(annotation):
            return True
        model = annotation
    return False


def _holds_secret(annotation: Any) -> bool:
    return annotation is SecretStr or any(_holds_secret(arg) for arg in get_args(annotation))


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:
        message = str(record.msg)
    if (cleaned := redact(message)) != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if (cleaned := redact(text)) != text:
            record.exc_info, record.exc_text = None, cleaned
    if record.stack_info and (cleaned := redact(record.stack_info)) != record.stack_info:
        record.stack_info = cleaned
