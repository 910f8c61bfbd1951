"""/find: plain questions, synonyms and word forms, ranking, and a 10,000-contact Rolodex."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from coach.service import Coach
from nlp.synonyms import concepts, stem
from storage.models import Contact, Fact, User
from tests.conftest import FakeClock

ALICE, BOB = 1001, 2002


async def seed(coach: Coach) -> None:
    for note in [
        "met Dana Lee, a realtor at Keller Williams, at the chamber breakfast",
        "met Sam Wu at the BNI lunch, he is into real estate investing",
        "met Maria Gomez, an accountant at Gomez CPA, at the BNI lunch, loves golf",
        "met Priya Shah from Acme, she is looking for a web developer",
        "met Tom Reed at the mixer, big on sailing",
        "met Ana Ruiz at the gala, she loves sailboats and fly fishing",
        "met John Park from Acme, wants an intro to a good CPA",
    ]:
        await coach.notes.capture(ALICE, note)


@pytest.mark.parametrize(
    ("query", "first", "also"),
    [
        # Sam's own words say real estate; Dana's "realtor" is its synonym.
        ("who do I know in real estate", "Sam Wu", {"Dana Lee"}),
        ("who likes sailing", "Tom Reed", {"Ana Ruiz"}),
        ("who needs a web designer", "Priya Shah", set()),
        # Equally good fits: the tie goes to the one met first.
        ("who did I meet at the BNI lunch", "Sam Wu", {"Maria Gomez"}),
        # John needs a CPA: he fits, below the accountant.
        ("accountants", "Maria Gomez", {"John Park"}),
        ("realtors", "Dana Lee", {"Sam Wu"}),
        ("who needs an accountant", "John Park", set()),
    ],
)
async def test_find_answers_plain_questions_best_first(
    coach: Coach, query: str, first: str, also: set[str]
) -> None:
    await seed(coach)
    result = await coach.people.find(ALICE, query)
    names = [h.contact.name for h in result.hits]
    assert names[0] == first, names
    assert set(names[1:]) == also
    assert (await coach.people.find(BOB, query)).hits == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("jose", {"José Álvarez"}),  # a name's accents
        ("josé", {"José Álvarez"}),  # typed with them
        ("nguyen", {"Thu Nguyễn", "José Álvarez"}),  # a name, and an org (Nguyễn Realty)
        ("who likes cafe culture", {"José Álvarez"}),  # a detail
        ("who likes café culture", {"José Álvarez"}),
        ("alvarez", {"José Álvarez"}),
    ],
)
async def test_find_ignores_accents_in_names_orgs_and_details(
    coach: Coach, query: str, found: set[str]
) -> None:
    await coach.notes.capture(
        ALICE,
        "Met José Álvarez at the expo, he is a realtor at Nguyễn Realty. He loves café culture.",
    )
    await coach.notes.capture(ALICE, "Met Thu Nguyễn at the gala, she is an accountant.")
    result = await coach.people.find(ALICE, query)
    assert {h.contact.name for h in result.hits} == found, query


async def test_who_is_into_a_pastime_finds_the_pastime_not_people_who_run_a_business(
    coach: Coach,
) -> None:
    await coach.notes.capture(ALICE, "met Efua Mensah, she runs a catering company")
    await coach.notes.capture(ALICE, "met Lars Berg at the expo, into running, did a 10k")
    result = await coach.people.find(ALICE, "who is into running")
    assert [h.contact.name for h in result.hits] == ["Lars Berg"]


async def test_strength_breaks_ties_between_equally_good_fits(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(ALICE, "met Ann Fox, a realtor")
    clock.advance(timedelta(hours=1))
    await coach.notes.capture(ALICE, "met Bea Cole, a realtor")
    before = await coach.people.find(ALICE, "realtor")
    assert [h.contact.name for h in before.hits] == ["Bea Cole", "Ann Fox"]  # newer touch
    await coach.ledger.record(ALICE, "gave", "Ann an intro to my lender".split())
    await coach.ledger.record(ALICE, "got", "Ann a referral".split())
    after = await coach.people.find(ALICE, "realtor")
    assert [h.contact.name for h in after.hits] == ["Ann Fox", "Bea Cole"]


def test_synonyms_and_word_forms() -> None:
    assert stem("sailing") == "sail" and stem("designers") == "design"
    (cpa,) = concepts(["cpa"])
    assert cpa.best("accountant") > 0 and cpa.best("occupational") == 0
    (estate,) = concepts(["real", "estate"])
    assert estate.best("realtor at Keller Williams") == 0.8
    assert estate.best("into real estate investing") == 1.0


async def test_find_on_ten_thousand_contacts(coach: Coach) -> None:
    """Bulk-seeded, so the test is quick; timing lives in bench/find_scale.py."""
    roles = ["plumber", "dentist", "teacher", "nurse", "chef", "pilot", "barista", "baker"]
    now = datetime(2026, 11, 1, tzinfo=UTC)
    async with coach.rt.unit_of_work() as session:
        session.add(User(id=ALICE))
        await session.flush()
        await session.execute(
            insert(Contact),
            [
                {
                    "user_id": ALICE,
                    "name": f"Person {i}",
                    "name_key": f"person {i}",
                    "org": f"Org {i % 50}",
                    "met_at": "expo" if i % 2 else "mixer",
                    "met_on": date(2026, 1, 1) + timedelta(days=i % 300),
                    "stage": "know",
                    "created_at": now,
                    "updated_at": now,
                    "last_touch_at": now,
                }
                for i in range(10_000)
            ],
        )
        ids = (await session.scalars(select(Contact.id).order_by(Contact.id))).all()
        await session.execute(
            insert(Fact),
            [
                {
                    "user_id": ALICE,
                    "contact_id": cid,
                    "kind": "work",
                    "text": roles[i % len(roles)],
                    "created_at": now,
                }
                for i, cid in enumerate(ids)
            ],
        )
        await session.execute(
            insert(Fact),
            [
                {
                    "user_id": ALICE,
                    "contact_id": ids[7],
                    "kind": "work",
                    "text": "certified public accountant",
                    "created_at": now,
                },
                {
                    "user_id": ALICE,
                    "contact_id": ids[4242],
                    "kind": "interest",
                    "text": "sailing",
                    "created_at": now,
                },
            ],
        )
    cpa = await coach.people.find(ALICE, "who do I know who is a CPA")
    assert [h.contact.name for h in cpa.hits] == ["Person 7"]
    sailing = await coach.people.find(ALICE, "who likes boating")
    assert [h.contact.name for h in sailing.hits] == ["Person 4242"]
    dentists = await coach.people.find(ALICE, "dentists")
    assert len(dentists.hits) == 10  # capped, 1,250 match
