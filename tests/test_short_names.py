"""The short name a line or button calls someone by: a nickname the notes gave, else the
given name, which a family-name-first name ("Tran Minh-Anh") says second."""

from __future__ import annotations

import pytest

from bot import keyboards, nudge_format
from coach.phrases import goes_by
from coach.views import IntroSuggestion, NudgeDraft


@pytest.mark.parametrize(
    ("name", "aka", "called"),
    [
        ("Tran Minh-Anh", None, "Minh-Anh"),
        ("Tran Minh-Anh", ["Annie"], "Annie"),
        ("Nguyen Van An", None, "An"),
        ("Kim Soo-Jin", None, "Soo-Jin"),
        ("Wang Xiuying", None, "Xiuying"),
        ("Park Jiwon", None, "Jiwon"),
        # given name first, or a family name that is a given name here too
        ("Sarah Chen", None, "Sarah"),
        ("Minh-Anh Tran", None, "Minh-Anh"),
        ("Lee Anderson", None, "Lee"),
        ("Kim Jones", None, "Kim"),
        ("Lee", None, "Lee"),
        # a given name of two words, with a surname after it
        ("Juan Carlos Mendoza Ruiz", None, "Juan Carlos"),
        ("Rosa Elena Vargas", None, "Rosa Elena"),
        ("Juan Carlos", None, "Juan"),
        ("Maria Garcia Lopez", None, "Maria"),
    ],
)
def test_the_short_name_is_the_nickname_else_the_given_name(
    name: str, aka: list[str] | None, called: str
) -> None:
    assert goes_by(name, aka) == called


def _intro(need: str, need_called: str = "") -> IntroSuggestion:
    return IntroSuggestion(
        need_id=1,
        need_name=need,
        need="a lease lawyer",
        match_id=2,
        match_name="Adaeze Okonkwo",
        match_org="Freightlane",
        why="attorney",
        need_called=need_called,
    )


def test_an_intro_button_says_the_name_they_go_by() -> None:
    [[nicknamed]] = keyboards.intro_buttons([_intro("Tran Minh-Anh", "Annie")])
    assert "Annie" in nicknamed.text and "Tran" not in nicknamed.text
    [[plain]] = keyboards.intro_buttons([_intro("Tran Minh-Anh")])
    assert "Minh-Anh" in plain.text and "Adaeze" in plain.text


def test_a_drafted_opener_logs_the_touch_with_the_name_they_go_by() -> None:
    text = nudge_format.draft_message(NudgeDraft(1, "Hi Annie!", "Tran Minh-Anh", "Annie"))
    assert "log your touch with Annie" in text
    text = nudge_format.draft_message(NudgeDraft(1, "Hi!", "Tran Minh-Anh"))
    assert "log your touch with Minh-Anh" in text
