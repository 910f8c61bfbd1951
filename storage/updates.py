"""Telegram updates a bot process took on (processed_updates)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate, UpdateStatus


class Inbox:
    """processed_updates: one row per (bot, update_id); the payload stays until it is handled."""

    def __init__(self, session: AsyncSession, bot_id: int) -> None:
        self.session = session
        self.bot_id = bot_id

    async def receive(
        self,
        update_id: int,
        payload: dict[str, Any],
        now: datetime,
        until: datetime,
        user_id: int | None = None,
    ) -> bool:
        """Claim an update; False when this bot has seen it before (a redelivery)."""
        values = {
            "bot_id": self.bot_id,
            "update_id": update_id,
            "user_id": user_id,
            "status": UpdateStatus.CLAIMED,
            "claimed_until": until,
            "payload": payload,
            "seen_at": now,
        }
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            insert(ProcessedUpdate)
            .values(values)
            .on_conflict_do_nothing(index_elements=["bot_id", "update_id"])
            .returning(ProcessedUpdate.update_id)
        )
        return await self.session.scalar(statement) is not None

    async def finished(self, update_id: int) -> None:
        await self.session.execute(
            update(ProcessedUpdate)
            .where(ProcessedUpdate.bot_id == self.bot_id, ProcessedUpdate.update_id == update_id)
            .values(status=UpdateStatus.DONE, payload=None, claimed_until=None)
        )

    async def renew(self, update_ids: list[int], until: datetime) -> None:
        """This process is still handling these: keep other processes from replaying them."""
        if update_ids:
            await self.session.execute(
                update(ProcessedUpdate)
                .where(
                    ProcessedUpdate.bot_id == self.bot_id,
                    ProcessedUpdate.update_id.in_(update_ids),
                    ProcessedUpdate.status == UpdateStatus.CLAIMED,
                )
                .values(claimed_until=until)
            )

    async def orphans(self, now: datetime, until: datetime, limit: int) -> list[dict[str, Any]]:
        """Updates claimed by a process that never finished them; claimed again, for us."""
        rows = (
            await self.session.scalars(
                select(ProcessedUpdate)
                .where(
                    ProcessedUpdate.bot_id == self.bot_id,
                    ProcessedUpdate.status == UpdateStatus.CLAIMED,
                    ProcessedUpdate.claimed_until < now,
                )
                .order_by(ProcessedUpdate.update_id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).all()
        payloads = []
        for row in rows:
            row.claimed_until = until
            if row.payload is not None:
                payloads.append(row.payload)
            else:
                row.status = UpdateStatus.DONE
        return payloads

    async def prune(self, before: datetime) -> int:
        """Forget handled updates seen before `before`; Telegram stops redelivering long before."""
        result = await self.session.execute(
            delete(ProcessedUpdate).where(
                ProcessedUpdate.bot_id == self.bot_id,
                ProcessedUpdate.status == UpdateStatus.DONE,
                ProcessedUpdate.seen_at < before,
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
