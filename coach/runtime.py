"""What every use case needs: a unit of work, the extractor off the event loop, the clock."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nlp.extract import NoteExtractor
from nlp.known import KnownTraits
from nlp.schema import NoteExtraction
from storage.users import Users

Clock = Callable[[], datetime]
_in_unit_of_work: ContextVar[bool] = ContextVar("rapport_in_unit_of_work", default=False)
T = TypeVar("T")


def utc_clock() -> datetime:
    return datetime.now(UTC)


# The loaded pipelines of this process, by model: on the reading thread, or in the
# reading process (where the pool's initializer loads it).
_PIPELINES: dict[str, NoteExtractor] = {}


def _pipeline(model: str) -> NoteExtractor:
    if model not in _PIPELINES:
        _PIPELINES[model] = NoteExtractor(model)
    return _PIPELINES[model]


def _load_in_process(model: str, parent: Connection) -> None:
    # The pool's own pipes are held open by the worker too, so it would never notice its
    # parent being killed and would linger, holding the model. `parent` is a pipe only the
    # parent can write to: when it closes, the worker ends, without a word.
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    _pipeline(model)
    # The model's objects live as long as the process: keep the collector off them.
    gc.collect()
    gc.freeze()


def _end_with(parent: Connection) -> None:
    with suppress(EOFError, OSError):
        parent.recv_bytes()
    os._exit(0)


def _extract(
    model: str, text: str, now: datetime, names: list[str], traits: KnownTraits | None
) -> NoteExtraction:
    return _pipeline(model).extract(text, now=now, known_names=names, known_traits=traits)


def _ready(_nlp: object) -> None:
    """Nothing: asked of the pipeline to have it loaded."""


def _call(model: str, work: Callable[..., T], args: tuple[Any, ...]) -> T:
    return work(_pipeline(model).nlp, *args)


class ExtractionWorker:
    """Reads notes with the spaCy pipeline away from the event loop, so the bot keeps
    answering meanwhile: on one thread of this process by default, or in one process of
    its own (`own_process`, nlp.own_process), which bench/nlp_hosting.py shows takes more
    notes a second when the machine has a core to spare. One worker either way: spaCy
    pipelines are not documented as safe for concurrent calls, and notes that arrive
    together wait their turn in its queue.
    """

    def __init__(self, model: str, *, own_process: bool = False) -> None:
        self.model = model
        self.own_process = own_process
        # Held open for as long as the reading process should live (own_process).
        self._lifeline: Connection | None = None
        self._executor = self._start()

    def _start(self) -> Executor:
        if self.own_process:
            context = multiprocessing.get_context("forkserver")
            if self._lifeline is not None:
                self._lifeline.close()
            worker_end, self._lifeline = context.Pipe(duplex=False)
            return ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=_load_in_process,
                initargs=(self.model, worker_end),
            )
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapport-nlp")

    def loaded(self) -> NoteExtractor:
        """The pipeline as loaded in this process (the one notes are read with, on a thread)."""
        return _pipeline(self.model)

    async def warm_up(self) -> None:
        await self._run(_call, self.model, _ready, ())

    async def extract(
        self,
        text: str,
        now: datetime,
        known_names: Iterable[str],
        known_traits: KnownTraits | None = None,
    ) -> NoteExtraction:
        return await self._run(_extract, self.model, text, now, list(known_names), known_traits)

    async def with_pipeline(self, work: Callable[..., T], *args: Any) -> T:
        """Other spaCy work (coaching a draft) with the same loaded model: `work(nlp, *args)`.
        `work` must be a module-level function, so it can be sent to the reading process."""
        result: T = await self._run(_call, self.model, work, args)
        return result

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._lifeline is not None:
            self._lifeline.close()

    async def _run(self, function: Callable[..., T], *args: Any) -> T:
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, function, *args)
        except BrokenProcessPool:
            # The reading process died: what it held fails, the next request gets a new one.
            if self._executor is executor:
                self._executor = self._start()
            raise


class WriterTurns:
    """Turns at SQLite's one writer, handed out in order, except that a unit of work asking
    to go first goes before all that wait (recording that a reply went out: until it is
    recorded, a crash would send that reply again)."""

    def __init__(self) -> None:
        self.taken = False
        self.first: deque[asyncio.Future[None]] = deque()
        self.rest: deque[asyncio.Future[None]] = deque()

    @asynccontextmanager
    async def turn(self, *, first: bool = False) -> AsyncIterator[None]:
        await self.take(first)
        try:
            yield
        finally:
            self.hand_on()

    async def take(self, first: bool) -> None:
        if not self.taken:
            self.taken = True
            return
        waiter = asyncio.get_running_loop().create_future()
        line = self.first if first else self.rest
        line.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.cancelled():
                line.remove(waiter)
            else:
                self.hand_on()  # the turn came as this waiter was cancelled: pass it on
            raise

    def hand_on(self) -> None:
        for line in (self.first, self.rest):
            while line:
                waiter = line.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # still taken: the turn passes to that waiter
                    return
        self.taken = False


class Runtime:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        extraction: ExtractionWorker,
        default_timezone: str,
        clock: Clock = utc_clock,
    ) -> None:
        self.sessions = sessions
        self.extraction = extraction
        self.default_timezone = default_timezone
        self.clock = clock
        # SQLite has one writer at a time anyway; queueing here, in the event loop, keeps
        # a busy bot from running into "database is locked" while waiting inside SQLite.
        bind = sessions.kw.get("bind")
        self._one_at_a_time = (
            WriterTurns() if bind is not None and bind.dialect.name == "sqlite" else None
        )

    @asynccontextmanager
    async def unit_of_work(self, *, first: bool = False) -> AsyncIterator[AsyncSession]:
        """One session and one transaction: committed on success, rolled back on error.
        `first`: on SQLite, before the units of work already waiting for the writer."""
        if self._one_at_a_time is None or _in_unit_of_work.get():
            async with self.sessions() as session, session.begin():
                yield session
            return
        async with self._one_at_a_time.turn(first=first):
            token = _in_unit_of_work.set(True)
            try:
                async with self.sessions() as session, session.begin():
                    yield session
            finally:
                _in_unit_of_work.reset(token)

    async def user_now(self, session: AsyncSession, user_id: int) -> datetime:
        """The current time in the user's own timezone, creating the user on first contact."""
        user = await Users(session).get_or_create(user_id)
        # A user who writes to the bot has evidently unblocked it.
        user.blocked = False
        return self.clock().astimezone(ZoneInfo(user.timezone or self.default_timezone))
