"""The reading process: the spaCy pipeline in a process of its own, answering requests.

A bot process spends most of each note's CPU time in spaCy. Run there, on a thread, spaCy
holds the interpreter lock that the event loop and the database driver need, so a note's
reading and its storing take turns on one core. In this process they use both.

Requests and answers are pickled frames over a socket the parent hands over (`--fd`); only
the parent that started this process holds the other end. Started as
`python -m nlp.worker --fd N --model NAME`; it exits when the parent closes its end.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import pickle
import signal
import socket
import struct
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:  # spaCy is imported by main(), once the signals are set
    from spacy.tokens import Doc

    from nlp.extract import NoteExtractor

log = logging.getLogger(__name__)

# Each frame: the body's length, the request's number, then the pickled body. The number
# travels outside the pickle, so a body that cannot be read still gets its answer.
HEADER = struct.Struct("!II")
# Readings whose note was abandoned before `finish` (a cancelled capture) are let go of,
# oldest first, beyond this many.
KEPT_READINGS = 1024


def frame(number: int, body: object) -> bytes:
    data = pickle.dumps(body, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data), number) + data


def _receive(stream: BinaryIO) -> tuple[int, bytes] | None:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    size, number = HEADER.unpack(header)
    return number, stream.read(size)


class Reader:
    """What the process does for each request; the readings wait here for `finish`."""

    def __init__(self, extractor: NoteExtractor) -> None:
        self.extractor = extractor
        self.readings: OrderedDict[int, Doc] = OrderedDict()

    def read(self, first: int, texts: list[str]) -> list[int]:
        """Each note's reading is kept under a number: `first`, `first + 1`, …"""
        numbers = list(range(first, first + len(texts)))
        self.readings.update(zip(numbers, self.extractor.read_each(texts), strict=True))
        while len(self.readings) > KEPT_READINGS:
            self.readings.popitem(last=False)
        return numbers

    def finish(self, number: int, now: Any, known_names: list[str]) -> Any:
        doc = self.readings.pop(number, None)
        if doc is None:
            raise LookupError(f"no reading {number} is waiting (it was let go of)")
        return self.extractor.finish(doc, now=now, known_names=known_names)

    def forget(self, numbers: list[int]) -> None:
        for number in numbers:
            self.readings.pop(number, None)

    def call(self, work: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return work(self.extractor.nlp, *args)

    def ping(self) -> None:
        return None


def serve(channel: socket.socket, reader: Reader) -> None:
    """Answer requests, one at a time in the order sent, until the parent hangs up.

    A request's body is (operation, arguments); the answer's (ok, result or error message).
    Number 0 asks for no answer.
    """
    stream = channel.makefile("rb")
    while (request := _receive(stream)) is not None:
        number, body = request
        try:
            operation, args = pickle.loads(body)
            answer: tuple[bool, Any] = (True, getattr(reader, operation)(*args))
        except Exception as exc:
            log.exception("reading request %s failed", number)
            answer = (False, _described(exc))
        if number:
            try:
                channel.sendall(_framed_answer(number, answer))
            except OSError:  # the parent hung up without waiting for its answer
                return


def _described(exc: BaseException) -> str:
    # Errors travel as text: an exception class the parent cannot rebuild would jam it.
    return f"{type(exc).__name__}: {exc}"


def _framed_answer(number: int, answer: tuple[bool, Any]) -> bytes:
    try:
        return frame(number, answer)
    except Exception as exc:  # an answer that cannot be pickled still gets a reply
        return frame(number, (False, f"unsendable answer: {_described(exc)}"))


def _keep_to(cpu: int | None) -> None:
    """Stay on the CPU the parent keeps its own threads off (coach.cpus), if it named one
    and it is still on offer (a container's CPUs can change under a running bot)."""
    if cpu is None:
        return
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as exc:
        log.warning("could not keep to CPU %s, using any: %s", cpu, exc)


def main(argv: list[str] | None = None) -> None:
    # Ctrl-C reaches the whole process group, and a service manager's stop every process
    # of the service: the parent decides when this one stops (it closes the socket), once
    # it has finished the notes in hand. Set first: loading spaCy takes a second.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--cpu", type=int, help="the one CPU to run on")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _keep_to(args.cpu)
    channel = socket.socket(fileno=args.fd)
    from nlp.extract import NoteExtractor

    reader = Reader(NoteExtractor(args.model))
    # The model's objects live as long as the process: keep the collector off them.
    gc.collect()
    gc.freeze()
    serve(channel, reader)


if __name__ == "__main__":
    main()
