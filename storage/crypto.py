"""Note text encrypted at rest (Fernet), per engine, reading legacy plaintext as before.

The key never comes from settings here (storage does not know about settings): whoever
creates the engine calls ``use_encryption(engine, keys)``. The cipher is kept per SQLAlchemy
dialect object, which is unique to its engine, so two engines in one process (tests, the
CLI next to a bot) can use different keys or none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import JSON, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.columns import without_nul

# Marks a stored value as ciphertext; anything without it is legacy plaintext.
PREFIX = "enc:v1:"
JSON_KEY = "enc:v1"

_ciphers: WeakKeyDictionary[Dialect, Cipher] = WeakKeyDictionary()


class EncryptionKeyError(RuntimeError):
    """Stored text is encrypted, and no configured key opens it."""


class Cipher:
    """Encrypts with the first key; decrypts with any (so keys can be rotated)."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one key")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])

    def encrypt(self, text: str) -> str:
        return PREFIX + self._fernet.encrypt(text.encode()).decode("ascii")

    def decrypt(self, stored: str) -> str:
        try:
            return self._fernet.decrypt(stored[len(PREFIX) :].encode("ascii")).decode()
        except (InvalidToken, ValueError, UnicodeError) as exc:
            raise EncryptionKeyError(
                "stored text was encrypted with a key that is not in storage.encryption_key"
            ) from exc


def check_key(key: str) -> None:
    """Raise ValueError unless `key` is a Fernet key (32 url-safe base64-encoded bytes)."""
    Fernet(key.encode())


def use_encryption(engine: AsyncEngine, keys: Sequence[str]) -> None:
    """Encrypt sensitive free text written through this engine (no keys: plaintext)."""
    dialect = engine.sync_engine.dialect
    if keys:
        _ciphers[dialect] = Cipher(keys)
    else:
        _ciphers.pop(dialect, None)


def _cipher(dialect: Dialect) -> Cipher | None:
    return _ciphers.get(dialect)


def _open(value: str, dialect: Dialect) -> str:
    cipher = _cipher(dialect)
    if cipher is None:
        raise EncryptionKeyError("stored text is encrypted; set storage.encryption_key to read it")
    return cipher.decrypt(value)


class EncryptedText(TypeDecorator[str]):
    """TEXT holding "enc:v1:<fernet token>" when a key is set; plaintext is read as is."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        cipher = _cipher(dialect)
        if value is None:
            return None
        value = without_nul(value)  # PostgreSQL refuses NUL in text
        return value if cipher is None else cipher.encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or not value.startswith(PREFIX):
            return value
        return _open(value, dialect)


class EncryptedJSON(TypeDecorator[Any]):
    """JSON holding {"enc:v1": "<fernet token>"} when a key is set: still valid JSON, so the
    column type (JSON on both engines) does not change; plaintext JSON is read as is."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        cipher = _cipher(dialect)
        if value is None:
            return None
        value = without_nul(value)
        if cipher is None:
            return value
        token = cipher.encrypt(json.dumps(value, ensure_ascii=False))
        return {JSON_KEY: token}

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, dict) and set(value) == {JSON_KEY}:
            return json.loads(_open(str(value[JSON_KEY]), dialect))
        return value
