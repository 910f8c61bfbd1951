"""Trial 33 (a Dublin IT recruiter): proper nouns typed in lower case are said with their
capitals in every line the bot sends and on cards. A body known by its capitals ("at the
hse", "at ibm") is never "Hse" or "Ibm"; the shorthand of work ("emea", "q3", "a vp") is
said in capitals; towns, suburbs and universities ("cork", "rathmines", "trinity") get a
capital where they are said as places, and ordinary words ("popped the cork") stay."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.console import Console
from coach.sentences import for_user, proper
from coach.service import Coach
from tests.conftest import FakeClock


async def run(console: Console, out: io.StringIO, line: str) -> str:
    start = len(out.getvalue())
    await console.handle(line)
    return out.getvalue()[start:]


# (the note, how the workplace is said on the card)
ACRONYM_FIRMS = [
    ("coffee with mehmet yilmaz, he's a staff nurse at the hse in limerick", "HSE"),
    ("met kateryna bondar at the meetup, she's a tester at ibm", "IBM"),
    ("lunch with rohan gupta, he is a solutions architect at aws", "AWS"),
    ("- chiara rossi\n- lecturer at dcu\n- into rowing", "DCU"),
    ("met aisling nwosu at the breakfast, she's a credit analyst at aib", "AIB"),
    ("call with thabo mokoena, he's a lineman at the esb", "ESB"),
]


@pytest.mark.parametrize(("note", "firm"), ACRONYM_FIRMS)
async def test_a_body_known_by_its_capitals_is_said_in_capitals(
    coach: Coach, clock: FakeClock, tmp_path: Path, note: str, firm: str
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    said = await run(console, out, note)
    assert f"({firm})" in said, said
    assert f"({firm.capitalize()})" not in said, said


async def test_a_firm_named_by_a_word_is_still_only_capitalised(
    coach: Coach, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = Console(coach, 0, out=out, files=tmp_path, clock=clock)  # type: ignore[arg-type]
    said = await run(console, out, "met wanjiru kamau, she's a product designer at canva")
    assert "(Canva)" in said, said


# (a detail as a note types it, how a line says it)
SAID = [
    ("moving to cork in the spring", "moving to Cork in the spring"),
    ("just ran the cork city marathon", "just ran the Cork city marathon"),
    ("his son got into trinity for law", "his son got into Trinity for law"),
    ("lives in rathmines with her partner", "lives in Rathmines with her partner"),
    ("opened a café in dun laoghaire", "opened a café in Dun Laoghaire"),
    ("runs the sandyford office", "runs the Sandyford office"),
    ("heads up sales for emea", "heads up sales for EMEA"),
    ("hiring freeze till q3", "hiring freeze till Q3"),
    ("got a new pb at the 10k", "got a new PB at the 10k"),
    ("promoted to vp of sales", "promoted to VP of sales"),
    ("wants two senior devs by the end of q1", "wants two senior devs by the end of Q1"),
    ("doing a masters at ucc", "doing a masters at UCC"),
    ("her mam lives in kraków", "her mam lives in Kraków"),
    ("moved over from wrocław", "moved over from Wrocław"),
    ("sent me two cvs", "sent you two CVs"),
]


@pytest.mark.parametrize(("typed", "said"), SAID)
def test_known_proper_nouns_are_said_with_their_capitals(typed: str, said: str) -> None:
    assert for_user(typed) == said
    assert proper(typed) == said.replace("sent you", "sent me")


ORDINARY = [
    "popped the cork on the champagne",
    "bought a cork board for the office",
    "said the holy trinity of sales is cadence, tone and timing",
    "the pub was packed",
    "a bumper quarter for the team",
]


@pytest.mark.parametrize("typed", ORDINARY)
def test_ordinary_words_are_never_shouted_or_capitalised(typed: str) -> None:
    assert proper(typed) == typed
