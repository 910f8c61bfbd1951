"""The same coach in a terminal: `rapport chat`. Scriptable when stdin is not a terminal."""

from __future__ import annotations

import asyncio
import html
import re
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO

from bot import formatting, texts
from coach.drafts import EmptyDraft
from coach.notes import EmptyNote
from coach.service import Coach, UnknownTimezone
from coach.views import Candidate, NoteCard

TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(TAG.sub("", text))


class Console:
    def __init__(self, coach: Coach, user_id: int, out: TextIO = sys.stdout) -> None:
        self.coach = coach
        self.user_id = user_id
        self.out = out
        # A 'Which John?' waiting for a numbered answer: (pending id, candidates).
        self.question: tuple[int, list[Candidate]] | None = None
        self.commands: dict[str, Callable[[str], Awaitable[str]]] = {
            "start": self.help,
            "help": self.help,
            "people": self.people,
            "person": self.person,
            "find": self.find,
            "undo": self.undo,
            "timezone": self.timezone,
            "check": self.check,
        }

    def say(self, text: str) -> None:
        print(plain(text), file=self.out, flush=True)

    async def handle(self, line: str) -> None:
        line = line.strip()
        if self.question and line.isdigit():
            await self.answer(int(line))
            return
        self.question = None
        if line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            command = self.commands.get(name.lower())
            self.say(await command(args.strip()) if command else texts.UNKNOWN_COMMAND)
            return
        try:
            card = await self.coach.notes.capture(self.user_id, line)
        except EmptyNote:
            self.say(texts.EMPTY_NOTE)
            return
        self.show_card(card)

    def show_card(self, card: NoteCard) -> None:
        text = formatting.note_card(card)
        if text.strip():  # an ambiguous-only note has just its question to show
            self.say(text)
        for ask in card.questions:
            self.say(formatting.question(ask))
            for number, candidate in enumerate(ask.candidates, start=1):
                self.say(f"  {number}) {candidate.label}")
            if ask.unsure:
                self.say(f"  1) {texts.YES_A_PERSON_BUTTON}\n  2) {texts.NOT_A_PERSON_BUTTON}")
            else:
                self.say(f"  {len(ask.candidates) + 1}) new contact")
            self.question = (ask.pending_id, ask.candidates)

    async def answer(self, number: int) -> None:
        assert self.question is not None
        pending_id, candidates = self.question
        if not 1 <= number <= max(len(candidates) + 1, 2):
            self.say(f"Pick a number from 1 to {max(len(candidates) + 1, 2)}.")
            return
        self.question = None
        if not candidates and number == 2:  # "Is 'Loan' a person?" No.
            dropped = await self.coach.notes.dismiss(self.user_id, pending_id)
            self.say(texts.NOT_A_PERSON if dropped else texts.BUTTON_GONE)
            return
        choice = candidates[number - 1].contact_id if number <= len(candidates) else None
        result = await self.coach.notes.resolve(self.user_id, pending_id, choice)
        self.say(formatting.resolution(result) if result else texts.BUTTON_GONE)

    async def help(self, _: str) -> str:
        return texts.HELP

    async def people(self, args: str) -> str:
        page = int(args) if args.isdigit() else 1
        return formatting.people_page(await self.coach.people.page(self.user_id, page))

    async def person(self, name: str) -> str:
        if not name:
            return texts.PERSON_USAGE
        lookup = await self.coach.people.lookup(self.user_id, name)
        if lookup.card:
            return formatting.person_card(lookup.card)
        if lookup.candidates:
            labels = ", ".join(c.label for c in lookup.candidates)
            return f"Several people fit: {labels}. Try a fuller name."
        return formatting.not_found(name, lookup)

    async def find(self, query: str) -> str:
        if not query:
            return texts.FIND_USAGE
        return formatting.find_result(await self.coach.people.find(self.user_id, query))

    async def check(self, draft: str) -> str:
        if not draft.strip():
            return texts.CHECK_USAGE
        try:
            return formatting.check_card(await self.coach.drafts.check_draft(self.user_id, draft))
        except EmptyDraft:
            return texts.CHECK_USAGE

    async def undo(self, _: str) -> str:
        return formatting.undo_result(await self.coach.notes.undo(self.user_id))

    async def timezone(self, name: str) -> str:
        if not name:
            return texts.TIMEZONE_USAGE.format(timezone=await self.coach.timezone_of(self.user_id))
        try:
            return texts.TIMEZONE_SET.format(
                timezone=await self.coach.set_timezone(self.user_id, name)
            )
        except UnknownTimezone as exc:
            return texts.TIMEZONE_UNKNOWN.format(name=html.escape(exc.name))


async def chat(coach: Coach, user_id: int, stdin: TextIO = sys.stdin) -> None:
    """Read notes and commands line by line until end of input."""
    console = Console(coach, user_id)
    interactive = stdin.isatty()
    if interactive:
        console.say(
            "Rapport console coach. Type a note about someone you met, or /help. Ctrl-D quits."
        )
    await coach.warm_up()
    while True:
        if interactive:
            print("you> ", end="", flush=True)
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        if line.strip():
            await console.handle(line)
