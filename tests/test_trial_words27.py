"""User trial 27 (trial 25 replayed, a caterer in Atlanta): a pastime said in a list
("afrobeats and tennis", "hiking, cooking") is talked about one thing at a time (it gave no
line at all, so Kemi was asked how work was going, or the pasted "Have you been hiking
cooking lately?"); news noted again is not said again; a congregation is not "work"."""

from __future__ import annotations

import pytest

from coach.sentences import HE, SHE, Detail, Who
from coach.talk import talk
from tests.fragments import fragments
from tests.test_sentences import NOW, TOLD


@pytest.mark.parametrize(
    ("text", "one_of"),
    [
        ("Afrobeats and tennis", ("tennis", "afrobeats")),
        ("golf and fishing", ("golf", "fishing")),
        ("hiking, cooking", ("hiking", "cooking")),
        ("salsa dancing & pottery", ("salsa", "pottery")),
        ("rugby, trad music and hurling", ("rugby", "trad music", "hurling")),
    ],
)
@pytest.mark.parametrize("who", [Who("Kemi", SHE, True), Who("Rory", HE, True)])
def test_a_listed_pastime_is_said_one_thing_at_a_time(
    text: str, one_of: tuple[str, ...], who: Who
) -> None:
    said = talk(Detail("interest", text, 1, TOLD), who, NOW)
    assert said is not None, text
    line = said.line(who)
    assert any(thing in line.casefold() for thing in one_of), line
    if "," in text:  # a list said with commas is never pasted whole
        assert sum(thing in line.casefold() for thing in one_of) == 1, line
    assert fragments(line) == [] and fragments(said.to_them) == [], (line, said.to_them)


@pytest.mark.parametrize("text", ["rock and roll", "arts and crafts", "Dungeons and Dragons"])
def test_a_pastime_with_and_in_its_name_is_not_split(text: str) -> None:
    said = talk(Detail("interest", text, 1, TOLD), Who("Kemi", SHE, True), NOW)
    line = said.line(Who("Kemi", SHE, True)) if said is not None else ""
    assert not line or text.casefold() in line.casefold(), line


def test_a_music_genre_is_no_team() -> None:
    said = talk(Detail("interest", "Afrobeats", 1, TOLD), Who("Kemi", SHE, True), NOW)
    assert said is not None and "doing" not in said.to_them, said


def test_news_said_again_in_a_later_note_is_not_congratulated_again() -> None:
    """Trial 27: "baby Toluwani" noted again after church gave a third congratulation."""
    from datetime import UTC, datetime

    from coach.ideas import Person, idea, opener

    told, again = datetime(2026, 11, 16, 10, tzinfo=UTC), datetime(2026, 11, 22, 10, tzinfo=UTC)
    bisola = Person(
        "Bisola Ogunleye",
        None,
        [
            Detail("family", "a baby girl, Toluwani", 1, told),
            Detail("family", "baby Toluwani", 3, again),
            Detail("work", "runs the hospitality ministry", 4, told),
        ],
        "she",
        used_before=frozenset({1}),
        last_used=1,
        touches=3,
    )
    when = datetime(2026, 11, 23, 9, tzinfo=UTC)
    for kind in ("follow_up", "keep_in_touch"):
        assert "Toluwani" not in idea(bisola, kind, "", when).text
        assert "Toluwani" not in opener(bisola, kind, "", when)


@pytest.mark.parametrize("org", ["Grace Fellowship", "St Brigid's Parish", "Al-Noor Mosque"])
def test_a_congregation_is_asked_after_not_work_there(org: str) -> None:
    """Trial 27: Pastor Femi was asked "How is work at Grace Fellowship going?"."""
    from coach.talk import work_at

    said = work_at(Detail("work", "pastor", 1, TOLD), org, Who("Femi", HE, True))
    assert said is not None and said.to_them == f"How are things at {org}?", said


@pytest.mark.parametrize("text", ["accepted the quote", "accepted our quote for the rads"])
def test_accepting_something_is_no_getting_accepted(text: str) -> None:
    """Trial 28: "Congratulate Fiona on getting accepted the quote"."""
    said = talk(Detail("plan", text, 1, TOLD), Who("Fiona", SHE, True), NOW)
    assert said is None, said  # a deal with the user, no news to ask after


def test_getting_accepted_somewhere_is_still_congratulated() -> None:
    said = talk(Detail("plan", "accepted to michigan state", 1, TOLD), Who("Molly", SHE, True), NOW)
    assert said is not None and said.verb == "congratulate", said


def test_a_work_detail_with_a_preposition_is_no_title() -> None:
    """Found by the property test: "how the girl about bookkeeping work is going"."""
    from coach.talk import work_at

    said = work_at(Detail("work", "girl about bookkeeper", 1, TOLD), None, Who("Kevin", HE, True))
    assert said is None or "about" not in said.line(Who("Kevin", HE, True)), said


@pytest.mark.parametrize(
    ("reason", "line"),
    [
        ("pop round and have a look", "Pop round to see Agnes"),
        ("drop by", "Drop by to see Agnes"),
        ("swing by next week", "Swing by to see Agnes"),
    ],
)
def test_a_visit_is_said_as_one(reason: str, line: str) -> None:
    """Trial 28: "Follow up with Agnes Brown about the pop round"."""
    from coach.sentences import follow_up

    assert follow_up(Who("Agnes", SHE, True), reason) == line
