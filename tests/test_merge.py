"""/merge: two contacts who are one person become one, with nothing of either lost."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from coach.service import Coach
from storage.models import Contact, Nudge, NudgeStatus
from tests.conftest import FakeClock

ALICE, MALLORY = 1001, 6666


async def two_priyas(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "met Priya Shah from Acme at the BNI lunch, loves hiking, needs a web designer"
    )
    await coach.ledger.record(ALICE, "gave", ["Priya", "Shah", "an", "intro", "to", "Marcus"])
    # A correction plus an import: the same Priya again, under another organisation.
    contacts = "Name,Company,E-mail Address,Interests\nPriya Shah,Shah Consulting,p@shah.example,"
    await coach.portability.import_file(ALICE, "c.csv", (contacts + "hiking\n").encode())
    note = "coffee with Priya Shah from Shah Consulting, into chess"
    card = await coach.notes.capture(ALICE, note)
    assert [p.org for p in card.people] == ["Shah Consulting"]


async def test_two_priyas_become_one_with_everything_of_both(
    coach: Coach, clock: FakeClock
) -> None:
    await two_priyas(coach)
    assert len((await coach.people.lookup(ALICE, "Priya")).candidates) == 2
    found = await coach.merging.find(ALICE, "priya")
    assert len(found.candidates) == 2
    keep, other = (c.contact_id for c in found.candidates)
    merged = await coach.merging.merge(ALICE, keep, [other])
    assert merged is not None and merged.name == "Priya Shah" and merged.org == "Acme"

    lookup = await coach.people.lookup(ALICE, "Priya")
    card = lookup.card
    assert card is not None, "one Priya now"
    facts = sorted((f.kind, f.text) for f in card.facts)
    # Hiking came from both; it is kept once.
    assert [f for f in facts if f[1] == "hiking"] == [("interest", "hiking")]
    assert ("interest", "chess") in facts and ("need", "a web designer") in facts
    assert card.details.emails == ["p@shah.example"]
    assert len(card.timeline) == 2 and card.given
    async with coach.rt.unit_of_work() as session:
        contacts = await session.scalar(
            select(func.count()).select_from(Contact).where(Contact.user_id == ALICE)
        )
        waiting = (
            await session.execute(
                select(Nudge.kind, func.count())
                .where(Nudge.user_id == ALICE, Nudge.status == NudgeStatus.PENDING)
                .group_by(Nudge.kind)
            )
        ).all()
    assert contacts == 1
    # Each had a "nice to meet you" nudge; one person gets one.
    assert all(count == 1 for _, count in waiting), waiting
    clock.advance(timedelta(days=3))
    [outgoing] = await coach.dispatcher.claim_due()
    assert [n.person for n in outgoing.nudges] == ["Priya Shah"]


async def test_a_merge_of_someone_elses_contact_changes_nothing(coach: Coach) -> None:
    await two_priyas(coach)
    await coach.notes.capture(MALLORY, "met Priya Shah at the gym")
    theirs = (await coach.merging.find(MALLORY, "priya")).candidates
    ours = (await coach.merging.find(ALICE, "priya")).candidates
    assert len(theirs) == 1 and len(ours) == 2
    assert await coach.merging.merge(MALLORY, theirs[0].contact_id, [ours[0].contact_id]) is None
    assert await coach.merging.merge(ALICE, ours[0].contact_id, [theirs[0].contact_id]) is None
    assert len((await coach.merging.find(ALICE, "priya")).candidates) == 2


async def test_merge_says_when_there_is_nothing_to_merge(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the mixer")
    assert [c.label for c in (await coach.merging.find(ALICE, "dana")).candidates] == ["Dana Lee"]
    nobody = await coach.merging.find(ALICE, "Dena")
    assert nobody.candidates == [] and nobody.suggestions == ["Dana Lee"]


async def test_undoing_a_note_after_a_merge_keeps_the_merged_contact(coach: Coach) -> None:
    await two_priyas(coach)
    keep, other = (c.contact_id for c in (await coach.merging.find(ALICE, "priya")).candidates)
    # The import's Priya is kept; the note that created the other one is undone.
    await coach.merging.merge(ALICE, other, [keep])
    for _ in range(2):
        undone = await coach.notes.undo(ALICE)
        assert undone is not None and undone.removed == []
    lookup = await coach.people.lookup(ALICE, "Priya")
    assert lookup.card is not None and lookup.card.contact.name == "Priya Shah"
    assert lookup.card.details.emails == ["p@shah.example"]
