"""How the bot shares the machine's CPUs with its reading process.

The reading process (nlp.worker) runs spaCy on one thread and is busy for most of each
note's time. With several CPUs, it keeps to one of them and the bot's event loop and
database threads keep to the others. Left free, the scheduler kept waking the bot's threads
on the reader's CPU, where they took turns with it: a transaction took twice as long while a
note was being read, and the reading itself ran slower while a note was being stored.
Voice transcription, which spreads over threads of its own, may still use every CPU.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)


class _Split:
    decided = False
    reading: int | None = None
    every: frozenset[int] = frozenset()


def reading_cpu() -> int | None:
    """The CPU the reading process keeps to; None if there is only one to use.

    The first call also keeps the calling thread off that CPU, and with it every thread it
    starts from then on, such as the database driver's: call it on the thread that runs the
    event loop (Coach does, through ProcessHost) before the bot opens its database.
    """
    if not _Split.decided:
        _Split.decided = True
        allowed = frozenset(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else ()
        if len(allowed) > 1:
            try:
                os.sched_setaffinity(0, allowed - {max(allowed)})
            except OSError as exc:  # not allowed here: share every CPU, as before
                log.warning("could not keep the bot off the reading process's CPU: %s", exc)
            else:
                _Split.every, _Split.reading = frozenset(allowed), max(allowed)
    return _Split.reading


def use_every_cpu() -> None:
    """For a thread whose work is spread over every CPU (a thread pool's initializer)."""
    if _Split.every:
        try:
            os.sched_setaffinity(0, _Split.every)
        except OSError:  # the CPUs on offer have changed: keep what this thread has
            log.debug("could not widen a thread to every CPU", exc_info=True)
