"""Where the spaCy pipeline runs: on a thread of this process, or in a process of its own.

Both hosts take the same requests: read a batch of notes, finish a reading with what only
the database knows, let go of a reading, or call a function of the pipeline. Each note read
gets a number the moment it is sent (nlp.worker.Reader keeps its Doc under it), and requests
are served in the order sent, so a note's finish can follow its read before the read is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import pickle
import socket
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, Protocol, TypeVar

from coach.cpus import reading_cpu
from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from nlp.worker import HEADER, Reader, frame

log = logging.getLogger(__name__)
T = TypeVar("T")
_STOP_WAIT_SECONDS = 5.0
_RECEIVE_BYTES = 1 << 20


class PipelineGone(RuntimeError):
    """The reading process stopped before answering; the next request starts a new one."""


class ReadingFailed(RuntimeError):
    """The reading process could not do what was asked (its error, as text)."""


class PipelineHost(Protocol):
    def read(self, texts: list[str]) -> tuple[list[int], asyncio.Future[Any]]:
        """Start reading now: each note's number, and the future of the whole read."""

    async def finish(self, number: int, now: datetime, known_names: list[str]) -> NoteExtraction:
        """The extraction of a note sent to read (done or not); the number is spent."""

    def forget(self, numbers: list[int]) -> None:
        """Those readings will never be finished."""

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        """`work(nlp, *args)` with the loaded pipeline."""

    async def warm_up(self) -> None: ...

    def close(self) -> None: ...


class _Numbering:
    """Numbers for the notes sent to read, never reused."""

    def __init__(self) -> None:
        self._next = 1

    def take(self, count: int) -> tuple[int, list[int]]:
        first, self._next = self._next, self._next + count
        return first, list(range(first, first + count))


class ThreadHost:
    """The pipeline on one thread of this process (tests; hosts short of memory)."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._reader: Reader | None = None
        # One thread: spaCy pipelines are not documented as safe for concurrent calls, and
        # its queue serves requests in the order sent.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapport-nlp")
        self._numbering = _Numbering()

    def loaded(self) -> NoteExtractor:
        return self._loaded_reader().extractor

    def _loaded_reader(self) -> Reader:
        if self._reader is None:
            self._reader = Reader(NoteExtractor(self.model))
        return self._reader

    def read(self, texts: list[str]) -> tuple[list[int], asyncio.Future[Any]]:
        first, numbers = self._numbering.take(len(texts))
        return numbers, self._on_thread(lambda: self._loaded_reader().read(first, texts))

    async def finish(self, number: int, now: datetime, known_names: list[str]) -> NoteExtraction:
        return await self._on_thread(lambda: self._loaded_reader().finish(number, now, known_names))

    def forget(self, numbers: list[int]) -> None:
        if numbers:
            with contextlib.suppress(RuntimeError):  # shut down: the readings went with it
                self._executor.submit(lambda: self._loaded_reader().forget(numbers))

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        return await self._on_thread(lambda: work(self.loaded().nlp, *args))

    async def warm_up(self) -> None:
        await self._on_thread(self.loaded)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _on_thread(self, work: Callable[[], T]) -> asyncio.Future[T]:
        return asyncio.get_running_loop().run_in_executor(self._executor, work)


class ProcessHost:
    """The pipeline in a child process (nlp.worker), spoken to over a socket pair.

    The socket is watched by the running event loop itself, so an answer wakes the loop
    directly, with no thread in between. The child is started on the first request, and again
    after it dies: the requests it took with it fail with PipelineGone. With several CPUs it
    runs on one of its own (coach.cpus), which this process's threads keep off.
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self._process: subprocess.Popen[bytes] | None = None
        self._channel: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._inbox = bytearray()
        self._outbox = bytearray()
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._requests = itertools.count(1)
        self._numbering = _Numbering()
        self._closed = False
        self._cpu = reading_cpu()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def read(self, texts: list[str]) -> tuple[list[int], asyncio.Future[Any]]:
        first, numbers = self._numbering.take(len(texts))
        return numbers, self._request("read", first, texts)

    async def finish(self, number: int, now: datetime, known_names: list[str]) -> NoteExtraction:
        extraction: NoteExtraction = await self._request("finish", number, now, known_names)
        return extraction

    def forget(self, numbers: list[int]) -> None:
        if numbers and self._channel is not None:
            self._send(frame(0, ("forget", (numbers,))))

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        result: T = await self._request("call", work, args)
        return result

    async def warm_up(self) -> None:
        await self._request("ping")

    def close(self) -> None:
        self._closed = True
        self._hang_up(PipelineGone("the reading process was closed"))

    def _request(self, operation: str, *args: Any) -> asyncio.Future[Any]:
        if self._closed:
            raise PipelineGone("the reading process was closed")
        loop = asyncio.get_running_loop()
        number = next(self._requests)
        message = frame(number, (operation, args))  # a request that cannot travel fails here
        self._attach(loop)
        answer = loop.create_future()
        self._waiting[number] = answer
        self._send(message)
        return answer

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._channel is None:
            self._start()
        assert self._channel is not None
        if self._loop is not loop:
            # A new event loop (each test has its own): watch the socket from this one.
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._channel.fileno())
                self._loop.remove_writer(self._channel.fileno())
            self._loop = loop
            loop.add_reader(self._channel.fileno(), self._receive)
            if self._outbox:
                loop.add_writer(self._channel.fileno(), self._flush)

    def _start(self) -> None:
        ours, theirs = socket.socketpair()
        # The child imports what this process imports, from the same places.
        path = os.pathsep.join(p for p in sys.path if p)
        command = ["-m", "nlp.worker", "--fd", str(theirs.fileno()), "--model", self.model]
        if self._cpu is not None:
            command += ["--cpu", str(self._cpu)]
        try:
            self._process = subprocess.Popen(
                [sys.executable, *command],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path},
            )
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.setblocking(False)
        self._channel = ours
        self._inbox.clear()
        self._outbox.clear()

    def _send(self, message: bytes) -> None:
        self._outbox += message
        self._flush()

    def _flush(self) -> None:
        channel, loop = self._channel, self._loop
        if channel is None or loop is None:
            return
        try:
            sent = channel.send(self._outbox)
        except BlockingIOError:
            sent = 0
        except OSError:
            # The child is gone; answers it sent before going may still wait in the socket.
            # Reading them, _receive reaches the end and hangs up.
            self._outbox.clear()
            loop.remove_writer(channel.fileno())
            return
        del self._outbox[:sent]
        if self._outbox:
            loop.add_writer(channel.fileno(), self._flush)
        else:
            loop.remove_writer(channel.fileno())

    def _receive(self) -> None:
        assert self._channel is not None
        try:
            data = self._channel.recv(_RECEIVE_BYTES)
        except BlockingIOError:
            return
        except OSError as exc:
            data, reason = b"", str(exc)
        else:
            reason = "it exited"
        if not data:
            self._hang_up(PipelineGone(f"the reading process stopped: {reason}"))
            return
        self._inbox += data
        while len(self._inbox) >= HEADER.size:
            size, number = HEADER.unpack_from(self._inbox)
            end = HEADER.size + size
            if len(self._inbox) < end:
                break
            body = bytes(self._inbox[HEADER.size : end])
            del self._inbox[:end]
            self._answer(number, body)

    def _answer(self, number: int, body: bytes) -> None:
        answer = self._waiting.pop(number, None)
        if answer is None or answer.done() or answer.get_loop().is_closed():
            return
        try:
            ok, value = pickle.loads(body)
        except Exception as exc:  # fails this request only; the next frame is intact
            answer.set_exception(ReadingFailed(f"unreadable answer: {exc!r}"))
            return
        if ok:
            answer.set_result(value)
        else:
            answer.set_exception(ReadingFailed(value))

    def _hang_up(self, reason: PipelineGone) -> None:
        """Close the socket, stop the child, and fail what it still owed."""
        channel, process = self._channel, self._process
        self._channel, self._process = None, None
        if channel is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(channel.fileno())
                self._loop.remove_writer(channel.fileno())
            channel.close()
        self._loop = None
        if process is not None:
            try:
                process.wait(timeout=_STOP_WAIT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.returncode:
                log.warning("the reading process exited with code %s", process.returncode)
        waiting, self._waiting = self._waiting, {}
        for answer in waiting.values():
            if not answer.done() and not answer.get_loop().is_closed():
                answer.set_exception(reason)
