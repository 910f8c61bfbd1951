"""Console trial 33: a ✍️ draft says the nudge's own reason (the follow-up asked for, their
operation, their news), in the user's voice to that contact; a newborn is congratulated,
never asked about work; a relative's operation is asked after, never "how work is going";
a note's follow-up and the user's /followup for the same day and thing are one nudge."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from coach.ideas import Person, idea, opener
from coach.sentences import Detail
from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.test_coaching import ALICE

TOLD = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
GENERIC = ("how are things with you?", "what's new with you?", "what are you working on")
# Said of the contact, never to them: a draft is written to the person.
ABOUT_THEM = re.compile(r"\b(?:he|she|him|his|hers|he's|she's)\b", re.IGNORECASE)


# (name, pronoun, the follow-up's reason, words the draft must say)
FOLLOW_UPS = [
    ("Lena Vogel", "she", "about the slides", ("slides",)),
    ("Mai Tran", "she", "about how she's holding up", ("how you're holding up",)),
    ("Kofi Boateng", "he", "call about the lease renewal", ("lease renewal",)),
    ("Hemi Walker", "he", "send him the deck", ("deck",)),
    ("Ayesha Siddiqui", "she", "coffee", ("coffee",)),
    ("Björn Larsen", "he", "about his mum's hip operation", ("your mum's hip operation",)),
    ("Nomvula Dube", "she", "ask how the new job at deloitte is going", ("new job",)),
    ("Tariq Aziz", "he", "re the quote for his kitchen", ("quote", "your kitchen")),
]


@pytest.mark.parametrize(("name", "said", "reason", "words"), FOLLOW_UPS)
def test_a_follow_ups_draft_says_its_reason_to_them(
    name: str, said: str, reason: str, words: tuple[str, ...]
) -> None:
    person = Person(name, None, [Detail("work", "runs a small bakery", 1, TOLD)], said, touches=3)
    line = idea(person, "follow_up", reason, DUE).text
    draft = opener(person, "follow_up", reason, DUE)
    first = name.split()[0]
    assert draft.startswith(f"Hi {first}, "), draft
    for word in words:
        assert word.casefold() in draft.casefold(), (line, draft)
    assert not any(g in draft for g in GENERIC), draft
    assert not ABOUT_THEM.search(draft), draft
    assert fragments(draft) == [], draft


@pytest.mark.parametrize(
    ("name", "said", "text"),
    [
        ("Rory Gallagher", "he", "his mum is having a hip operation next week"),
        ("Siobhan Kelly", "she", "mum had a hip operation"),
        ("Mateus Costa", "he", "dad is in for a knee operation"),
        ("Priyanka Nair", "she", "her father had a heart operation on monday"),
    ],
)
def test_a_relatives_operation_is_asked_after_not_work(name: str, said: str, text: str) -> None:
    person = Person(
        name,
        None,
        [Detail("family", text, 1, TOLD), Detail("work", "accountant at KPMG", 2, TOLD)],
        said,
        touches=3,
        org="KPMG",
    )
    now = TOLD + timedelta(days=4)
    for kind in ("keep_in_touch", "follow_up"):
        line = idea(person, kind, "", now).text
        draft = opener(person, kind, "", now)
        assert "operation" in line and "work" not in line, line
        assert "operation" in draft and "work" not in draft, draft
        # their relative is theirs ("your dad"), whose operation it is may follow ("his")
        assert re.search(r"\byour (?:mum|dad|father|mother)\b", draft), draft


@pytest.mark.parametrize("text", ["head of operations", "runs the operation in leeds"])
def test_operations_at_work_are_no_hard_news(text: str) -> None:
    person = Person("Wanjiru Kamau", None, [Detail("work", text, 1, TOLD)], "she", touches=3)
    line = idea(person, "keep_in_touch", "", TOLD + timedelta(days=4)).text
    assert "thinking of" not in line and "hard time" not in line, line


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("coffee with Aoife Brennan, she just had a wee girl called zara", "Aoife"),
        ("lunch with Oluwaseun Bello, his wife just had a little boy named tobi", "Oluwaseun"),
        ("met Sakura Tanaka at the chamber mixer - she just had a wee boy called haruto", "Sakura"),
    ],
)
async def test_a_newborn_is_congratulated_and_never_nudged_itself(
    coach: Coach, clock: FakeClock, note: str, name: str
) -> None:
    await coach.notes.capture(ALICE, note)
    lines: list[str] = []
    for _ in range(4):
        clock.advance(timedelta(days=1))
        for outgoing in await coach.dispatcher.claim_due():
            for nudge in outgoing.nudges:
                await coach.dispatcher.sent_many([([nudge.nudge_id], 1)])
                drafted = await coach.nudges.draft(ALICE, nudge.nudge_id)
                lines += [nudge.idea, drafted.opener if drafted else ""]
    assert lines and all(name in line for line in lines), lines  # the baby is never "met"
    assert any("ongratulat" in line for line in lines), lines
    assert not any("working on" in line or "work" in line for line in lines), lines


@pytest.mark.parametrize(
    ("note", "name", "when", "reason", "word"),
    [
        (
            "Lena Vogel asked me to send her the slides from my talk, follow up friday",
            "Lena",
            "friday",
            "about the slides",
            "slides",
        ),
        (
            "chatted with Chinedu Okafor, he wants the pricing sheet, follow up on monday",
            "Chinedu",
            "tuesday",
            "about the pricing sheet",
            "pricing sheet",
        ),
        ("met Ana Folau at the expo, follow up next thursday", "Ana", "next thursday", "", ""),
    ],
)
async def test_a_notes_follow_up_and_a_followup_for_the_same_thing_are_one_nudge(
    coach: Coach, clock: FakeClock, note: str, name: str, when: str, reason: str, word: str
) -> None:
    await coach.notes.capture(ALICE, note)
    await coach.nudges.add_follow_up(ALICE, name, when, reason)
    upcoming = [n for n in await coach.nudges.upcoming(ALICE) if n.person.startswith(name)]
    follow_ups = [n.idea for n in upcoming if n.kind == "follow_up"]
    assert len(follow_ups) == 1, follow_ups
    assert word in follow_ups[0], follow_ups


async def test_a_followup_about_another_thing_on_another_week_stays_its_own(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        ALICE, "met Dong-hyun Park at the expo, wants a quote for new windows, follow up friday"
    )
    await coach.nudges.add_follow_up(ALICE, "Dong-hyun", "in 10 days", "about his golf trip")
    upcoming = await coach.nudges.upcoming(ALICE)
    follow_ups = [n.idea for n in upcoming if n.kind == "follow_up"]
    assert len(follow_ups) == 2 and any("golf" in i for i in follow_ups), follow_ups


@pytest.mark.parametrize(
    ("note", "name", "reason"),
    [
        (
            "had lunch with Priya Raman, she just started a new job at Deloitte",
            "Priya",
            "ask how the new job is going",
        ),
        ("coffee with Tane Walker, he just moved to Wellington", "Tane", "ask how the move went"),
        (
            "met Yetunde Ade at the expo, she is running the lagos marathon",
            "Yetunde",
            "ask how the marathon training is going",
        ),
    ],
)
async def test_a_follow_up_that_is_a_question_asks_it_once(
    coach: Coach, note: str, name: str, reason: str
) -> None:
    await coach.notes.capture(ALICE, note)
    view = await coach.nudges.add_follow_up(ALICE, name, "in 2 weeks", reason)
    assert view.idea.casefold().count("ask") == 1, view.idea
    assert fragments(view.idea) == [], view.idea
