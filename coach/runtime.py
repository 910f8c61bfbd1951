"""What every use case needs: a unit of work, the extractor off the event loop, the clock."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from coach.pipeline_host import PipelineHost, ProcessHost, ThreadHost
from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from storage.repositories import Users

Clock = Callable[[], datetime]
_in_unit_of_work: ContextVar[bool] = ContextVar("rapport_in_unit_of_work", default=False)
T = TypeVar("T")


def utc_clock() -> datetime:
    return datetime.now(UTC)


class _Sent(NamedTuple):
    """A note handed to the pipeline: its number there, the future of its batch's read,
    whether it was read on its own (a batch of one), and which batch it was."""

    number: int
    read: asyncio.Future[Any]
    alone: bool
    batch: int


@dataclass
class _Queued:
    text: str
    sent: asyncio.Future[_Sent]


class Reading:
    """A note being read: the statistical pass starts at once; `finish` adds what only the
    database knows (the user's time and contact names) and returns the extraction."""

    def __init__(self, worker: ExtractionWorker, sent: asyncio.Future[_Sent]) -> None:
        self._worker = worker
        self._sent = sent
        self._batches_before_finish: int | None = None

    async def read_alone(self) -> bool:
        """Wait until the statistical pass is over (done or failed: `finish` reports which);
        whether the note was read on its own and its finish asked for before any other
        batch was handed over, so that the pipeline finishes it next."""
        try:
            sent = await self._sent
        except Exception:  # never handed over: `finish` says why
            return False
        await asyncio.wait({sent.read})
        return sent.alone and self._batches_before_finish == sent.batch

    async def finish(self, now: datetime, known_names: Iterable[str]) -> NoteExtraction:
        try:
            number, read, _, _ = await self._sent
        except asyncio.CancelledError:
            self.cancel()  # the note may be in the pipeline by now: let it go
            raise
        # Sent without waiting for the read: the pipeline takes requests in order, and
        # finishes the note the moment its reading is done.
        self._batches_before_finish = self._worker.batches_handed_over
        try:
            return await self._worker.host.finish(number, now, list(known_names))
        except Exception:
            failed_read = read.exception() if read.done() and not read.cancelled() else None
            if failed_read is not None:
                raise failed_read from None  # why there was no reading to finish
            raise

    def cancel(self) -> None:
        """Not wanted after all; a failed read's error is dropped, as nobody will see it."""
        sent = self._sent
        # Exception() also marks a failed hand-over's error as seen.
        if sent.done() and not sent.cancelled() and sent.exception() is None:
            self._worker.host.forget([sent.result().number])
        sent.cancel()


class ExtractionWorker:
    """Reads notes with the spaCy pipeline away from the event loop, so the bot keeps
    answering meanwhile: in a process of its own by default, or on a thread (PipelineHost).

    Notes that arrive while the pipeline is busy wait and are then read together in one
    batched pass (cheaper per note), so a burst of users is served at the pipeline's
    batch speed; a lone note is read on its own at once.
    """

    MAX_BATCH = 16

    def __init__(self, model: str, *, own_process: bool = False) -> None:
        self.model = model
        self.host: PipelineHost = ProcessHost(model) if own_process else ThreadHost(model)
        self._queued: list[_Queued] = []
        self._reader: asyncio.Task[None] | None = None
        self.batches_handed_over = 0

    def _loaded(self) -> NoteExtractor:
        """The pipeline itself, when it runs on a thread of this process (tests, benches)."""
        if not isinstance(self.host, ThreadHost):
            raise TypeError("the pipeline runs in another process")
        return self.host.loaded()

    async def warm_up(self) -> None:
        await self.host.warm_up()

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
            # Handed to the pipeline now, not when the event loop next gets round to it.
            self._reader = loop.create_task(self._read_queued(self._next_batch()))
        return Reading(self, queued.sent)

    def _next_batch(self) -> asyncio.Future[Any] | None:
        """The notes waiting (up to MAX_BATCH) handed to the pipeline, and the future of
        their read; None if none is left."""
        while self._queued:
            batch = [q for q in self._queued[: self.MAX_BATCH] if not q.sent.cancelled()]
            del self._queued[: self.MAX_BATCH]
            if not batch:
                continue
            try:
                numbers, read = self.host.read([q.text for q in batch])
            except Exception as exc:  # e.g. the reading process could not be started
                for queued in batch:
                    queued.sent.set_exception(exc)
                continue
            self.batches_handed_over += 1
            for queued, number in zip(batch, numbers, strict=True):
                queued.sent.set_result(
                    _Sent(number, read, len(batch) == 1, self.batches_handed_over)
                )
            return read
        return None

    async def _read_queued(self, read: asyncio.Future[Any] | None) -> None:
        while read is not None:
            # The next batch waits for this one: notes that arrive meanwhile go together.
            with contextlib.suppress(Exception):  # each note's finish reports it
                await read
            # Let those notes' finishing touches reach the pipeline ahead of the next
            # batch: they are a millisecond each, the batch many.
            await asyncio.sleep(0)
            read = self._next_batch()

    async def with_pipeline(self, work: Callable[..., T], *args: Any) -> T:
        """Other spaCy work (coaching a draft) with the same loaded model: `work(nlp, *args)`.
        `work` must be a module-level function, so it can be sent to the reading process."""
        return await self.host.call(work, *args)

    def close(self) -> None:
        self.host.close()


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
