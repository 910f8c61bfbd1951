"""Polling records each batch before Telegram is told it arrived, so nothing it was sent is
lost when the bot stops, flood control included."""

from __future__ import annotations

from coach.infra.settings import LimitSettings, Settings
from coach.runtime import ExtractionWorker
from tests.conftest import FakeClock
from tests.e2e.conftest import serving
from tests.fakebot.server import FakeTelegram
from tests.scale.conftest import count

FIRSTS = ["Anna", "Ben", "Clara", "David", "Elena", "Frank", "Grace", "Henry"]


async def test_every_update_is_recorded_before_telegram_is_told_it_arrived(
    fake: FakeTelegram, database_url: str
) -> None:
    users = [fake.user(1001 + n) for n in range(3)]
    unrecorded: list[int] = []

    async def check(confirmed: list[int]) -> None:
        ids = ", ".join(map(str, confirmed))
        sql = f"SELECT count(*) FROM processed_updates WHERE update_id IN ({ids})"
        if await count(database_url, sql) != len(confirmed):
            unrecorded.extend(confirmed)

    fake.api.updates.on_confirm = check
    for first in FIRSTS:
        for n, user in enumerate(users):
            await user.send(f"met {first} Baker{n} at the expo")
    await fake.settled()
    await users[0].send("/help")  # one more getUpdates confirms the last batch
    await fake.settled()
    assert set(range(1, len(FIRSTS) * len(users) + 1)) <= set(fake.api.updates.confirmed)
    assert unrecorded == []


async def test_messages_held_by_flood_control_survive_a_stop_and_are_answered_once(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock, database_url: str
) -> None:
    limits = LimitSettings(burst=3, per_minute=60)
    notes = [f"met {first} Carter at the expo" for first in FIRSTS]
    async with FakeTelegram() as fake:
        alice = fake.user(1001)
        async with serving(fake, settings, extraction, clock, limits=limits):
            for note in notes:
                await alice.send(note)
            # Three at once, then "slow down": five wait in line, one a second.
            got = [(await alice.next_reply()).text for _ in range(4)]
            assert sum("New contact" in text for text in got) == 3
            await fake.wait_until_fetched()
        # Stopped with the line still full: nothing in it was read, all of it is recorded.
        held = "SELECT count(*) FROM processed_updates WHERE status = 'claimed'"
        assert await count(database_url, held) >= 4
        async with serving(fake, settings, extraction, clock, limits=limits):
            while sum("New contact" in text for text in got) < len(notes):
                got.append((await alice.next_reply(timeout=10)).text)
            await fake.settled()
        got += [m.text for m in alice.replies_so_far()]
        fake.assert_no_errors()
    for first in FIRSTS:
        assert sum(f"New contact: {first} Carter" in text for text in got) == 1, got
    assert await count(database_url, "SELECT count(*) FROM notes") == len(notes)
    assert await count(database_url, held) == 0


async def test_a_getupdates_that_fails_is_asked_again_and_nothing_is_lost(
    fake: FakeTelegram, database_url: str
) -> None:
    alice = fake.user(1001)
    await alice.send("/help")
    await alice.next_reply()
    fake.fail_next("getUpdates", 502, "Bad Gateway", retry_after=None)
    await alice.send("met Sarah Chen at the mixer")
    assert "Sarah Chen" in (await alice.next_reply(timeout=10)).text
    await fake.settled()
    assert alice.replies_so_far() == []
    assert [e.error_code for e in fake.errors] == [502]
    assert await count(database_url, "SELECT count(*) FROM notes") == 1
