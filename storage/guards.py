"""Last line of defence for hostile text: no NUL bytes (PostgreSQL refuses them) and no
string longer than its column (PostgreSQL refuses that too; SQLite would keep it)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import String, Table, event
from sqlalchemy.orm import DeclarativeBase, Mapper


def scrub(value: Any) -> Any:
    """The value with NUL characters removed, through lists and dicts (JSON columns)."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    return value


def clip(value: str, length: int) -> str:
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"


def _guard(mapper: Mapper[Any], _connection: object, target: Any) -> None:
    for column in mapper.columns:
        key = mapper.get_property_by_column(column).key
        value = target.__dict__.get(key)
        if value is None or isinstance(value, int | float | bool):
            continue
        cleaned = scrub(value)
        length = getattr(column.type, "length", None)
        if isinstance(cleaned, str) and isinstance(column.type, String) and length:
            cleaned = clip(cleaned, length)
        if cleaned is not value and cleaned != value:
            setattr(target, key, cleaned)


def install(base: type[DeclarativeBase]) -> None:
    """Guard every model derived from `base` on insert and update."""
    event.listen(base, "before_insert", _guard, propagate=True)
    event.listen(base, "before_update", _guard, propagate=True)


@lru_cache(maxsize=32)
def _text_lengths(table: Table) -> dict[str, int | None]:
    return {
        column.key: getattr(column.type, "length", None)
        for column in table.columns
        if isinstance(column.type, String)
    }


def guarded_rows(table: Table, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the ORM guard does, for rows inserted with Core (no ORM event fires there)."""
    lengths = _text_lengths(table)
    out = []
    for row in rows:
        for key, length in lengths.items():
            value = row.get(key)
            if isinstance(value, str) and ("\x00" in value or (length and len(value) > length)):
                cleaned = scrub(value)
                row[key] = clip(cleaned, length) if length else cleaned
        out.append(row)
    return out
