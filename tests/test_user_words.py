"""Words users saw go wrong, by kind: a lowercase name greeted in a rewrite, a follow-up's
reason reduced to "the meeting", "before march" read as its last day, /find matching loose
associations, small talk where the person's work could be asked about, and "you haven't met
yet" or "remembers something they told you" said against the facts."""

from __future__ import annotations

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments

USER = 9009
BROKER = "mortgage broker"


# --- 1. a name greeted in lowercase is capitalised in the rewrite --------------------------


@pytest.mark.parametrize(
    ("note", "draft", "opening"),
    [
        ("met adaeze at the startup meetup, she's a product designer at Figma, into pottery",
         "@adaeze hey adaeze! great meeting you at the meetup. would love to tell you about "
         "our mortgage rates, 1% off this week",
         "Hey Adaeze! Great meeting you at the meetup."),
        ("met kofi mensah at the chamber mixer, loves jazz",
         "@kofi hey kofi, great chatting at the mixer! our refinance rates are the lowest in "
         "town, call me",
         "Hey Kofi, great chatting at the mixer!"),
        ("met adaeze okafor at the startup meetup, into pottery",
         "good morning adaeze okafor, can we book a call to go over your mortgage? 1% off "
         "this week",
         "Good morning Adaeze Okafor, "),
    ],
)  # fmt: skip
async def test_a_lowercase_name_in_the_greeting_is_capitalised(
    coach: Coach, note: str, draft: str, opening: str
) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(USER, note)
    check = await coach.drafts.check_draft(USER, draft)
    suggestion = check.assessment.suggestion
    assert check.assessment.verdict != "relationship_first", check.assessment
    assert suggestion.startswith(opening), suggestion


async def test_a_greeting_to_nobody_by_name_keeps_its_words(coach: Coach) -> None:
    check = await coach.drafts.check_draft(
        USER, "hey there! can we book a call to go over your mortgage? 1% off this week"
    )
    assert check.assessment.suggestion.startswith("Hey there!"), check.assessment.suggestion


# --- 2. a follow-up's reason keeps the user's own words -----------------------------------


@pytest.mark.parametrize(
    ("words", "line"),
    [
        ("Tom tomorrow about meeting first time buyers",
         "Follow up with Tom about meeting first time buyers"),
        ("Tom friday about hiring two more agents",
         "Follow up with Tom about hiring two more agents"),
        ("Tom next tuesday re meeting local investors",
         "Follow up with Tom about meeting local investors"),
        # a thing named by a gerund and one noun is still a thing
        ("Tom friday about the mentoring program",
         "Follow up with Tom about the mentoring program"),
        ("Tom friday about mentoring program", "Follow up with Tom about the mentoring program"),
    ],
)  # fmt: skip
async def test_a_followup_reason_is_said_in_the_users_words(
    coach: Coach, clock: FakeClock, words: str, line: str
) -> None:
    from coach.nudges import follow_up_from_words
    from tests.nudge_lines import nudges_and_drafts

    await coach.notes.capture(USER, "met tom at the open house, realtor at Keller Williams")
    view = await follow_up_from_words(coach.nudges, USER, words.split())
    # the user's own reason is said alone, nothing else of him pasted after it (trial 18)
    assert view.idea == line, view.idea
    said = [each for each in await nudges_and_drafts(coach, clock, 8) if "Tom" in each]
    assert any(each.startswith(line) for each in said), said
    for each in said:
        assert "the meeting" not in each and "the hiring" not in each, said
        assert fragments(each) == [], each


# --- 3. "before" a month, a holiday or a day is before it ---------------------------------


@pytest.mark.parametrize(
    ("words", "day"),
    [
        # said on Thursday 26 November 2026
        ("Tom before march about the listing", "Fri 26 Feb"),  # the last weekday of February
        ("Tom before next month about the listing", "Mon 30 Nov"),  # December is next
        ("Tom before christmas about the listing", "Mon 14 Dec"),
        ("Tom before the 15th about the listing", "Mon 14 Dec"),
    ],
)  # fmt: skip
async def test_a_followup_before_a_date_lands_before_it(coach: Coach, words: str, day: str) -> None:
    from bot.nudges import followup_reply

    await coach.notes.capture(USER, "met tom at the open house, realtor at Keller Williams")
    reply = await followup_reply(coach, USER, words.split())
    assert f"on {day}," in reply, reply


async def test_a_note_asking_before_a_month_is_due_before_it(coach: Coach) -> None:
    from bot.formatting import note_card

    card = await coach.notes.capture(
        USER, "met tom at the open house, realtor at Keller Williams. call him before april"
    )
    text = note_card(card)
    assert "Wed 31 Mar" in text, text


# --- 4. /find matches the word and its forms, not loose associations ----------------------


async def _found(coach: Coach, query: str) -> list[str]:
    return [h.contact.name for h in (await coach.people.find(USER, query)).hits]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("marathon", {"Lisa Park"}),
        ("marathons", {"Lisa Park"}),
        ("who ran a 10k", set()),  # a race is no synonym of a marathon, nor of running
        ("run", {"Jake Miller", "Omar Haddad"}),
        ("running", {"Jake Miller", "Omar Haddad"}),
    ],
)  # fmt: skip
async def test_find_matches_the_word_and_its_forms_not_associations(
    coach: Coach, query: str, found: set[str]
) -> None:
    await coach.notes.capture(USER, "met Jake Miller at the gym, he runs every morning")
    await coach.notes.capture(USER, "met Lisa Park at the bni lunch, training for a marathon")
    await coach.notes.capture(USER, "met Omar Haddad at the mixer, into trail running")
    assert set(await _found(coach, query)) == found, query


async def test_find_florist_still_finds_the_florals_shop(coach: Coach) -> None:
    await coach.notes.capture(USER, "Met Priya Shah from Bloom & Vine Florals at the bridal fair.")
    await coach.notes.capture(USER, "met Jake Miller at the gym, he runs every morning")
    assert await _found(coach, "florist") == ["Priya Shah"]


# --- 5. with only their work known, a nudge asks about their work -------------------------


@pytest.mark.parametrize(
    ("note", "line", "draft"),
    [
        ("met Ana Silva, dental hygienist at Smile Dental",
         "Tell Ana it was good to meet, and ask her how work at Smile Dental is going",
         "How is work at Smile Dental going?"),
        ("met Kim Lee at the chamber breakfast, she's VP of finance at Delta",
         "Tell Kim it was good to meet at the chamber breakfast, and ask her how work at Delta "
         "is going",
         "How is work at Delta going?"),
        ("met Rob Tan at the chamber breakfast, he's a dentist",
         "Tell Rob it was good to meet at the chamber breakfast, and ask him how things are at "
         "the practice",
         "How are things at the practice?"),
    ],
)  # fmt: skip
async def test_a_nudge_with_only_their_work_known_asks_about_it(
    coach: Coach, clock: FakeClock, note: str, line: str, draft: str
) -> None:
    from tests.nudge_lines import nudges_and_drafts

    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(USER, note)
    said = await nudges_and_drafts(coach, clock, 3)
    assert line in said, said
    assert any(d.endswith(draft) for d in said), said
    assert not any("working on these days" in s for s in said), said
    for each in said:
        assert fragments(each) == [], each


async def test_a_student_is_not_asked_about_work(coach: Coach, clock: FakeClock) -> None:
    from tests.nudge_lines import nudges_and_drafts

    await coach.notes.capture(USER, "met Sam Ode at the career fair, student at Emory")
    said = await nudges_and_drafts(coach, clock, 3)
    assert said, said
    assert not any("work at" in s for s in said), said


# --- 6. "you haven't met yet" and "remembers something they told you", only when true -----


def _said_of(check: object) -> str:
    from coach.drafts import DraftCheck

    assert isinstance(check, DraftCheck)
    about = check.relationship.describe() if check.relationship is not None else ""
    reasons = " ".join(r.why for r in check.assessment.reasons)
    return f"{about} {reasons} {' '.join(check.assessment.strengths)}"


PITCH = "can we book a call about our refinance rates this week?"


@pytest.mark.parametrize(
    ("note", "draft"),
    [
        ("sam lee and I went to the startup meetup together, he's a cpa at Lee & Co",
         f"@sam hi sam, fun night at the meetup! {PITCH}"),
        ("me and dana cho drove to the expo together, she just moved to Compass",
         f"@dana hi dana, fun day at the expo! {PITCH}"),
        ("kemi ade and I went to the startup meetup together, she's a designer at Figma",
         f"@kemi hi kemi, good night at the meetup! {PITCH}"),
    ],
)  # fmt: skip
async def test_someone_met_together_is_never_not_met_yet(
    coach: Coach, note: str, draft: str
) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(USER, note)
    check = await coach.drafts.check_draft(USER, draft)
    assert check.relationship is not None
    assert "haven't met" not in _said_of(check), _said_of(check)


async def test_someone_only_mentioned_has_not_been_met_yet(coach: Coach) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER, "met tom at the open house, his colleague grace kim is a realtor at compass"
    )
    check = await coach.drafts.check_draft(USER, f"@grace hi grace! {PITCH}")
    assert "you haven't met yet" in _said_of(check), _said_of(check)


REMEMBERS = "remembers something they told you"


@pytest.mark.parametrize(
    "draft",
    [
        f"hi priya, great meeting you! I just bought a house in decatur myself. {PITCH}",
        f"hi priya, great meeting you! we finally finished our kitchen renovation. {PITCH}",
        f"hi priya, great meeting you! my daughter started at emory this fall. {PITCH}",
    ],
)
async def test_the_users_own_news_is_no_memory_of_theirs(coach: Coach, draft: str) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(
        USER,
        "met priya shah at the mixer, she's house hunting in decatur, renovating her kitchen, "
        "her son is applying to emory",
    )
    check = await coach.drafts.check_draft(USER, "@priya " + draft)
    assert REMEMBERS not in _said_of(check), check.assessment.strengths


async def test_their_own_news_asked_about_is_remembered(coach: Coach) -> None:
    await coach.set_my_work(USER, BROKER)
    await coach.notes.capture(USER, "met priya shah at the mixer, she's house hunting in decatur")
    check = await coach.drafts.check_draft(
        USER, f"@priya hi priya, how is the house hunt in decatur going? {PITCH}"
    )
    assert REMEMBERS in _said_of(check), check.assessment.strengths


async def test_a_followup_with_its_own_reason_is_not_padded_with_thanks(coach: Coach) -> None:
    from coach.nudges import follow_up_from_words

    await coach.notes.capture(
        USER,
        "coffee w/ grace lau, equipment lender at RBC. she just did the bruce trail. "
        "she offered to look at any deals I send her way",
    )
    view = await follow_up_from_words(
        coach.nudges, USER, "Grace after the holidays about the trail photos".split()
    )
    assert view.idea == "Follow up with Grace about the trail photos", view.idea
