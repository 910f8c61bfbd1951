"""Trial 10 (a commercial insurance broker): no nudge says the last nudge's detail again,
no intro for a relative or a need already met, needs met only by that kind of provider,
no small talk about the user's own trade, gives counted, and a plan to meet is no need."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

from coach.ideas import Person, idea, opener
from coach.sentences import Detail
from coach.service import Coach
from tests.conftest import FakeClock
from tests.test_coaching import deliver

ALICE = 1001
EARLY = datetime(2026, 10, 1, tzinfo=UTC)


# --- 1. the detail the last nudge used is not used again -----------------------------------


def test_with_no_other_detail_left_a_nudge_says_a_plain_line_not_the_last_one_again() -> None:
    farah = Person(
        "Farah Al-Masri",
        None,
        [Detail("plan", "training for the chicago marathon", 1, EARLY)],
        pronoun="she",
        last_used=1,
    )
    for kind in ("keep_in_touch", "follow_up", "first", "give_value"):
        said = idea(farah, kind)
        assert "marathon" not in said.text, (kind, said.text)
        assert said.fact_id is None
    assert idea(farah, "keep_in_touch").text == "Check in with Farah and ask what's new"
    # never a bare "Follow up with Farah" (trial 11): how she's been is a reason
    assert idea(farah, "follow_up").text == "Follow up with Farah, and ask her how she's been"
    assert "marathon" not in opener(farah, "keep_in_touch")


async def test_three_nudges_to_one_person_never_say_the_same_detail_twice_in_a_row(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.notes.capture(
        ALICE,
        "breakfast w/ farah al-masri, she's VP of HR at midwest cold storage. she's training "
        "for the chicago marathon.",
    )
    said: list[str] = []
    for _ in range(8):
        clock.advance(timedelta(days=7))
        said += [line for line in await deliver(coach) if "Farah" in line]
    assert len(said) >= 2, said
    for before, after in pairwise(said):
        assert not ("marathon" in before and "marathon" in after), said


# --- 4. the user's own trade is never small talk -------------------------------------------

BROKER = "commercial insurance broker in chicago, mostly small and midsize businesses"


async def test_a_detail_about_the_users_own_trade_is_never_small_talk(
    coach: Coach, clock: FakeClock
) -> None:
    user = 4010
    await coach.set_my_work(user, BROKER)
    await coach.notes.capture(
        user,
        "lunch w marek kowalczyk, cfo at lakeshore fabrication. he's frustrated w their "
        "current broker never returns calls. he's training for the chicago marathon",
    )
    await coach.notes.capture(user, "Met Sarah Kim at the chamber mixer. She is a CPA.")
    clock.advance(timedelta(days=2))
    said = []
    for outgoing in await coach.dispatcher.claim_due():
        for nudge in outgoing.nudges:
            await coach.dispatcher.sent_many([([nudge.nudge_id], 1)])
            said.append(nudge.idea)
    marek = [line for line in said if "Marek" in line]
    assert marek and all("broker" not in line for line in marek), said
    clock.advance(timedelta(days=1))
    await coach.notes.capture(
        user, "phone call w marek. they're putting their insurance out to bid in feb."
    )
    await coach.ledger.record(user, "got", "marek intro to his cpa sarah kim".split())
    lines = [n.idea for n in await coach.nudges.upcoming(user)]
    balance = await coach.ledger.balance(user)
    lines += [b.hint for b in [*balance.only_taken, *balance.give_first]]
    assert lines
    for line in lines:
        assert "insurance" not in line and "broker" not in line, line
    check = await coach.drafts.check_draft(
        user,
        "Hi Marek, great seeing you! Are you happy with your current insurance provider? "
        "I'd love to take a look at your policies and quote them.",
    )
    rewrite = check.assessment.suggestion or ""
    assert "insurance" not in rewrite and "broker" not in rewrite and "bid" not in rewrite, rewrite


# --- 3. a need is met only by that kind of provider -----------------------------------------


async def test_a_need_is_met_by_a_provider_not_by_a_post_or_an_offer_of_an_intro(
    coach: Coach,
) -> None:
    user = 4011
    await coach.notes.capture(
        user,
        "lunch w marek kowalczyk, VP of finance at lakeshore fabrication. said he'd be happy "
        "to intro me to his cpa, ewa nowak",
    )
    await coach.notes.capture(
        user, "breakfast w/ farah al-masri, she's VP of HR at midwest cold storage"
    )
    card = await coach.notes.capture(
        user, "met adaeze okonkwo at the chamber breakfast, she's looking for a bookkeeper"
    )
    assert all(s.match_name != "Marek Kowalczyk" for s in card.intros), card.intros
    card = await coach.notes.capture(
        user, "dinner w sanjay iyer, they're looking for a new HR/payroll provider"
    )
    assert all(s.match_name != "Farah Al-Masri" for s in card.intros), card.intros
    review = await coach.reviews.build(user)
    assert all(s.match_name not in ("Marek Kowalczyk", "Farah Al-Masri") for s in review.intros), (
        review.intros
    )
    # A provider still is one: a payroll company's rep meets the payroll need.
    await coach.notes.capture(user, "met dana lee at the expo, she runs a payroll company")
    card = await coach.notes.capture(
        user, "coffee w tom alvarez, he's looking for a new payroll provider"
    )
    assert [s.match_name for s in card.intros] == ["Dana Lee"], card.intros


# --- 7. a plan to meet the user is no need for an intro -------------------------------------


def test_a_plan_to_meet_the_user_is_no_need_to_find_someone_for() -> None:
    from coach.sentences import Who, introduce, pronoun, wants

    meera = Who("Meera", pronoun("she"), True)
    for plan in (
        "grab coffee in january to talk oak park",
        "have lunch next month",
        "catch up over drinks",
        "meet up for coffee",
        "get together in the new year",
    ):
        assert wants(plan, "Meera") is None, plan
        assert introduce(meera, plan, None) is None, plan
    # Needs that still are needs.
    assert (
        wants("meet more commercial lenders", "Ewa") == "Ewa wants to meet more commercial lenders"
    )
    assert wants("a coffee roaster for the cafe", "Ewa") is not None


async def test_a_coffee_planned_with_the_user_is_not_a_give_first_line(coach: Coach) -> None:
    user = 4012
    await coach.notes.capture(
        user, "dinner at the rotary club with meera iyer, she runs ops at little banyan daycares"
    )
    await coach.notes.capture(user, "meera wants to grab coffee in january to talk oak park")
    lines = [b.hint for b in (await coach.ledger.balance(user)).give_first]
    lines += [n.idea for n in await coach.nudges.upcoming(user)]
    assert all("think of someone" not in line and "coffee in" not in line for line in lines), lines


# --- 5. a give already made counts ----------------------------------------------------------


async def test_after_a_logged_give_no_nudge_asks_to_give_something_first(
    coach: Coach, clock: FakeClock
) -> None:
    user = 4013
    await coach.notes.capture(
        user, "met luis hernandez-garza at the mixer, general contractor, does buildouts"
    )
    await coach.notes.capture(user, "met jae-won park at the mixer")
    await coach.ledger.record(user, "gave", "jae-won intro to luis for the kitchen rebuild".split())
    lines = [n.idea for n in await coach.nudges.upcoming(user) if "Jae-Won" in n.idea]
    for _ in range(4):
        clock.advance(timedelta(days=7))
        lines += [line for line in await deliver(coach) if "Jae-Won" in line]
    assert lines
    assert all("something first" not in line for line in lines), lines


# --- 2. an intro for a need already met is not suggested again ------------------------------


async def test_a_need_met_by_a_give_or_a_later_note_is_not_suggested_again(
    coach: Coach,
) -> None:
    user = 4014
    await coach.notes.capture(
        user, "met adaeze okonkwo at the expo, she's a commercial real estate attorney"
    )
    await coach.notes.capture(
        user, "coffee w tran minh-anh, owns two pho restaurants. she needs a lease lawyer"
    )
    await coach.notes.capture(user, "coffee w dana lee, she needs a lease lawyer for her salon")

    def lawyers(lines: list[str]) -> list[str]:
        return [line for line in lines if "lease lawyer" in line]

    balance = await coach.ledger.balance(user)
    assert len(lawyers([b.hint for b in balance.give_first])) == 2, balance.give_first
    await coach.ledger.record(user, "gave", "tran intro to ngozi eze for her lease".split())
    await coach.notes.capture(user, "dana update: she signed the lease for the salon!")
    balance = await coach.ledger.balance(user)
    assert lawyers([b.hint for b in balance.give_first]) == [], balance.give_first
    review = await coach.reviews.build(user)
    assert [s for s in review.intros if "lease" in s.need] == [], review.intros
    lines = [n.idea for n in await coach.nudges.upcoming(user)]
    assert lawyers(lines) == [] and all("Introduce" not in line for line in lines), lines


async def test_a_relatives_need_is_no_intro_in_the_review(coach: Coach) -> None:
    user = 4015
    await coach.notes.capture(user, "met sarah kim at the chamber mixer, she's a math tutor")
    await coach.notes.capture(
        user, "Met Raj Patel at the expo. His son Bao needs a math tutor for the SAT."
    )
    review = await coach.reviews.build(user)
    assert all(s.need_name != "Bao" for s in review.intros), review.intros
    balance = await coach.ledger.balance(user)
    assert all("Bao" not in b.name for b in balance.give_first), balance.give_first


# --- advice already acted on is not given again ---------------------------------------------


async def test_balance_does_not_advise_a_congratulation_the_user_already_sent(
    coach: Coach, clock: FakeClock
) -> None:
    user = 4020
    await coach.notes.capture(
        user, "Met Kiran Vale at the chamber lunch. Kiran just made partner at Deloitte."
    )
    await coach.ledger.record(user, "got", "Kiran a referral to a client".split())
    clock.advance(timedelta(days=2))
    [first] = [line for line in await deliver(coach) if "Kiran" in line]
    assert "congratulate" in first.casefold(), first
    sent = [n for n in await coach.nudges.upcoming(user) if n.sent]
    draft = await coach.nudges.draft(user, sent[0].nudge_id)
    assert draft is not None and "partner" in draft.opener, draft
    await coach.nudges.act(user, sent[0].nudge_id, "done")  # ✅ Sent it
    balance = await coach.ledger.balance(user)
    hints = [b.hint for b in [*balance.only_taken, *balance.give_first]]
    assert hints and all("partner" not in h for h in hints), hints


async def test_balance_says_one_piece_of_advice_about_a_person_once(
    coach: Coach, clock: FakeClock
) -> None:
    user = 4021
    await coach.notes.capture(
        user, "Met Kiran Vale at the chamber lunch. Kiran needs a bookkeeper."
    )
    await coach.notes.capture(user, "Met Sarah Kim at the BNI lunch, Sarah is a bookkeeper.")
    await coach.ledger.record(user, "got", "Kiran a referral to a client".split())
    clock.advance(timedelta(days=2))
    await deliver(coach)
    [thanks] = [n for n in await coach.nudges.upcoming(user) if n.sent and "Kiran" in n.idea]
    await coach.nudges.act(user, thanks.nudge_id, "done")
    balance = await coach.ledger.balance(user)
    said = [(b.contact_id, b.hint) for b in [*balance.only_taken, *balance.give_first]]
    assert any("Introduce Kiran to Sarah Kim" in hint for _, hint in said), said
    for contact_id, hint in said:
        for other_id, other in said:
            if (contact_id, hint) != (other_id, other):
                assert contact_id != other_id or hint not in other, said
