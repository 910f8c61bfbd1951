"""Column types every write goes through, ORM and Core alike: hostile text is cleaned here,
once, not by each caller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String, TypeDecorator, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql.operators import OperatorType


def without_nul(value: Any) -> Any:
    """The value with NUL characters removed (PostgreSQL refuses them in text), through
    the lists and dicts of JSON columns."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    return value


def clip(value: str, length: int) -> str:
    """At most `length` characters; a clipped value ends in "…", so it reads as shortened."""
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"


class CleanString(TypeDecorator[str]):
    """VARCHAR(length) that stores no NUL byte and never more than `length` characters
    (PostgreSQL would refuse the value; SQLite would keep it whole)."""

    impl = String
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__(length)
        self.length = length

    def clean(self, value: str | None) -> str | None:
        """The value as it will be stored."""
        if value is None:
            return None
        value = without_nul(str(value))  # a StrEnum member is stored as its plain value
        return clip(value, self.length) if self.length else value

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return self.clean(value)

    def coerce_compared_value(self, op: OperatorType | None, value: Any) -> Any:
        # A value compared with the column (a search term, a LIKE pattern) loses its NUL
        # bytes but is never clipped: "%term%" must keep its closing wildcard.
        return CleanString()


def stored(attribute: Any, value: str) -> str:
    """`value` as the CleanString column behind an ORM attribute (Contact.name) will keep it:
    for code that compares what it is about to write with what is already there."""
    column_type = attribute.property.columns[0].type
    assert isinstance(column_type, CleanString), attribute
    cleaned = column_type.clean(value)
    assert cleaned is not None
    return cleaned


def clean_on_set(base: type[DeclarativeBase]) -> None:
    """ORM attributes of CleanString columns hold the value as it will be stored from the
    moment it is set, so a card shows a clipped name as /person will later."""
    for mapper in base.registry.mappers:
        for prop in mapper.column_attrs:
            column_type = prop.columns[0].type
            if isinstance(column_type, CleanString):
                event.listen(prop.class_attribute, "set", _cleaner(column_type), retval=True)


def _cleaner(column_type: CleanString) -> Callable[..., str | None]:
    def clean(_target: object, value: str | None, *_: object) -> str | None:
        return column_type.clean(value)

    return clean


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every engine (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
