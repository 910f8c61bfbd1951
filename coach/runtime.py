"""What every use case needs: a unit of work, the extractor off the event loop, the clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from storage.repositories import Users

Clock = Callable[[], datetime]
_in_unit_of_work: ContextVar[bool] = ContextVar("rapport_in_unit_of_work", default=False)
T = TypeVar("T")


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Queued:
    text: str
    doc: asyncio.Future[Doc]


_Batch = tuple[list[_Queued], "asyncio.Future[list[Doc]]"]


class Reading:
    """A note being read: the statistical pass starts at once; `finish` adds what only the
    database knows (the user's time and contact names) and returns the extraction."""

    def __init__(self, worker: ExtractionWorker, doc: asyncio.Future[Doc]) -> None:
        self._worker = worker
        self._doc = doc

    async def finish(self, now: datetime, known_names: Iterable[str]) -> NoteExtraction:
        doc = await self._doc
        return await self._worker.finish(doc, now, list(known_names))

    def cancel(self) -> None:
        """Not wanted after all; a failed read's error is dropped, as nobody will see it."""
        if self._doc.done() and not self._doc.cancelled():
            self._doc.exception()
        self._doc.cancel()


class ExtractionWorker:
    """Runs the spaCy pipeline on one background thread, so the bot keeps answering meanwhile.

    Notes that arrive while the thread is busy wait and are then read together in one
    batched pass (cheaper per note), so a burst of users is served at the pipeline's
    batch speed; a lone note is read on its own at once.
    """

    MAX_BATCH = 16

    def __init__(self, model: str) -> None:
        self.model = model
        self._extractor: NoteExtractor | None = None
        # One thread: spaCy pipelines are not documented as safe for concurrent calls.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapport-nlp")
        self._queued: list[_Queued] = []
        self._reader: asyncio.Task[None] | None = None

    def _loaded(self) -> NoteExtractor:
        if self._extractor is None:
            self._extractor = NoteExtractor(self.model)
        return self._extractor

    async def warm_up(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._loaded)

    async def extract(self, text: str, now: datetime, known_names: Iterable[str]) -> NoteExtraction:
        return await self.begin(text).finish(now, known_names)

    def start(
        self, text: str, now: datetime, known_names: Iterable[str]
    ) -> asyncio.Future[NoteExtraction]:
        """Read a note in the background; await the future for the result (or cancel it)."""
        return asyncio.ensure_future(self.extract(text, now, known_names))

    def begin(self, text: str) -> Reading:
        """Start reading a note before its user's names are known (see Reading)."""
        loop = asyncio.get_running_loop()
        queued = _Queued(text, loop.create_future())
        self._queued.append(queued)
        if self._reader is None or self._reader.done():
            # Handed to the thread now, not when the event loop next gets round to it.
            self._reader = loop.create_task(self._read_queued(self._next_batch()))
        return Reading(self, queued.doc)

    async def finish(self, doc: Doc, now: datetime, known_names: list[str]) -> NoteExtraction:
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, lambda: self._loaded().finish(doc, now=now, known_names=known_names)
        )

    def _next_batch(self) -> _Batch | None:
        """The notes waiting (up to MAX_BATCH), handed to the thread; None if none is left."""
        while self._queued:
            batch = [q for q in self._queued[: self.MAX_BATCH] if not q.doc.cancelled()]
            del self._queued[: self.MAX_BATCH]
            if batch:
                texts = [q.text for q in batch]
                loop = asyncio.get_running_loop()
                return batch, loop.run_in_executor(self._executor, self._read, texts)
        return None

    async def _read_queued(self, reading: _Batch | None) -> None:
        while reading is not None:
            batch, docs = reading
            try:
                read = await docs
            except Exception as exc:  # handed to every waiting caller, who keeps its note
                for queued in batch:
                    if not queued.doc.done():
                        queued.doc.set_exception(exc)
            else:
                for queued, doc in zip(batch, read, strict=True):
                    if not queued.doc.done():
                        queued.doc.set_result(doc)
                # Let those notes' finishing touches reach the thread ahead of the next
                # batch: they are a millisecond each, the batch many.
                await asyncio.sleep(0)
            reading = self._next_batch()

    def _read(self, texts: list[str]) -> list[Doc]:
        return self._loaded().read_each(texts)

    async def with_pipeline(self, work: Callable[[Language], T]) -> T:
        """Other spaCy work (coaching a draft) on the same thread, with the same loaded model."""
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, lambda: work(self._loaded().nlp)
        )

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


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
