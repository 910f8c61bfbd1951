"""Builds the Telegram Application: the one place where handlers are wired."""

from __future__ import annotations

import logging

from telegram import BotCommand
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import (
    buttons,
    dispatch,
    drafts,
    events,
    gate,
    general,
    intros,
    ledger,
    merge,
    notes,
    nudges,
    people,
    portability,
    privacy,
    review,
    texts,
    updates,
    voice,
)
from bot.context import coach_of_app
from bot.retry import PatientRateLimiter
from coach.infra.settings import Settings
from coach.service import Coach


class MissingToken(Exception):
    pass


def quiet_secret_loggers() -> None:
    # httpx logs every request URL at INFO, and Bot API URLs contain the bot token.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def build_application(
    settings: Settings, coach: Coach, processor: BaseUpdateProcessor | None = None
) -> Application:
    """The bot, talking to Telegram (or any Bot API server at telegram.base_url). Updates are
    handled concurrently; `processor` replaces PTB's default one (tests use one that
    says when each update is done). No Updater: bot.webhook.Server feeds it updates, which
    it records first (bot/polling.py, the webhook)."""
    if settings.telegram.token is None or not settings.telegram.token.get_secret_value():
        raise MissingToken("set telegram.token in config.toml or RAPPORT_TELEGRAM__TOKEN")
    quiet_secret_loggers()
    app = (
        Application.builder()
        .token(settings.telegram.token.get_secret_value())
        .base_url(settings.telegram.base_url)
        .base_file_url(settings.telegram.base_file_url)
        .rate_limiter(
            PatientRateLimiter(
                overall_max_rate=settings.telegram.max_messages_per_second, max_retries=3
            )
        )
        .concurrent_updates(processor or True)
        .updater(None)
        .post_init(prepare)
        .post_shutdown(release)
        .build()
    )
    app.bot_data["coach"] = coach
    add_handlers(app)
    gate.install(app, settings)
    updates.install(app, settings)
    assert app.job_queue is not None, "install python-telegram-bot[job-queue]"
    interval = settings.nudges.dispatch_interval.total_seconds()
    app.job_queue.run_repeating(
        dispatch.dispatch_due, interval=interval, first=interval, name="nudges"
    )
    review_every = settings.review.check_interval.total_seconds()
    app.job_queue.run_repeating(
        review.weekly_reviews, interval=review_every, first=review_every, name="reviews"
    )
    return app


def add_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    commands = {
        "start": general.start,
        "help": general.help_command,
        "timezone": general.timezone,
        "me": general.me,
        "undo": notes.undo,
        "people": people.people,
        "person": people.person,
        "find": people.find,
        "nudges": nudges.nudges,
        "followup": nudges.followup,
        "cadence": nudges.cadence,
        "pause": nudges.pause,
        "resume": nudges.resume,
        "digest": nudges.digest,
        "quiet": nudges.quiet,
        "check": drafts.check,
        "gave": ledger.gave,
        "got": ledger.got,
        "balance": ledger.balance,
        "intro": intros.intro,
        "events": events.events,
        "review": review.review,
        "export": portability.export,
        "import": portability.import_command,
        "forget": privacy.forget,
        "merge": merge.merge,
        "deleteme": privacy.deleteme,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=private))
    app.add_handler(
        MessageHandler(~private & (filters.TEXT | filters.COMMAND), notes.group_message)
    )
    app.add_handler(MessageHandler(private & filters.COMMAND, general.unknown_command))
    # Before the note handler: "delete everything" after /deleteme confirms the erase, and
    # a "draft:" message is checked; neither is saved as a note.
    app.add_handler(
        MessageHandler(private & filters.TEXT & privacy.ERASE_PHRASE, privacy.confirm_erase)
    )
    app.add_handler(
        MessageHandler(private & filters.TEXT & filters.Regex(r"(?i)^\s*draft:"), drafts.draft)
    )
    app.add_handler(MessageHandler(private & filters.TEXT, notes.note))
    app.add_handler(MessageHandler(private & voice.AUDIO_MESSAGES, voice.voice_note))
    app.add_handler(MessageHandler(private & portability.CONTACT_FILES, portability.contacts_file))
    app.add_handler(MessageHandler(private & filters.CONTACT, portability.shared_contact))
    app.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, notes.unsupported)
    )
    app.add_handler(CallbackQueryHandler(buttons.button))
    app.add_error_handler(general.on_error)


async def prepare(app: Application) -> None:
    """Publish the command menu and load the language model before the first update."""
    await app.bot.set_my_commands([BotCommand(name, about) for name, about in texts.COMMANDS])
    await coach_of_app(app).warm_up()


async def release(app: Application) -> None:
    await coach_of_app(app).close()
