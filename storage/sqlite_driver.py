"""aiosqlite as SQLAlchemy drives it, with one trip to the driver's thread per statement.

Every hand-off to aiosqlite's thread and back costs about 0.1 ms on a 2-core machine,
more than most of our statements take to run. SQLAlchemy's adapter makes four for a
query (open a cursor, execute, fetch, close); here a statement is one trip, its rows
coming back with it. Two more trips per transaction go too:
- BEGIN travels with the transaction's first statement (its errors, such as a busy
  database, surface there, still inside the transaction);
- commit and rollback are skipped when no transaction is open: the pool's rollback of a
  returned connection, or a transaction that ran no statement.
And an INSERT or UPDATE executed with the execution option WRITE_BEHIND (its own result,
rows, ids or counts, is never read) waits for the connection's next trip, the next statement
or the commit, and runs first on it: a note's links, facts, nudges and ledger lines are
written in the commit's trip. If one fails, the error surfaces on that trip with a note
naming the statement, and the transaction is spoiled: every later statement fails, and
a commit rolls back instead, until a rollback starts afresh. Inside a savepoint
nothing waits, since a savepoint's release must not carry its own failed rows along.
Everything else (pooling, error mapping, transactions) is SQLAlchemy's own.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NamedTuple

import aiosqlite
from sqlalchemy import Insert, Update
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.exc import ArgumentError
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_

# The one statement that starts our transactions (storage.db emits it on "begin").
BEGIN = "BEGIN IMMEDIATE"
# The execution option that lets a statement wait for the next trip (see above).
WRITE_BEHIND = "rapport_write_behind"

# Statements waiting for the next trip: (operation, parameters, executemany)
_Behind = list[tuple[str, Any, bool]]

# description, rows, rowcount, lastrowid, and whether a transaction is open afterwards
_Outcome = tuple[Any, list[Any], int, int | None, bool]


class _Failed(NamedTuple):
    """A statement's error, carried back from the driver's thread with the transaction
    state it left: a deferred BEGIN that failed (a busy database) started nothing, and a
    statement written behind that failed spoils the transaction."""

    error: Exception
    in_transaction: bool
    written_behind: bool = False


async def _nothing() -> None:
    """Awaited without yielding to the event loop."""


def _run_behind(cursor: sqlite3.Cursor, behind: _Behind) -> None:
    for operation, parameters, many in behind:
        try:
            if many:
                cursor.executemany(operation, parameters)
            else:
                cursor.execute(operation, parameters)
        except Exception as error:
            error.add_note(f"in a statement written behind: {operation}")
            raise


def _run(
    conn: sqlite3.Connection,
    begin: str | None,
    behind: _Behind,
    operation: str,
    parameters: Any,
    many: bool,
) -> _Outcome | _Failed:
    """On the driver's thread: the statement (after a deferred BEGIN and any statements
    written behind), rows and counts."""
    cursor = conn.cursor()
    try:
        if begin:
            cursor.execute(begin)
        try:
            _run_behind(cursor, behind)
        except Exception as error:
            return _Failed(error, conn.in_transaction, written_behind=True)
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


def _finish(
    conn: sqlite3.Connection, commit: bool, begin: str | None, behind: _Behind
) -> _Failed | None:
    """Commit (after the statements written behind) or roll back. A statement written
    behind that fails rolls the transaction back: nothing of it is committed."""
    if commit and behind:
        cursor = conn.cursor()
        try:
            if begin:
                cursor.execute(begin)
            _run_behind(cursor, behind)
        except Exception as error:
            if not conn.in_transaction:  # BEGIN failed: nothing ran
                return _Failed(error, in_transaction=False)
            conn.rollback()
            return _Failed(error, in_transaction=False, written_behind=True)
        finally:
            cursor.close()
    if commit:
        conn.commit()
    else:
        conn.rollback()
    return None


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount", "write_behind")

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
        self.write_behind = False  # set by mark_write_behind for this cursor's statement

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
        adapted.raise_if_spoiled()
        if self.write_behind:
            adapted._behind.append((operation, parameters, many))
            self._description, self._rowcount, self._lastrowid = None, -1, None
            # No trip, but SQLAlchemy's async connection insists each statement awaits.
            await_(_nothing())
            return
        begin = BEGIN if adapted._begin_pending else None
        adapted._begin_pending = False
        behind, adapted._behind = adapted._behind, []
        try:
            outcome = await_(adapted._run_async(_run, begin, behind, operation, parameters, many))
        except Exception as error:  # the trip itself failed (closed connection, cancelled)
            adapted._in_transaction = True  # unknown: let a rollback go through
            adapted._handle_exception(error)
        if isinstance(outcome, _Failed):
            adapted.failed(outcome, begin, behind)
            raise outcome.error  # as the driver raised it; SQLAlchemy wraps it from here
        self._description, rows, self._rowcount, self._lastrowid, open_ = outcome
        adapted._in_transaction = open_
        self._rows = collections.deque(rows)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the driver's cursor closed with its statement."""

    def close(self) -> None:
        self._rows.clear()


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("_begin_pending", "_behind", "_in_transaction", "_spoiled_by")
    _cursor_cls = OneTripCursor  # type: ignore[assignment]  # a subclass; the attribute is mutable

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self._begin_pending = False
        self._in_transaction = False
        self._behind: _Behind = []
        self._spoiled_by: Exception | None = None

    async def _run_async(self, function: Any, *args: Any) -> Any:
        async with self._execute_mutex:
            return await self._connection._execute(function, self._connection._conn, *args)

    def failed(self, failure: _Failed, begin: str | None, behind: _Behind) -> None:
        """Keep the transaction state honest after a trip that failed."""
        self._in_transaction = failure.in_transaction
        if begin and not failure.in_transaction and not failure.written_behind:
            # BEGIN failed (a busy database): nothing ran, so nothing may run outside a
            # transaction, and what waited still waits for the transaction to start.
            self._begin_pending = True
            self._behind = behind + self._behind
        elif failure.written_behind and failure.in_transaction:
            # The statements before it stand and it does not: committing that would
            # keep half of what the caller wrote.
            self._spoiled_by = failure.error

    def raise_if_spoiled(self) -> None:
        if self._spoiled_by is not None:
            raise sqlite3.OperationalError(
                "this transaction must be rolled back: a statement written behind failed "
                f"({self._spoiled_by})"
            )

    def commit(self) -> None:
        self._end(commit=True)

    def rollback(self) -> None:
        self._spoiled_by = None
        self._end(commit=False)

    def _end(self, *, commit: bool) -> None:
        # A transaction that never ran a statement has nothing to commit or roll back;
        # statements written behind go with a commit, and are dropped by a rollback.
        spoiled_by = self._spoiled_by
        if commit and spoiled_by is not None:
            self.rollback()
            raise sqlite3.OperationalError(
                f"rolled back, not committed: a statement written behind failed ({spoiled_by})"
            )
        begin = BEGIN if self._begin_pending else None
        behind, self._behind = (self._behind if commit else []), []
        self._begin_pending = False
        if not (self._in_transaction or behind):
            return
        if not self._connection._connection:
            if behind:
                raise sqlite3.OperationalError("no active connection: nothing was committed")
            return
        try:
            failed = await_(self._run_async(_finish, commit, begin, behind))
        except Exception as error:
            self._handle_exception(error)
        if failed is not None:
            self.failed(failed, begin, behind)
            raise failed.error
        self._in_transaction = False


def mark_write_behind(
    conn: Any, cursor: Any, _statement: str, _parameters: Any, context: Any, _many: bool
) -> None:
    """before_cursor_execute: hand WRITE_BEHIND on to the cursor about to run the statement."""
    if context is None or not context.execution_options.get(WRITE_BEHIND):
        return
    statement = context.invoked_statement
    # _returning, not returning_column_descriptions: that one is memoized and a copy made
    # by .returning() can inherit the original's empty answer (SQLAlchemy 2.1).
    # An ORM-enabled statement may add RETURNING as it compiles; return_defaults() too.
    orm = statement._propagate_attrs.get("compile_state_plugin") == "orm"
    if (
        not isinstance(statement, Insert | Update)
        or statement._returning
        or statement._return_defaults
        or orm
    ):
        raise ArgumentError(f"{WRITE_BEHIND} is for INSERTs and UPDATEs that return nothing")
    # Another driver's cursor (bench/store_only.py compares SQLAlchemy's own) just writes now.
    if isinstance(cursor, OneTripCursor) and not conn.in_nested_transaction():
        cursor.write_behind = True


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        connection = self.aiosqlite.connect(*arg, **kw)
        connection._thread.daemon = True  # a stuck statement must not keep the process alive
        return OneTripConnection(self, await_(connection))


def dbapi() -> ModuleType:
    """The DBAPI module to hand to create_async_engine(module=...)."""
    return OneTripDBAPI(aiosqlite, sqlite3)  # type: ignore[return-value]
