"""News that settles a plan or a need is read as news (a plan), in dictation as well as
typed; meeting someone over coffee or running into them is not news of anything done."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def facts(extractor: NoteExtractor, note: str) -> dict[str, list[tuple[str, str]]]:
    out = extractor.extract(note, now=NOW)
    return {p.name.split()[0].casefold(): [(f.kind, f.text) for f in p.facts] for p in out.people}


@pytest.mark.parametrize(
    ("note", "who", "news"),
    [
        ("marco hired the second chef", "marco", "hired the second chef"),
        ("Marco finally got a second chef", "marco", "got a second chef"),
        ("marco rossi found a sous chef last week", "marco", "found a sous chef"),
        ("lena fox found an apartment", "lena", "found an apartment"),
        ("jo completed the ironman", "jo", "completed the ironman"),
        ("jo moved to denver last month", "jo", "moved to denver"),
    ],
)
def test_news_of_something_done_is_a_plan_not_a_job(
    extractor: NoteExtractor, note: str, who: str, news: str
) -> None:
    said = facts(extractor, note)[who]
    assert ("plan", news) in said
    assert all(kind != "work" for kind, _ in said)


@pytest.mark.parametrize(
    "note",
    [
        "got coffee with dana park, she's training for a marathon",
        "ran into tomasz kowalczyk at home depot",
        "I finished the deck for dana park",
        "has marco found a chef yet?",
    ],
)
def test_a_meeting_a_question_or_your_own_news_is_no_news_of_theirs(
    extractor: NoteExtractor, note: str
) -> None:
    for said in facts(extractor, note).values():
        assert not any(
            kind == "plan" and text.split()[0] in ("got", "ran", "finished", "found")
            for kind, text in said
        ), said


def test_no_longer_needing_something_meets_the_need(extractor: NoteExtractor) -> None:
    out = extractor.extract("marco no longer needs a chef", now=NOW)
    assert [(c.person, c.field, c.old) for c in out.changes] == [("Marco", "met", "a chef")]
