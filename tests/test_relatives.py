"""Relatives, news and corrections at the service layer, on a real database (issue 19)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from coach.service import Coach
from nlp.schema import NoteExtraction, PersonMention
from storage.contacts import Contacts
from storage.models import Contact, Nudge

ALICE = 1001


async def contact_named(coach: Coach, name: str) -> Contact:
    async with coach.rt.unit_of_work() as session:
        found = await session.scalar(
            select(Contact).where(Contact.user_id == ALICE, Contact.name == name)
        )
    assert found is not None, name
    return found


async def nudges_for(coach: Coach, contact_id: int) -> int:
    async with coach.rt.unit_of_work() as session:
        return len(
            (await session.scalars(select(Nudge).where(Nudge.contact_id == contact_id))).all()
        )


async def test_a_named_relative_is_linked_to_their_family_and_gets_no_nudges(
    coach: Coach,
) -> None:
    card = await coach.notes.capture(
        ALICE,
        "Chatted with Gloria Ramos at the church fundraiser. "
        "Her husband Tom is a contractor. She loves gardening.",
    )
    by_name = {p.name: p for p in card.people}
    assert by_name["Tom"].relation == "husband"
    assert by_name["Tom"].relative_of == "Gloria Ramos"
    gloria, tom = await contact_named(coach, "Gloria Ramos"), await contact_named(coach, "Tom")
    assert tom.relative_of_id == gloria.id
    assert await nudges_for(coach, tom.id) == 0
    assert await nudges_for(coach, gloria.id) > 0
    person = await coach.people.card(ALICE, gloria.id)
    assert person is not None
    assert [(r.relation, r.name) for r in person.family] == [("husband", "Tom")]
    assert person.family[0].work is not None and "contractor" in person.family[0].work


async def test_later_news_replaces_what_it_supersedes_and_undo_brings_it_back(
    coach: Coach,
) -> None:
    await coach.notes.capture(
        ALICE, "Coffee with Dana Lee. She is training for the Chicago marathon."
    )
    card = await coach.notes.capture(ALICE, "Dana Lee just ran the Chicago marathon!")
    [dana] = card.people
    assert any("training" in text for text in dana.replaced)
    person = await coach.people.card(ALICE, dana.contact_id)
    assert person is not None
    said = " ".join(f.text for f in person.facts)
    assert "ran the Chicago marathon" in said and "training" not in said
    await coach.notes.undo(ALICE)
    person = await coach.people.card(ALICE, dana.contact_id)
    assert person is not None
    assert "training" in " ".join(f.text for f in person.facts)


async def test_a_correction_replaces_the_role_it_names(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "Met Priya Shah at the founders dinner, she is the CFO")
    card = await coach.notes.capture(ALICE, "Correction: Priya Shah is VP of Finance, not CFO")
    [priya] = card.people
    assert priya.replaced == ["CFO"]
    person = await coach.people.card(ALICE, priya.contact_id)
    assert person is not None
    work = [f.text for f in person.facts if f.kind == "work"]
    assert "VP of Finance" in work and "CFO" not in work


async def test_a_move_changes_the_org_keeps_the_old_one_and_is_no_touch(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Mike Brennan, a realtor with Keller Williams")
    before = (await contact_named(coach, "Mike Brennan")).last_touch_at
    card = await coach.notes.capture(ALICE, "Mike Brennan switched brokerages, he's at Compass now")
    [mike] = card.people
    assert (mike.org, mike.previous_org) == ("Compass", "Keller Williams")
    after = await contact_named(coach, "Mike Brennan")
    assert after.org == "Compass"
    assert after.last_touch_at == before


async def test_where_you_ran_into_someone_or_how_a_note_spells_their_org_changes_nothing(
    coach: Coach,
) -> None:
    await coach.notes.capture(ALICE, "met Tomasz Kowalczyk from Kowalczyk Builders, a contractor")
    card = await coach.notes.capture(ALICE, "ran into tomasz kowalczyk at home depot lol")
    [tomasz] = card.people
    assert (tomasz.org, tomasz.previous_org) == ("Kowalczyk Builders", None)
    await coach.notes.capture(ALICE, "Met Grace Oyelaran-Smith, a realtor at Compass")
    card = await coach.notes.capture(ALICE, "coffee w grace oyelaran-smith, loves compass")
    card = await coach.notes.capture(ALICE, "grace oyelaran-smith is at compass now")
    [grace] = card.people
    assert (grace.org, grace.previous_org) == ("Compass", None)
    assert (await contact_named(coach, "Grace Oyelaran-Smith")).org == "Compass"
    await coach.notes.capture(ALICE, "Met Dr. Nneka Obi, a GP at Harbourside")
    card = await coach.notes.capture(ALICE, "lunch w nneka obi from Harbourside Surgery")
    [nneka] = card.people
    assert (nneka.org, nneka.previous_org) == ("Harbourside Surgery", None)


async def test_an_unsure_name_is_asked_about_and_no_drops_it(
    coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = coach.extraction.loaded()

    def unsure_loan(doc: Any, **kwargs: Any) -> NoteExtraction:
        return NoteExtraction(people=[PersonMention("Loan", unsure=True)])

    monkeypatch.setattr(extractor, "finish", unsure_loan)
    card = await coach.notes.capture(ALICE, "needs a commercial lender for an equipment Loan")
    [question] = card.questions
    assert question.unsure and question.name == "Loan" and card.people == []
    assert await coach.notes.dismiss(ALICE, question.pending_id)
    assert not await coach.notes.dismiss(ALICE, question.pending_id)
    card = await coach.notes.capture(ALICE, "needs a commercial lender for an equipment Loan")
    resolution = await coach.notes.resolve(ALICE, card.questions[0].pending_id, None)
    assert resolution is not None and resolution.person is not None
    assert resolution.person.name == "Loan"


async def test_a_nickname_finds_the_person_in_later_notes_and_on_the_card(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "Met Chukwuemeka Obi (everyone calls him Emeka) at the YPO dinner."
    )
    card = await coach.notes.capture(ALICE, "Emeka is opening a clinic in Lagos")
    assert [(p.name, p.created) for p in card.people] == [("Chukwuemeka Obi", False)]
    lookup = await coach.people.lookup(ALICE, "emeka")
    assert lookup.card is not None and lookup.card.contact.name == "Chukwuemeka Obi"
    emeka = await contact_named(coach, "Chukwuemeka Obi")
    assert emeka.pronoun == "he"


async def test_relatives_stay_out_of_the_network_counts_the_list_and_the_nudges(
    coach: Coach, clock: Any
) -> None:
    from datetime import timedelta

    from bot.formatting import people_page, person_card

    await coach.notes.capture(
        ALICE,
        "Chatted with Gloria Ramos at the church fundraiser. "
        "Her husband Tom is a contractor. She loves gardening.",
    )
    await coach.notes.capture(ALICE, "met Dana Lee at the BNI lunch")
    page = await coach.people.page(ALICE)
    assert page.total == 2 and page.relatives == 1
    assert [c.name for c in page.contacts] == ["Dana Lee", "Gloria Ramos"]
    text = people_page(page)
    assert "Your people (2)" in text and "Tom" not in text
    assert "1 relative of your people left out" in text and "/person" in text
    review = await coach.reviews.build(ALICE)
    assert review.stages["know"] == 2
    # Tom's card says whose husband he is: no met date, no stage or "give first".
    tom = await contact_named(coach, "Tom")
    card = await coach.people.card(ALICE, tom.id)
    assert card is not None and card.relationship is None
    shown = person_card(card)
    assert "Gloria Ramos’ husband" in shown
    assert "Met" not in shown and "give first" not in shown and "Stage" not in shown
    # A relative saved before as a contact of their own gets no generic nudges.
    dana = await contact_named(coach, "Dana Lee")
    async with coach.rt.unit_of_work() as session:
        stored = await session.get(Contact, dana.id)
        assert stored is not None
        stored.relation, stored.relative_of_id = "wife", None
    assert [n for n in await coach.nudges.upcoming(ALICE) if n.person == "Dana Lee"] == []
    clock.advance(timedelta(days=20))
    for outgoing in await coach.dispatcher.claim_due():
        assert "Dana Lee" not in {n.person for n in outgoing.nudges}


async def test_a_correction_about_a_relative_changes_the_relative_only(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "coffee with Dara Osei, she runs a flower shop. her husband kojo is a firefighter"
    )
    await coach.notes.capture(
        ALICE, "correction: dara's husband kojo is a paramedic, not a firefighter"
    )
    dara, kojo = await contact_named(coach, "Dara Osei"), await contact_named(coach, "Kojo")
    async with coach.rt.unit_of_work() as session:
        facts = await Contacts(session, ALICE).facts([dara.id, kojo.id])
    current = {(f.contact_id, f.text.lower()) for f in facts if f.superseded_at is None}
    assert (kojo.id, "paramedic") in current
    assert (kojo.id, "firefighter") not in current
    assert not any(c == dara.id and "paramedic" in t for c, t in current)


async def test_the_address_book_export_lists_relatives_on_their_family_members_card(
    coach: Coach,
) -> None:
    import csv
    import io
    import json

    from coach.infra.formats import PortableContact, read_vcards

    await coach.notes.capture(
        ALICE,
        "Chatted with Gloria Ramos at the church fundraiser. "
        "Her husband Tom is a contractor. She loves gardening.",
    )
    # A phone's address book gets the network, not the network's husbands and children.
    vcf = (await coach.portability.export(ALICE, "vcard")).data.decode()
    cards = [c for c in read_vcards(vcf) if isinstance(c, PortableContact)]
    assert [c.name for c in cards] == ["Gloria Ramos"]
    assert cards[0].note is not None and "Family: husband Tom." in cards[0].note
    exported = (await coach.portability.export(ALICE, "csv")).data.decode("utf-8-sig")
    assert [r["Name"] for r in csv.DictReader(io.StringIO(exported))] == ["Gloria Ramos"]
    assert "husband Tom" in exported
    # A son the note only named is family on his mother's card too.
    await coach.notes.capture(ALICE, "Gloria Ramos's son Tobi started school")
    vcf = (await coach.portability.export(ALICE, "vcard")).data.decode()
    [gloria] = [c for c in read_vcards(vcf) if isinstance(c, PortableContact)]
    assert gloria.note is not None and "Tobi" in gloria.note and "Tom" in gloria.note
    # The full backup still keeps Tom, to restore him as he was.
    backup = json.loads((await coach.portability.export(ALICE, "json")).data)
    assert "Tom" in [c["name"] for c in backup["contacts"]]


async def test_a_correction_of_how_someone_is_related_changes_the_relation(
    coach: Coach,
) -> None:
    await coach.notes.capture(
        ALICE, "afterparty: Yaw Darko, researcher at SAP, girlfriend Efua is a nurse"
    )
    await coach.notes.capture(
        ALICE, "correction: Efua is his wife, not girlfriend (married in october)"
    )
    yaw = await contact_named(coach, "Yaw Darko")
    person = await coach.people.card(ALICE, yaw.id)
    assert person is not None
    assert [(r.relation, r.name) for r in person.family] == [("wife", "Efua")]
    async with coach.rt.unit_of_work() as session:
        facts = await Contacts(session, ALICE).facts(
            [yaw.id, (await contact_named(coach, "Efua")).id]
        )
    current = [f.text.lower() for f in facts if f.superseded_at is None]
    assert not any("girlfriend" in t or ", not" in t for t in current), current


async def facts_of(coach: Coach, name: str) -> list[str]:
    contact = await contact_named(coach, name)
    person = await coach.people.card(ALICE, contact.id)
    assert person is not None
    return [f.text for f in person.facts]


async def test_a_known_child_is_not_who_a_later_he_is(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE,
        "hockey game with piotr zielinski, commercial lender at byline bank. his wife kasia "
        "just had a baby boy named antek",
    )
    await coach.notes.capture(
        ALICE,
        "lunch w piotr. antek isn't sleeping lol. he offered to send me two clients who "
        "need new brokers",
    )
    assert any("two clients" in f for f in await facts_of(coach, "Piotr Zielinski"))
    assert not await facts_of(coach, "Antek")


async def test_a_relatives_first_name_is_not_a_known_contact_of_that_name(coach: Coach) -> None:
    """ "her granddaughter Eleni" is Maria's granddaughter, not the Eleni Papadopoulos the
    user met: a first name alone never takes an unrelated contact for family."""
    await coach.notes.capture(ALICE, "met Eleni Papadopoulos at the chamber breakfast")
    eleni = await contact_named(coach, "Eleni Papadopoulos")
    card = await coach.notes.capture(
        ALICE, "met Maria Costa at the library, her granddaughter Eleni just started at Columbia"
    )
    maria = await contact_named(coach, "Maria Costa")
    granddaughter = await contact_named(coach, "Eleni")
    assert (granddaughter.relation, granddaughter.relative_of_id) == ("granddaughter", maria.id)
    assert {p.name for p in card.people} == {"Maria Costa", "Eleni"}
    # The contact the user met is untouched.
    eleni = await contact_named(coach, "Eleni Papadopoulos")
    assert (eleni.relation, eleni.org) == (None, None)
    # Said again later, the granddaughter is the one already recorded as Maria's.
    await coach.notes.capture(
        ALICE, "met Maria Costa at the cafe, her granddaughter Eleni loves Columbia"
    )
    async with coach.rt.unit_of_work() as session:
        named = (
            await session.scalars(
                select(Contact.name).where(Contact.user_id == ALICE, Contact.name.like("Eleni%"))
            )
        ).all()
    assert sorted(named) == ["Eleni", "Eleni Papadopoulos"]


async def test_a_relative_named_in_full_is_that_known_contact(coach: Coach) -> None:
    """ "his daughter Lena Bishop", whom the user knows: the same contact, not a second one."""
    await coach.notes.capture(ALICE, "met Lena Bishop at the BNI lunch, she is a florist")
    await coach.notes.capture(
        ALICE, "met George Adams at the mixer, his daughter Lena Bishop plays piano"
    )
    george, lena = (
        await contact_named(coach, "George Adams"),
        await contact_named(coach, "Lena Bishop"),
    )
    assert lena.relative_of_id == george.id
    async with coach.rt.unit_of_work() as session:
        lenas = (
            await session.scalars(
                select(Contact.id).where(Contact.user_id == ALICE, Contact.name == "Lena Bishop")
            )
        ).all()
    assert lenas == [lena.id]


async def test_a_relative_named_after_the_person_with_a_comma_is_theirs(coach: Coach) -> None:
    """ "coffee with Maria Costa, her granddaughter Eleni ...": Eleni is Maria's
    granddaughter, not the other way round ("Shirin, his wife" names Shirin; here the
    word has a name of its own after it)."""
    await coach.notes.capture(
        ALICE, "coffee with Maria Costa, her granddaughter Eleni just started at Columbia"
    )
    maria, eleni = await contact_named(coach, "Maria Costa"), await contact_named(coach, "Eleni")
    assert (maria.relation, maria.relative_of_id) == (None, None)
    assert (eleni.relation, eleni.relative_of_id) == ("granddaughter", maria.id)


async def test_a_relative_the_user_met_keeps_their_nudges(coach: Coach) -> None:
    """Trial 15: "met segun, tunde's brother in law, … looking for a job" is someone to help."""
    await coach.notes.capture(
        ALICE, "met kayode, femi's brother in law, just moved from ibadan, looking for a job"
    )
    kayode = await contact_named(coach, "Kayode")
    assert kayode.relation == "brother-in-law"
    assert await nudges_for(coach, kayode.id) > 0
