"""What every use case needs: a unit of work, the extractor off the event loop, the clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from storage.repositories import Users

Clock = Callable[[], datetime]
_in_unit_of_work: ContextVar[bool] = ContextVar("rapport_in_unit_of_work", default=False)
T = TypeVar("T")


def utc_clock() -> datetime:
    return datetime.now(UTC)


class ExtractionWorker:
    """Reads notes with the spaCy pipeline on one thread of this process, so the event loop
    keeps answering meanwhile. One thread: spaCy pipelines are not documented as safe for
    concurrent calls; notes that arrive together wait their turn in its queue."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._extractor: NoteExtractor | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapport-nlp")

    def loaded(self) -> NoteExtractor:
        """The pipeline, loaded on first use."""
        if self._extractor is None:
            self._extractor = NoteExtractor(self.model)
        return self._extractor

    async def warm_up(self) -> None:
        await self._on_thread(self.loaded)

    async def extract(self, text: str, now: datetime, known_names: Iterable[str]) -> NoteExtraction:
        names = list(known_names)
        return await self._on_thread(
            lambda: self.loaded().extract(text, now=now, known_names=names)
        )

    async def with_pipeline(self, work: Callable[..., T], *args: Any) -> T:
        """Other spaCy work (coaching a draft) with the same loaded model: `work(nlp, *args)`."""
        return await self._on_thread(lambda: work(self.loaded().nlp, *args))

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _on_thread(self, work: Callable[[], T]) -> asyncio.Future[T]:
        return asyncio.get_running_loop().run_in_executor(self._executor, work)


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
            asyncio.Lock() if bind is not None and bind.dialect.name == "sqlite" else None
        )

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[AsyncSession]:
        """One session and one transaction: committed on success, rolled back on error."""
        if self._one_at_a_time is None or _in_unit_of_work.get():
            async with self.sessions() as session, session.begin():
                yield session
            return
        async with self._one_at_a_time:
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
