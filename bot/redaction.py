"""Secrets out of logs: every log record this process writes has the settings' secrets
replaced, tracebacks included."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, SecretStr
from sqlalchemy.engine import make_url

from coach.infra.settings import Settings

REDACTED = "[redacted]"
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


def redact_secrets(settings: Settings) -> None:
    """From now on, no log record in this process shows any of the settings' secrets.
    The log record factory is process-wide, so it is installed once; each call adds the
    secrets of one more settings object."""
    global _installed
    _secrets.update(s.strip() for s in secrets_in(settings) if len(s.strip()) >= 6)
    if _installed:
        return
    _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _secrets:
            _scrub(record)
        return record

    logging.setLogRecordFactory(factory)


def redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:
        message = str(record.msg)
    if any(secret in message for secret in _secrets):
        record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if any(secret in text for secret in _secrets):
            record.exc_info, record.exc_text = None, redact(text)
    if record.stack_info and any(secret in record.stack_info for secret in _secrets):
        record.stack_info = redact(record.stack_info)
