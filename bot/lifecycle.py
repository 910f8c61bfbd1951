"""Ending the run from inside it: a signal, or a fault no retry can fix (Telegram no longer
accepts the token), which stops the process with a non-zero exit so its supervisor notices."""

from __future__ import annotations

import asyncio
from typing import cast

from telegram.ext import Application

TOKEN_REJECTED = "Telegram rejected the bot token (401): check RAPPORT_TELEGRAM__TOKEN"
# The exit status of a run that ended because Telegram refused the token (as for bad settings).
BAD_TOKEN = 2
STOP = "rapport_stop"


def watch(app: Application) -> asyncio.Future[int]:
    """The exit status this run ends with, once something asks it to end."""
    stop: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    app.bot_data[STOP] = stop
    return stop


def end_run(app: Application, status: int) -> None:
    """Ask the running bot to stop with this exit status; the first reason given wins."""
    stop = cast(asyncio.Future[int] | None, app.bot_data.get(STOP))
    if stop is not None and not stop.done():
        stop.set_result(status)
