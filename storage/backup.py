"""Restoring a backup: one user's rows written back from their JSON export, each with a new
id the database assigns. Values arrive as JSON gives them (dates as ISO text) and are typed
here by their column."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.columns import UTCDateTime
from storage.contacts import name_key
from storage.models import (
    Base,
    Contact,
    Fact,
    Interaction,
    Note,
    NoteContact,
    Nudge,
    PendingMention,
    User,
)

# Never taken from a file: the database numbers rows, and the user is whoever restores.
NOT_RESTORED = {"id", "user_id"}


def typed(model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
    """The row's values for the model's columns, dates and times parsed; other keys dropped."""
    columns = {c.key: c for c in model.__table__.columns if c.key not in NOT_RESTORED}
    values: dict[str, Any] = {}
    for key, value in row.items():
        column = columns.get(key)
        if column is None:
            continue
        if isinstance(value, str) and isinstance(column.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        values[key] = value
    # Every nullable column set, None if the file has none: nothing is loaded lazily later.
    # A missing required one takes its default.
    for key, column in columns.items():
        if key not in values and column.nullable:
            values[key] = None
    return values


class Restore:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def is_empty(self) -> bool:
        """No contacts, notes or follow-ups yet: a backup can be restored here whole."""
        for model in (Contact, Note, Nudge):
            count = await self.session.scalar(
                select(func.count()).select_from(model).where(model.user_id == self.user_id)
            )
            if count:
                return False
        return True

    def settings(self, user: User, row: dict[str, Any], keys: Sequence[str]) -> None:
        values = typed(User, row)
        for key in keys:
            if key in row:
                setattr(user, key, values[key])

    async def add(self, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
        """Rows of one of the user's tables; their new ids, in order."""
        objects = [model(**typed(model, row), user_id=self.user_id) for row in rows]
        for obj in objects:
            if isinstance(obj, Contact):
                obj.name_key = name_key(obj.name)
        self.session.add_all(objects)
        await self.session.flush()
        return [obj.id for obj in objects]  # type: ignore[attr-defined]

    async def links(self, rows: list[dict[str, Any]]) -> None:
        """Which contacts each note touched (note and contact ids already the new ones)."""
        self.session.add_all(NoteContact(**typed(NoteContact, row)) for row in rows)
        await self.session.flush()

    async def relatives(self, relative_of: dict[int, int]) -> None:
        """Contact id -> the contact whose relative they are, once both exist."""
        for contact_id, other_id in relative_of.items():
            contact = await self.session.get(Contact, contact_id)
            if contact is not None and contact.user_id == self.user_id:
                contact.relative_of_id = other_id


# The tables a backup fills, each a model of this module's.
MODELS = {
    "contacts": Contact,
    "facts": Fact,
    "notes": Note,
    "nudges": Nudge,
    "interactions": Interaction,
    "pending_questions": PendingMention,
}
