"""A local spool for notes that arrive while the database is unreachable.

Each note is appended as one JSON line and fsynced before the user is told it is kept; a
job replays the file once the database answers again. Every entry carries the note's
source key, so a replay interrupted half-way stores nothing twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

log = logging.getLogger(__name__)


class NoteKept(Exception):
    """The database is unreachable: the note is in the local spool and will be saved later."""


def is_outage(exc: BaseException) -> bool:
    """A lost or refused database connection, as opposed to a bug or a constraint."""
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated or exc.statement is None):
        return True  # a dropped connection, or one refused while connecting
    return isinstance(exc, OSError | TimeoutError)


@dataclass(frozen=True)
class SpooledNote:
    user_id: int
    text: str
    key: str
    at: str  # ISO time the note arrived


class Spool:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = asyncio.Lock()

    def keep(self, user_id: int, text: str, key: str | None, at: str) -> SpooledNote:
        """Append and fsync; only then may the user be told the note is safe."""
        entry = SpooledNote(user_id, text, key or f"spool:{uuid.uuid4().hex}", at)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with self.path.open("a", encoding="utf-8") as file:
            file.write(line)
            file.flush()
            os.fsync(file.fileno())
        return entry

    def waiting(self) -> list[SpooledNote]:
        if not self.path.exists():
            return []
        entries = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(SpooledNote(**json.loads(line)))
            except (ValueError, TypeError):
                # A line torn by a crash mid-write was never acknowledged to the user.
                log.warning("skipping an unreadable spool line")
        return entries

    async def replay(self, save: Callable[[SpooledNote], Awaitable[None]]) -> int:
        """Save each waiting note, oldest first; stop at the first outage and keep the rest."""
        async with self._lock:
            entries = self.waiting()
            done = 0
            for entry in entries:
                try:
                    await save(entry)
                except Exception as exc:
                    if is_outage(exc):
                        break
                    log.exception("dropping a spooled note that cannot be saved")
                done += 1
            if done:
                # Re-read: notes kept while we replayed were appended after the ones we saved.
                self._rewrite(self.waiting()[done:])
            return done

    def _rewrite(self, rest: list[SpooledNote]) -> None:
        if not rest:
            self.path.unlink(missing_ok=True)
            return
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as file:
            for entry in rest:
                file.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)
