"""Every command of the Telegram bot, for the console: the same coach calls and the same
words, buttons as numbered choices, files written to and read from the disk."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import (
    formatting,
    general,
    intros,
    ledger,
    merge,
    nudge_format,
    nudges,
    portability,
    privacy,
    relationship_format,
    texts,
)
from bot import trust_texts as tt
from bot.nudges import not_found
from coach.infra.durations import parse_duration
from coach.nudges import NotFound
from coach.portability import FORMATS, UnreadableFile
from coach.privacy import ForgetPreview

if TYPE_CHECKING:
    from bot.console import Action, Console

Command = Callable[["Console", str], Awaitable[None]]
UPCOMING_SHOWN = nudges.UPCOMING_SHOWN
# /wait delivers what is due at each whole hour on the way: the bot's review job checks
# hourly, and the planner's nudges fall due on the hour.
WAIT_STEP = timedelta(hours=1)


def choice(label: str, act: Action) -> tuple[str, Action]:
    return label, act


async def help_command(console: Console, _: str) -> None:
    console.say(texts.CONSOLE_HELP)


async def timezone(console: Console, args: str) -> None:
    old = ZoneInfo(await console.coach.timezone_of(console.user_id))
    console.say(await general.timezone_reply(console.coach, console.user_id, args.split()))
    new = ZoneInfo(await console.coach.timezone_of(console.user_id))
    if console.clock.wall and new != old:
        # The time the user set with --now is the time on their own clock, wherever it is.
        console.clock.move_zone(old, new)
        now = nudge_format.when(console.clock().astimezone(new))
        console.say(texts.CONSOLE_WAITED.format(now=now))


async def me(console: Console, args: str) -> None:
    console.say(await general.me_reply(console.coach, console.user_id, args.split()))


async def people(console: Console, args: str) -> None:
    await show_people(console, int(args) if args.isdecimal() else 1)


async def show_people(console: Console, number: int) -> None:
    page = await console.coach.people.page(console.user_id, number)
    console.say(formatting.people_page(page))
    turns = []
    if page.page > 1:
        turns.append(choice(texts.NEWER_BUTTON, lambda: show_people(console, page.page - 1)))
    if page.page < page.pages:
        turns.append(choice(texts.OLDER_BUTTON, lambda: show_people(console, page.page + 1)))
    console.offer(turns)


async def person(console: Console, name: str) -> None:
    if not name:
        console.say(texts.PERSON_USAGE)
        return
    lookup = await console.coach.people.lookup(console.user_id, name)
    if lookup.card is not None:
        console.say(formatting.person_card(lookup.card))
    elif lookup.candidates:
        console.say(formatting.which_contact(name))
        console.offer(
            [choice(c.label, opener(console, c.contact_id)) for c in lookup.candidates[:8]]
        )
    else:
        console.say(formatting.not_found(name, lookup))


def opener(console: Console, contact_id: int) -> Action:
    async def open_card() -> None:
        card = await console.coach.people.card(console.user_id, contact_id)
        console.say(formatting.person_card(card) if card else texts.BUTTON_GONE)

    return open_card


async def find(console: Console, query: str) -> None:
    if not query:
        console.say(texts.FIND_USAGE)
        return
    console.say(formatting.find_result(await console.coach.people.find(console.user_id, query)))


async def undo(console: Console, _: str) -> None:
    console.say(formatting.undo_result(await console.coach.notes.undo(console.user_id)))


async def check(console: Console, draft: str) -> None:
    await console.check(draft)


async def gave(console: Console, args: str) -> None:
    await _ledger(console, "gave", args)


async def _ledger(console: Console, direction: str, args: str) -> None:
    """/gave, /got; a name several contacts fit asks which, and the pick saves it."""
    words = args.split()
    if not words:
        console.say(ledger.usage(direction))
        return
    try:
        result = await console.coach.ledger.record(console.user_id, direction, words)
    except NotFound as exc:
        if not exc.choices:
            console.say(not_found(exc))
            return
        console.say(ledger.which(exc, direction))
        console.offer(
            [choice(c.label, recorder(console, direction, c.contact_id, exc.what))
             for c in exc.choices[:8]]
        )  # fmt: skip
        return
    console.say(relationship_format.recorded(result))


def recorder(console: Console, direction: str, contact_id: int, what: str) -> Action:
    async def record() -> None:
        result = await console.coach.ledger.record_to(console.user_id, direction, contact_id, what)
        console.say(relationship_format.recorded(result))

    return record


async def got(console: Console, args: str) -> None:
    await _ledger(console, "got", args)


async def balance(console: Console, _: str) -> None:
    result = await console.coach.ledger.balance(console.user_id)
    console.say(relationship_format.balance(result))


async def intro(console: Console, args: str) -> None:
    console.say(await intros.intro_reply(console.coach, console.user_id, args))


async def events(console: Console, _: str) -> None:
    view = await console.coach.events.summary(console.user_id)
    console.say(relationship_format.events(view))


async def review(console: Console, args: str) -> None:
    word = args.strip().casefold()
    if word in ("on", "off"):
        await console.coach.reviews.set_enabled(console.user_id, word == "on")
        console.say(texts.REVIEW_ON if word == "on" else texts.REVIEW_OFF)
        return
    await console.show_review(await console.coach.reviews.build(console.user_id))


async def upcoming(console: Console, _: str) -> None:
    coach = console.coach
    every = await coach.nudges.upcoming(console.user_id)
    coming = every[:UPCOMING_SHOWN]
    days = coach.settings.nudges.upcoming_window.days or 1
    console.say(nudge_format.upcoming_message(coming, days, len(every) - len(coming)))

    def actions(index: int) -> Action:
        async def show() -> None:
            # The nudge again, as it printed when due: the menu says whom it is for.
            console.say(nudge_format.nudge_message(coming[index]))
            console.offer(console.nudge_choices(coming[index]))

        return show

    console.offer(
        [
            choice(
                texts.CONSOLE_NUDGE_ACTIONS.format(
                    number=i + 1, person=n.person or "a follow-up of yours"
                ),
                actions(i),
            )
            for i, n in enumerate(coming)
        ]
    )


async def followup(console: Console, args: str) -> None:
    console.say(await nudges.followup_reply(console.coach, console.user_id, args.split()))


async def cadence(console: Console, args: str) -> None:
    console.say(await nudges.cadence_reply(console.coach, console.user_id, args.split()))


async def pause(console: Console, args: str) -> None:
    console.say(await nudges.pause_reply(console.coach, console.user_id, args.split()))


async def resume(console: Console, _: str) -> None:
    console.say(await nudges.resume_reply(console.coach, console.user_id))


async def digest(console: Console, args: str) -> None:
    console.say(await nudges.digest_reply(console.coach, console.user_id, args.split()))


async def quiet(console: Console, args: str) -> None:
    console.say(await nudges.quiet_reply(console.coach, console.user_id, args.split()))


async def export(console: Console, args: str) -> None:
    wanted = [portability.FORMAT_ALIASES.get(a.lower(), a.lower()) for a in args.split()]
    if any(w not in FORMATS for w in wanted):
        console.say(tt.EXPORT_USAGE)
        return
    console.files.mkdir(parents=True, exist_ok=True)
    for fmt in wanted or FORMATS:
        exported = await console.coach.portability.export(console.user_id, fmt)
        path = console.files / exported.file_name
        path.write_bytes(exported.data)
        console.say(
            texts.CONSOLE_EXPORTED.format(caption=tt.EXPORT_CAPTIONS[fmt], path=path.resolve())
        )
    if not wanted:
        console.say(tt.EXPORT_DONE)


async def import_command(console: Console, args: str) -> None:
    if not args:
        console.say(texts.CONSOLE_IMPORT_USAGE)
        return
    path = Path(args)
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError:
        console.say(texts.CONSOLE_NO_FILE.format(path=html.escape(str(path))))
        return
    try:
        report = await console.coach.portability.import_file(console.user_id, path.name, data)
    except UnreadableFile as exc:
        console.say(tt.IMPORT_UNREADABLE.format(name=html.escape(path.name), why=exc))
        return
    console.say(portability.import_report(path.name, report))


async def forget(console: Console, name: str) -> None:
    if not name:
        console.say(tt.FORGET_USAGE)
        return
    found = await console.coach.privacy.find_to_forget(console.user_id, name)
    if found.preview is not None:
        ask_to_forget(console, found.preview)
    elif found.candidates:
        console.say(tt.FORGET_WHICH.format(name=html.escape(name)))
        console.offer([choice(c.label, asker(console, c.contact_id)) for c in found.candidates[:8]])
    else:
        text = tt.FORGET_UNKNOWN.format(name=html.escape(name))
        if found.suggestions:
            text += texts.DID_YOU_MEAN.format(names=" or ".join(found.suggestions))
        console.say(text)


def asker(console: Console, contact_id: int) -> Action:
    async def ask() -> None:
        preview = await console.coach.privacy.preview(console.user_id, contact_id)
        if preview is None:
            console.say(texts.BUTTON_GONE)
        else:
            ask_to_forget(console, preview)

    return ask


def ask_to_forget(console: Console, preview: ForgetPreview) -> None:
    async def yes() -> None:
        name = await console.coach.privacy.forget(console.user_id, preview.contact_id)
        console.say(tt.FORGET_DONE.format(name=html.escape(name)) if name else texts.BUTTON_GONE)

    async def no() -> None:
        console.say(tt.FORGET_KEPT.format(name=html.escape(preview.name)))

    console.say(privacy.confirm_text(preview))
    console.offer([choice(tt.FORGET_YES, yes), choice(tt.FORGET_NO, no)])


async def deleteme(console: Console, _: str) -> None:
    held = await console.coach.privacy.request_erase(console.user_id)
    console.say(
        tt.DELETEME_ASK.format(
            contacts=privacy.plural(held.contacts, "contact"),
            notes=privacy.plural(held.notes, "note"),
            nudges=privacy.plural(held.nudges, "follow-up"),
        )
    )


async def merge_command(console: Console, name: str) -> None:
    if not name:
        console.say(texts.MERGE_USAGE)
        return
    lookup = await console.coach.merging.find(console.user_id, name)
    console.say(merge.ask_text(name, lookup))
    ways = merge.options(lookup)
    if not ways:
        return

    def merger(keep: int, others: list[int]) -> Action:
        async def merge_them() -> None:
            merged = await console.coach.merging.merge(console.user_id, keep, others)
            console.say(merge.done_text(merged) if merged else texts.BUTTON_GONE)

        return merge_them

    async def cancel() -> None:
        console.say(texts.MERGE_CANCELLED)

    console.offer(
        [
            *(choice(label, merger(keep, others)) for label, keep, others in ways),
            choice(texts.MERGE_CANCEL, cancel),
        ]
    )


async def wait(console: Console, span: str) -> None:
    """Console only: move the clock on to each whole hour, delivering what falls due on the
    way, as the running bot would have (the Sunday review on Sunday, not at the end). What
    falls due prints under the time it did: a 09:00 nudge under "It's now ..., 09:00", never
    above the line of the time the wait ends at, where it read as printed before the wait."""
    try:
        left = parse_duration(span)
    except ValueError:
        console.say(texts.CONSOLE_WAIT_USAGE)
        return
    zone = ZoneInfo(await console.coach.timezone_of(console.user_id))
    told: list[str] = []
    console.close_note_menus()

    def tell_time() -> None:
        line = texts.CONSOLE_WAITED.format(now=nudge_format.when(console.clock().astimezone(zone)))
        if not told or told[-1] != line:
            console.say(line)
            told.append(line)

    while left > timedelta(0):
        local = console.clock().astimezone(zone)
        into = timedelta(minutes=local.minute, seconds=local.second, microseconds=local.microsecond)
        step = min(left, WAIT_STEP - into)
        console.clock.advance(step)
        left -= step
        await console.deliver_due(before=tell_time)
    tell_time()


COMMANDS: dict[str, Command] = {
    "start": help_command,
    "help": help_command,
    "timezone": timezone,
    "me": me,
    "undo": undo,
    "people": people,
    "person": person,
    "find": find,
    "nudges": upcoming,
    "followup": followup,
    "cadence": cadence,
    "pause": pause,
    "resume": resume,
    "digest": digest,
    "quiet": quiet,
    "check": check,
    "gave": gave,
    "got": got,
    "balance": balance,
    "intro": intro,
    "events": events,
    "review": review,
    "export": export,
    "import": import_command,
    "forget": forget,
    "deleteme": deleteme,
    "merge": merge_command,
    "wait": wait,
}
