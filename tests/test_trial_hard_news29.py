"""Trial 29 at service level: what the user is sent over three weeks after notes telling a
relative's lost job, a relative's operation and a relative's fall, and a child's good news.
A lost job is never congratulated nor chatted about; a mishap is asked after by who it
befell; the user's note to self ("go gently", "ask how hes doing") is never said back."""

from __future__ import annotations

from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2929


async def test_a_relatives_lost_job_gets_a_gentle_check_in(coach: Coach, clock: FakeClock) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "financial planner",
        (
            "coffee with tendai moyo, she manages the community garden, her husband farai got "
            "made redundant from the paper mill in october - tread carefully",
        ),
    )
    text = "\n".join(said)
    assert "ongratulat" not in text, text
    assert "redundant" not in text and "tread" not in text, text  # hers to say, not a template
    assert "something first" not in text and "working on" not in text, text
    # asked after by name, never mourned (trial 30: "thinking of you and your family")
    assert "how's farai doing?" in text.casefold(), text
    assert "holding up" not in text, text


async def test_a_parents_operation_is_asked_after_by_who_had_it(
    coach: Coach, clock: FakeClock
) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "financial planner",
        (
            "also met bronwen ellis, she runs a letting agency on queen st, dad just had a knee "
            "op at the royal - ask how hes doing next tues",
        ),
    )
    text = "\n".join(said)
    assert "Ask Bronwen how her dad is doing after his knee op" in text, text
    assert "how's your dad doing after his knee op?" in text.casefold(), text
    assert "hes doing" not in text and "since" not in text, text
    assert "letting agency" not in text, text  # no business chat in the same weeks


async def test_a_fall_in_the_family_is_no_give_first_line(coach: Coach, clock: FakeClock) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "financial planner",
        (
            "chamber lunch: met ffion rees (runs two cafes in canton), ffion's mum had a fall, "
            "in the heath hosp. catch up mid jan",
        ),
        days=30,
    )
    text = "\n".join(said)
    assert "something first" not in text and "since her mum" not in text, text
    assert "how her mum is doing after her fall" in text, text


async def test_a_child_qualifying_is_congratulated(coach: Coach, clock: FakeClock) -> None:
    said = await everything_said(
        coach,
        clock,
        USER,
        "financial planner",
        (
            "church coffee - met owen price, his son rhys just qualified as an accountant at "
            "grant thornton!! follow up next friday",
        ),
    )
    text = "\n".join(said)
    assert "qualifying as an accountant" in text and "ongratulat" in text, text
    assert "since Rhys qualified" not in text, text
