"""/people N opens page N in Telegram, and the page buttons move between pages."""

from __future__ import annotations

from coach.infra.settings import CoachSettings, Settings
from coach.runtime import ExtractionWorker
from tests.conftest import FakeClock
from tests.e2e.conftest import bot_on_fake


async def test_people_with_a_page_number_opens_that_page(
    settings: Settings, extraction: ExtractionWorker, clock: FakeClock
) -> None:
    two_a_page = CoachSettings(people_page_size=2)
    async with bot_on_fake(settings, extraction, clock, coach=two_a_page) as fake:
        alice = fake.user(1001)
        for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra"):
            await alice.send(f"met {name} at the mixer")
            await alice.next_reply()
        await alice.send("/people 2")
        page = await alice.next_reply()
        assert "page 2 of 2" in page.text
        assert "Ada Lovelace" in page.text and "Alan Turing" not in page.text
        await alice.press(page, "Newer")
        newer = await alice.next_edit()
        assert "page 1 of 2" in newer.text and "Edsger Dijkstra" in newer.text
        await alice.send("/people 99")
        assert "page 2 of 2" in (await alice.next_reply()).text
