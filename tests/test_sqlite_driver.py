"""The one-trip SQLite driver: statements, transactions and locking behave as SQLite's own."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Text, event, insert, text, update
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine
from storage.sqlite_driver import WRITE_BEHIND, OneTripConnection


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/driver.db")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
    yield engine
    await engine.dispose()


async def test_rows_counts_and_ids_come_back_with_the_statement(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        many = await connection.execute(
            text("INSERT INTO t (v) VALUES (:v)"), [{"v": "a"}, {"v": "b"}, {"v": "c"}]
        )
        assert many.rowcount == 3
        one = await connection.execute(text("INSERT INTO t (v) VALUES ('d')"))
        assert one.lastrowid == 4
        returned = await connection.execute(text("INSERT INTO t (v) VALUES ('e') RETURNING id"))
        assert returned.scalar_one() == 5
        changed = await connection.execute(text("UPDATE t SET v = 'x' WHERE id <= 2"))
        assert changed.rowcount == 2
    async with engine.connect() as connection:
        rows = (await connection.execute(text("SELECT id, v FROM t ORDER BY id"))).all()
    assert [tuple(r) for r in rows] == [(1, "x"), (2, "x"), (3, "c"), (4, "d"), (5, "e")]


async def test_a_failed_transaction_leaves_nothing_and_the_next_one_starts_clean(
    engine: AsyncEngine,
) -> None:
    with pytest.raises(RuntimeError):
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO t (v) VALUES ('lost')"))
            raise RuntimeError("the handler failed")
    with pytest.raises(Exception, match="UNIQUE"):
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'first')"))
            await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'clash')"))
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO t (v) VALUES ('kept')"))
        assert (await connection.execute(text("SELECT v FROM t"))).scalars().all() == ["kept"]


async def test_a_second_writer_waits_for_the_first_instead_of_failing(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    # Another process's engine on the same file: its BEGIN IMMEDIATE (sent with its first
    # statement) must queue behind ours, then see our committed row.
    other = create_engine(f"sqlite+aiosqlite:///{tmp_path}/driver.db")
    try:
        async with engine.begin() as first:
            await first.execute(text("INSERT INTO t (v) VALUES ('first')"))

            async def second_writer() -> list[str]:
                async with other.begin() as second:
                    await second.execute(text("INSERT INTO t (v) VALUES ('second')"))
                    return list((await second.execute(text("SELECT v FROM t"))).scalars())

            waiting = asyncio.create_task(second_writer())
            await asyncio.sleep(0.3)
            assert not waiting.done()  # blocked on our write lock, not failed
        assert await waiting == ["first", "second"]
    finally:
        await other.dispose()


def impatient_engine(tmp_path: Path) -> AsyncEngine:
    """Another engine on the same database that gives up on a lock after 50 ms."""
    other = create_engine(f"sqlite+aiosqlite:///{tmp_path}/driver.db")

    def impatient(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=50")
        cursor.close()

    event.listen(other.sync_engine, "connect", impatient)
    return other


async def test_statements_after_a_failed_begin_still_wait_for_a_transaction(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    # BEGIN travels with the first statement; if the database was busy, BEGIN failed with
    # it, and the next statement must not run (and commit) outside any transaction.
    other = impatient_engine(tmp_path)
    try:
        async with other.connect() as second:
            async with engine.begin() as first:
                await first.execute(text("INSERT INTO t (v) VALUES ('first')"))
                with pytest.raises(OperationalError, match="locked"):
                    await second.execute(text("INSERT INTO t (v) VALUES ('lost')"))
            await second.execute(text("INSERT INTO t (v) VALUES ('rolled back')"))
            await second.rollback()
        async with engine.connect() as reader:
            assert (await reader.execute(text("SELECT v FROM t"))).scalars().all() == ["first"]
    finally:
        await other.dispose()


T = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("v", Text))
WRITTEN_BEHIND = insert(T).execution_options(**{WRITE_BEHIND: True})
UPDATED_BEHIND = update(T).values(v="changed").execution_options(**{WRITE_BEHIND: True})


def count_trips(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    trips: list[object] = []
    run = OneTripConnection._run_async

    async def counted(self: OneTripConnection, function: Any, *args: Any) -> Any:
        trips.append(function)
        return await run(self, function, *args)

    monkeypatch.setattr(OneTripConnection, "_run_async", counted)
    return trips


async def test_writes_behind_are_seen_by_the_next_statement_and_go_with_the_commit(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips = count_trips(monkeypatch)
    async with engine.begin() as connection:
        await connection.execute(WRITTEN_BEHIND, [{"id": 1, "v": "a"}, {"id": 2, "v": "b"}])
        await connection.execute(WRITTEN_BEHIND, {"id": 3, "v": "c"})
        seen = await connection.execute(text("SELECT count(*) FROM t"))
        assert seen.scalar_one() == 3
        await connection.execute(WRITTEN_BEHIND, {"id": 4, "v": "d"})
    assert len(trips) == 2, "the SELECT's trip and the commit's"
    async with engine.connect() as reader:
        values = (await reader.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all()
    assert values == ["a", "b", "c", "d"]


async def test_an_update_written_behind_goes_in_order_with_the_commit(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips = count_trips(monkeypatch)
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'first')"))
        await connection.execute(UPDATED_BEHIND)  # every row there is so far
        await connection.execute(WRITTEN_BEHIND, {"id": 2, "v": "after the update"})
    assert len(trips) == 2, "the first INSERT's trip and the commit's"
    assert await values_in(engine) == ["changed", "after the update"]


@pytest.mark.parametrize("surfaces_at", ["the next statement", "the commit"])
async def test_a_write_behind_that_fails_fails_its_transaction(
    engine: AsyncEngine, surfaces_at: str
) -> None:
    with pytest.raises(IntegrityError, match="UNIQUE") as raised:
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'first')"))
            await connection.execute(WRITTEN_BEHIND, {"id": 1, "v": "clash"})
            if surfaces_at == "the next statement":
                await connection.execute(text("SELECT 1"))
    assert any("written behind" in note for note in raised.value.orig.__notes__)
    async with engine.begin() as connection:
        assert (await connection.execute(text("SELECT v FROM t"))).scalars().all() == []
        await connection.execute(WRITTEN_BEHIND, {"id": 1, "v": "kept"})
    async with engine.connect() as reader:
        assert (await reader.execute(text("SELECT v FROM t"))).scalars().all() == ["kept"]


async def test_a_rollback_drops_what_was_written_behind(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'rolled back')"))
        await connection.execute(WRITTEN_BEHIND, {"id": 2, "v": "dropped"})
        await connection.rollback()
        await connection.execute(WRITTEN_BEHIND, {"id": 3, "v": "kept"})
        await connection.commit()
    async with engine.connect() as reader:
        assert (await reader.execute(text("SELECT v FROM t"))).scalars().all() == ["kept"]


async def values_in(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as reader:
        return list((await reader.execute(text("SELECT v FROM t ORDER BY id"))).scalars())


async def test_after_a_failed_write_behind_the_transaction_can_only_roll_back(
    engine: AsyncEngine,
) -> None:
    # The rows written before the failed one did land; committing them would keep half
    # of what the caller wrote, so nothing more runs and the commit rolls back.
    async with engine.connect() as connection:
        await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'first')"))
        await connection.execute(WRITTEN_BEHIND, [{"id": 2, "v": "half"}])
        await connection.execute(WRITTEN_BEHIND, [{"id": 1, "v": "clash"}])
        with pytest.raises(IntegrityError, match="UNIQUE"):
            await connection.execute(text("SELECT 1"))
        with pytest.raises(OperationalError, match="must be rolled back"):
            await connection.execute(text("INSERT INTO t (id, v) VALUES (3, 'more')"))
        with pytest.raises(OperationalError, match="rolled back, not committed"):
            await connection.commit()
        await connection.rollback()  # SQLAlchemy's own rule after a failed commit
        assert await values_in(engine) == []
        await connection.execute(WRITTEN_BEHIND, {"id": 4, "v": "kept"})
        await connection.commit()
    assert await values_in(engine) == ["kept"]


async def test_a_write_behind_in_a_savepoint_fails_there(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO t (id, v) VALUES (1, 'outer')"))
        with pytest.raises(IntegrityError, match="UNIQUE"):
            async with connection.begin_nested():
                await connection.execute(text("INSERT INTO t (id, v) VALUES (2, 'inner')"))
                await connection.execute(WRITTEN_BEHIND, {"id": 1, "v": "clash"})
        await connection.execute(text("INSERT INTO t (id, v) VALUES (3, 'after')"))
    assert await values_in(engine) == ["outer", "after"]


async def test_what_waited_survives_a_busy_begin(engine: AsyncEngine, tmp_path: Path) -> None:
    other = impatient_engine(tmp_path)
    try:
        async with other.connect() as second:
            async with engine.begin() as first:
                await first.execute(text("INSERT INTO t (id, v) VALUES (1, 'first')"))
                await second.execute(WRITTEN_BEHIND, {"id": 2, "v": "waited"})
                with pytest.raises(OperationalError, match="locked"):
                    await second.execute(text("SELECT count(*) FROM t"))
            # The lock is free now: the same transaction goes on, and keeps its row.
            assert (await second.execute(text("SELECT count(*) FROM t"))).scalar_one() == 2
            await second.commit()
        assert await values_in(engine) == ["first", "waited"]
    finally:
        await other.dispose()


async def test_a_commit_without_a_connection_does_not_pretend(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(WRITTEN_BEHIND, {"id": 1, "v": "never written"})
        raw = await connection.get_raw_connection()
        await raw.driver_connection.close()  # type: ignore[union-attr]
        with pytest.raises(OperationalError, match="no active connection"):
            await connection.commit()
        await connection.invalidate()
    assert await values_in(engine) == []


async def test_write_behind_is_refused_where_a_result_is_read(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        with pytest.raises(ArgumentError):
            await connection.execute(WRITTEN_BEHIND.returning(T.c.id), {"v": "with id"})
        with pytest.raises(ArgumentError):
            await connection.execute(UPDATED_BEHIND.returning(T.c.v))
        with pytest.raises(ArgumentError):
            await connection.execute(text("SELECT 1").execution_options(**{WRITE_BEHIND: True}))
