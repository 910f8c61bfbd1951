"""Who may use the bot: allowed user ids, or an invite code redeemed with /start <code>."""

from __future__ import annotations

import hashlib
import hmac

from coach.infra.settings import AccessSettings
from coach.runtime import Runtime
from storage.models import User
from storage.users import Users


def invite_hash(code: str) -> str:
    """What is stored about an invite code: its SHA-256, never the code."""
    return hashlib.sha256(code.strip().encode()).hexdigest()


class Access:
    def __init__(self, runtime: Runtime, settings: AccessSettings) -> None:
        self.rt = runtime
        self.settings = settings
        self._codes = {invite_hash(c.get_secret_value()) for c in settings.invite_codes}

    async def admitted(self, user_id: int) -> bool:
        """May this Telegram user use the bot? (Reads only; creates nobody.)"""
        if not self.settings.restricted or user_id in self.settings.allowed_user_ids:
            return True
        if not self._codes:
            return False
        async with self.rt.unit_of_work() as session:
            user = await session.get(User, user_id)
            return user is not None and user.invite_hash in self._codes

    async def redeem(self, user_id: int, code: str) -> bool:
        """Let the user in if `code` is one of the invite codes."""
        hashed = invite_hash(code)
        if not any(hmac.compare_digest(hashed, known) for known in self._codes):
            return False
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.invite_hash = hashed
        return True
