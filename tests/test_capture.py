"""Capturing notes at the service layer, on a real database."""

from __future__ import annotations

import asyncio
import threading
from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc
from sqlalchemy import func, inspect, select

from coach.notes import EmptyNote
from coach.service import Coach
from nlp.schema import NoteExtraction
from storage.contacts import Contacts, NewFact
from storage.ledger import Entry, Ledger
from storage.models import Contact, Fact, Interaction, Note, NoteContact, Nudge
from storage.notes import Notes
from storage.nudges import NewNudge, Nudges

ALICE, BOB = 1001, 2002


async def count(coach: Coach, model: type, **where: object) -> int:
    async with coach.rt.unit_of_work() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(await session.scalar(query) or 0)


async def test_a_note_creates_a_contact_with_org_facts_and_follow_up(coach: Coach) -> None:
    card = await coach.notes.capture(
        ALICE,
        "met john from acme at the mixer, into fly fishing, wants an intro to a good CPA. "
        "follow up friday",
    )
    assert [(p.name, p.org, p.created) for p in card.people] == [("John", "Acme", True)]
    facts = {(f.kind, f.text.lower()) for f in card.people[0].facts}
    assert ("interest", "fly fishing") in facts
    assert any(kind == "need" and "cpa" in text for kind, text in facts)
    assert [(f.due, f.person) for f in card.follow_ups] == [(date(2026, 11, 27), "John")]
    assert card.event == "mixer"


async def test_the_raw_note_is_kept_even_when_reading_it_fails(
    coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("model crashed")

    # The pipeline itself fails, on its own thread, as a real crash would.
    monkeypatch.setattr(coach.extraction.loaded(), "read", broken)
    card = await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics")
    assert card.enrichment_failed
    async with coach.rt.unit_of_work() as session:
        note = await session.scalar(select(Note).where(Note.user_id == ALICE))
    assert note is not None
    assert note.text == "met Sarah Chen from Acme Robotics"
    assert note.status == "failed"


async def test_a_slow_reading_does_not_hold_up_other_users_writes(
    coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = coach.extraction.loaded()
    finish, started, release = extractor.finish, threading.Event(), threading.Event()

    def slow_finish(doc: Doc, **kwargs: Any) -> NoteExtraction:
        started.set()
        release.wait(10)
        return finish(doc, **kwargs)

    monkeypatch.setattr(extractor, "finish", slow_finish)
    capturing = asyncio.create_task(coach.notes.capture(ALICE, "met Sarah Chen from Acme"))
    try:
        assert await asyncio.to_thread(started.wait, 10), "the reading reached its finish"
        async with asyncio.timeout(5), coach.rt.unit_of_work() as session:
            await coach.rt.user_now(session, BOB)  # another user's first message
    finally:
        release.set()
    card = await capturing
    assert [(p.name, p.org) for p in card.people] == [("Sarah Chen", "Acme")]
    assert await count(coach, Note, user_id=ALICE, status="enriched") == 1


async def test_several_people_in_one_note_each_get_their_own_record(coach: Coach) -> None:
    card = await coach.notes.capture(
        ALICE, "coffee with Sarah Chen (Acme Robotics) and Mike O'Brien from Northwind"
    )
    assert sorted((p.name, p.org) for p in card.people) == [
        ("Mike O'Brien", "Northwind"),
        ("Sarah Chen", "Acme Robotics"),
    ]
    assert await count(coach, Contact, user_id=ALICE) == 2


async def test_a_second_note_updates_the_contact_instead_of_duplicating(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics, loves sailing")
    card = await coach.notes.capture(ALICE, "sarah has two kids and is training for a marathon")
    assert [(p.name, p.created) for p in card.people] == [("Sarah Chen", False)]
    assert await count(coach, Contact, user_id=ALICE) == 1


async def test_a_note_about_a_new_and_a_known_person_records_each_once(coach: Coach) -> None:
    first = await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics")
    card = await coach.notes.capture(
        ALICE, "lunch with Mike O'Brien from Northwind and Sarah Chen, mike loves sailing"
    )
    assert sorted((p.name, p.created) for p in card.people) == [
        ("Mike O'Brien", True),
        ("Sarah Chen", False),
    ]
    mike = next(p.contact_id for p in card.people if p.created)
    sarah = first.people[0].contact_id
    assert await count(coach, NoteContact, note_id=card.note_id) == 2
    assert await count(coach, Interaction, note_id=card.note_id, kind="note") == 2
    assert await count(coach, Fact, contact_id=mike, kind="interest") == 1
    # The new contact gets the usual welcome sequence; the known one keeps hers.
    assert await count(coach, Nudge, contact_id=mike, note_id=card.note_id) == 2
    assert await count(coach, Nudge, contact_id=sarah, note_id=card.note_id) == 0
    undone = await coach.notes.undo(ALICE)
    assert undone is not None and undone.removed == ["Mike O'Brien"]
    assert await count(coach, Contact, user_id=ALICE) == 1


async def test_rows_written_in_bulk_are_cleaned_like_the_rest(coach: Coach) -> None:
    """Facts, ledger lines and nudges skip the ORM (and its guard) for speed: a NUL byte,
    which PostgreSQL refuses, or an over-long text must still be stored, cleaned."""
    card = await coach.notes.capture(ALICE, "met Nora Ellis at the expo")
    nora = card.people[0].contact_id
    long = "y" * 400
    now = coach.rt.clock()
    async with coach.rt.unit_of_work() as session:
        await Contacts(session, ALICE).add_facts([NewFact(nora, None, "interest", "sail\x00ing")])
        await Ledger(session, ALICE).add_all([Entry(nora, "gave", "intro " + long, None, now)])
        nudge = NewNudge(nora, None, "follow_up", "x\x00" + long, now)
        await Nudges(session, ALICE).add_all([nudge])
    async with coach.rt.unit_of_work() as session:
        fact = await session.scalar(select(Fact.text).where(Fact.contact_id == nora))
        summary = await session.scalar(
            select(Interaction.summary).where(Interaction.kind == "gave")
        )
        reason = await session.scalar(select(Nudge.reason).where(Nudge.kind == "follow_up"))
    assert fact == "sailing"
    assert summary is not None and summary.startswith("intro yyy") and len(summary) == 300
    assert reason is not None and reason.startswith("xyyy") and len(reason) == 300


async def test_notes_sent_at_once_about_the_same_new_person_make_one_contact(
    coach: Coach,
) -> None:
    # Each note's names are read while the others are still being read and stored.
    notes = [
        "met Dana Whitfield at the expo, she runs a bakery",
        "Dana Whitfield loves trail running",
        "dana whitfield wants an intro to a good accountant",
    ]
    cards = await asyncio.gather(*(coach.notes.capture(ALICE, note) for note in notes))
    assert sorted(p.created for card in cards for p in card.people) == [False, False, True]
    assert await count(coach, Contact, user_id=ALICE) == 1


async def test_contacts_added_by_notes_and_otherwise_each_get_their_own_id(
    coach: Coach,
) -> None:
    first = await coach.notes.capture(ALICE, "met Sarah Chen and Mike Brown at the expo")
    await coach.notes.capture(BOB, "coffee with Dana Lee from Globex")
    async with coach.rt.unit_of_work() as session:  # an import, say, in between
        await Contacts(session, ALICE).add("Priya Patel", org=None, met_at=None, met_on=None)
    later = await coach.notes.capture(ALICE, "lunch with John Park from Initech")
    async with coach.rt.unit_of_work() as session:
        contacts = (await session.scalars(select(Contact).where(Contact.user_id == ALICE))).all()
    by_name = {c.name: c for c in contacts}
    assert set(by_name) == {"Sarah Chen", "Mike Brown", "Priya Patel", "John Park"}
    assert [p.contact_id for p in first.people + later.people] == [
        by_name[name].id for name in ("Sarah Chen", "Mike Brown", "John Park")
    ]
    john = by_name["John Park"]
    assert (john.org, john.stage, john.cadence_days) == ("Initech", "know", None)
    assert john.last_touch_at is not None


async def test_a_contact_a_note_adds_is_whole_in_its_session_and_can_change(
    coach: Coach,
) -> None:
    async with coach.rt.unit_of_work() as session:
        await coach.rt.user_now(session, ALICE)  # the user's first message makes the user
        note = await Notes(session, ALICE).add("met Sarah Chen", when=coach.rt.clock())
    async with coach.rt.unit_of_work() as session:
        assert await Notes(session, ALICE).mark_enriched(note.id, None, {})
        contact = await Contacts(session, ALICE).add(
            "Sarah Chen", org="Acme", met_at=None, met_on=None
        )
        state = inspect(contact)
        assert not state.unloaded and not state.expired_attributes, "nothing loads lazily"
        contact.org = "Acme Robotics"
        assert [c.name for c in await Contacts(session, ALICE).recent(0, 10)] == ["Sarah Chen"]
    async with coach.rt.unit_of_work() as session:
        stored = await session.get(Contact, contact.id)
    assert stored is not None and (stored.org, stored.stage) == ("Acme Robotics", "know")


async def test_a_small_typo_still_finds_the_contact(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Michael Brown from Contoso")
    card = await coach.notes.capture(ALICE, "Micheal Brown wants a good web designer")
    assert [(p.name, p.created) for p in card.people] == [("Michael Brown", False)]


async def test_two_possible_matches_ask_which_one(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met John Park from Acme")
    await coach.notes.capture(ALICE, "met John Smith at the chamber breakfast")
    card = await coach.notes.capture(ALICE, "John loves sailing")
    assert card.people == []
    [question] = card.questions
    assert sorted(c.label for c in question.candidates) == ["John Park (Acme)", "John Smith"]

    park = next(c.contact_id for c in question.candidates if "Park" in c.label)
    resolution = await coach.notes.resolve(ALICE, question.pending_id, park)
    assert resolution is not None and resolution.person is not None
    assert resolution.person.name == "John Park"
    assert [f.text for f in resolution.person.facts] == ["sailing"]
    # The question is answered once; a second press does nothing.
    assert await coach.notes.resolve(ALICE, question.pending_id, park) is None


async def test_choosing_new_contact_creates_a_third_john(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met John Park from Acme")
    await coach.notes.capture(ALICE, "met John Smith at the chamber breakfast")
    card = await coach.notes.capture(ALICE, "John loves sailing")
    resolution = await coach.notes.resolve(ALICE, card.questions[0].pending_id, None)
    assert resolution is not None and resolution.person is not None
    assert resolution.person.created
    assert await count(coach, Contact, user_id=ALICE) == 3


async def test_undo_removes_new_contacts_and_restores_updated_ones(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics, loves sailing")
    await coach.notes.capture(ALICE, "Sarah Chen from Globex now. Also met Dana Lee, a realtor")
    result = await coach.notes.undo(ALICE)
    assert result is not None
    assert result.removed == ["Dana Lee"]
    assert result.updated == ["Sarah Chen"]
    async with coach.rt.unit_of_work() as session:
        contacts = (await session.scalars(select(Contact).where(Contact.user_id == ALICE))).all()
    assert [(c.name, c.org) for c in contacts] == [("Sarah Chen", "Acme Robotics")]
    # Facts from the undone note are gone; the first note's facts stay.
    assert await count(coach, Fact, user_id=ALICE) == 1


async def test_undo_with_nothing_to_undo(coach: Coach) -> None:
    assert await coach.notes.undo(ALICE) is None
    await coach.notes.capture(ALICE, "met Priya at the BNI lunch")
    assert await coach.notes.undo(ALICE) is not None
    assert await coach.notes.undo(ALICE) is None


async def test_fixing_a_note_replaces_its_reading(coach: Coach) -> None:
    card = await coach.notes.capture(ALICE, "met jon from acme")
    fixed = await coach.notes.replace(ALICE, card.note_id, "met Joan Miller from Acme")
    assert fixed is not None
    assert [p.name for p in fixed.people] == ["Joan Miller"]
    async with coach.rt.unit_of_work() as session:
        names = (await session.scalars(select(Contact.name).where(Contact.user_id == ALICE))).all()
    assert names == ["Joan Miller"]


async def test_a_fix_that_names_nobody_keeps_the_note_and_its_people(coach: Coach) -> None:
    """Trial 16: a one-line Fix ("it's two buildings, not one") replaced the note about the
    Kims and removed John Kim, Esther and Andrew, then said no contact was changed."""
    from bot.formatting import note_card

    card = await coach.notes.capture(
        ALICE, "coffee with pastor john kim and his wife esther, their son andrew is at tech"
    )
    fixed = await coach.notes.replace(ALICE, card.note_id, "it's actually two buildings not one")
    assert fixed.kept_earlier
    assert "kept your earlier note" in note_card(fixed)
    async with coach.rt.unit_of_work() as session:
        names = (await session.scalars(select(Contact.name).where(Contact.user_id == ALICE))).all()
    assert {"John Kim", "Esther", "Andrew"} <= set(names)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
async def test_an_empty_note_is_refused(coach: Coach, text: str) -> None:
    with pytest.raises(EmptyNote):
        await coach.notes.capture(ALICE, text)


async def test_emoji_only_and_very_long_notes_are_kept(coach: Coach) -> None:
    emoji = await coach.notes.capture(ALICE, "🎉🤝☕️")
    assert emoji.people == [] and not emoji.enrichment_failed
    long_text = ("met Sarah Chen from Acme Robotics, she loves sailing. " * 200)[:10_000]
    long_card = await coach.notes.capture(ALICE, long_text)
    assert [p.name for p in long_card.people] == ["Sarah Chen"]
    async with coach.rt.unit_of_work() as session:
        texts = (await session.scalars(select(Note.text).where(Note.user_id == ALICE))).all()
    assert sorted(texts, key=len) == ["🎉🤝☕️", long_text.strip()]


async def test_users_never_see_or_match_each_others_contacts(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics")
    card = await coach.notes.capture(BOB, "met sarah chen at the mixer")
    assert [p.created for p in card.people] == [True]
    assert await count(coach, Contact, user_id=ALICE) == 1
    assert await count(coach, Contact, user_id=BOB) == 1
    # Bob cannot undo Alice's note by id, nor answer her questions.
    async with coach.rt.unit_of_work() as session:
        alice_note = await session.scalar(select(Note.id).where(Note.user_id == ALICE))
    assert alice_note is not None
    assert await coach.notes.undo(BOB, alice_note) is None
    assert await count(coach, Contact, user_id=ALICE) == 1


async def test_follow_up_dates_use_the_users_timezone(coach: Coach) -> None:
    # 10:00 UTC on Thursday is already Friday 00:00 in Kiritimati (UTC+14).
    await coach.set_timezone(ALICE, "Pacific/Kiritimati")
    card = await coach.notes.capture(ALICE, "met Sarah Chen, follow up tomorrow")
    assert [f.due for f in card.follow_ups] == [date(2026, 11, 28)]
    assert await count(coach, Nudge, user_id=ALICE, kind="follow_up") == 1


async def test_a_new_users_first_messages_at_once_are_all_kept(coach: Coach) -> None:
    notes = [f"met Person{n} Smith at the mixer" for n in range(5)]
    cards = await asyncio.gather(*(coach.notes.capture(3003, note) for note in notes))
    assert len({card.note_id for card in cards}) == 5
    assert await count(coach, Note, user_id=3003) == 5
