"""/person and /find on a big Rolodex: the quick paths give the same answers as reading
everything, and migration 0006 adds the indexes a contact's card reads through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, inspect, select

from coach.matching import KnownContact, match_contact
from coach.search import BASE_WEIGHTS, MODE_BOOSTS, Weights, relevance
from coach.service import Coach
from nlp.synonyms import Concept
from storage.contacts import Contacts, name_key
from storage.models import Contact, Fact, User
from storage.search import FactText, SearchCandidate, SearchReads

ALICE = 1001
NAMES = [
    "Anna Smith",
    "Anna Smith-Jones",
    "Anna",
    "Annabel Lee",
    "anna_b Fox",
    "Anna%x Roe",
    "Ben Park",
    "Ben",
    "Carla Müller",
    "Dana Lee",
    "Dana Lee",
    "Eve O'Neil",
]
TEXTS = [
    ("work", "realtor at Keller Williams"),
    ("work", "certified public accountant"),
    ("interest", "sailing and sailboats"),
    ("interest", "fly fishing"),
    ("need", "intro to a web designer"),
    ("need", "a good CPA"),
    ("offer", "websites for dentists"),
    ("family", "two kids"),
    ("other", "100% real-estate"),
    ("work", "pediatric dentist"),
]


@dataclass
class _Field:
    place: str
    text: str
    label: str


def _reference_relevance(
    contact: Contact | SearchCandidate,
    facts: Sequence[Fact | FactText],
    wanted: Sequence[Concept],
    weights: Weights,
) -> tuple[float, list[str]]:
    """The plain rules /find's scorer must follow: for each concept, the best weighted match
    in the name, organisation, where-met and facts (its label the reason); the sum, or 0
    unless every concept matches."""
    fields = [_Field("name", contact.name, "")]
    if contact.org:
        fields.append(_Field("org", contact.org, f"works at {contact.org}"))
    if contact.met_at:
        fields.append(_Field("met_at", contact.met_at, f"met at {contact.met_at}"))
    fields += [_Field(f.kind, f.text, f"{f.kind}: {f.text}") for f in facts]
    total = 0.0
    reasons: list[str] = []
    for concept in wanted:
        best, label = 0.0, ""
        for f in fields:
            weight = weights.of(f.place)
            if weight <= 0:
                continue
            # accents ignored, as in the question's words ("muller" is Müller)
            hit = concept.best(f.text if f.text.isascii() else name_key(f.text)) * weight
            if hit > best:
                best, label = hit, f.label
        if best <= 0:
            return 0.0, []
        total += best
        if label and label not in reasons:
            reasons.append(label)
    return total, reasons


async def _seed(coach: Coach) -> list[int]:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    async with coach.rt.unit_of_work() as session:
        session.add(User(id=ALICE))
        await session.flush()
        await session.execute(
            insert(Contact),
            [
                {
                    "user_id": ALICE,
                    "name": name,
                    "name_key": name_key(name),
                    "org": ("Acme Realty", "Gomez CPA", None)[i % 3],
                    "met_at": ("BNI lunch", "mixer", None, "boat show")[i % 4],
                    "stage": "know",
                    "created_at": now,
                    # Not in id order: ties must keep the same order as before.
                    "updated_at": now - timedelta(hours=(i * 7) % 5),
                }
                for i, name in enumerate(NAMES * 5)
            ],
        )
        ids = list((await session.scalars(select(Contact.id).order_by(Contact.id))).all())
        await session.execute(
            insert(Fact),
            [
                {
                    "user_id": ALICE,
                    "contact_id": cid,
                    "kind": TEXTS[(i + j) % len(TEXTS)][0],
                    "text": TEXTS[(i + j) % len(TEXTS)][1],
                    "created_at": now,
                }
                for i, cid in enumerate(ids)
                for j in range(i % 4)
            ],
        )
    return ids


@pytest.mark.parametrize(
    "name",
    ["Anna Smith", "anna", "ANNA  smith-jones", "Ben", "ben park", "Dana Lee", "dana", "anna_b",
     "Anna%x", "Carla Müller", "carla", "Annabel", "Eve O'Neil", "smith", "Anna Smiht", "Bne",
     "nobody", "  "],
)  # fmt: skip
async def test_person_lookup_by_name_reads_only_those_names_and_matches_as_before(
    coach: Coach, name: str
) -> None:
    await _seed(coach)
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, ALICE)
        everyone = [KnownContact(*row) for row in await contacts.all_names()]
        named = [KnownContact(*row) for row in await contacts.named(name)]
    quick = match_contact(name, None, named, typos=False)
    full = match_contact(name, None, everyone)
    if not quick.is_new:
        assert quick == full
        assert len(named) < len(everyone)
    else:
        # Only typos are left to the full read; exact and first-name matches never are.
        assert match_contact(name, None, everyone, typos=False).is_new


async def test_person_card_by_exact_first_and_mistyped_name(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Sarah Chen from Acme Robotics at the mixer")
    await coach.notes.capture(ALICE, "met Sarah Park at the gala")
    await coach.notes.capture(ALICE, "met Michael Stone, a realtor")
    exact = await coach.people.lookup(ALICE, "sarah chen")
    assert exact.card is not None and exact.card.contact.name == "Sarah Chen"
    first = await coach.people.lookup(ALICE, "Sarah")
    assert sorted(c.label for c in first.candidates)[0].startswith("Sarah Chen")
    typo = await coach.people.lookup(ALICE, "Micheal")
    assert typo.card is not None and typo.card.contact.name == "Michael Stone"
    part = await coach.people.lookup(ALICE, "stone")
    assert part.card is not None and part.card.contact.name == "Michael Stone"
    assert (await coach.people.lookup(ALICE, "Sara Chenn")).card is not None


@pytest.mark.parametrize(
    "question",
    ["real estate", "cpa", "who likes sailing", "dentist", "web designer", "BNI lunch", "boat",
     "who needs a web designer", "100%", "anna", "müller", "pediatric dentist", "fishing"],
)  # fmt: skip
async def test_search_candidates_fit_exactly_as_scoring_everyone(
    coach: Coach, question: str
) -> None:
    """Every contact that fits when scored with all their facts is a candidate, with the
    same score and reasons, in the order the old query gave (least recently updated first)."""
    await _seed(coach)
    query = await coach.search.parse(question)
    weights = Weights(BASE_WEIGHTS, MODE_BOOSTS.get(query.mode, {}))
    async with coach.rt.unit_of_work() as session:
        # the prefilter /find runs: the question's likes, and its words with accents or none
        found = await coach.search.candidates(session, ALICE, query)
        everyone = (
            await session.scalars(
                select(Contact)
                .where(Contact.user_id == ALICE)
                .order_by(Contact.updated_at, Contact.id)
            )
        ).all()
        facts = (await session.scalars(select(Fact).order_by(Fact.kind, Fact.id))).all()
    expected = []
    for contact in everyone:
        own = [
            f
            for f in facts
            if f.contact_id == contact.id and (not query.fact_kinds or f.kind in query.fact_kinds)
        ]
        score, reasons = _reference_relevance(contact, own, query.concepts, weights)
        if score > 0:
            expected.append((contact.id, reasons, score))
    got, plain = [], []
    for c in found:
        score, reasons = relevance(c, query.concepts, weights)
        if score > 0:
            got.append((c.id, reasons, score))
        score, reasons = _reference_relevance(c, c.facts, query.concepts, weights)
        if score > 0:
            plain.append((c.id, reasons, score))
    assert got == plain == expected
    assert expected or question in ("anna", "müller", "100%")


async def test_find_excludes_and_ranks_on_a_seeded_rolodex(coach: Coach) -> None:
    ids = await _seed(coach)
    result = await coach.people.find(ALICE, "who is a realtor")
    assert result.hits and all("realtor" in " ".join(h.reasons).lower() or "realty" in
                               " ".join(h.reasons).lower() for h in result.hits)  # fmt: skip
    query = await coach.search.parse("realtor")
    async with coach.rt.unit_of_work() as session:
        top = await coach.search.rank(session, ALICE, query, limit=3)
        rest = await coach.search.rank(
            session, ALICE, query, limit=3, exclude=[r.contact.id for r in top]
        )
    assert top and rest and not {r.contact.id for r in top} & {r.contact.id for r in rest}
    assert all(isinstance(r.contact, Contact) and r.contact.id in ids for r in top + rest)


async def test_migration_adds_the_card_indexes(coach: Coach) -> None:
    async with coach.engine.connect() as conn:
        indexes = await conn.run_sync(
            lambda sync: {
                table: {ix["name"]: ix["column_names"] for ix in inspect(sync).get_indexes(table)}
                for table in ("interactions", "nudges")
            }
        )
    assert indexes["interactions"]["ix_interactions_user_contact_kind"] == [
        "user_id",
        "contact_id",
        "kind",
    ]
    assert "ix_interactions_user_contact" not in indexes["interactions"]
    assert indexes["nudges"]["ix_nudges_user_contact_status"] == [
        "user_id",
        "contact_id",
        "status",
    ]


async def test_search_reads_only_the_users_own_contacts(coach: Coach) -> None:
    ids = await _seed(coach)
    async with coach.rt.unit_of_work() as session:
        assert set(await SearchReads(session, ALICE).contacts(ids[:3])) == set(ids[:3])
        assert await SearchReads(session, 2002).contacts(ids[:3]) == {}
        assert await SearchReads(session, 2002).candidates(["realtor"], None, True) == []
