"""Trial 18 (Meera, a bookkeeper): /check verdicts and rewrites read through the whole card,
as the user sees it. A neighbourly offer of the user's trade after a warm line was called
pitch-first with only "I do" cited; a rewrite that dropped a referral ask ended on the
greeting alone; one asked "How is retiring in coming along?" about her accountant's news;
one split "but I'll ask around for you" off its sentence and praised the user's own words as
remembered; an offer to send a CRA summary was not credited as a give; and a thank-you
header said "you've helped her once" from a give that was never made."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from bot.formatting import check_card
from coach.service import Coach
from tests.conftest import FakeClock

USER = 1818
ME = (
    "bookkeeping and fractional CFO work for small businesses, mostly immigrant-owned "
    "restaurants, trucking companies, dental clinics and contractors"
)
PREPOSITION_END = re.compile(
    r"\b(?:in|on|at|of|for|to|with|from|by|about)"
    r"(?:\s*[?.!]| (?:is |are )?(?:coming along|going)\b)",
    re.I,
)


async def _meera(coach: Coach, clock: FakeClock, *notes: str) -> None:
    await coach.set_my_work(USER, ME)
    for note in notes:
        await coach.notes.capture(USER, note)
    clock.advance(timedelta(days=2))


def _plain(card: str) -> str:
    return html.unescape(re.sub(r"</?[bi]>", "", card))


def _section(card: str, title: str) -> str:
    text = _plain(card)
    if title not in text:
        return ""
    return text.split(title, 1)[1].split("\n\n", 1)[0]


def _rewrite(card: str) -> str:
    return _plain(card).split("✍️ Try this:", 1)[1].strip()


DESMOND = (
    "kids hockey practice at the Scarborough arena this morning, chatted with Desmond "
    "Campbell on the bench, jamaican, his son Malik is on my son's team. Des runs a small "
    "electrical contracting outfit, Campbell Electric, 4 guys. he said his wife Sharon "
    "handles the invoicing but they're 3 months behind. he's coaching the team next season. "
    "call des on the 18th"
)


MARISOL = (
    "bni chapter breakfast this morning. Marisol Reyes - mortgage broker, filipino, super "
    "warm, her husband Jun runs a cleaning company and they are looking for someone to do "
    "their payroll. follow up with marisol on the 18th"
)


async def test_a_rewrite_that_drops_the_ask_ends_on_a_question(
    coach: Coach, clock: FakeClock
) -> None:
    await _meera(coach, clock, MARISOL)
    draft = (
        "Hi Marisol, lovely meeting you at BNI. If you know any small business owners who "
        "are behind on their books, I'd appreciate a referral, feel free to pass my name "
        "along."
    )
    card = check_card(await coach.drafts.check_draft(USER, draft, "Marisol"))
    rewrite = _rewrite(card)
    assert rewrite.startswith("Hi Marisol, lovely meeting you at BNI. "), card
    ending = rewrite.removeprefix("Hi Marisol, lovely meeting you at BNI. ")
    assert ending.endswith("?") and ending.count("?") == 1, card
    assert not PREPOSITION_END.search(ending), card
    assert "referral" not in rewrite and "name along" not in rewrite


THANUJA = (
    "tamil business association breakfast. Dr. Thanuja Ragunathan, dentist, runs Rouge "
    "Valley Dental, just bought out her partner. she said her son arjun plays rep hockey "
    "with the Markham Waxers. she's looking for a new accountant because hers is retiring "
    "in the spring"
)


async def test_a_rewrite_never_asks_about_a_fragment_or_someone_elses_news(
    coach: Coach, clock: FakeClock
) -> None:
    await _meera(
        coach,
        clock,
        THANUJA,
        "correction: thanuja is the one looking for a new accountant, hers is retiring in "
        "the spring",
    )
    draft = (
        "Hi Thanuja, great meeting you on Monday! I heard your accountant is retiring. I'm a "
        "bookkeeper and fractional CFO for dental clinics and I'd love to offer you a free "
        "review of your books. Do you have 20 minutes this week for a quick call?"
    )
    card = check_card(await coach.drafts.check_draft(USER, draft, "Thanuja"))
    rewrite = _rewrite(card)
    assert rewrite.startswith("Hi Thanuja, great meeting you on Monday!"), card
    assert "retiring in" not in rewrite and "How is retiring" not in rewrite, card
    assert not PREPOSITION_END.search(rewrite), card
    assert "free review" not in rewrite


YUSUF = (
    "fundraiser dinner at the mosque on finch tonight for the new youth centre. sat with "
    "Yusuf Hassan and his wife Amina, they own three Halal Bites franchises, Yusuf wants to "
    "sell one of them next year and asked if I know a business broker. Amina is doing her "
    "CPA part time!!"
)


async def test_a_rewrite_keeps_sentences_whole_and_credits_only_what_they_told(
    coach: Coach, clock: FakeClock
) -> None:
    await _meera(coach, clock, YUSUF)
    draft = (
        "Hi Yusuf, it was a pleasure sitting with you and Amina on Thursday. I don't know a "
        "business broker personally but I'll ask around for you. As it happens I do "
        "valuations and clean-up work before a sale, and I'm offering 20% off for new "
        "clients until Dec 31 if you want to book a call: calendly.com/meera-cfo"
    )
    card = check_card(await coach.drafts.check_draft(USER, draft, "Yusuf"))
    rewrite = _rewrite(card)
    assert rewrite.startswith(
        "Hi Yusuf, it was a pleasure sitting with you and Amina on Thursday. I don't know a "
        "business broker personally but I'll ask around for you."
    ), card
    assert "calendly" not in rewrite and "20%" not in rewrite
    good = _section(card, "What's good")
    assert "remembers something they told you: “I don't know a business broker" not in good


REZA = (
    "fundraiser dinner at the mosque on finch tonight for the new youth centre. met Reza "
    "Moradi, iranian, owns a flooring company (Persian Floors Inc), he just got the SBA, no "
    "the CSBFL loan approved. he was asking about the new e-invoicing rules."
)


GRACE = (
    "chinese-canadian chamber mixer downtown markham tonight\n"
    "- Grace Lau, commercial lender at RBC, focuses on small business equipment loans. she "
    "offered to look at any deals I send her way. she's into hiking, just did the bruce trail"
)


async def test_a_thank_you_header_counts_no_give_that_was_never_made(
    coach: Coach, clock: FakeClock
) -> None:
    await _meera(coach, clock, GRACE)
    draft = (
        "Hi Grace, thank you so much for taking care of KD, he was over the moon. Congrats "
        "on finishing the Bruce Trail by the way! Coffee on me in January?"
    )
    card = check_card(await coach.drafts.check_draft(USER, draft, "Grace"))
    assert _plain(card).startswith("🟢 Relationship-first"), card
    assert "helped" not in _plain(card).splitlines()[1], card
    assert "thanks them" in _section(card, "What's good"), card


async def test_a_rewrite_never_ends_a_question_on_the_word_before_a_when(
    coach: Coach, clock: FakeClock
) -> None:
    await _meera(coach, clock, "met Linda Park, dentist, she's retiring in the spring")
    clock.advance(timedelta(days=12))
    draft = (
        "Hi Linda, great meeting you! I'd love to offer you a free review of your books. Do "
        "you have 20 minutes this week for a quick call?"
    )
    rewrite = _rewrite(check_card(await coach.drafts.check_draft(USER, draft, "Linda")))
    assert rewrite.startswith("Hi Linda, great meeting you!"), rewrite
    assert not PREPOSITION_END.search(rewrite), rewrite
