"""What every handler needs: the coach, who is asking, their words cleaned, button ids."""

from __future__ import annotations

from typing import cast

from telegram import Message, Update
from telegram.ext import Application, ContextTypes

from coach.infra.hardening import clean_text
from coach.service import Coach

# user_data key: the note the user pressed ✏️ Fix on, whose correction comes next.
FIXING = "fixing_note_id"


def coach_of(context: ContextTypes.DEFAULT_TYPE) -> Coach:
    return cast(Coach, context.bot_data["coach"])


def coach_of_app(app: Application) -> Coach:
    return cast(Coach, app.bot_data["coach"])


def user_id_of(update: Update) -> int:
    assert update.effective_user is not None, "handlers are registered for user updates only"
    return update.effective_user.id


def text_of(message: Message) -> str:
    """The message's text without control or invisible formatting characters."""
    return clean_text(message.text or "")


def args_of(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """A command's words after the command, cleaned like text_of."""
    return [word for word in (clean_text(a) for a in context.args or []) if word]


def source_of(update: Update) -> str | None:
    """The message a note comes from: a redelivered or replayed one finds its note."""
    message = update.message
    return f"tg:{message.chat.id}:{message.message_id}" if message is not None else None


class StaleButton(Exception):
    """Callback data that no current button of ours would send."""


def number(arg: str) -> int:
    if not arg.isdigit():
        raise StaleButton(arg)
    return int(arg)
