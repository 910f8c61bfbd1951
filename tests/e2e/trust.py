"""Helpers for the trust tests: what the database holds for one user, straight from SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from storage.db import create_engine
from storage.models import Base, Note, NoteContact
from storage.privacy import owned_tables
from tests.fakebot.chats import FakeUser
from tests.fakebot.models import BotMessage


async def snapshot(database_url: str, user_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the user owns, table by table, as raw stored values (no decryption)."""
    engine = create_engine(database_url)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    try:
        async with engine.connect() as conn:
            for table in owned_tables():
                if table.name == "processed_updates":
                    continue  # the bot's delivery log: it changes as any update is handled
                found = await conn.execute(
                    select(table).where(table.c.user_id == user_id).order_by(*table.primary_key)
                )
                rows[table.name] = [tuple(r) for r in found]
            links = await conn.execute(
                select(NoteContact.__table__)
                .join(Note, Note.id == NoteContact.note_id)
                .where(Note.user_id == user_id)
                .order_by(NoteContact.id)
            )
            rows["note_contacts"] = [tuple(r) for r in links]
            users = Base.metadata.tables["users"]
            found = await conn.execute(select(users).where(users.c.id == user_id))
            rows["users"] = [tuple(r) for r in found]
    finally:
        await engine.dispose()
    return rows


def total(rows: dict[str, list[tuple[Any, ...]]]) -> int:
    return sum(len(v) for v in rows.values())


async def replies(user: FakeUser, first_timeout: float = 10) -> list[BotMessage]:
    """The bot's next reply and every other it sends this chat until it has finished with
    everything it was given (FakeTelegram.settled)."""
    got = [await user.next_reply(timeout=first_timeout)]
    await user.fake.settled()
    return got + user.replies_so_far()
