"""Inline buttons. Callback data carries only ids; the coach checks who owns them."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from coach.phrases import goes_by
from coach.views import Candidate, IntroSuggestion, PeoplePage

UNDO, FIX, WHICH, PEOPLE, CARD, NUDGE = "undo", "fix", "who", "people", "card", "nudge"
NEW_CONTACT = "new"
NOT_A_PERSON = "none"
INTRO = "intro"
MAX_INTRO_BUTTONS = 3
# Callback arguments are ids or short action words; anything else is forged or stale.
WORD = re.compile(r"[a-z]{1,8}|\d{1,18}")


def note_actions(
    note_id: int, extra: list[list[InlineKeyboardButton]] | None = None
) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.UNDO_BUTTON, callback_data=f"{UNDO}:{note_id}"),
                InlineKeyboardButton(texts.FIX_BUTTON, callback_data=f"{FIX}:{note_id}"),
            ],
            *(extra or []),
        ]
    )


def which_person(pending_id: int, candidates: list[Candidate]) -> InlineKeyboardMarkup:
    if not candidates:  # "Is 'Loan' a person?"
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        texts.YES_A_PERSON_BUTTON,
                        callback_data=f"{WHICH}:{pending_id}:{NEW_CONTACT}",
                    ),
                    InlineKeyboardButton(
                        texts.NOT_A_PERSON_BUTTON,
                        callback_data=f"{WHICH}:{pending_id}:{NOT_A_PERSON}",
                    ),
                ]
            ]
        )
    rows = [
        [InlineKeyboardButton(c.label[:60], callback_data=f"{WHICH}:{pending_id}:{c.contact_id}")]
        for c in candidates[:8]
    ]
    rows.append(
        [
            InlineKeyboardButton(
                texts.NEW_CONTACT_BUTTON, callback_data=f"{WHICH}:{pending_id}:{NEW_CONTACT}"
            )
        ]
    )
    return InlineKeyboardMarkup(rows)


def pick_contact(candidates: list[Candidate]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(c.label[:60], callback_data=f"{CARD}:{c.contact_id}")]
            for c in candidates[:8]
        ]
    )


def people_pages(page: PeoplePage) -> InlineKeyboardMarkup | None:
    buttons = []
    if page.page > 1:
        buttons.append(
            InlineKeyboardButton(texts.NEWER_BUTTON, callback_data=f"{PEOPLE}:{page.page - 1}")
        )
    if page.page < page.pages:
        buttons.append(
            InlineKeyboardButton(texts.OLDER_BUTTON, callback_data=f"{PEOPLE}:{page.page + 1}")
        )
    return InlineKeyboardMarkup([buttons]) if buttons else None


def nudge_actions(nudge_id: int) -> InlineKeyboardMarkup:
    def press(label: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=f"{NUDGE}:{action}:{nudge_id}")

    return InlineKeyboardMarkup(
        [
            [press(texts.DONE_BUTTON, "done"), press(texts.DRAFT_BUTTON, "draft")],
            [
                press(texts.DAY_BUTTON, "day"),
                press(texts.WEEK_BUTTON, "week"),
                press(texts.SKIP_BUTTON, "skip"),
            ],
        ]
    )


def sent_it(nudge_id: int) -> InlineKeyboardMarkup:
    """Under a draft: the user says they sent it, and the touch is logged as Done logs it."""
    button = InlineKeyboardButton(texts.SENT_IT_BUTTON, callback_data=f"{NUDGE}:done:{nudge_id}")
    return InlineKeyboardMarkup([[button]])


def digest_actions(nudge_ids: list[int], names: list[str]) -> InlineKeyboardMarkup:
    """A row of buttons per numbered line; each button says its line's number, and the
    done button whose it is (the whole name when a first name repeats)."""
    firsts = [goes_by(name) if name.split() else name for name in names]
    rows = []
    for number, (nudge_id, name, first) in enumerate(
        zip(nudge_ids, names, firsts, strict=True), start=1
    ):
        short = (name if firsts.count(first) > 1 else first)[:24]
        rows.append(
            [
                InlineKeyboardButton(
                    texts.DONE_SHORT.format(n=number, name=short),
                    callback_data=f"{NUDGE}:done:{nudge_id}",
                ),
                InlineKeyboardButton(
                    texts.DRAFT_SHORT.format(n=number), callback_data=f"{NUDGE}:draft:{nudge_id}"
                ),
                InlineKeyboardButton(
                    texts.DAY_SHORT.format(n=number), callback_data=f"{NUDGE}:day:{nudge_id}"
                ),
                InlineKeyboardButton(
                    texts.SKIP_SHORT.format(n=number), callback_data=f"{NUDGE}:skip:{nudge_id}"
                ),
            ]
        )
    return InlineKeyboardMarkup(rows)


def intro_buttons(suggestions: list[IntroSuggestion]) -> list[list[InlineKeyboardButton]]:
    rows = []
    for s in suggestions[:MAX_INTRO_BUTTONS]:
        a = (s.need_called or goes_by(s.need_name))[:16]
        b = (s.match_called or goes_by(s.match_name))[:16]
        rows.append(
            [
                InlineKeyboardButton(
                    texts.INTRO_BUTTON.format(a=a, b=b),
                    callback_data=f"{INTRO}:{s.need_id}:{s.match_id}",
                )
            ]
        )
    return rows


def parse(data: str | None) -> tuple[str, list[str]]:
    """('who', ['12', 'new']) from 'who:12:new'; malformed data gives ('', [])."""
    if not data:
        return "", []
    kind, *args = data.split(":")
    return kind, args
