"""The same coach in a terminal: `rapport chat`. Every command the Telegram bot has works here
through the same coach calls (bot/console_commands.py); where Telegram shows buttons, the
console lists numbered choices to type back. Due nudges, the Sunday review and tips print as
they fall due. Scriptable when stdin is not a terminal; `--now` and /wait move its clock."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import select
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from bot import charts, formatting, intros, keyboards, nudge_format, relationship_format, texts
from bot import trust_texts as tt
from bot.drafts import DRAFT_PREFIX
from coach.drafts import EmptyDraft
from coach.infra.hardening import clean_text
from coach.notes import EmptyNote
from coach.phrases import goes_by
from coach.privacy import is_erase_phrase
from coach.review import WeeklyReview
from coach.service import Coach
from coach.views import IntroSuggestion, NoteCard, NudgeView, Outgoing

log = logging.getLogger(__name__)
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(TAG.sub("", text))


class ConsoleClock:
    """The console's time: the real clock, or one started at --now; /wait moves it on.

    ``wall``: --now was a wall-clock time without an offset ("2026-11-30T08:30"). It is the
    time on the user's own clock, so it is read in their timezone and a /timezone keeps it:
    08:30 stays 08:30, and "this morning" in a note is this morning."""

    def __init__(self, start: datetime | None = None, *, wall: bool = False) -> None:
        self.offset = start - datetime.now(UTC) if start is not None else timedelta(0)
        self.wall = wall and start is not None

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, by: timedelta) -> None:
        self.offset += by

    def move_zone(self, old: ZoneInfo, new: ZoneInfo) -> None:
        """The same wall-clock time, now in ``new``; only a clock started from a bare --now
        moves: a real clock or an instant with an offset is the same moment anywhere."""
        if not self.wall or old == new:
            return
        now = self()
        seen = now.astimezone(old).replace(tzinfo=None)
        self.offset += seen.replace(tzinfo=new) - now


# What typing a choice's number does; a choice is (label, action), as a button is.
Action = Callable[[], Awaitable[None]]
Choice = tuple[str, Action]


class Console:
    def __init__(
        self,
        coach: Coach,
        user_id: int,
        out: TextIO = sys.stdout,
        files: Path = Path("."),
        clock: ConsoleClock | None = None,
    ) -> None:
        """`clock` must be the coach's own (Coach(settings, clock=clock)): /wait moves it."""
        self.coach = coach
        self.user_id = user_id
        self.out = out
        self.files = files  # where /export writes and the review's chart goes
        self.clock = clock or ConsoleClock()
        self.choices: list[Choice] = []
        self.fixing: int | None = None  # the note whose correction comes next (✏️ Fix)
        # A line other than a number is being handled and has offered no choices yet: its
        # first menu numbers from 1 again (see offer).
        self.fresh = False
        self.delivering = asyncio.Lock()

    def say(self, text: str) -> None:
        print(plain(text), file=self.out, flush=True)

    def offer(self, choices: list[Choice], *, more: bool = False) -> None:
        """Show numbered choices; typing a number runs one.

        One numbering for the whole console: choices are numbered on from those still open
        (a nudge printed under a note's Undo and Fix is 3-7, the next nudge 8-12; a draft's
        "Sent it" comes after the batch it was picked from), so every number shown stays the
        one it was printed for. Numbers start again from 1 only when a line the user typed
        (a note or a command, not a number) answers with choices of its own: then the older
        ones close. A line that prints no choices (/wait, a card, the Sunday review with no
        intro to offer) leaves the open ones as they are.

        ``more``: never start again, even as the typed line's first menu: what falls due
        (nudges, the review) is not that line's answer."""
        if not choices:
            return
        if self.fresh and not more:
            self.choices = []
        self.fresh = False
        start = len(self.choices) + 1
        self.choices = [*self.choices, *choices]
        for number, (label, _) in enumerate(choices, start=start):
            self.say(f"  {number}) {label}")

    def close_note_menus(self) -> None:
        """Time moves on (/wait): a note's Undo and Fix close, so a number typed for a
        nudge days later can never undo that note by mistake; /undo still works. The other
        choices keep their numbers."""
        for at, (label, _) in enumerate(self.choices):
            if label in (texts.UNDO_BUTTON, texts.FIX_BUTTON):
                self.choices[at] = (label, self._closed)

    async def _closed(self) -> None:
        self.say(texts.CONSOLE_NOTE_MENU_CLOSED)

    async def set_clock_in_users_zone(self) -> None:
        """A bare --now was read in coach.default_timezone; the user's own zone may differ."""
        default = ZoneInfo(self.coach.settings.coach.default_timezone)
        self.clock.move_zone(default, ZoneInfo(await self.coach.timezone_of(self.user_id)))

    async def handle(self, line: str) -> None:
        """One line typed: a choice's number, a command, "delete everything", a draft or a note."""
        line = clean_text(line).strip()
        if not line:
            return
        try:
            if line.isdecimal():
                await self.choose(int(line))
            else:
                self.fresh = True
                try:
                    await self.dispatch(line)
                finally:
                    self.fresh = False
            await self.deliver_due()
        except Exception:  # as the bot's error handler: say so, log why, keep going
            log.exception("console: handling a line failed")
            self.say(texts.ERROR)

    async def dispatch(self, line: str) -> None:
        # Imported here: the commands module types its functions with this module's Console.
        from bot.console_commands import COMMANDS

        if line.startswith("/"):
            self.fixing = None
            name, _, args = line[1:].partition(" ")
            command = COMMANDS.get(name.split("@")[0].lower())
            if command is None:
                self.say(texts.UNKNOWN_COMMAND)
            else:
                await command(self, args.strip())
        elif is_erase_phrase(line):
            erased = await self.coach.privacy.confirm_erase(self.user_id)
            self.say(tt.DELETEME_DONE if erased is not None else tt.DELETEME_NOT_ASKED)
        elif line.lower().startswith(DRAFT_PREFIX):
            await self.check(line[len(DRAFT_PREFIX) :])
        else:
            await self.note(line)

    async def choose(self, number: int) -> None:
        if not self.choices:
            self.say(texts.CONSOLE_NO_CHOICES)
            return
        if not 1 <= number <= len(self.choices):
            self.say(texts.CONSOLE_PICK.format(last=len(self.choices)))
            return
        await self.choices[number - 1][1]()

    # --- notes and drafts ----------------------------------------------------------------

    async def note(self, text: str) -> None:
        fixing, self.fixing = self.fixing, None
        try:
            if fixing is not None:
                card = await self.coach.notes.replace(self.user_id, fixing, text)
            else:
                card = await self.coach.notes.capture(self.user_id, text)
        except EmptyNote:
            self.say(texts.EMPTY_NOTE)
            return
        self.show_card(card)
        if fixing is None:
            tip = await self.coach.drafts.tip_for_note(self.user_id, text)
            if tip is not None:
                self.say(texts.TIPS[tip])

    def show_card(self, card: NoteCard) -> None:
        text = formatting.note_card(card)
        # A note that names only an ambiguous person has just its question to show.
        if text.strip():
            self.say(text)
        choices: list[Choice] = []
        for ask in card.questions:
            self.say(formatting.question(ask))
            if ask.unsure:  # "Is 'Loan' a person?"
                choices.append((texts.YES_A_PERSON_BUTTON, self.resolver(ask.pending_id, None)))
                choices.append((texts.NOT_A_PERSON_BUTTON, self.dismisser(ask.pending_id)))
                continue
            for candidate in ask.candidates:
                resolve = self.resolver(ask.pending_id, candidate.contact_id)
                choices.append((candidate.label, resolve))
            choices.append((texts.NEW_CONTACT_BUTTON, self.resolver(ask.pending_id, None)))
        if text.strip():
            choices += [
                (texts.UNDO_BUTTON, lambda: self.undo_note(card.note_id)),
                (texts.FIX_BUTTON, lambda: self.fix_note(card.note_id)),
                *self.intro_choices(card.intros),
            ]
        self.offer(choices)

    def resolver(self, pending_id: int, contact_id: int | None) -> Action:
        async def resolve() -> None:
            result = await self.coach.notes.resolve(self.user_id, pending_id, contact_id)
            self.say(formatting.resolution(result) if result else texts.BUTTON_GONE)

        return resolve

    def dismisser(self, pending_id: int) -> Action:
        async def dismiss() -> None:
            dropped = await self.coach.notes.dismiss(self.user_id, pending_id)
            self.say(texts.NOT_A_PERSON if dropped else texts.BUTTON_GONE)

        return dismiss

    async def undo_note(self, note_id: int) -> None:
        result = await self.coach.notes.undo(self.user_id, note_id)
        self.say(formatting.undo_result(result) if result else texts.ALREADY_UNDONE)

    async def fix_note(self, note_id: int) -> None:
        if not await self.coach.notes.fixable(self.user_id, note_id):
            self.say(texts.FIX_GONE)
            return
        self.fixing = note_id
        self.say(texts.FIX_PROMPT)

    async def check(self, draft: str) -> None:
        if not draft.strip():
            self.say(texts.CHECK_USAGE)
            return
        try:
            self.say(
                formatting.check_card(await self.coach.drafts.check_draft(self.user_id, draft))
            )
        except EmptyDraft:
            self.say(texts.CHECK_USAGE)

    def intro_choices(self, suggestions: list[IntroSuggestion]) -> list[Choice]:
        def drafter(need_id: int, match_id: int) -> Action:
            async def draft() -> None:
                intro = await self.coach.intros.draft(self.user_id, need_id, match_id)
                self.say(intros.intro_or_why_not(intro) if intro else texts.BUTTON_GONE)

            return draft

        return [
            (
                texts.INTRO_BUTTON.format(
                    a=s.need_called or goes_by(s.need_name),
                    b=s.match_called or goes_by(s.match_name),
                ),
                drafter(s.need_id, s.match_id),
            )
            for s in suggestions[: keyboards.MAX_INTRO_BUTTONS]
        ]

    # --- what falls due: nudges and the Sunday review ------------------------------------

    async def deliver_due(self, before: Callable[[], None] | None = None) -> None:
        """Print the user's due nudges and weekly review, as the bot's jobs would send them.
        Their choices are numbered on from those already shown (the note's Undo and Fix,
        an earlier nudge's), so no number typed for one of them acts on another.
        ``before``: runs once before anything prints (/wait says the time it fell due)."""
        async with self.delivering:
            for outgoing in await self.coach.dispatcher.claim_due(user_id=self.user_id):
                if before is not None:
                    before()
                    before = None
                self.show_nudges(outgoing)
                await self.coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 0)])
            for _user, _previous in await self.coach.reviews.claim_due(user_id=self.user_id):
                if before is not None:
                    before()
                    before = None
                await self.show_review(await self.coach.reviews.build(self.user_id), more=True)

    def show_nudges(self, outgoing: Outgoing) -> None:
        if outgoing.digest:
            self.say(nudge_format.digest_message(outgoing.nudges))
            self.offer(
                [
                    (
                        texts.DONE_SHORT.format(n=number, name=goes_by(n.person or "note")),
                        self.nudge_act(n, "done"),
                    )
                    for number, n in enumerate(outgoing.nudges, start=1)
                ],
                more=True,
            )
            return
        for nudge in outgoing.nudges:
            self.say(nudge_format.nudge_message(nudge))
            self.offer(self.nudge_choices(nudge), more=True)

    def nudge_choices(self, nudge: NudgeView) -> list[Choice]:
        return [
            (texts.DONE_BUTTON, self.nudge_act(nudge, "done")),
            (texts.DRAFT_BUTTON, self.nudge_act(nudge, "draft")),
            (texts.DAY_BUTTON, self.nudge_act(nudge, "day")),
            (texts.WEEK_BUTTON, self.nudge_act(nudge, "week")),
            (texts.SKIP_BUTTON, self.nudge_act(nudge, "skip")),
        ]

    def nudge_act(self, nudge: NudgeView, action: str) -> Action:
        async def act() -> None:
            book = self.coach.nudges
            if action == "draft":
                draft = await book.draft(self.user_id, nudge.nudge_id)
                self.say(nudge_format.draft_message(draft) if draft else texts.BUTTON_GONE)
                if draft:
                    self.offer([(texts.SENT_IT_BUTTON, self.nudge_act(nudge, "done"))])
                return
            result = await book.act(self.user_id, nudge.nudge_id, action)
            self.say(nudge_format.action_message(result) if result else texts.ALREADY_HANDLED)

        return act

    async def show_review(self, review: WeeklyReview, *, more: bool = False) -> None:
        self.say(relationship_format.review(review))
        name = f"rapport-review-{review.end.isoformat()}.png"
        path = await self.save(name, await charts.review_png(review))
        if path is not None:
            self.say(texts.CONSOLE_CHART.format(caption=texts.REVIEW_CHART, path=path))
        self.offer(self.intro_choices(review.intros), more=more)

    async def save(self, name: str, data: bytes) -> Path | None:
        """A file in the console's folder; None (and the user told why) if it can't be."""
        path = (self.files / name).resolve()

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        try:
            await asyncio.to_thread(write)
        except OSError as exc:
            self.say(texts.CONSOLE_CANT_SAVE.format(path=path, why=exc.strerror))
            return None
        return path

    async def keep_delivering(self, every: float) -> None:
        """While the user types: nudges and reviews as they fall due, like the bot's jobs."""
        while True:
            await asyncio.sleep(every)
            try:
                await self.deliver_due()
            except Exception:  # the next run tries again, as the bot's job does
                log.exception("console: delivering due nudges failed")


def first_name(nudge: NudgeView) -> str:
    return goes_by(nudge.person or "note")


# A pasted note's later lines: bullets ("- opening 2nd location", "* ", "• ") and indented
# lines go on with the note above them; a line ending in a backslash goes on below.
CONTINUES = re.compile(r"^(?:[-*•]\s|[ \t]+\S)")
PASTE_WAIT = 0.05  # seconds: the rest of a paste is in the terminal by then


def continues(line: str) -> bool:
    return bool(CONTINUES.match(line))


def one_line(entry: str) -> bool:
    """A command or a menu's number is a line of its own: bullets typed under it are the
    next note, never its arguments (`/wait 1d` then "- lunch with Marek" is a wait and a
    note)."""
    first = entry.lstrip()
    return first.startswith("/") or first.isdecimal()


class Entries:
    """What the user typed or pasted, one note or command at a time: a bulleted block
    ("coffee w/ Linh" / "- husband Minh is a firefighter") is one note, as in Telegram; a
    command or a number is one line, and a bullet after it starts a note."""

    def __init__(self, stdin: TextIO, interactive: bool) -> None:
        self.stdin = stdin
        self.interactive = interactive
        self.ahead: str | None = None  # a line read to see if it went on with the last one

    async def _line(self) -> str:
        if self.ahead is not None:
            line, self.ahead = self.ahead, None
            return line
        return await asyncio.to_thread(self.stdin.readline)

    def _more_waiting(self) -> bool:
        """Piped input can always be read on; a terminal only if a paste left more lines."""
        if not self.interactive:
            return True
        try:
            ready, _, _ = select.select([self.stdin], [], [], PASTE_WAIT)
        except (OSError, ValueError, TypeError):
            return False
        return bool(ready)

    async def next(self) -> str | None:
        """The next note or command, its lines joined by newlines; None at end of input."""
        line = await self._line()
        if not line:
            return None
        parts = [line.rstrip("\n")]
        while parts[-1].endswith("\\"):
            parts[-1] = parts[-1][:-1].rstrip()
            more = await self._line()
            if not more:
                break
            parts.append(more.rstrip("\n"))
        if one_line(parts[0]):
            return "\n".join(parts)
        while self.ahead is None and self._more_waiting():
            more = await self._line()
            if not more:
                break
            if not continues(more):
                self.ahead = more
                break
            parts.append(more.rstrip("\n"))
        return "\n".join(parts)


async def chat(
    coach: Coach,
    user_id: int,
    stdin: TextIO = sys.stdin,
    files: Path = Path("."),
    clock: ConsoleClock | None = None,
) -> None:
    """Read notes and commands until end of input: a line each, or a pasted block whose
    later lines are bullets or indented, or lines joined by a trailing backslash."""
    console = Console(coach, user_id, files=files, clock=clock)
    interactive = stdin.isatty()
    if interactive:
        console.say(texts.CONSOLE_HELLO)
    await coach.warm_up()
    await console.set_clock_in_users_zone()
    await console.deliver_due()
    every = coach.settings.nudges.dispatch_interval.total_seconds()
    ticker = asyncio.create_task(console.keep_delivering(every)) if interactive else None
    entries = Entries(stdin, interactive)
    try:
        while True:
            if interactive and entries.ahead is None:
                print("you> ", end="", flush=True)
            entry = await entries.next()
            if entry is None:
                break
            await console.handle(entry)
    finally:
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
