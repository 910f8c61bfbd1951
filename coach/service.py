"""The coach: one object the Telegram bot and the console both talk to."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import process

from coach.access import Access
from coach.backup import Backup
from coach.dispatch import Dispatcher
from coach.drafts import DraftCoach
from coach.events import Events
from coach.infra.settings import Settings
from coach.infra.spool import Spool
from coach.intros import Intros
from coach.ledger import LedgerBook
from coach.merge import Merging
from coach.notes import NoteCapture
from coach.nudges import NudgeBook
from coach.people import People
from coach.planner import NudgePlanner
from coach.portability import Portability
from coach.privacy import Privacy
from coach.review import Reviews
from coach.runtime import Clock, ExtractionWorker, Runtime, utc_clock
from coach.search import Search
from coach.stages import StageKeeper
from coach.updates import UpdateInbox
from coach.voice import VoiceNotes
from nlp.extract import NoteExtractor
from storage.crypto import use_encryption
from storage.db import create_engine, current_revision, session_factory, upgrade
from storage.users import Users


class UnknownTimezone(ValueError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = suggestions


class Coach:
    def __init__(
        self,
        settings: Settings,
        clock: Clock = utc_clock,
        extraction: ExtractionWorker | None = None,
    ) -> None:
        self.settings = settings
        self.engine = create_engine(settings.database.url, echo=settings.database.echo)
        # Note text is encrypted at rest through this engine when a key is configured.
        use_encryption(self.engine, settings.storage.keys())
        # A shared worker (tests, several coaches in one process) is closed by its owner.
        self._owns_extraction = extraction is None
        self.extraction = extraction or ExtractionWorker(
            settings.nlp.model, own_process=settings.nlp.own_process
        )
        self.rt = Runtime(
            session_factory(self.engine), self.extraction, settings.coach.default_timezone, clock
        )
        # Each service gets what it uses when it is made, in dependency order.
        self.planner = NudgePlanner(settings.nudges, settings.coach.default_timezone)
        self.stages = StageKeeper(self.planner)
        self.search = Search(self.rt, self.stages)
        self.intros = Intros(self.search)
        self.ledger = LedgerBook(self.rt, self.planner, self.stages, self.intros)
        self.spool = Spool(settings.spool.path)
        self.notes = NoteCapture(
            self.rt, self.planner, self.spool, self.ledger.on_note, self.ledger.on_resolved
        )
        self.updates = UpdateInbox(self.rt, settings.updates)
        self.nudges = NudgeBook(self.rt, self.planner, settings.nudges, self.stages, self.intros)
        self.dispatcher = Dispatcher(self.rt, self.planner, settings.nudges, self.intros)
        self.people = People(self.rt, settings.coach.people_page_size, self.stages, self.search)
        self.events = Events(self.rt)
        self.reviews = Reviews(self.rt, self.stages, self.intros, settings.review)
        self.voice = VoiceNotes(self.rt, self.notes, settings.voice)
        self.drafts = DraftCoach(self.rt)
        self.access = Access(self.rt, settings.access)
        self.privacy = Privacy(self.rt, self.people)
        self.backup = Backup(self.rt)
        self.portability = Portability(self.rt, self.backup, self.dispatcher)
        self.merging = Merging(self.rt)

    async def warm_up(self) -> None:
        """Load the language model now, so the first note is answered quickly."""
        await self.extraction.warm_up()

    async def close(self) -> None:
        if self._owns_extraction:
            self.extraction.close()
        self.voice.close()
        await self.engine.dispose()

    async def set_timezone(self, user_id: int, name: str) -> str:
        """Store the user's timezone; dates in notes resolve in it from now on."""
        zone = _canonical_timezone(name.strip())
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.timezone = zone
        return zone

    async def set_my_work(self, user_id: int, work: str) -> str | None:
        """What the user does ("wedding photographer"); empty forgets it. Needs for it are
        theirs to meet from now on, not passed on as intros."""
        said = " ".join(work.split())[:200] or None
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.my_work = said
        return said

    async def my_work(self, user_id: int) -> str | None:
        async with self.rt.unit_of_work() as session:
            return (await Users(session).get_or_create(user_id)).my_work

    async def timezone_of(self, user_id: int) -> str:
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            return user.timezone or self.settings.coach.default_timezone


def _canonical_timezone(name: str) -> str:
    zones = available_timezones()
    by_key = {z.casefold(): z for z in zones}
    found = by_key.get(name.casefold().replace(" ", "_"))
    if found:
        return found
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        close = process.extract(name, sorted(zones), limit=3, score_cutoff=70)
        raise UnknownTimezone(name, [hit[0] for hit in close]) from None
    return name


async def migrate(settings: Settings) -> str | None:
    """Bring the database schema up to date; returns the revision it is now at."""
    engine = create_engine(settings.database.url)
    try:
        await upgrade(engine)
        return await current_revision(engine)
    finally:
        await engine.dispose()


def read_notes(model: str, notes: Iterable[str], now: datetime) -> Iterator[dict[str, Any]]:
    """Extract each note's structure without storing anything (for `rapport extract`)."""
    extractor = NoteExtractor(model)
    for text in notes:
        yield extractor.extract(text, now=now).to_dict()
