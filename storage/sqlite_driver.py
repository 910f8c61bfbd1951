"""aiosqlite as SQLAlchemy drives it, with one trip to the driver's thread per statement.

Every hand-off to aiosqlite's thread and back costs about 0.1 ms on a 2-core machine,
more than most of our statements take to run. SQLAlchemy's adapter makes four for a
query (open a cursor, execute, fetch, close); here a statement is one trip, its rows
coming back with it. Two more trips per transaction go too:
- BEGIN travels with the transaction's first statement (its errors, such as a busy
  database, surface there, still inside the transaction);
- commit and rollback are skipped when no transaction is open: the pool's rollback of a
  returned connection, or a transaction that ran no statement.
Everything else (pooling, error mapping, transactions) is SQLAlchemy's own.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NamedTuple

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_

# The one statement that starts our transactions (storage.db emits it on "begin").
BEGIN = "BEGIN IMMEDIATE"

# description, rows, rowcount, lastrowid, and whether a transaction is open afterwards
_Outcome = tuple[Any, list[Any], int, int | None, bool]


class _Failed(NamedTuple):
    """A statement's error, carried back from the driver's thread with the transaction
    state it left: a deferred BEGIN that failed (a busy database) started nothing."""

    error: Exception
    in_transaction: bool


def _run(
    conn: sqlite3.Connection, begin: str | None, operation: str, parameters: Any, many: bool
) -> _Outcome | _Failed:
    """On the driver's thread: the statement (after a deferred BEGIN), rows and counts."""
    cursor = conn.cursor()
    try:
        if begin:
            cursor.execute(begin)
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid, conn.in_transaction
    except Exception as error:
        return _Failed(error, conn.in_transaction)
    finally:
        cursor.close()


def _finish(conn: sqlite3.Connection, commit: bool) -> None:
    if commit:
        conn.commit()
    else:
        conn.rollback()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    _adapt_connection: OneTripConnection

    def __init__(self, adapt_connection: OneTripConnection) -> None:
        # No driver cursor is held between statements, so none is opened here.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        if operation == BEGIN and not parameters:
            self._adapt_connection._begin_pending = True
            self._description, self._rowcount = None, -1
            return
        self._trip(operation, parameters, many=False)

    def executemany(self, operation: Any, seq_of_parameters: Sequence[Any]) -> Any:
        self._trip(operation, seq_of_parameters, many=True)

    def _trip(self, operation: Any, parameters: Any, *, many: bool) -> None:
        adapted = self._adapt_connection
        begin = BEGIN if adapted._begin_pending else None
        adapted._begin_pending = False
        try:
            outcome = await_(adapted._run_async(_run, begin, operation, parameters, many))
        except Exception as error:  # the trip itself failed (closed connection, cancelled)
            adapted._in_transaction = True  # unknown: let a rollback go through
            adapted._handle_exception(error)
        if isinstance(outcome, _Failed):
            adapted._in_transaction = outcome.in_transaction
            # Had BEGIN failed, the statements that follow must not run outside a transaction.
            adapted._begin_pending = bool(begin) and not outcome.in_transaction
            raise outcome.error  # as the driver raised it; SQLAlchemy wraps it from here
        self._description, rows, self._rowcount, self._lastrowid, open_ = outcome
        adapted._in_transaction = open_
        self._rows = collections.deque(rows)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the driver's cursor closed with its statement."""

    def close(self) -> None:
        self._rows.clear()


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("_begin_pending", "_in_transaction")
    _cursor_cls = OneTripCursor  # type: ignore[assignment]  # a subclass; the attribute is mutable

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self._begin_pending = False
        self._in_transaction = False

    async def _run_async(self, function: Any, *args: Any) -> Any:
        async with self._execute_mutex:
            return await self._connection._execute(function, self._connection._conn, *args)

    def commit(self) -> None:
        self._end(commit=True)

    def rollback(self) -> None:
        self._end(commit=False)

    def _end(self, *, commit: bool) -> None:
        # A transaction that never ran a statement has nothing to commit or roll back.
        self._begin_pending = False
        if not self._in_transaction or not self._connection._connection:
            return
        try:
            await_(self._run_async(_finish, commit))
        except Exception as error:
            self._handle_exception(error)
        self._in_transaction = False


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        connection = self.aiosqlite.connect(*arg, **kw)
        connection._thread.daemon = True  # a stuck statement must not keep the process alive
        return OneTripConnection(self, await_(connection))


def dbapi() -> ModuleType:
    """The DBAPI module to hand to create_async_engine(module=...)."""
    return OneTripDBAPI(aiosqlite, sqlite3)  # type: ignore[return-value]
