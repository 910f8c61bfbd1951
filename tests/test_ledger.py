"""Give first: gives and gets from notes and commands, /balance, stages, intros, events."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.intros import IntroDraft, NoReason
from coach.nudges import NotFound
from coach.service import Coach
from tests.conftest import FakeClock

ALICE, BOB = 1001, 2002


async def card_of(coach: Coach, name: str, user_id: int = ALICE):  # type: ignore[no-untyped-def]
    lookup = await coach.people.lookup(user_id, name)
    assert lookup.card is not None, name
    return lookup.card


async def test_notes_record_gives_and_gets_on_the_card(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the chamber breakfast")
    await coach.notes.capture(ALICE, "met Marcus Kim at the BNI lunch")
    card = await coach.notes.capture(ALICE, "introduced Dana to Marcus")
    assert {(e.direction, e.name, e.what) for e in card.ledger} == {
        ("gave", "Dana Lee", "intro to Marcus Kim"),
        ("gave", "Marcus Kim", "intro to Dana Lee"),
    }
    await coach.notes.capture(ALICE, "Chris referred me to his lender")
    await coach.notes.capture(ALICE, "sent Dana the article on pricing")
    dana = await card_of(coach, "dana")
    assert dana.given == ["the article on pricing", "intro to Marcus Kim"]
    chris = await card_of(coach, "chris")
    assert chris.received == ["referral to his lender"] and chris.given == []
    assert chris.relationship is not None
    assert "received" in chris.relationship.health.reciprocity
    # Bob sees none of it.
    assert (await coach.ledger.balance(BOB)).total_gave == 0


async def test_undo_takes_the_ledger_entries_back(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Priya Shah from Acme")
    await coach.notes.capture(ALICE, "sent Priya the article")
    assert (await card_of(coach, "priya")).given == ["the article"]
    await coach.notes.undo(ALICE)
    assert (await card_of(coach, "priya")).given == []


async def test_gave_and_got_commands_and_balance(coach: Coach) -> None:
    for note in [
        "met Chris Young at the mixer",
        "met Dana Lee, she wants an intro to a good CPA",
        "met Maria Gomez, an accountant at Gomez CPA",
    ]:
        await coach.notes.capture(ALICE, note)
    got = await coach.ledger.record(ALICE, "got", "Chris referral to his lender".split())
    assert (got.name, got.what, got.gave, got.got) == (
        "Chris Young",
        "referral to his lender",
        0,
        1,
    )
    gave = await coach.ledger.record(ALICE, "gave", "Maria Gomez a coffee".split())
    assert (gave.name, gave.what) == ("Maria Gomez", "a coffee")
    with pytest.raises(NotFound):
        await coach.ledger.record(ALICE, "gave", "Nobody Known a thing".split())
    balance = await coach.ledger.balance(ALICE)
    assert [x.name for x in balance.only_taken] == ["Chris Young"]
    assert "referral to his lender" in balance.only_taken[0].hint
    first = {x.name: x.hint for x in balance.give_first}
    assert "Maria Gomez" in first["Dana Lee"]


async def test_a_give_to_a_name_two_contacts_share_asks_which_and_keeps_it(
    coach: Coach,
) -> None:
    """/gave eleni ... with two Elenis: nothing is guessed and nothing is lost; the user
    picks one, and the give is saved to her."""
    await coach.notes.capture(ALICE, "met Eleni Papadopoulos at the chamber breakfast")
    await coach.notes.capture(ALICE, "met Eleni Markou at the BNI lunch, she is a florist")
    with pytest.raises(NotFound) as asked:
        await coach.ledger.record(ALICE, "gave", "eleni the article on pricing".split())
    assert asked.value.name == "eleni"
    assert [c.label for c in asked.value.choices] == ["Eleni Papadopoulos", "Eleni Markou"]
    assert asked.value.what == "the article on pricing"
    markou = asked.value.choices[1].contact_id
    # Another user can't write to her.
    with pytest.raises(NotFound):
        await coach.ledger.record_to(BOB, "gave", markou, asked.value.what)
    done = await coach.ledger.record_to(ALICE, "gave", markou, asked.value.what)
    assert (done.name, done.what, done.gave) == ("Eleni Markou", "the article on pricing", 1)
    assert (await card_of(coach, "eleni markou")).given == ["the article on pricing"]
    assert (await card_of(coach, "eleni papadopoulos")).given == []


async def test_a_give_in_a_note_waits_for_which_one_and_is_kept(coach: Coach) -> None:
    """ "sent Eleni the article" with two Elenis: the give is saved once the user says which
    Eleni, never dropped with the question."""
    await coach.notes.capture(ALICE, "met Eleni Papadopoulos at the chamber breakfast")
    await coach.notes.capture(ALICE, "met Eleni Markou at the BNI lunch, she is a florist")
    card = await coach.notes.capture(ALICE, "sent Eleni the article on pricing")
    assert card.ledger == [] and [q.name for q in card.questions] == ["Eleni"]
    question = card.questions[0]
    markou = next(c.contact_id for c in question.candidates if "Markou" in c.label)
    resolved = await coach.notes.resolve(ALICE, question.pending_id, markou)
    assert resolved is not None
    assert [(e.direction, e.name, e.what) for e in resolved.ledger] == [
        ("gave", "Eleni Markou", "the article on pricing")
    ]
    assert (await card_of(coach, "eleni markou")).given == ["the article on pricing"]
    assert (await card_of(coach, "eleni papadopoulos")).given == []


async def test_a_need_suggests_an_intro_and_a_double_opt_in_draft(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Maria Gomez, an accountant at Gomez CPA, loves golf")
    await coach.notes.capture(ALICE, "met Sam Wu, a realtor at Keller Williams")
    card = await coach.notes.capture(
        ALICE, "coffee with John Park from Acme, wants an intro to a good CPA"
    )
    assert [(s.need_name, s.match_name) for s in card.intros] == [("John Park", "Maria Gomez")]
    suggestion = card.intros[0]
    draft = await coach.intros.draft(ALICE, suggestion.need_id, suggestion.match_id)
    assert draft is not None
    assert draft.first_message.startswith("Hi John, you mentioned you're looking for a good CPA")
    assert "Would you be open to an intro? No pressure either way." in draft.first_message
    assert "Maria Gomez, an accountant at Gomez CPA" in draft.first_message
    assert draft.second_message.startswith("Hi Maria")
    # Ids are checked against the owner.
    assert await coach.intros.draft(BOB, suggestion.need_id, suggestion.match_id) is None
    # Neither needs what the other does: no draft without a reason to meet.
    by_hand = await coach.intros.draft_by_names(ALICE, "sam and maria gomez")
    assert by_hand == NoReason("Sam Wu", "Maria Gomez")
    assert await coach.intros.draft_by_names(ALICE, "sam and nobody") == ["nobody"]


async def test_an_intro_with_no_known_reason_is_not_offered(coach: Coach) -> None:
    """An intro draft says why the two should meet; with no need one's work meets, there
    is no draft, and the owner of a plumbing business fits a need for a plumber."""
    await coach.notes.capture(
        ALICE, "met Nikos Pappas at the rotary lunch, he owns the business Pappas Plumbing"
    )
    await coach.notes.capture(
        ALICE, "met Rita Moss at the library, she is a board member at the food bank"
    )
    card = await coach.notes.capture(ALICE, "coffee with Tom Baker, he needs a plumber")
    assert [(s.need_name, s.match_name) for s in card.intros] == [("Tom Baker", "Nikos Pappas")]
    draft = await coach.intros.draft_by_names(ALICE, "tom and nikos")
    assert isinstance(draft, IntroDraft)
    assert draft.first_message.startswith(
        "Hi Tom, you mentioned you're looking for a plumber. I know Nikos Pappas, who owns "
        "Pappas Plumbing."
    )
    assert "I thought of you." in draft.second_message
    none = await coach.intros.draft_by_names(ALICE, "tom and rita")
    assert none == NoReason("Tom Baker", "Rita Moss")


async def test_stages_move_with_touches_gives_and_time(coach: Coach, clock: FakeClock) -> None:
    await coach.notes.capture(ALICE, "met Dana Lee at the chamber breakfast")
    dana = await card_of(coach, "dana")
    assert dana.relationship is not None and dana.relationship.stage == "know"
    clock.advance(timedelta(days=8))
    # News about her is no touch; a call is.
    await coach.notes.capture(ALICE, "Dana Lee's daughter started college")
    await coach.notes.capture(ALICE, "called Dana Lee, her daughter loves college")
    clock.advance(timedelta(days=8))
    card = await coach.notes.capture(ALICE, "coffee with Dana Lee, she loves sailing")
    assert [(m.before, m.after) for m in card.stage_changes] == [("know", "like")]
    clock.advance(timedelta(days=10))
    await coach.ledger.record(ALICE, "gave", "Dana intro to my lender".split())
    clock.advance(timedelta(days=5))
    moved = await coach.ledger.record(ALICE, "got", "Dana a referral to her CPA".split())
    assert (moved.moved_from, moved.stage) == ("like", "trust")
    dana = await card_of(coach, "dana")
    assert dana.relationship is not None and dana.relationship.stage == "trust"
    # A long silence drifts a stage down; the card says why.
    clock.advance(timedelta(days=200))
    dana = await card_of(coach, "dana")
    assert dana.relationship is not None and dana.relationship.stage == "like"
    assert "without a touch" in dana.relationship.why
    assert dana.relationship.health.icon == "🔴"


async def test_one_give_after_meeting_is_not_yet_like(coach: Coach, clock: FakeClock) -> None:
    """A give is a touch, not a relationship: met Monday, a /gave Tuesday stays at know.
    With two real conversations on other days, the give moves it on without the 2 weeks."""
    await coach.notes.capture(ALICE, "met Tom Baker at the rotary lunch, he owns a plumbing firm")
    clock.advance(timedelta(days=1))
    gave = await coach.ledger.record(ALICE, "gave", "tom an intro to my lender".split())
    assert (gave.stage, gave.moved_from) == ("know", None)
    tom = await card_of(coach, "tom")
    assert tom.relationship is not None and tom.relationship.stage == "know"
    assert tom.relationship.next_step is not None
    assert "a give and 3 touches" in tom.relationship.next_step
    clock.advance(timedelta(days=2))
    card = await coach.notes.capture(ALICE, "coffee with Tom Baker, his son starts college")
    assert [(m.before, m.after) for m in card.stage_changes] == [("know", "like")]


async def test_events_count_who_was_followed_up(coach: Coach, clock: FakeClock) -> None:
    for note in [
        "met Dana Lee at the BNI lunch",
        "met Marcus Kim at the BNI lunch, loves sailing",
        "met Sam Wu at the chamber breakfast",
    ]:
        await coach.notes.capture(ALICE, note)
    clock.advance(timedelta(days=4))
    await coach.ledger.record(ALICE, "gave", "Dana an intro".split())
    view = await coach.events.summary(ALICE)
    by_name = {e.name: e for e in view.events}
    assert set(by_name) == {"BNI lunch", "chamber breakfast"}
    bni = by_name["BNI lunch"]
    assert [(p.name, p.followed_up) for p in bni.people] == [
        ("Dana Lee", True),
        ("Marcus Kim", False),
    ]
    assert view.coaching is not None and "Marcus" in view.coaching
    assert (await coach.events.summary(BOB)).events == []


async def test_events_one_gathering_however_named_with_every_visits_day(
    coach: Coach, clock: FakeClock
) -> None:
    from bot.relationship_format import events as events_text
    from coach.events import event_keys

    await coach.notes.capture(ALICE, "met Dana Lee at the BNI lunch")
    await coach.notes.capture(ALICE, "met Sam Wu at the chamber breakfast")
    clock.advance(timedelta(days=7))
    await coach.notes.capture(ALICE, "met Jo Park at the chamber breakfast")
    clock.advance(timedelta(days=3))
    await coach.notes.capture(ALICE, "met Kwame Mensah at the bni, big arsenal fan")
    view = await coach.events.summary(ALICE)
    by_name = {e.name: e for e in view.events}
    assert set(by_name) == {"BNI lunch", "chamber breakfast"}
    assert [p.name for p in by_name["BNI lunch"].people] == ["Dana Lee", "Kwame Mensah"]
    text = events_text(view)
    assert "chamber breakfast</b> (Thu 26 Nov, Thu 3 Dec 2026, 2 visits)" in text
    assert "BNI lunch</b> (Thu 26 Nov, Sun 6 Dec 2026, 2 visits)" in text
    # Two kinds of gathering of one group stay two events; case and "the" never split one.
    keys = event_keys(["chamber breakfast", "chamber lunch", "chamber", "The Rotary Lunch"])
    assert keys["chamber breakfast"] != keys["chamber lunch"]
    assert keys["The Rotary Lunch"] == event_keys(["rotary lunch"])["rotary lunch"]


async def test_the_card_says_who_has_given_more_by_pronoun_or_name(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Priya Shah at the chamber breakfast, she is a CPA")
    await coach.notes.capture(ALICE, "met Kiran Vale at the BNI lunch")
    for name in ("Priya", "Kiran"):
        await coach.ledger.record(ALICE, "gave", f"{name} an article on pricing".split())
        await coach.ledger.record(ALICE, "got", f"{name} a referral to a client".split())
        await coach.ledger.record(ALICE, "got", f"{name} an intro to a lender".split())
    priya = (await card_of(coach, "priya")).relationship
    kiran = (await card_of(coach, "kiran")).relationship
    assert priya is not None and kiran is not None
    assert priya.health.reciprocity == "she's given more (2 vs 1)"
    assert kiran.health.reciprocity == "Kiran has given more (2 vs 1)"
