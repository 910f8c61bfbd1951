"""Inline buttons. Callback data carries only ids; the coach checks who owns them."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.views import Candidate, IntroSuggestion, PeoplePage

UNDO, FIX, WHICH, PEOPLE, CARD, NUDGE = "undo", "fix", "who", "people", "card", "nudge"
NEW_CONTACT = "new"
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
                InlineKeyboardButton("↩️ Undo", callback_data=f"{UNDO}:{note_id}"),
                InlineKeyboardButton("✏️ Fix", callback_data=f"{FIX}:{note_id}"),
            ],
            *(extra or []),
        ]
    )


def which_person(pending_id: int, candidates: list[Candidate]) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(c.label[:60], callback_data=f"{WHICH}:{pending_id}:{c.contact_id}")]
        for c in candidates[:8]
    ]
    rows.append(
        [
            InlineKeyboardButton(
                "➕ New contact", callback_data=f"{WHICH}:{pending_id}:{NEW_CONTACT}"
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
        buttons.append(InlineKeyboardButton("◀️ Newer", callback_data=f"{PEOPLE}:{page.page - 1}"))
    if page.page < page.pages:
        buttons.append(InlineKeyboardButton("Older ▶️", callback_data=f"{PEOPLE}:{page.page + 1}"))
    return InlineKeyboardMarkup([buttons]) if buttons else None


def nudge_actions(nudge_id: int) -> InlineKeyboardMarkup:
    def press(label: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=f"{NUDGE}:{action}:{nudge_id}")

    return InlineKeyboardMarkup(
        [
            [press("✅ Done", "done"), press("✍️ Draft", "draft")],
            [press("⏰ 1 day", "day"), press("⏰ 1 week", "week"), press("⏭ Skip", "skip")],
        ]
    )


def digest_actions(nudge_ids: list[int], names: list[str]) -> InlineKeyboardMarkup:
    rows = []
    for nudge_id, name in zip(nudge_ids, names, strict=True):
        short = name.split()[0][:20]
        rows.append(
            [
                InlineKeyboardButton(f"✅ {short}", callback_data=f"{NUDGE}:done:{nudge_id}"),
                InlineKeyboardButton("✍️", callback_data=f"{NUDGE}:draft:{nudge_id}"),
                InlineKeyboardButton("⏰ 1d", callback_data=f"{NUDGE}:day:{nudge_id}"),
                InlineKeyboardButton("⏭", callback_data=f"{NUDGE}:skip:{nudge_id}"),
            ]
        )
    return InlineKeyboardMarkup(rows)


def intro_buttons(suggestions: list[IntroSuggestion]) -> list[list[InlineKeyboardButton]]:
    rows = []
    for s in suggestions[:MAX_INTRO_BUTTONS]:
        a, b = s.need_name.split()[0][:16], s.match_name.split()[0][:16]
        rows.append(
            [
                InlineKeyboardButton(
                    f"🤝 Intro {a} ↔ {b}", callback_data=f"{INTRO}:{s.need_id}:{s.match_id}"
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
