"""The console is the whole product: every README command works in `rapport chat`, buttons
are numbered choices, and nudges, tips and the weekly review print as they fall due."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import texts
from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_commands() -> set[str]:
    """Every command the README's "What you can do" table names."""
    table = README.read_text().split("## What you can do", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"`(/[a-z]+)", table))


# (what the user types, words the answer must hold). A lone number picks a listed choice.
SCRIPT: list[tuple[str, str]] = [
    ("/start", "Type a note"),
    ("/timezone Europe/Berlin", "Europe/Berlin"),
    ("/me wedding photographer", "I have your work as wedding photographer"),
    (
        "met Sarah Chen from Acme Robotics at the chamber breakfast, loves sailing, "
        "her daughter is applying to college. follow up friday",
        "New contact: Sarah Chen (Acme Robotics)",
    ),
    ("met John Park from Globex at the mixer, wants an intro to a good CPA", "John Park"),
    ("met John Smith at the BNI lunch, he is a CPA", "John Smith"),
    ("john loves kayaking", "Which John did you mean?"),
    ("1", "Updated: John Park"),
    ("at the expo I handed out my business cards to everyone", "💡"),
    ("/undo", "Undone"),
    ("/people", "Your people (3)"),
    ("/person sarah", "Into: sailing"),
    ("/person john", "Which john did you mean?"),
    ("2", "John Smith"),
    ("/find who needs a CPA", "John Park"),
    ("/gave Sarah Chen an intro to Marcus", "you gave Sarah Chen an intro to Marcus"),
    ("/got John Smith a referral", "John Smith gave you a referral"),
    ("/balance", "Give and take"),
    ("/intro John Park and John Smith", "Double opt-in intro"),
    ("/events", "chamber breakfast"),
    ("/check @Sarah Chen Hi Sarah, book a demo this week, 20% off until Friday", "Pitch-first"),
    ("draft: Hi Sarah, how is the sailing season going?", "pitch score"),
    ("/followup Sarah next tuesday about the mentoring program", "Got it"),
    ("/cadence Sarah every 30d", "with Sarah Chen every 30d"),
    ("/nudges", "Coming up in the next 14 days"),
    ("1", "✅ Done"),
    # The picked nudge's menu is numbered on after the list's seven choices.
    ("8", "Logged your touch"),
    ("/digest on 08:30", "Digest on"),
    ("/digest off", "Digest off"),
    ("/quiet 22:00-07:00", "Quiet hours set"),
    ("/pause 7d", "Nudges paused until"),
    ("/resume", "Nudges are back on"),
    ("/wait 3d", "It's now"),
    ("/review", "Your week"),
    ("/review off", "No more Sunday reviews"),
    ("/export", "That's all your data"),
    ("/export csv", "rapport-contacts.csv"),
    ("/merge john", "Pick the one to keep"),
    ("3", "Nothing merged"),
    ("/forget John Smith", "Forget John Smith?"),
    ("2", "Kept John Smith"),
    ("/deleteme", "delete everything"),
    ("/help", "numbered choices"),
]


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def number_of(said: str, label: str, after: int = 0) -> str:
    """The number a menu printed for ``label``, the first one at or past ``after``."""
    found = re.compile(rf"(\d+)\) {re.escape(label)}").search(said, after)
    assert found is not None, (label, said[after:])
    return found.group(1)


async def run(console: Console, out: io.StringIO, line: str) -> str:
    start = len(out.getvalue())
    await console.handle(line)
    return out.getvalue()[start:]


async def test_a_scripted_session_runs_every_readme_command(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    used = {line.split()[0] for line, _ in SCRIPT if line.startswith("/")}
    assert readme_commands() - used == set(), "the script leaves README commands out"
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    for line, expected in SCRIPT:
        said = await run(console, out, line)
        assert expected in said, (line, said)
        assert texts.UNKNOWN_COMMAND not in said, line
        assert texts.ERROR not in said, line
    assert "<b>" not in out.getvalue(), "terminal text, not Telegram HTML"
    exported = files_in(tmp_path)
    assert {"rapport.json", "rapport-contacts.vcf", "rapport-follow-ups.ics"} <= exported

    # /import reads a file from the disk: the export made a moment ago.
    said = await run(console, out, f"/import {tmp_path / 'rapport-contacts.vcf'}")
    assert "3 already in your Rolodex" in said
    said = await run(console, out, f"/import {tmp_path / 'nowhere.vcf'}")
    assert "There's no file" in said
    said = await run(console, out, "delete everything")
    assert "erased everything" in said


async def test_nudges_and_the_sunday_review_print_as_they_fall_due(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    # Thursday 26 November: "nice to meet you" is due on Saturday, the review on Sunday.
    said = await run(console, out, "/wait 2d")
    assert "Nice-to-meet-you time: Dana Lee" in said and "tango" in said
    # Numbered on after the note's ↩️ Undo and ✏️ Fix, which are still open.
    assert "3) ✅ Done" in said and "7) ⏭ Skip" in said
    assert "Logged your touch with Dana Lee" in await run(console, out, "3")
    assert "Already handled" in await run(console, out, "3")
    assert "Your week" not in await run(console, out, "/wait 1d")  # Sunday morning
    said = await run(console, out, "/wait 10h")  # Sunday evening
    assert "Your week" in said and "Follow-ups: 1 done of 1 due" in said
    assert any(name.startswith("rapport-review-") for name in files_in(tmp_path))
    # Delivered once: another line delivers nothing again.
    again = await run(console, out, "/people")
    assert "Your week" not in again and "Nice-to-meet-you" not in again


async def test_a_number_with_nothing_to_pick_is_not_a_note(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    assert "nothing to pick" in await run(console, out, "2")
    assert (await coach.people.page(0)).total == 0
    await run(console, out, "/merge dana")
    assert "Pick a number" not in await run(console, out, "/people")


@pytest.mark.parametrize("line", ["/wait soon", "/wait"])
async def test_wait_says_how_to_use_it(coach: Coach, tmp_path: Path, line: str) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    assert "/wait 2d" in await run(console, out, line)


async def test_a_failure_is_told_and_the_session_goes_on(
    coach: Coach, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)

    async def broken(*args: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(coach.ledger, "balance", broken)
    assert texts.ERROR in await run(console, out, "/balance")
    assert "New contact: Dana Lee" in await run(console, out, "met Dana Lee at the mixer")


async def test_a_pasted_bullet_list_is_one_note(coach: Coach, tmp_path: Path) -> None:
    from bot.console import chat

    pasted = io.StringIO(
        "coffee w/ Linh Tran (Saigon Bites)\n"
        "- opening 2nd location in Decatur in Feb\n"
        "- husband Minh is a firefighter\n"
        "met Sam Wu at the BNI lunch \\\n"
        "loves sailing\n"
    )
    await chat(coach, 0, stdin=pasted, files=tmp_path)
    lookup = await coach.people.lookup(0, "linh")
    assert lookup.card is not None
    assert [(r.relation, r.name) for r in lookup.card.family] == [("husband", "Minh")]
    # One note: Linh's card shows her line and the bullets under it, not Sam's line.
    shown = lookup.card.timeline[0].text
    assert "Linh Tran" in shown and "Decatur" in shown and "husband Minh" in shown
    assert "Sam Wu" not in shown
    sam = await coach.people.lookup(0, "sam wu")
    assert sam.card is not None and ("interest", "sailing") in {
        (f.kind, f.text) for f in sam.card.facts
    }
    # Two notes, not five: the bullets were no notes of their own.
    page = await coach.people.page(0)
    assert (page.total, page.relatives) == (2, 1)


async def test_console_entries_join_bullets_indents_and_backslashes() -> None:
    from bot.console import Entries

    entries = Entries(io.StringIO("a\n- b\n  c\n• d\nnext \\\nline\n/help\n"), False)
    assert await entries.next() == "a\n- b\n  c\n• d"
    assert await entries.next() == "next\nline"
    assert await entries.next() == "/help"
    assert await entries.next() is None


async def test_a_note_with_nothing_new_about_someone_says_noted_not_an_empty_update(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    await run(
        console, out, "met Ngozi Okafor from Ngozi's Kitchen at the expo, runs a catering company"
    )
    said = await run(console, out, "had coffee with ngozi okafor today")
    assert "Noted for Ngozi Okafor" in said
    assert "Updated" not in said
    news = await run(console, out, "ngozi okafor loves sailing")
    assert "Updated: Ngozi Okafor" in news and "sailing" in news


async def test_a_bare_now_is_the_time_on_the_users_own_clock(
    settings: object, extraction: object, tmp_path: Path
) -> None:
    """`rapport chat --now 2026-11-30T08:30`, then /timezone America/Toronto: still 08:30,
    and a later session started at 08:30 is 08:30 in Toronto too."""
    from datetime import UTC, datetime

    from bot.console import ConsoleClock

    start = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # as read in coach.default_timezone
    clock = ConsoleClock(start, wall=True)
    coach = Coach(settings, clock=clock, extraction=extraction)  # type: ignore[arg-type]
    try:
        out = io.StringIO()
        console = Console(coach, 0, out=out, files=tmp_path, clock=clock)
        said = await run(console, out, "/timezone America/Toronto")
        assert "It's now Mon 30 Nov, 08:30" in said, said
    finally:
        await coach.close()
    clock = ConsoleClock(start, wall=True)
    coach = Coach(settings, clock=clock, extraction=extraction)  # type: ignore[arg-type]
    try:
        out = io.StringIO()
        console = Console(coach, 0, out=out, files=tmp_path, clock=clock)
        await console.set_clock_in_users_zone()  # as `rapport chat` does first
        assert "It's now Mon 30 Nov, 08:31" in await run(console, out, "/wait 1m")
    finally:
        await coach.close()


async def test_merge_mends_a_person_a_note_split_in_two(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    # Notes that name someone by a different half each time split them in two.
    await run(console, out, "al-amin from td called, he's a commercial lender")
    await run(console, out, "rashid said he might need estate planning help for his parents")
    await run(console, out, "afterparty: Duc Anh Tran, designer, 2 kids")
    await run(console, out, "Duke from the afterparty runs small agency pixelhaus")
    said = await run(console, out, "/merge rashid")
    assert "Which contact should I merge rashid with?" in said
    assert "e.g. /merge rashid and " in said and "1)" not in said
    said = await run(console, out, "/merge Rashid Al-Amin")
    assert "Merge Rashid and Al-Amin (TD) into one contact, Rashid Al-Amin?" in said
    assert "1) 🔀 Merge as Rashid Al-Amin" in said and "2) Not the same person" in said
    assert "Merged into Rashid Al-Amin (TD): Rashid, Al-Amin." in await run(console, out, "1")

    said = await run(console, out, "/merge Duke and Duc Anh Tran")
    assert "Merge Duc Anh Tran and Duke into one contact, Duc Anh Tran, who goes by Duke?" in said
    said = await run(console, out, "1")
    assert "Merged into Duc Anh Tran: Duke." in said and "They go by Duke." in said
    assert "👤 Duc Anh Tran" in await run(console, out, "/person duke")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/merge", "e.g. /merge Duke and Duc Anh Tran"),
        ("/merge Zed and Quill", "I don't know anyone called Zed. Name two contacts"),
        ("/merge dana and Dana", "Dana and Dana are already one contact: Dana Lee."),
        ("/merge dana and zed", "I don't know anyone called zed."),
    ],
)
async def test_merge_answers_bad_names_with_an_example(
    coach: Coach, tmp_path: Path, line: str, expected: str
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    await run(console, out, "met Dana Lee at the mixer")
    said = await run(console, out, line)
    assert expected in said, said
    assert "1)" not in said


async def test_merge_of_a_name_two_contacts_share_asks_for_the_full_name(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path)
    for note in ("met Dana Lee at the mixer", "met Dana Cruz at the gym", "met Omar at BNI"):
        await run(console, out, note)
    said = await run(console, out, "/merge dana and omar")
    assert "More than one contact fits dana:\n• Dana Lee\n• Dana Cruz" in said
    assert "Name the one you mean in full" in said and "1)" not in said
    said = await run(console, out, "/merge dana cruz and omar")
    assert "Merge Dana Cruz and Omar into one contact, Dana Cruz, who goes by Omar?" in said


async def test_a_morning_digest_in_the_console_numbers_its_done_choices(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee and Tom Hart at the mixer, Dana loves sailing")
    await run(console, out, "/digest on 08:30")
    said = await run(console, out, "/wait 3d")
    assert "went wrong" not in said
    assert "3) 1. ✅ Dana" in said, said  # after the note's ↩️ Undo and ✏️ Fix


async def test_a_bullet_after_a_command_or_a_number_starts_a_note_of_its_own() -> None:
    """A command or a menu's number is one line: a bulleted note typed under it is a note."""
    from bot.console import Entries

    entries = Entries(
        io.StringIO("/wait 1d\n- lunch with marek\n- his daughter zosia\n2\n  indented\n"), False
    )
    assert await entries.next() == "/wait 1d"
    assert await entries.next() == "- lunch with marek\n- his daughter zosia"
    assert await entries.next() == "2"
    assert await entries.next() == "  indented"
    assert await entries.next() is None


async def test_a_bulleted_note_under_wait_is_kept_and_the_clock_moves(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    from bot.console import chat

    script = io.StringIO(
        "/wait 1d\n"
        "- lunch with Marek Kowalczyk, cfo at lakeshore fabrication\n"
        "- his daughter zosia plays travel hockey\n"
    )
    before = clock()
    await chat(coach, 0, stdin=script, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    assert clock() - before == timedelta(days=1)
    marek = await coach.people.lookup(0, "marek")
    assert marek.card is not None
    assert "zosia" in " ".join(t.text for t in marek.card.timeline).lower()


async def test_picking_a_nudge_from_the_list_says_whom_its_menu_is_for(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    await run(console, out, "met Omar Haddad at the mixer, training for a marathon")
    assert "Open line 2 (Omar Haddad) to act on it" in await run(console, out, "/nudges")
    said = await run(console, out, "2")
    menu = said.index(f"{number_of(said, '✅ Done')}) ✅ Done")
    assert "Omar Haddad" in said[:menu] and "marathon" in said[:menu], said
    assert "Dana" not in said, said


async def test_nudges_that_arrive_together_number_their_menus_on(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Each nudge keeps its own numbers: after the last note's Undo and Fix (1-2), 3-7
    answer the first, 8-12 the second, so a number typed while reading the first one
    never acts on the last one."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    await run(console, out, "met Omar Haddad at the mixer, training for a marathon")
    said = await run(console, out, "/wait 3d")
    dana, omar = said.index("time: Dana Lee"), said.index("time: Omar Haddad")
    assert dana < said.index("4) ✍️ Draft") < omar < said.index("9) ✍️ Draft"), said
    assert "8) ✅ Done" in said and "12) ⏭ Skip" in said
    assert "Hi Dana" in await run(console, out, "4")


async def test_a_later_nudges_number_acts_on_it_not_on_the_first(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    await run(console, out, "met Omar Haddad at the mixer, training for a marathon")
    await run(console, out, "/wait 3d")
    assert "Skipped this one for Omar Haddad" in await run(console, out, "12")


async def test_a_nudge_due_during_a_wait_prints_under_the_time_it_fell_due(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 11: /nudges at 08:30 listed Dana as due 09:00; /wait 1h printed her nudge above
    "It's now 09:30", so it read as printed by /nudges and the wait as printing nothing,
    and /nudges later called it sent. The wait stops on the hour and says the time first."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    clock.now = datetime(2026, 11, 28, 8, 30, tzinfo=UTC)
    listed = await run(console, out, "/nudges")
    assert "Sat 28 Nov, 09:00" in listed and "Nice-to-meet-you time" not in listed, listed
    said = await run(console, out, "/wait 1h")
    at_nine = said.index("It's now Sat 28 Nov, 09:00.")
    assert at_nine < said.index("Nice-to-meet-you time: Dana Lee") < said.index("09:30"), said
    assert said.count("It's now") == 2, said
    sent = [n for n in await coach.nudges.upcoming(0) if n.sent]
    assert [n.person for n in sent] == ["Dana Lee"]


async def test_acting_on_one_nudge_of_a_batch_keeps_the_others_numbers(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 11: a draft's "Sent it" was numbered 1 and replaced the batch's menus, so the
    next nudge's number said "Pick a number from 1 to 1" and 1 then answered the wrong one.
    A menu that follows a choice gets the next numbers; the batch stays answerable."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    await run(console, out, "met Omar Haddad at the mixer, training for a marathon")
    said = await run(console, out, "/wait 3d")
    omar = said.index("time: Omar Haddad")
    skip_dana, last = number_of(said, "⏭ Skip"), number_of(said, "⏭ Skip", omar)
    drafted = await run(console, out, number_of(said, "✍️ Draft", omar))
    assert "Hi Omar" in drafted, drafted
    sent_it = number_of(drafted, "✅ Sent it")
    assert int(sent_it) == int(last) + 1, drafted
    assert "Skipped this one for Dana Lee" in await run(console, out, skip_dana)
    assert "Logged your touch with Omar Haddad" in await run(console, out, sent_it)


async def test_a_line_that_prints_no_menu_keeps_the_open_ones(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 11: the Sunday review printed during /wait 10h, and then the nudges printed on
    Saturday answered "There's nothing to pick right now". A line whose answer has no
    choices of its own (a wait, a review, a card) leaves the open ones as they are."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    said = await run(console, out, "/wait 2d")  # Saturday: nice-to-meet-you time
    skip_dana = number_of(said, "⏭ Skip", said.index("time: Dana Lee"))
    await run(console, out, "/wait 1d")
    assert "Your week" in await run(console, out, "/wait 10h")  # Sunday evening
    await run(console, out, "/person Dana")
    assert "Skipped this one for Dana Lee" in await run(console, out, skip_dana)


async def test_a_question_and_a_nudge_after_it_never_share_a_number(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial 11: "Is 'Yeye' a person?" listed 1-4 and the nudge printed under it 1-5. The
    question stays open, so the nudge is numbered on from it and each number means one thing."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met John Park from Globex at the mixer, wants an intro to a good CPA")
    await run(console, out, "met John Smith at the BNI lunch, he is a CPA")
    asked = await run(console, out, "john loves kayaking")
    assert "Which John did you mean?" in asked and "1) John Park" in asked, asked
    asked_last = max(int(n) for n in re.findall(r"(\d+)\) ", asked))
    said = await run(console, out, "/wait 2d")
    assert "time: John" in said, said
    assert not re.search(r"^\s+1\) ", said, re.MULTILINE), said
    assert f"{asked_last + 1}) ✅ Done" in said, said
    assert "Updated: John Park" in await run(console, out, "1")


async def test_a_notes_undo_closes_when_time_moves_on(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    """A "1" typed two days later, meant for a nudge, undid the note that added Dana."""
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    await run(console, out, "met Dana Lee at the chamber breakfast, loves tango")
    await run(console, out, "/wait 2d")
    said = await run(console, out, "1")
    assert "closed when time moved on" in said
    assert "Dana Lee" in await run(console, out, "/person Dana")
