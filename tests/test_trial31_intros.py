"""Trial 31 (a Glasgow physio): a need is met by the trade or the kind of firm that does
it, not only by someone whose work repeats the need's word. A letting agency is who knows
property managers' work, a staffing agency finds a practice manager, and a solicitor at a
solicitors' firm who does wills is a solicitor. /intro drafts the intro, the note's card
offers it, and /balance and the weekly review suggest it."""

from __future__ import annotations

import pytest

from coach.intros import IntroDraft
from coach.service import Coach

USER = 3131

# (the helper's note, the note with the need, /intro's names, the helper's name)
FITS = [
    (
        "met graeme souter at the chamber lunch, he runs souter lettings in stirling",
        "met Ailsa Drummond at the expo, she has a window cleaning round and wants to meet "
        "property managers",
        "ailsa and graeme",
        "Graeme Souter",
    ),
    (
        "met Priya Nair from Nair Solicitors at the rotary, she does wills and probate",
        "coffee with Lachlan Boyd, his dad passed in october and he needs a solicitor",
        "lachlan and priya",
        "Priya Nair",
    ),
    (
        "met Morven Gillies at the expo, she runs a staffing agency in Perth",
        "met Hamza Iqbal, optician at Iqbal Eyecare, he needs a practice manager",
        "hamza and morven",
        "Morven Gillies",
    ),
]


@pytest.mark.parametrize(("helper", "need", "pair", "helper_name"), FITS)
async def test_the_trade_that_meets_a_need_is_offered_as_an_intro(
    coach: Coach, helper: str, need: str, pair: str, helper_name: str
) -> None:
    await coach.set_my_work(USER, "sports massage therapist")
    await coach.notes.capture(USER, helper)
    card = await coach.notes.capture(USER, need)
    assert [s.match_name for s in card.intros] == [helper_name], card.intros

    balance = await coach.ledger.balance(USER)
    hints = " ".join(b.hint for b in [*balance.only_taken, *balance.give_first])
    assert helper_name.split()[0] in hints, hints

    review = await coach.reviews.build(USER)
    assert [s.match_name for s in review.intros] == [helper_name], review.intros

    # drafted last: an intro drafted is acting on the need, and no longer suggested
    draft = await coach.intros.draft_by_names(USER, pair)
    assert isinstance(draft, IntroDraft), draft
    assert helper_name.split()[0] in draft.first_message
    assert "souter lettings" not in draft.first_message  # the firm's name written as one


async def test_a_receptionist_at_a_solicitors_is_no_solicitor(coach: Coach) -> None:
    """The firm's name says the trade only with work of that trade: whoever answers the
    phone there is not the solicitor asked for."""
    await coach.notes.capture(
        USER, "met Kirsty Lamont from Lamont Solicitors at the gym, she is a receptionist"
    )
    card = await coach.notes.capture(
        USER, "coffee with Lachlan Boyd, his dad passed in october and he needs a solicitor"
    )
    assert card.intros == []


async def test_work_a_builder_wants_is_no_solicitors_work(coach: Coach) -> None:
    """A trade's work is its client's need said whole, never a word two trades use: a
    builder after more contracts needs no solicitor."""
    await coach.notes.capture(
        USER, "met Priya Nair from Nair Solicitors at the rotary, she does wills and probate"
    )
    card = await coach.notes.capture(
        USER, "met Colin Watt at the expo, he's a builder, needs more contracts for the spring"
    )
    assert card.intros == []
