"""What a wedding photographer's trial found: intros offered for needs nobody in the network
meets, needs for the user's own line of work asked about in pasted words, /find missing a
florist whose trade is only in the shop's name, and an undo that deleted people unasked."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.console import Console
from coach.ideas import Person, idea, opener
from coach.sentences import Detail
from coach.service import Coach

ALICE = 1001
NOW = datetime(2026, 11, 20, tzinfo=UTC)

# A small network where each person does one thing, said the ways notes say it.
NETWORK = (
    "Met Marco Rossi at the wedding expo. He is a wedding DJ and a big foodie who loves cooking.",
    "Met Jo Lee at the BNI lunch. She is a DJ at Ember Kitchen.",
    "Met Ngozi Okafor at the expo. She runs a catering company.",
    "Met Sarah Kim at the chamber mixer. She is a CPA.",
    "Met Luis Gomez from Gomez Plumbing at the chamber mixer.",
)

# (note with a need, whom it is matched to: nobody when nobody in NETWORK does that work)
NEEDS = (
    ("Coffee with Chidi Eze. He is a chef and needs help in the kitchen.", []),
    # A chef fits, as any dentist fits a need for a pediatric one; the foodie DJ does not.
    ("Coffee with Ada Obi. She needs a sous chef for her bistro.", ["Chidi Eze"]),
    ("Coffee with Ben Ng. He needs a florist for his wedding.", []),
    ("Coffee with Tigist Haile. She needs a caterer for her gala.", ["Ngozi Okafor"]),
    ("Coffee with Dana Lee. She needs a bookkeeper for her studio.", ["Sarah Kim"]),
    ("Coffee with Omar Haddad. He needs a plumber for the bathroom.", ["Luis Gomez"]),
)


async def test_an_intro_is_offered_only_to_someone_whose_work_is_what_is_needed(
    coach: Coach,
) -> None:
    for note in NETWORK:
        await coach.notes.capture(ALICE, note)
    for note, fits in NEEDS:
        card = await coach.notes.capture(ALICE, note)
        assert [s.match_name for s in card.intros] == fits, note
    # The weekly review offers the same intros, and none that nobody fits.
    review = await coach.reviews.build(ALICE)
    assert sorted(s.match_name for s in review.intros) == [
        "Chidi Eze",
        "Luis Gomez",
        "Ngozi Okafor",
        "Sarah Kim",
    ]


async def test_find_a_trade_finds_the_shop_named_for_it_and_not_a_word_that_starts_alike(
    coach: Coach,
) -> None:
    await coach.notes.capture(ALICE, "Met Priya Shah from Bloom & Vine Florals at the bridal fair.")
    await coach.notes.capture(ALICE, "Met Ravi Menon from Volt Electrical at the chamber mixer.")
    await coach.notes.capture(
        ALICE, "Met Kate Moss at the bridal fair. She just moved from Florida."
    )
    for query, name in (
        ("florist", "Priya Shah"),
        ("who do I know who is a florist", "Priya Shah"),
        ("florists", "Priya Shah"),
        ("electrician", "Ravi Menon"),
    ):
        found = await coach.people.find(ALICE, query)
        assert [hit.contact.name for hit in found.hits] == [name], query


async def test_undoing_a_note_keeps_whom_it_added_once_more_is_saved_about_them(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, ALICE, out=out, files=tmp_path)
    await console.handle("Met Tom Hart at the bridal fair. He needs a florist for his wedding.")
    await console.handle("Met Dana Lee at the bridal fair.")
    await console.handle("/gave Tom Hart a referral to a venue")
    start = len(out.getvalue())
    await console.handle("/undo")
    await console.handle("/undo")
    said = out.getvalue()[start:]
    assert "Removed Dana Lee, whom this note added." in said
    assert "Kept Tom Hart, as you saved more about them after this note." in said
    assert "use /forget with their name" in said
    # The give logged by hand is still on Tom's card; only the note's own facts are gone.
    found = await coach.people.lookup(ALICE, "Tom Hart")
    assert found.card is not None
    assert found.card.given == ["a referral to a venue"]
    assert [f.text for f in found.card.facts] == []


@pytest.mark.parametrize(
    ("need", "line", "draft"),
    [
        (
            # (not "swap referrals": a wish both sides meet, said as the user's willingness,
            # tests/test_trial_words22b.py)
            "models for her portfolio shoot",
            "Ask Bea if she still needs models for her portfolio shoot",
            "Do you still need models for your portfolio shoot?",
        ),
        (
            "investors for her studio",
            "Ask Bea if she still needs investors for her studio",
            "Do you still need investors for your studio?",
        ),
        (
            "a photographer for the engagement shoot",
            "Ask Bea if she has found a photographer for the engagement shoot yet",
            "Have you found a photographer for the engagement shoot yet?",
        ),
    ],
)
def test_a_need_for_more_of_something_is_asked_about_as_still_needed_not_found(
    need: str, line: str, draft: str
) -> None:
    person = Person("Bea Lin", None, [Detail("need", need, 1, NOW)], pronoun="she")
    assert idea(person, "keep_in_touch").text == line
    assert opener(person, "keep_in_touch").endswith(draft)


async def test_a_need_for_the_users_own_work_is_theirs_to_offer_not_an_intro(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, ALICE, out=out, files=tmp_path)
    await console.handle("/me wedding photographer")
    await console.handle("Met Sam Lee at the bridal fair. She is a photographer.")
    await console.handle("Met Ngozi Okafor at the expo. She runs a catering company.")
    start = len(out.getvalue())
    await console.handle("Coffee with Tom Hart. He needs a photographer for the engagement shoot.")
    await console.handle("Coffee with Ada Obi. She needs a caterer for her gala.")
    await console.handle("/review")
    await console.handle("/balance")
    said = out.getvalue()[start:]
    assert "Sam Lee" not in said
    assert "Ngozi Okafor" in said  # the need the user does not meet still gets its intro
    assert "found a photographer" not in said
