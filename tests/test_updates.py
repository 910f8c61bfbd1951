"""Updates taken on by bot processes sharing a database: claimed once, and replayed when the
process holding them dies, without waiting out the lease; a replayed note's full card."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.formatting import note_card
from bot.texts import SENT_AGAIN
from coach.infra.settings import Settings
from coach.runtime import ExtractionWorker, WriterTurns
from coach.service import Coach
from tests.conftest import FakeClock

BOT = 777


def update(update_id: int, text: str = "hello") -> tuple[int, dict[str, Any]]:
    message = {"message_id": update_id, "from": {"id": 1001}, "text": text}
    return update_id, {"update_id": update_id, "message": message}


async def processes(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock, count: int
) -> list[Coach]:
    return [Coach(settings, clock=clock, extraction=extraction) for _ in range(count)]


async def test_a_batch_is_claimed_once_and_redeliveries_are_told_apart(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    a, b = await processes(settings, extraction, clock, 2)
    try:
        assert await a.updates.receive(BOT, [update(1), update(2)]) == {1, 2}
        # Telegram hands the batch out again (nothing was confirmed), to either process.
        assert await b.updates.receive(BOT, [update(1), update(2), update(3)]) == {3}
        assert await a.updates.receive(BOT, []) == set()
    finally:
        await a.close()
        await b.close()


async def test_a_dead_processes_updates_are_replayed_after_three_missed_beats_whatever_the_lease(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    a, b = await processes(settings, extraction, clock, 2)
    beat = settings.updates.recover_interval
    assert settings.updates.lease == timedelta(minutes=5)
    try:
        await a.updates.keep_alive(BOT, [])
        await a.updates.receive(BOT, [update(1), update(2)])
        # While `a` beats, its updates are its own.
        for _ in range(4):
            clock.advance(beat)
            await a.updates.keep_alive(BOT, [1, 2])
            assert await b.updates.keep_alive(BOT, []) == []
        # `a` is killed: no more beats. Two intervals later it might just be slow...
        clock.advance(beat * 2)
        assert await b.updates.keep_alive(BOT, []) == []
        # ...three, and it is dead: its updates come back, long before the lease.
        clock.advance(beat * 1.5)
        replayed = await b.updates.keep_alive(BOT, [])
        assert [p["update_id"] for p in replayed] == [1, 2]
        # Now they are b's: nobody replays them again while b lives.
        assert await b.updates.keep_alive(BOT, [1, 2]) == []
    finally:
        await a.close()
        await b.close()


async def test_a_clean_stop_hands_over_at_once_and_a_poller_takes_over_everything(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    a, b, c = await processes(settings, extraction, clock, 3)
    try:
        await a.updates.keep_alive(BOT, [])
        await a.updates.receive(BOT, [update(1)])
        await a.updates.leave()  # SIGTERM while update 1 waited (flood control held it)
        assert [p["update_id"] for p in await b.updates.keep_alive(BOT, [])] == [1]
        await b.updates.receive(BOT, [update(2)])
        # b was just killed: its heartbeat is fresh, but a polling process that starts now
        # is the only poller Telegram serves, so whatever b held is left over.
        replayed = await c.updates.take_over(BOT)
        assert [p["update_id"] for p in replayed] == [1, 2]
        assert await c.updates.take_over(BOT) == []
        await c.updates.finished(BOT, 1)
        await c.updates.finished(BOT, 2)
        clock.advance(timedelta(hours=1))
        assert await a.updates.keep_alive(BOT, []) == []  # done is done
    finally:
        for coach in (a, b, c):
            await coach.close()


async def test_an_update_a_live_process_stopped_renewing_is_replayed_after_the_lease(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    a, b = await processes(settings, extraction, clock, 2)
    beat = settings.updates.recover_interval
    try:
        await a.updates.keep_alive(BOT, [])
        await a.updates.receive(BOT, [update(1), update(2)])
        replayed: list[dict[str, Any]] = []
        elapsed = timedelta(0)
        # `a` lives and works on 2, but lost track of 1 (say, an outage as it finished).
        while not replayed:
            clock.advance(beat)
            elapsed += beat
            # Whichever process looks first after the lease takes it, a or b.
            replayed = await a.updates.keep_alive(BOT, [2]) + await b.updates.keep_alive(BOT, [])
        assert [p["update_id"] for p in replayed] == [1]
        assert settings.updates.lease < elapsed <= settings.updates.lease + beat
    finally:
        await a.close()
        await b.close()


async def test_a_replayed_note_is_answered_with_its_full_card_marked_as_sent_again(
    coach: Coach,
) -> None:
    note = (
        "met john from acme at the mixer, into fly fishing, wants an intro to a good CPA. "
        "follow up friday"
    )
    first = await coach.notes.capture(1001, note, source_key="tg:1001:5")
    again = await coach.notes.capture(1001, note, source_key="tg:1001:5")
    assert again.note_id == first.note_id and not first.replayed and again.replayed
    shown, reshown = note_card(first), note_card(again)
    assert reshown == f"{SENT_AGAIN}\n{shown}"
    for line in ("New contact: <b>John</b> (Acme)", "fly fishing", "Follow up with John", "mixer"):
        assert line in shown


async def test_recording_an_answer_goes_before_the_writes_already_waiting() -> None:
    turns = WriterTurns()
    order: list[str] = []
    release = asyncio.Event()

    async def write(name: str, first: bool = False) -> None:
        async with turns.turn(first=first):
            order.append(name)
            if name == "running":
                await release.wait()

    running = asyncio.create_task(write("running"))
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(write(f"note {n}")) for n in range(3)]
    gone = asyncio.create_task(write("cancelled", first=True))
    await asyncio.sleep(0)
    gone.cancel()
    mark = asyncio.create_task(write("answered", first=True))
    await asyncio.sleep(0)
    release.set()
    await asyncio.gather(running, mark, *waiting)
    assert order == ["running", "answered", "note 0", "note 1", "note 2"]
    assert gone.cancelled() and not turns.taken


async def test_a_process_whose_first_beats_come_at_once_keeps_running(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    # As a database that was away comes back, start-up and the heartbeat job beat together.
    (a,) = await processes(settings, extraction, clock, 1)
    try:
        await a.updates.receive(BOT, [update(1)])
        results = await asyncio.gather(
            a.updates.keep_alive(BOT, [1]), a.updates.take_over(BOT), a.updates.keep_alive(BOT, [])
        )
        assert results == [[], [], []]
        clock.advance(settings.updates.recover_interval)
        assert await a.updates.keep_alive(BOT, [1]) == []
    finally:
        await a.close()
