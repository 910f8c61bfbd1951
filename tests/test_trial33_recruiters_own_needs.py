"""Trial 33 (a Dublin IT recruiter): /me promises that a need the user's own work meets is
theirs to offer, never an intro. To a recruiter, every post a contact is hiring for ("two
android developers", "a platform lead", "a cto") is theirs to fill: no nudge, /balance
hint, Sunday review or note card suggests someone else for it. And a post is matched to
that post, never to another of its kind: a QA engineer is no data engineer."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

# What no line may say of a post the recruiter fills: someone else to fill it. ("Let her
# know you'd be glad to help her find…" is the recruiter's own offer, and right.)
PASSED_ON = ("Introduce", "think of someone", "you know:", "Offer an intro")

USER = 3301

# People the recruiter knows whose work shares a word with the posts below.
KNOWN = (
    "met gareth jones at the meetup, he's a data engineer at sky and loves climbing",
    "coffee with olumide bakare, he is a cto at a logistics startup called shipwise",
    "met yuki tanaka, she's a security engineer at revolut, into bouldering",
    "lunch with hamish grant, he's an android developer at monzo, plays five a side",
)

# (the note with a post to fill, the contact's first name)
POSTS = [
    (
        "met fatima el-sayed at the product breakfast, she's head of platform at monzo and "
        "she's hiring 3 android developers, follow up next week",
        "Fatima",
    ),
    (
        "- bongani dlamini\n- founder of a proptech startup in leeds\n- looking for a cto\n"
        "- follow up friday",
        "Bongani",
    ),
    (
        "call with ines carvalho she's an engineering manager at sage, needs two qa engineers "
        "asap, follow up thursday",
        "Ines",
    ),
    (
        "coffee with dmitri volkov, cto at a fintech, they raised a seed round and need a "
        "devops lead, follow up after the weekend",
        "Dmitri",
    ),
    (
        "call with mateus rocha, he's a frontend dev at a small agency, looking for a "
        "senior react role with visa sponsorship, follow up monday",
        "Mateus",
    ),
]


@pytest.mark.parametrize(("note", "name"), POSTS)
@pytest.mark.parametrize("work", ["IT recruiter at a tech recruitment agency", "headhunter"])
async def test_a_post_to_fill_is_the_recruiters_own_never_an_intro(
    coach: Coach, clock: FakeClock, note: str, name: str, work: str
) -> None:
    await coach.set_my_work(USER, work)
    for known in KNOWN:
        await coach.notes.capture(USER, known)
    card = await coach.notes.capture(USER, note)
    assert card.intros == [], card.intros

    review = await coach.reviews.build(USER)
    assert review.intros == [], review.intros

    said = await everything_said(coach, clock, USER, work, (), days=14)
    for line in said:
        assert not any(words in line for words in PASSED_ON), line


# (the post needed, someone whose work is another post of its kind)
OTHER_POSTS = [
    ("needs two qa engineers", "he's a data engineer at sky"),
    ("is hiring a security engineer", "she's a qa engineer at sage"),
    ("wants a frontend developer", "he's a backend developer at wise"),
    ("needs a devops lead", "she's a sales lead at hubspot"),
]


@pytest.mark.parametrize(("need", "work"), OTHER_POSTS)
async def test_a_post_is_never_matched_to_a_different_post(
    coach: Coach, need: str, work: str
) -> None:
    await coach.set_my_work(USER, "accountant")
    await coach.notes.capture(USER, f"met kwame mensah at the conference, {work}")
    card = await coach.notes.capture(USER, f"lunch with nadia haddad, she's a founder and {need}")
    assert card.intros == [], card.intros


async def test_the_same_post_is_still_matched(coach: Coach) -> None:
    await coach.set_my_work(USER, "accountant")
    await coach.notes.capture(
        USER, "met kwame mensah at the conference, he's a qa engineer at sage"
    )
    card = await coach.notes.capture(
        USER, "lunch with nadia haddad, she's a founder and needs a qa engineer"
    )
    assert [s.match_name for s in card.intros] == ["Kwame Mensah"], card.intros
