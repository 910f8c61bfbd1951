"""Trial 29 (a mortgage adviser in Leicester): a job lost ("made redundant", "laid off",
"let go", "lost his job") was congratulated ("congratulate her on Abdi making redundant");
a relative's fall or operation was asked about as "how things are going since your dad had
a fall"; a child qualifying as a solicitor was "how things are going since", never a
congratulation. Hard news gets a gentle check-in; a relative's mishap is asked after as a
person would ask it; good news is congratulated."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.ideas import Person, hard_time, idea, opener
from coach.sentences import HE, SHE, Detail, Relative, Who
from coach.talk import talk
from tests.fragments import fragments

TOLD = datetime(2026, 11, 2, 10, tzinfo=UTC)
LATER = datetime(2026, 11, 9, 9, tzinfo=UTC)


def _person(name: str, pronoun: str, *details: Detail) -> Person:
    return Person(name, None, list(details), pronoun)


@pytest.mark.parametrize(
    "news",
    [
        "made redundant from the brewery last month",
        "was laid off from the distribution centre",
        "got let go from the call centre",
        "lost his job at the steelworks",
        "facing redundancy at the council",
    ],
)
def test_a_lost_job_of_a_relative_is_hard_news(news: str) -> None:
    tariq = Relative("Tariq", "husband", "m")
    gift = _person(
        "Gift Moyo",
        "she",
        Detail("family", "husband Tariq", 1, TOLD),
        Detail("work", news, 2, TOLD, relative=tariq),
    )
    assert talk(Detail("work", news, 2, TOLD, relative=tariq), Who("Gift", SHE, True)) is None
    assert hard_time(gift, LATER)
    for kind in ("first", "keep_in_touch", "give_value"):
        line, draft = idea(gift, kind, "", LATER).text, opener(gift, kind, "", LATER)
        for said in (line, draft):
            assert "ongratulat" not in said, said
            assert "something first" not in said and "working on" not in said, said
            assert fragments(said) == [], said


@pytest.mark.parametrize(
    ("news", "relative", "asked"),
    [
        ("qualified as an accountant", Relative("Rhys", "son", "m"), "Rhys"),
        ("just qualified as a barrister", Relative("Aoife", "daughter", "f"), "Aoife"),
    ],
)
def test_a_relative_qualifying_is_congratulated(news: str, relative: Relative, asked: str) -> None:
    said = talk(Detail("work", news, 1, TOLD, relative=relative), Who("Owen", HE, True), LATER)
    assert said is not None and said.verb == "congratulate", said
    assert "qualifying as" in said.to_them and asked in said.to_them, said.to_them
    assert "since" not in said.to_them, said.to_them


def test_a_parents_fall_is_asked_after_as_a_person_would() -> None:
    """Trial 29: "How are things going since your dad had a fall?"."""
    liesl = _person(
        "Liesl van Wyk",
        "she",
        Detail("work", "runs a florist in clifton", 1, TOLD),
        Detail("family", "dad had a fall", 2, TOLD),
        Detail("family", "in the bri hospital", 3, TOLD),
    )
    for kind in ("keep_in_touch", "give_value"):
        assert idea(liesl, kind, "", LATER).text == (
            "Ask Liesl how her dad is doing after his fall"
        )
        assert opener(liesl, kind, "", LATER) == "Hi Liesl, how's your dad doing after his fall?"
    first = idea(liesl, "first", "", LATER).text
    assert first.endswith("ask her how her dad is doing after his fall"), first
    assert "How's your dad doing after his fall?" in opener(liesl, "first", "", LATER)
    assert "florist" not in first and "recovery" not in first, first


@pytest.mark.parametrize(
    ("reason", "line"),
    [
        ("ask how hes doing", "Ask Bronwen how her dad is doing after his knee op"),
        ("ask how he's getting on", "Ask Bronwen how her dad is doing after his knee op"),
        ("call", "Call Bronwen, and ask her how her dad is doing after his knee op"),
    ],
)
def test_a_follow_up_about_a_relatives_operation_names_the_relative(reason: str, line: str) -> None:
    """Trial 29: "Ask how shes doing with Siobhan": her mum, never named, "shes" pasted."""
    bronwen = _person(
        "Bronwen Ellis",
        "she",
        Detail("work", "runs a small letting agency", 1, TOLD),
        Detail("family", "dad just had a knee op at the royal", 2, TOLD),
    )
    assert idea(bronwen, "follow_up", reason, LATER).text == line
    assert (
        "how's your dad doing after his knee op?"
        in opener(bronwen, "follow_up", reason, LATER).casefold()
    )


def test_a_named_relatives_operation_is_asked_after_by_name() -> None:
    gordon = _person(
        "Gordon Blair",
        "he",
        Detail("family", "wife Maureen", 1, TOLD),
        Detail("plan", "is in hospital for a hip op", 2, TOLD, Relative("Maureen", "wife", "f")),
    )
    assert idea(gordon, "keep_in_touch", "", LATER).text == (
        "Ask Gordon how Maureen is doing after her hip op"
    )
    assert opener(gordon, "keep_in_touch", "", LATER) == (
        "Hi Gordon, how's Maureen doing after her hip op?"
    )


def test_a_relatives_death_is_still_no_question_about_them() -> None:
    ama = _person("Ama Owusu", "she", Detail("family", "mum passed away after a fall", 1, TOLD))
    said = idea(ama, "keep_in_touch", "", LATER).text + opener(ama, "keep_in_touch", "", LATER)
    assert "doing after" not in said and "thinking of you" in said, said


@pytest.mark.parametrize(
    ("who", "reason", "line"),
    [
        (Who("Niamh", SHE, True), "ask how shes doing", "Ask Niamh how she's doing"),
        (Who("Niamh", SHE, True), "ask how she's getting on", "Ask Niamh how she's getting on"),
        (Who("Declan", HE, True), "ask how hes doing", "Ask Declan how he's doing"),
        (Who("Declan", HE, True), "ask how shes doing", None),  # someone else: unnamed
    ],
)
def test_asking_how_they_are_names_them_first(who: Who, reason: str, line: str | None) -> None:
    """Trial 29: "Ask how shes doing with Siobhan"."""
    from coach.sentences import follow_up

    assert follow_up(who, reason) == line


@pytest.mark.parametrize(
    "news", ["made redundant from the brewery last month", "lost his job at the steelworks"]
)
def test_a_relatives_lost_job_is_asked_after_by_name_not_mourned(news: str) -> None:
    """Trial 30 (trial 29 replayed): a son's redundancy drew "I've been thinking of you and
    your family. How are you holding up?", the words for a death, two days after meeting."""
    tariq = Relative("Tariq", "husband", "m")
    gift = _person(
        "Gift Moyo",
        "she",
        Detail("family", "husband Tariq", 1, TOLD),
        Detail("work", news, 2, TOLD, relative=tariq),
    )
    for kind in ("first", "keep_in_touch"):
        line, draft = idea(gift, kind, "", LATER).text, opener(gift, kind, "", LATER)
        assert "Tariq is doing" in line, line
        assert "how's tariq doing?" in draft.casefold(), draft
        assert "holding up" not in draft and "thinking of you" not in draft, draft
