"""User trials, words 18 (a bookkeeper in the GTA): a need said whole or not at all, and
"send" only with a thing to send; a business said as people say it ("how's the
electrical contracting business going?"); a plan for next season asked about as a plan;
their own need before a relative's detail; nicknames and schools as names."""

from __future__ import annotations

import re

import pytest

from coach.service import Coach
from tests.conftest import FakeClock
from tests.fragments import fragments
from tests.nudge_lines import nudges_and_drafts

USER = 1818
BOOKKEEPER = (
    "bookkeeping and fractional CFO work for small businesses, mostly immigrant-owned "
    "restaurants, trucking companies, dental clinics and contractors"
)


async def _said(coach: Coach, clock: FakeClock, *notes: str, days: int = 30) -> list[str]:
    """Every line the user sees about these notes: the coming nudges as /nudges lists them,
    each with its draft, then each nudge line and draft sent over the next `days` days."""
    await coach.set_my_work(USER, BOOKKEEPER)
    for note in notes:
        await coach.notes.capture(USER, note)
    said: list[str] = []
    for view in await coach.nudges.upcoming(USER):
        said.append(view.idea)
        draft = await coach.nudges.draft(USER, view.nudge_id)
        assert draft is not None
        said.append(draft.opener)
    said += await nudges_and_drafts(coach, clock, days)
    for line in said:
        assert fragments(line) == [], line
    return said


# --- 1. a need said whole, "send" only with a thing to send ------------------------------


@pytest.mark.parametrize(
    ("note", "whole"),
    [
        (
            "Tiago Ferreira, runs a tile and stone import biz. wants to get his books "
            "cleaned up before year end, his current guy is a mess",
            "books cleaned up",
        ),
        ("Rui Costa, owns a bakery. he needs to get his taxes done by april", "taxes done"),
        (
            "Lena Park, runs a florist shop. she wants to get her payroll sorted out",
            "payroll sorted out",
        ),
    ],
)
async def test_a_need_keeps_what_is_to_be_done(
    coach: Coach, clock: FakeClock, note: str, whole: str
) -> None:
    said = await _said(coach, clock, note, days=20)
    for line in said:
        for cut in ("books", "taxes", "payroll"):
            if cut in line:
                assert whole in line, (line, said)


async def test_send_says_what_is_sent(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "Tiago Ferreira, runs a tile and stone import biz. he loves Benfica",
        "coffee with tiago this morning. he asked me for a quote to clean up 2024 and 2025, "
        "I said I'd send something by friday",
        "Bruno Alves, runs a roofing company. I said I'd send him something next week",
        days=10,
    )
    text = " ".join(said)
    # "something about Benfica he'd enjoy" names a thing; "something" alone does not
    assert not re.search(r"\bSend \w+ something(?! about)", text), said
    assert "Send Tiago the quote he asked for" in text, said


# --- 2. a business as people say it ------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "business"),
    [
        (
            "Desmond Campbell, jamaican. runs a small electrical contracting outfit, Campbell "
            "Electric, 4 guys. call des on the 18th",
            "electrical contracting business",
        ),
        ("Ines Duarte runs a little landscaping company in markham", "landscaping company"),
        ("Omar Said owns a small plumbing outfit", "plumbing business"),
    ],
)
async def test_a_small_outfit_is_said_as_the_business(
    coach: Coach, clock: FakeClock, note: str, business: str
) -> None:
    said = await _said(coach, clock, note, days=25)
    text = " ".join(said)
    assert " small " not in text and " little " not in text, said
    assert "outfit" not in text, said
    assert business in text, said


def test_an_outfit_with_no_trade_is_asked_how_business_is() -> None:
    from coach.sentences import HE, Detail, Who
    from coach.talk import talk

    for work in ("runs a small outfit", "runs a little business", "owns a tiny operation"):
        said = talk(Detail("work", work), Who("Des", HE, True))
        assert said is not None, work
        assert said.line(Who("Des", HE, True)) == "Ask Des how business is going", work
        assert said.to_them == "How's business?", work


# --- 3. a plan for next season -----------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "chatted with Desmond Campbell at hockey practice. he's coaching the team next season",
        "Priyanka Rao, dentist. she's teaching a course at the college next year",
        "Femi Adeyemi, roofer. he's running for council next spring",
    ],
)
async def test_a_plan_for_next_season_is_no_ongoing_thing(
    coach: Coach, clock: FakeClock, note: str
) -> None:
    said = await _said(coach, clock, note, days=25)
    for line in said:
        assert "coming along" not in line, said
        assert not any(f"how {w}" in line.casefold() for w in ("coaching", "teaching", "running"))


def test_a_role_taken_on_next_season_is_looked_forward_to() -> None:
    from coach.sentences import HE, SHE, Detail, Who
    from coach.talk import talk

    for plan, who, said in (
        ("coaching the team next season", Who("Des", HE, True), "coaching the team"),
        ("teaching a course next fall", Who("Rao", SHE, True), "teaching a course"),
        ("running for council next year", Who("Femi", HE, True), "running for council"),
    ):
        line = talk(Detail("plan", plan), who)
        assert line is not None, plan
        be = who.pronoun.be
        assert line.clause(who) == f"ask {who.pronoun.object} if {be} looking forward to {said}"
        assert line.to_them == f"Are you looking forward to {said}?"


# --- 4. their own need first; a relative's course said plainly ---------------------------


async def test_their_own_ask_comes_before_a_relatives_news(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "sat with Yusuf Hassan and his wife Amina, they own three Halal Bites franchises, "
        "Yusuf wants to sell one of them next year and asked if I know a business broker. "
        "Amina is doing her CPA part time!!",
        days=3,
    )
    assert "business broker" in said[0], said
    assert "doing her CPA part time" not in " ".join(said), said


@pytest.mark.parametrize(
    ("note", "course"),
    [
        ("Kwame Mensah, pharmacist. his wife Efua is doing her MBA part time", "her MBA"),
        ("Tomas Silva, electrician. his son Leo is doing his apprenticeship", "his apprenticeship"),
    ],
)
async def test_a_relatives_course_is_said_plainly(
    coach: Coach, clock: FakeClock, note: str, course: str
) -> None:
    said = await _said(coach, clock, note, days=25)
    text = " ".join(said)
    assert "getting on with doing" not in text, said
    assert "part time" not in text, said
    if "getting on with" in text:
        assert f"getting on with {course}" in text, said


def test_a_relatives_course_is_theirs_not_a_doing() -> None:
    from coach.sentences import HE, Detail, Relative, Who
    from coach.talk import talk

    for text, relative, said in (
        ("doing her CPA part time", Relative("Amina", "wife"), "Amina is getting on with her CPA"),
        ("doing her MBA part-time", Relative("Efua", "wife"), "Efua is getting on with her MBA"),
        ("doing his apprenticeship", Relative("Leo", "son"), "Leo is getting on with his"),
    ):
        line = talk(Detail("work", text, relative=relative), Who("Yusuf", HE, True))
        assert line is not None, text
        assert line.clause(Who("Yusuf", HE, True)).startswith(f"ask him how {said}"), line


# --- 5. names as names -------------------------------------------------------------------


async def test_initials_and_schools_are_capitalised(coach: Coach, clock: FakeClock) -> None:
    said = await _said(
        coach,
        clock,
        "um so I met this guy uh kuldeep singh sandhu everyone calls him kd he runs a trucking "
        "company out of brampton and his daughter just got into waterloo for engineering",
        "Tunde Okafor, everyone calls him tj, owns a dental clinic. his son just got into mcgill "
        "for medicine",
        days=10,
    )
    text = " ".join(said)
    assert "Kd" not in text and "Tj" not in text, said
    assert "waterloo" not in text and "mcgill" not in text, said
    assert "Waterloo" in text and "McGill" in text, said
    assert "Hi KD" in text and "Hi TJ" in text, said


# --- 6. one pronoun, the one the note gave ------------------------------------------------


@pytest.mark.parametrize(
    ("note", "name", "pronoun"),
    [
        (
            "new guy: Harpreet Gill, insurance broker (Gill Insurance), trucking & commercial "
            "auto. great referral partner for me",
            "Harpreet",
            "him",
        ),
        ("met a lady named Jasvir Sandhu, runs a daycare in brampton", "Jasvir", "her"),
        ("this guy Kiran Patel owns a car wash", "Kiran", "him"),
    ],
)
async def test_a_guy_or_a_lady_before_the_name_is_their_pronoun(
    coach: Coach, clock: FakeClock, note: str, name: str, pronoun: str
) -> None:
    said = await _said(coach, clock, note, days=5)
    lines = [line for line in said if line.startswith(("Tell", "Ask", "Follow", "Let"))]
    assert lines, said
    for line in lines:
        assert " them " not in f"{line} " and " their " not in f"{line} ", said
    assert any(f" {pronoun} " in f"{line} " for line in lines) or all(
        name in line for line in lines
    ), said


# --- 6. what is known is said, not "what she's working on" -----------------------------


@pytest.mark.parametrize(
    ("note", "known"),
    [
        (
            "bni chapter breakfast this morning. Marisol Reyes - mortgage broker, filipino, "
            "super warm, her husband Jun runs a cleaning company and they are looking for "
            "someone to do their payroll. follow up with marisol on the 18th",
            "payroll",
        ),
        (
            "Dev Mehta, dentist at Rouge Dental. he needs someone to do his books. follow up "
            "with dev next friday",
            "books",
        ),
    ],
)
async def test_a_follow_up_says_what_is_known(
    coach: Coach, clock: FakeClock, note: str, known: str
) -> None:
    said = await _said(coach, clock, note, days=25)
    assert not any("working on these days" in line for line in said), said
    assert any(known in line and "glad to help" in line for line in said), said


# --- 7. cards: no fragment lines ---------------------------------------------------------


async def _card(coach: Coach, name: str) -> str:
    from bot.formatting import person_card

    found = await coach.people.lookup(USER, name)
    assert found.card is not None, name
    return person_card(found.card)


async def test_a_babys_due_date_is_said_with_the_mother(coach: Coach) -> None:
    await coach.notes.capture(
        USER, "Tiago Ferreira, portuguese, runs a tile and stone import biz, Ferreira Stone."
    )
    await coach.notes.capture(
        USER,
        "coffee with tiago this morning. his wife Ana is pregnant, due in march! he's also "
        "looking for a warehouse space near the 401",
    )
    await coach.notes.capture(USER, "Luis Ortega, realtor. his wife Carmen is due in june")
    tiago = await _card(coach, "Tiago")
    assert "<b>Family:</b> due" not in tiago, tiago
    assert "<b>Family:</b> wife Ana, due in March" in tiago, tiago
    luis = await _card(coach, "Luis")
    assert "<b>Family:</b> due" not in luis, luis


async def test_drowning_is_no_job_and_no_relative(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "Senthil Kumaran, owns two restaurants in scarborough (Chettinad Kitchen), his wife "
        "priya does the books for both",
    )
    await coach.notes.capture(
        USER,
        "called senthil back today, priya is drowning, they switched POS systems in october "
        "and nothing reconciles. lunch with senthil on the 22nd",
    )
    await coach.notes.capture(USER, "Dana Lee, dentist. she's swamped, her hygienist quit")
    for name in ("Senthil", "Priya", "Dana"):
        card = await _card(coach, name)
        for label in ("Work", "Family"):
            line = next((li for li in card.splitlines() if li.startswith(f"<b>{label}")), "")
            assert "drowning" not in line and "swamped" not in line, card
