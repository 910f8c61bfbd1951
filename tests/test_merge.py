"""/merge: two contacts who are one person become one, with nothing of either lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
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


# Trial 7: "Al-Amin" (work, wife) and "Rashid" (a need, a follow-up) ended up as two
# contacts. The reader now reads that note as one person; notes that name him by a
# different half each time still make the split a user has to mend.
SPLIT_RASHID = (
    "al-amin from td called, he's a commercial lender, his wife fatima just started a home daycare",
    "rashid said he might need estate planning help for his parents. follow up with rashid "
    "next thursday",
)
# Trial 8: a nickname made a second contact, "Duke", with all the facts.
SPLIT_DUKE = (
    "afterparty: Duc Anh Tran, designer, 2 kids",
    "Duke from the afterparty runs small agency pixelhaus, wants to outsource overflow work",
)


async def split_rashid(coach: Coach) -> None:
    names = set()
    for note in SPLIT_RASHID:
        names |= {p.name for p in (await coach.notes.capture(ALICE, note)).people}
    assert names >= {"Al-Amin", "Rashid"}, "the split to mend"
    await coach.ledger.record(ALICE, "gave", ["Rashid", "an", "intro", "to", "a", "notary"])


async def test_one_name_alone_says_which_contact_to_name_with_it(coach: Coach) -> None:
    await split_rashid(coach)
    found = await coach.merging.find(ALICE, "rashid")
    assert [c.label for c in found.candidates] == ["Rashid"]
    # With no note naming both, the most similar name is offered as an example.
    assert found.partner is not None and found.partner != "Rashid"


async def test_a_full_name_whose_parts_are_two_contacts_proposes_joining_them(
    coach: Coach,
) -> None:
    await split_rashid(coach)
    found = await coach.merging.find(ALICE, "Rashid Al-Amin")
    assert [c.label for c in found.candidates] == ["Rashid", "Al-Amin (TD)"]
    assert found.plan is not None and found.plan.name == "Rashid Al-Amin"


@pytest.mark.parametrize(
    "asked",
    ["rashid and al-amin", "Rashid + Al-Amin", "rashid, al-amin", "al-amin & rashid"],
)
async def test_two_names_propose_the_combined_name(coach: Coach, asked: str) -> None:
    await split_rashid(coach)
    found = await coach.merging.find(ALICE, asked)
    assert found.plan is not None and found.plan.name == "Rashid Al-Amin", asked
    assert {c.label for c in found.candidates} == {"Rashid", "Al-Amin (TD)"}


async def test_into_says_which_contact_is_kept(coach: Coach) -> None:
    await split_rashid(coach)
    found = await coach.merging.find(ALICE, "al-amin into rashid")
    assert [c.label for c in found.candidates] == ["Rashid", "Al-Amin (TD)"]
    found = await coach.merging.find(ALICE, "rashid into al-amin")
    assert [c.label for c in found.candidates] == ["Al-Amin (TD)", "Rashid"]


async def test_merging_a_split_person_keeps_everything_of_both(coach: Coach) -> None:
    await split_rashid(coach)
    found = await coach.merging.find(ALICE, "rashid and al-amin")
    keep, other = (c.contact_id for c in found.candidates)
    merged = await coach.merging.merge(ALICE, keep, [other])
    assert merged is not None
    assert (merged.name, merged.org, merged.others) == (
        "Rashid Al-Amin",
        "TD",
        ["Rashid", "Al-Amin"],
    )

    card = (await coach.people.lookup(ALICE, "Rashid Al-Amin")).card
    assert card is not None and card.contact.name == "Rashid Al-Amin"
    assert any("estate planning" in f.text for f in card.facts)
    assert [r.name for r in card.family] == ["Fatima"]
    assert card.follow_ups and card.given and len(card.timeline) == 2
    # Each half alone finds the one contact now.
    for half in ("rashid", "al-amin"):
        lookup = await coach.people.lookup(ALICE, half)
        assert lookup.card is not None and lookup.card.contact.name == "Rashid Al-Amin", half


async def test_a_nickname_contact_merges_into_the_full_name_and_stays_a_nickname(
    coach: Coach,
) -> None:
    names = [p.name for note in SPLIT_DUKE for p in (await coach.notes.capture(ALICE, note)).people]
    assert names == ["Duc Anh Tran", "Duke"], "the split to mend"
    assert (await coach.merging.find(ALICE, "duke")).partner == "Duc Anh Tran"
    found = await coach.merging.find(ALICE, "Duke and Duc Anh Tran")
    assert found.plan is not None
    assert (found.plan.name, found.plan.goes_by) == ("Duc Anh Tran", "Duke")
    assert [c.label for c in found.candidates] == ["Duc Anh Tran", "Duke"]

    await coach.notes.capture(ALICE, "Duke, everyone calls him Ducky, loves cycling")
    keep, other = (c.contact_id for c in found.candidates)
    merged = await coach.merging.merge(ALICE, keep, [other])
    assert merged is not None and merged.name == "Duc Anh Tran"
    async with coach.rt.unit_of_work() as session:
        contact = await session.get(Contact, keep)
        assert contact is not None and contact.aka == ["Ducky", "Duke"], "no name lost"
        assert contact.pronoun == "he"
    lookup = await coach.people.lookup(ALICE, "duke")
    assert lookup.card is not None and lookup.card.contact.name == "Duc Anh Tran"
    assert any("pixelhaus" in f.text for f in lookup.card.facts)


async def test_bad_names_in_a_pair_are_told_apart(coach: Coach) -> None:
    await split_rashid(coach)
    unknown = await coach.merging.find(ALICE, "rashid and zed")
    assert unknown.asked == "zed" and unknown.candidates == [] and unknown.plan is None
    same = await coach.merging.find(ALICE, "rashid and Rashid")
    assert same.same and [c.label for c in same.candidates] == ["Rashid"]


async def test_a_pair_and_its_hint_see_only_the_users_own_contacts(coach: Coach) -> None:
    await split_rashid(coach)
    await coach.notes.capture(MALLORY, "met Rashid at the gym")
    theirs = await coach.merging.find(MALLORY, "rashid and al-amin")
    assert theirs.plan is None and theirs.asked == "al-amin" and theirs.suggestions == []
    assert (await coach.merging.find(MALLORY, "Rashid Al-Amin")).plan is None
    alone = await coach.merging.find(MALLORY, "rashid")
    assert [c.label for c in alone.candidates] == ["Rashid"] and alone.partner is None


async def test_a_name_in_a_pair_that_fits_two_contacts_asks_which(coach: Coach) -> None:
    await two_priyas(coach)
    await coach.notes.capture(ALICE, "met Dana Lee at the mixer")
    found = await coach.merging.find(ALICE, "priya and dana")
    assert found.ambiguous and found.asked == "priya" and found.plan is None
    assert [c.label for c in found.candidates] == [
        "Priya Shah (Acme)",
        "Priya Shah (Shah Consulting)",
    ]


async def test_a_merged_half_brings_no_second_nice_to_meet_you(
    coach: Coach, clock: FakeClock
) -> None:
    """The user said "nice to meet you" to Gurpreet already; merging in the contact a later
    note made by mistake must not say it again."""
    await coach.notes.capture(ALICE, "met Gurpreet at the rotary lunch, training for a marathon")
    clock.advance(timedelta(days=3))
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])
    await coach.notes.capture(ALICE, "met G. Sandhu, vp of finance at allina, two kids")
    found = await coach.merging.find(ALICE, "gurpreet and g. sandhu")
    keep, other = (c.contact_id for c in found.candidates)
    assert await coach.merging.merge(ALICE, keep, [other]) is not None
    clock.advance(timedelta(days=30))
    kinds = [n.kind for o in await coach.dispatcher.claim_due() for n in o.nudges]
    assert "first" not in kinds and len(kinds) <= 2, kinds
