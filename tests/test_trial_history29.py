"""Trial 29 (a mortgage adviser in Leicester): advice heeds what the user already did. An
intro made for a need meets it, whether noted or logged with /gave, and so does a contact's
number handed over for it; a need said as "X done" is met by whoever does X; a referral sent
the user's way is thanked, never congratulated."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.intros import IntroDraft
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import nudges_and_drafts

ADVISER = "independent mortgage adviser in Leicester"


async def _said(coach: Coach, clock: FakeClock, user: int, days: int = 21) -> list[str]:
    """/balance's hints, the coming nudges, then every nudge and draft sent over `days`."""
    balance = await coach.ledger.balance(user)
    said = [b.hint for b in [*balance.only_taken, *balance.give_first]]
    said += [n.idea for n in await coach.nudges.upcoming(user)]
    review = await coach.reviews.build(user)
    said += [f"{s.need_name} needs {s.need}" for s in review.intros]
    return said + await nudges_and_drafts(coach, clock, days)


# --- 1. an intro made for a need meets it ---------------------------------------------------

PLUMBER = "met callum reid at the chamber breakfast, he's a plumber, does bathrooms and boilers"
NEEDS_PLUMBER = "coffee with farida begum, she needs a good plumber for her bathroom"


@pytest.mark.parametrize(
    "logged",
    [
        "note:intro'd farida to callum for her bathroom",
        "note:introduced callum reid to farida begum re her bathroom",
        "gave:Callum intro to Farida Begum for her bathroom",
        "gave:Farida intro to Callum",
        # the intro is for what she needs it for, whoever it was to
        "gave:Ruth intro to Farida for her bathroom",
        "note:intro'd farida to ruth for the bathroom",
    ],
)
async def test_an_intro_made_for_a_need_meets_it(
    coach: Coach, clock: FakeClock, logged: str
) -> None:
    user = 2901
    await coach.set_my_work(user, ADVISER)
    await coach.notes.capture(user, PLUMBER)
    await coach.notes.capture(user, NEEDS_PLUMBER)
    await coach.notes.capture(user, "met ruth ellis at the quiz night, lovely, knows everyone")
    before = await _said(coach, clock, user, days=0)
    assert any("plumber" in line and "Farida" in line for line in before), before
    how, what = logged.split(":", 1)
    if how == "note":
        await coach.notes.capture(user, what)
    else:
        await coach.ledger.record(user, "gave", what.split())
    for line in await _said(coach, clock, user):
        if "Farida" in line:
            assert "plumber" not in line and "think of someone" not in line, line


# --- 2. a contact's number given for a need meets it ----------------------------------------


@pytest.mark.parametrize(
    "logged",
    [
        "note:rang dariusz, passed him mairead's number for the divorce",
        "note:saw dariusz at the rank, gave him mairead's details for the divorce",
        "gave:Dariusz Mairead's number for the divorce",
    ],
)
async def test_a_contact_handed_over_for_a_need_meets_it(
    coach: Coach, clock: FakeClock, logged: str
) -> None:
    user = 2902
    await coach.set_my_work(user, ADVISER)
    await coach.notes.capture(
        user, "met mairead kelly at the rotary lunch, she's a solicitor in town, does wills"
    )
    await coach.notes.capture(
        user, "dariusz nowicki - taxi driver, looking for a solicitor for his divorce"
    )
    before = await _said(coach, clock, user, days=0)
    assert any("solicitor" in line and "Dariusz" in line for line in before), before
    how, what = logged.split(":", 1)
    if how == "note":
        await coach.notes.capture(user, what)
    else:
        await coach.ledger.record(user, "gave", what.split())
    for line in await _said(coach, clock, user):
        if "Dariusz" in line:
            assert "solicitor" not in line and "think of someone" not in line, line


# --- 3. a need for "X done" is met by whoever does X ----------------------------------------


@pytest.mark.parametrize(
    ("helper", "need", "trade"),
    [
        ("she's a graphic designer, freelance", "needs some leaflets done", "leaflets"),
        ("he's a bookkeeper", "needs his books done", "books"),
        ("she's a graphic designer", "needs a logo made", "logo"),
    ],
)
async def test_a_need_for_work_done_is_met_by_its_trade(
    coach: Coach, helper: str, need: str, trade: str
) -> None:
    user = 2903
    await coach.set_my_work(user, ADVISER)
    await coach.notes.capture(user, f"met niamh walsh at the school fair, {helper}")
    await coach.notes.capture(user, f"met kofi mensah at the gym, just opened a cafe, {need}")
    drafted = await coach.intros.draft_by_names(user, "niamh and kofi")
    assert isinstance(drafted, IntroDraft), drafted
    assert trade in drafted.first_message + drafted.second_message, drafted


# --- 5. a referral sent the user's way is thanked, never congratulated -----------------------


async def test_a_referral_to_the_user_is_thanked_not_congratulated(
    coach: Coach, clock: FakeClock
) -> None:
    user = 2905
    await coach.set_my_work(user, ADVISER)
    await coach.notes.capture(
        user, "met declan byrne at the networking lunch, IFA at northgate wealth. coffee next week"
    )
    await coach.notes.capture(
        user,
        "call with declan - he's got a client (mrs okafor) looking at a first home, "
        "sending her my way",
    )
    said = await _said(coach, clock, user, days=10)
    assert not any("ongratulat" in line and "Declan" in line for line in said), said
    # logged as a get from Declan (a client sent the user's way), it is thanked as one
    assert any("thank him for referring Okafor to you" in line for line in said), said


# --- 4. the review's follow-up numbers agree with what the user did --------------------------


async def _due_and_sent(coach: Coach, clock: FakeClock, user: int, *notes: str) -> dict[str, int]:
    """Each note's nice-to-meet follow-up, fallen due and sent: person -> nudge id."""
    for note in notes:
        await coach.notes.capture(user, note)
    clock.advance(timedelta(days=3))
    sent: dict[str, int] = {}
    for outgoing in await coach.dispatcher.claim_due():
        await coach.dispatcher.sent_many([([n.nudge_id for n in outgoing.nudges], 1)])
        sent.update({n.person or "": n.nudge_id for n in outgoing.nudges})
    return sent


async def test_a_later_touch_counts_as_the_follow_up_done(coach: Coach, clock: FakeClock) -> None:
    user = 2906
    sent = await _due_and_sent(
        coach,
        clock,
        user,
        "met gemma hart at the chamber breakfast",
        "met yusuf ali at the chamber breakfast",
    )
    assert len(sent) == 2, sent
    clock.advance(timedelta(days=1))
    await coach.ledger.record(user, "got", "Gemma a referral to her neighbour".split())
    await coach.notes.capture(user, "bumped into yusuf at the gym, his knee is better")
    review = await coach.reviews.build(user)
    assert (review.done, review.due) == (2, 2), review.days
    assert review.open_follow_ups == [], review.open_follow_ups


async def test_a_follow_up_left_waiting_leaves_the_review_after_two_weeks(
    coach: Coach, clock: FakeClock
) -> None:
    user = 2907
    sent = await _due_and_sent(coach, clock, user, "met hollie grant at the rotary lunch")
    [nudge] = sent.values()
    await coach.nudges.draft(user, nudge)
    listed = []
    for _ in range(4):
        review = await coach.reviews.build(user)
        listed.append([(f.name, str(f.due), f.drafted) for f in review.open_follow_ups])
        clock.advance(timedelta(days=7))
    first = listed[0]
    assert [(name, drafted) for name, _, drafted in first] == [("Hollie Grant", True)], listed
    assert listed[1] == first, listed
    # a later follow-up may fall due, but the one drafted weeks ago is no longer listed
    assert all(first[0] not in week for week in listed[2:]), listed


async def test_an_eye_kept_out_for_work_done_says_who_would_do_it(
    coach: Coach, clock: FakeClock
) -> None:
    user = 2904
    await coach.set_my_work(user, ADVISER)
    await coach.notes.capture(
        user, "met tunde bello at the market, just opened a barbers, needs some leaflets done"
    )
    said = await _said(coach, clock, user, days=7)
    eye = [line for line in said if "keep an eye out" in line]
    assert eye, said
    for line in eye:
        assert "out for some leaflets" not in line, line
        assert "get some leaflets done" in line, line
