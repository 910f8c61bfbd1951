"""Telegram updates a bot process took on (processed_updates), and the processes' heartbeats
(bot_processes)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import BotProcess, ProcessedUpdate, UpdateStatus


class Incoming(NamedTuple):
    update_id: int
    payload: dict[str, Any]
    user_id: int | None


class Inbox:
    """processed_updates: one row per (bot, update_id); the payload stays until it is handled."""

    def __init__(self, session: AsyncSession, bot_id: int) -> None:
        self.session = session
        self.bot_id = bot_id

    async def receive(
        self, updates: Sequence[Incoming], owner: str, now: datetime, until: datetime
    ) -> set[int]:
        """Claim a batch of updates for `owner`, in one statement; the ids returned are the
        fresh ones (the others this bot has seen before: redeliveries)."""
        if not updates:
            return set()
        rows = [
            {
                "bot_id": self.bot_id,
                "update_id": incoming.update_id,
                "user_id": incoming.user_id,
                "status": UpdateStatus.CLAIMED,
                "claimed_until": until,
                "payload": incoming.payload,
                "seen_at": now,
                "owner": owner,
            }
            for incoming in updates
        ]
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            insert(ProcessedUpdate)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["bot_id", "update_id"])
            .returning(ProcessedUpdate.update_id)
        )
        return set((await self.session.scalars(statement)).all())

    async def finished(self, update_id: int) -> None:
        await self.session.execute(
            update(ProcessedUpdate)
            .where(ProcessedUpdate.bot_id == self.bot_id, ProcessedUpdate.update_id == update_id)
            .values(status=UpdateStatus.DONE, payload=None, claimed_until=None)
        )

    async def renew(self, update_ids: Sequence[int], until: datetime) -> None:
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

    async def orphans(
        self, owner: str, now: datetime, until: datetime, limit: int, *, alive_since: datetime
    ) -> list[dict[str, Any]]:
        """Updates claimed by a process that will not finish them, claimed again for `owner`:
        their lease ran out, or their process's last heartbeat is older than `alive_since`."""
        alive = select(BotProcess.id).where(BotProcess.beat_at >= alive_since)
        return await self._take_over(
            or_(
                ProcessedUpdate.claimed_until < now,
                and_(
                    ProcessedUpdate.owner.is_not(None),
                    ProcessedUpdate.owner != owner,
                    ProcessedUpdate.owner.not_in(alive),
                ),
            ),
            owner,
            until,
            limit,
        )

    async def left_by_others(self, owner: str, until: datetime, limit: int) -> list[dict[str, Any]]:
        """Every update some other process claimed and did not finish, claimed for `owner`."""
        return await self._take_over(
            or_(ProcessedUpdate.owner.is_(None), ProcessedUpdate.owner != owner),
            owner,
            until,
            limit,
        )

    async def _take_over(
        self, left: ColumnElement[bool], owner: str, until: datetime, limit: int
    ) -> list[dict[str, Any]]:
        rows = (
            await self.session.scalars(
                select(ProcessedUpdate)
                .where(
                    ProcessedUpdate.bot_id == self.bot_id,
                    ProcessedUpdate.status == UpdateStatus.CLAIMED,
                    left,
                )
                .order_by(ProcessedUpdate.update_id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).all()
        payloads = []
        for row in rows:
            row.claimed_until, row.owner = until, owner
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


class Heartbeats:
    """bot_processes: each running process's last sign of life."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def beat(self, process_id: str, bot_id: int, now: datetime) -> None:
        """This process is alive now. One upsert, not an update then an insert: the first
        beats can run at the same time (start-up and the heartbeat job, as a database that
        was away comes back), and both would add the row."""
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(BotProcess).values(
            id=process_id, bot_id=bot_id, started_at=now, beat_at=now
        )
        await self.session.execute(
            statement.on_conflict_do_update(index_elements=["id"], set_={"beat_at": now})
        )

    async def leave(self, process_id: str) -> None:
        """A clean stop: what this process still holds is anyone's to replay at once."""
        await self.session.execute(delete(BotProcess).where(BotProcess.id == process_id))

    async def forget_dead(self, before: datetime) -> None:
        await self.session.execute(delete(BotProcess).where(BotProcess.beat_at < before))
