"""Trial 18 (Meera, a bookkeeper): corrections are no touch and close no follow-up, and a
relative thing's news is not the person's; a slip corrected inside a sentence keeps the
corrected words; a corrected name still finds the old one and a company said whole is the
organisation; "send her way" is no give; the card says "you" for the user's own words."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from bot.console import Console
from coach.service import Coach
from tests.conftest import FakeClock

MEERA = 0


async def run(console: Console, out: io.StringIO, line: str) -> str:
    start = len(out.getvalue())
    await console.handle(line)
    return out.getvalue()[start:]


def console_for(coach: Coach, clock: FakeClock, tmp_path: Path) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(coach, MEERA, out=out, files=tmp_path, clock=clock), out  # type: ignore[arg-type]


async def why(coach: Coach, name: str) -> str:
    lookup = await coach.people.lookup(MEERA, name)
    assert lookup.card is not None and lookup.card.relationship is not None, name
    return lookup.card.relationship.why


# --- 1. a correction is no touch, and closes no follow-up ----------------------------------


@pytest.mark.parametrize(
    ("first", "correction", "name"),
    [
        (
            "met Dr. Thanuja Ragunathan at the breakfast, dentist, runs Rouge Valley Dental",
            "correction: thanuja is the one looking for a new accountant, hers is retiring "
            "in the spring",
            "Thanuja",
        ),
        (
            "met Marisol Reyes at the BNI, mortgage broker",
            "correction: marisol is the one who needs a payroll service, hers just closed",
            "Marisol",
        ),
        (
            "met Kevin Ho at the mixer, general contractor",
            "oops, kevin is the one behind on his HST filings, his is due in january",
            "Kevin",
        ),
    ],
)
async def test_a_correction_is_no_touch_and_closes_no_follow_up(
    coach: Coach, clock: FakeClock, tmp_path: Path, first: str, correction: str, name: str
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, first)
    await run(console, out, f"/followup {name} tomorrow")
    clock.advance(timedelta(days=1, hours=1))
    said = await run(console, out, correction)
    assert "done" not in said, said
    assert (await why(coach, name)).startswith("1 touch over 0 days")
    card = await run(console, out, f"/person {name}")
    assert "📅 Follow up with" in card, card
    # "hers is retiring", "his is due": her accountant's news, his filing's date, not theirs
    for words in ("retiring", "closed", "due in january"):
        assert f"News: {words}" not in card and f", {words}" not in card, card
        assert f"news: {words}" not in said, said


async def test_a_note_of_talking_that_also_corrects_is_a_touch(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, "met Thanuja Ragunathan at the breakfast, dentist")
    clock.advance(timedelta(days=2))
    await run(console, out, "talked to thanuja after hockey, correction: she's an orthodontist")
    assert (await why(coach, "thanuja")).startswith("2 touches")


async def test_a_relatives_news_said_as_hers_is_not_hers(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(
        console,
        out,
        "met Thanuja Ragunathan at the breakfast, dentist. she's looking for a new accountant "
        "because hers is retiring in the spring",
    )
    assert "needs: a new accountant" in said, said
    assert "retiring" not in said.split("needs:")[0], said
    card = await run(console, out, "/person thanuja")
    assert "News:" not in card and "retiring in" not in card.split("Notes:")[0], card


# --- 2. a slip corrected inside a sentence: the corrected words are kept -------------------


@pytest.mark.parametrize(
    ("note", "name", "meant", "slip"),
    [
        (
            "met Reza Moradi at the fundraiser, owns a flooring company (Persian Floors Inc), "
            "he just got the SBA, no the CSBFL loan approved. he was asking about e-invoicing.",
            "reza",
            "got the CSBFL loan",
            "SBA",
        ),
        (
            "met Dana Whitfield at the chamber lunch, she's looking for a lender, I mean a "
            "mortgage broker, for her new duplex",
            "dana",
            "a mortgage broker",
            "a lender",
        ),
        (
            "met Omar Haddad at the BNI, realtor, his daughter just got into UBC, sorry UofT, "
            "for engineering",
            "omar",
            "UofT",
            "UBC",
        ),
    ],
)
async def test_the_words_after_a_slip_replace_it(
    coach: Coach, clock: FakeClock, tmp_path: Path, note: str, name: str, meant: str, slip: str
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(console, out, note)
    assert meant in said and slip not in said, said
    card = await run(console, out, f"/person {name}")
    assert meant in card.split("Notes:")[0], card
    assert slip not in card.split("Notes:")[0], card
    nudges = await run(console, out, "/wait 3d")
    assert slip not in nudges, nudges


# --- 4. "send her way" is no give of "way"; an offer of theirs is no give of the user's -----


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "Grace Lau, commercial lender at RBC, focuses on small business equipment loans. "
            "she offered to look at any deals I send her way.",
            "grace",
        ),
        (
            "met Tom Baker at the mixer, realtor, said he'd happily send any buyers who need "
            "books my way",
            "tom",
        ),
        (
            "coffee with Ana Lopez, payroll consultant, I promised to send it her way once "
            "the new rules are out",
            "ana",
        ),
    ],
)
async def test_sending_someones_way_gives_no_way(
    coach: Coach, clock: FakeClock, tmp_path: Path, note: str, name: str
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(console, out, note)
    assert "🎁" not in said, said
    card = (await run(console, out, f"/person {name}")).split("Notes:")[0]
    assert "Given:" not in card and "Received:" not in card, card
    assert "you gave 0, received 0" in card, card


async def test_leads_sent_her_way_are_a_give_of_the_leads(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(console, out, "coffee with Ana Lopez, I sent two restaurant leads her way")
    assert "🎁 You gave Ana Lopez: two restaurant leads" in said, said


# --- 3. a corrected name still finds the old one; "his company is X" is the organisation ---


@pytest.mark.parametrize(
    ("first", "correction", "old", "new", "org"),
    [
        (
            "met KD at the trucker breakfast, runs a trucking company out of brampton, "
            "needs financial statements",
            "correction: KD's full name is Kuldeep Singh Sandhu, his company is KD Logistics "
            "in Brampton, not the trucker association",
            "kd",
            "Kuldeep Singh Sandhu",
            "KD Logistics",
        ),
        (
            "met Jay at the chamber lunch, owns a roofing company",
            "correction: jay's real name is Ji-hoon Kim, his company is Kim Roofing Ltd",
            "jay",
            "Ji-hoon Kim",
            "Kim Roofing Ltd",
        ),
        (
            "met Bea at the BNI, runs a bakery",
            "correction: Bea's full name is Beatriz Santos, her company is Sweet Bea Bakery",
            "bea",
            "Beatriz Santos",
            "Sweet Bea Bakery",
        ),
    ],
)
async def test_a_corrected_name_is_found_by_the_old_one(
    coach: Coach,
    clock: FakeClock,
    tmp_path: Path,
    first: str,
    correction: str,
    old: str,
    new: str,
    org: str,
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    await run(console, out, first)
    await run(console, out, "met Grace Lau at the mixer, commercial lender at RBC")
    said = await run(console, out, correction)
    card = await run(console, out, f"/person {old}")
    assert f"👤 {new} ({org})" in card, card
    work = [line for line in card.splitlines() if line.startswith("Work:")]
    assert all(org.split()[-1] not in line for line in work), card
    assert "work:" not in said, said
    intro = await run(console, out, f"/intro {old} and Grace")
    assert new.split()[0] in intro and "couldn't tell" not in intro, intro
    # Undone, the old name is the name again and finds them.
    await run(console, out, "/undo")
    card = await run(console, out, f"/person {old}")
    assert new not in card.split("Notes:")[0] and "don't know" not in card, card


# --- 5. where the bot speaks, the user's "me" is "you" ---------------------------------------


@pytest.mark.parametrize(
    ("note", "name", "card_line", "summary"),
    [
        (
            "Farzad Tehrani, immigration lawyer, refers clients who open businesses, offered "
            "to send me a couple of restaurant owners.",
            "farzad",
            "Offers: send you a couple of restaurant owners",
            "offered to send you a couple of restaurant owners",
        ),
        (
            "Daniel Kim, IT consultant, Kim Tech Solutions, sets up POS systems for "
            "restaurants. offered to intro me to a few of his restaurant clients",
            "daniel",
            "Offers: intro you to a few of his restaurant clients",
            "offered to introduce you to a few of his restaurant clients",
        ),
        (
            "met KD Sandhu at the breakfast, runs a trucking company. he wants to have me do "
            "his year end now",
            "kd",
            "Needs: you to do his year end",
            "needs: you to do his year end",
        ),
    ],
)
async def test_the_card_says_you_for_the_users_own_words(
    coach: Coach,
    clock: FakeClock,
    tmp_path: Path,
    note: str,
    name: str,
    card_line: str,
    summary: str,
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(console, out, note)
    assert summary in said, said
    card = (await run(console, out, f"/person {name}")).split("Notes:")[0]
    assert card_line in card, card
    assert not {" me ", " my "} & {f" {w} " for w in card.split()}, card
    found = await run(console, out, f"/find {name}")
    assert " me " not in found, found


async def test_a_give_to_the_user_is_said_with_you(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    console, out = console_for(coach, clock, tmp_path)
    said = await run(console, out, "coffee with Jen Park, she helped me with my resume")
    assert "🙏 Jen Park gave you: help with your resume" in said, said
    card = await run(console, out, "/person jen")
    assert "Received: help with your resume" in card, card
