"""`rapport run` killed (SIGKILL) in polling mode, against a fake Bot API that keeps each
update until a getUpdates with a higher offset confirms it, as Telegram does: during a flood
and during bursts, between sending a card and recording it, and with the default lease.
Nothing is lost, nothing is stored twice, and a reply is repeated at most once per kill,
saying so. Also two webhook processes: the survivor answers for the one killed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.texts import SENT_AGAIN
from tests.fakebot.chats import FakeUser
from tests.fakebot.models import ApiCall
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import SECRET, BotProcess, count, rapport_run, until_count, update_of
from tests.scale.test_crash import free_port, post

# Left out of `make test-fast`: bot processes killed mid-work.
pytestmark = pytest.mark.slow
FIRSTS = [
    "Anna", "Ben", "Clara", "David", "Elena", "Frank", "Grace", "Henry", "Iris", "James",
    "Karen", "Liam", "Maria", "Noah", "Olivia", "Peter", "Rachel", "Samuel", "Tina", "Victor",
    "Rosa", "Oscar", "Nina", "Hugo", "Lena", "Felix", "Mona", "Igor", "Vera", "Tomas",
    "Sofia", "Marco", "Leah", "Omar", "Ruth", "Ivan", "Zara", "Pablo", "Diana", "Kurt",
]  # fmt: skip
# Paired with FIRSTS, shifted for each user: names the matcher could take for one another
# ("Nina Baker" for "Tina Baker") would make one note update another's contact.
LASTS = [
    "Baker", "Carter", "Dawson", "Ellis", "Fisher", "Garcia", "Hughes", "Jensen", "Keller",
    "Larsen", "Morgan", "Nolan", "Owens", "Parker", "Quinn", "Reyes", "Schmidt", "Turner",
    "Underwood", "Vance", "Walsh", "Young", "Zimmer", "Abbott", "Bishop", "Collins", "Doyle",
    "Foster", "Grant", "Hayes", "Irwin", "Jordan", "Kennedy", "Lambert", "Murphy", "Norris",
    "Ortiz", "Porter", "Russell", "Sutton",
]  # fmt: skip
CLAIMED = "SELECT count(*) FROM processed_updates WHERE status = 'claimed'"


def people(shift: int, firsts: slice = slice(None)) -> list[str]:
    """Distinct people for one user to meet."""
    pairs = [(f, LASTS[(i + shift * 7) % len(LASTS)]) for i, f in enumerate(FIRSTS)]
    return [f"{first} {last}" for first, last in pairs[firsts]]


AGAIN = SENT_AGAIN.split(" (")[0]


def cards_for(user: FakeUser, name: str) -> list[str]:
    return [m.text for m in user.history if f"New contact: {name}" in m.text]


async def until_answered(people: dict[FakeUser, list[str]], timeout: float = 120) -> None:  # noqa: ASYNC109
    """Wait until every note has had its card (the user's chat is where it shows)."""
    try:
        async with asyncio.timeout(timeout):
            while any(not cards_for(u, n) for u, names in people.items() for n in names):  # noqa: ASYNC110
                await asyncio.sleep(0.1)
    except TimeoutError:
        missing = [n for u, names in people.items() for n in names if not cards_for(u, n)]
        raise AssertionError(f"no card for {missing}") from None


async def until_cards(people: dict[FakeUser, list[str]], at_least: int) -> None:
    async with asyncio.timeout(60):
        while sum(bool(cards_for(u, n)) for u, ns in people.items() for n in ns) < at_least:  # noqa: ASYNC110
            await asyncio.sleep(0.05)


async def test_killed_during_a_flood_and_during_bursts_loses_no_note_and_stores_none_twice(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice, bob, carol, dave = (fake.user(1001 + n) for n in range(4))
        flood = {alice: people(0)}
        bursts = {
            bob: people(1, slice(20)),
            carol: people(2, slice(20, 40)),
            dave: people(3, slice(20)),
        }
        async with rapport_run(fake, database_url, tmp_path) as bot:
            # 40 notes at once: 20 read straight away, then one a second (limits.*).
            for name in flood[alice]:
                await alice.send(f"met {name} at the expo")
            await until_cards(flood, 25)
            bot.kill()
        async with rapport_run(fake, database_url, tmp_path) as bot:
            await until_answered(flood)
            # Three people writing 20 notes each, all at once.
            await asyncio.gather(
                *(user.send(f"met {name} at the expo") for user, names in bursts.items()
                  for name in names)
            )  # fmt: skip
            await until_cards(bursts, 20)
            bot.kill()
        async with rapport_run(fake, database_url, tmp_path):
            everyone = flood | bursts
            await until_answered(everyone)
            await until_count(database_url, CLAIMED, 0)
    notes = sum(len(names) for names in everyone.values())
    assert await count(database_url, "SELECT count(*) FROM notes") == notes
    assert await count(database_url, "SELECT count(DISTINCT source_key) FROM notes") == notes
    assert await count(database_url, "SELECT count(*) FROM contacts") == notes
    cards = {(u, n): cards_for(u, n) for u, names in everyone.items() for n in names}
    repeated = {key: texts for key, texts in cards.items() if len(texts) > 1}
    assert len(repeated) <= 2, repeated  # at most one repeat per kill...
    for texts in repeated.values():
        assert len(texts) == 2 and texts[1].startswith(AGAIN)  # ...and it says so


async def test_killed_between_sending_a_card_and_recording_it_sends_it_once_more_saying_so(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        killed: list[BotProcess] = []

        async def die_as_the_card_arrives(call: ApiCall) -> None:
            if "Sarah Chen" in str(call.params.get("text")) and not killed:
                killed.append(bot)
                bot.kill()  # the user has the card; the bot never hears it went out
                await bot.exit_status()

        fake.after("sendMessage", die_as_the_card_arrives)
        note = "met Sarah Chen from Acme at the mixer, loves sailing, follow up friday"
        async with rapport_run(fake, database_url, tmp_path) as bot:
            await alice.send(note)
            first = await alice.next_reply(timeout=60)
            await bot.exit_status()
        async with rapport_run(fake, database_url, tmp_path):
            again = await alice.next_reply(timeout=60)
            await until_count(database_url, CLAIMED, 0)  # all it sends for it has gone out
        # Once more, in full, and saying why: never silently twice.
        assert again.text == f"{SENT_AGAIN}\n{first.text}"
        for line in ("New contact: Sarah Chen (Acme)", "sailing", "Follow up with Sarah Chen"):
            assert line in first.text
        assert alice.replies_so_far() == []
    assert await count(database_url, "SELECT count(*) FROM notes") == 1
    assert await count(database_url, "SELECT count(*) FROM contacts") == 1
    first_nudges = "SELECT count(*) FROM nudges WHERE kind = 'first'"
    assert await count(database_url, first_nudges) == 1


async def test_with_the_default_lease_an_interrupted_note_is_answered_within_30_s_of_restart(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        # The card's send hangs, so the bot dies with the note read and its answer not out.
        fake.delay("sendMessage", 60, times=1)
        async with rapport_run(fake, database_url, tmp_path) as bot:
            await alice.send("met Sarah Chen at the mixer")
            async with asyncio.timeout(60):
                while not fake.calls_to("sendMessage"):  # noqa: ASYNC110 - another process
                    await asyncio.sleep(0.05)
            bot.kill()
        restarted = time.monotonic()
        async with rapport_run(fake, database_url, tmp_path):
            card = await alice.next_reply(timeout=30)
            answered_after = time.monotonic() - restarted
    assert "Sarah Chen" in card.text
    assert answered_after < 30
    assert await count(database_url, "SELECT count(*) FROM notes") == 1


async def test_a_webhook_process_answers_for_a_killed_one_within_30_s_with_the_default_lease(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        first, second = free_port(), free_port()
        webhook = {
            "RAPPORT_TELEGRAM__WEBHOOK_SECRET": SECRET,
            "RAPPORT_TELEGRAM__LISTEN": "127.0.0.1",
        }
        async with (
            rapport_run(fake, database_url, tmp_path, "--webhook",
                        RAPPORT_TELEGRAM__PORT=str(first), **webhook) as doomed,
            rapport_run(fake, database_url, tmp_path, "--webhook",
                        RAPPORT_TELEGRAM__PORT=str(second), **webhook) as survivor,
        ):  # fmt: skip
            await doomed.until_printed("serving on")
            await survivor.until_printed("serving on")
            fake.delay("sendMessage", 60, times=1)
            await post(first, update_of(fake, await alice.send("met Sarah Chen at the mixer")))
            async with asyncio.timeout(60):
                while not fake.calls_to("sendMessage"):  # noqa: ASYNC110 - another process
                    await asyncio.sleep(0.05)
            doomed.kill()
            killed = time.monotonic()
            card = await alice.next_reply(timeout=30)
            answered_after = time.monotonic() - killed
    assert "Sarah Chen" in card.text
    assert answered_after < 30
    assert await count(database_url, "SELECT count(*) FROM notes") == 1
