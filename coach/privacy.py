"""Who may use the bot, forgetting one contact, and erasing a user completely."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import timedelta

from coach.infra.settings import AccessSettings
from coach.rolodex import Rolodex
from coach.runtime import Runtime
from coach.views import Candidate, PersonLookup
from storage.models import Contact, Note, Nudge, User
from storage.privacy import ContactFootprint, PrivateData
from storage.repositories import Contacts, Users

# "delete everything" must follow /deleteme within this long.
ERASE_WINDOW = timedelta(minutes=10)
ERASE_PHRASE = "delete everything"


def invite_hash(code: str) -> str:
    """What is stored about an invite code: its SHA-256, never the code."""
    return hashlib.sha256(code.strip().encode()).hexdigest()


@dataclass(frozen=True)
class ForgetPreview:
    contact_id: int
    name: str
    org: str | None
    footprint: ContactFootprint


@dataclass(frozen=True)
class ForgetLookup:
    """Exactly one of: a preview, several candidates, or nothing (with suggestions)."""

    preview: ForgetPreview | None = None
    candidates: tuple[Candidate, ...] = ()
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Holdings:
    contacts: int
    notes: int
    nudges: int


class Privacy:
    def __init__(self, runtime: Runtime, rolodex: Rolodex, access: AccessSettings) -> None:
        self.rt = runtime
        self.rolodex = rolodex
        self.access = access
        self._codes = {invite_hash(c.get_secret_value()) for c in access.invite_codes}

    # --- access ----------------------------------------------------------------------------

    async def admitted(self, user_id: int) -> bool:
        """May this Telegram user use the bot? (Reads only; creates nobody.)"""
        if not self.access.restricted or user_id in self.access.allowed_user_ids:
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

    # --- forgetting one contact ------------------------------------------------------------

    async def find_to_forget(self, user_id: int, name: str) -> ForgetLookup:
        lookup: PersonLookup = await self.rolodex.lookup(user_id, name)
        if lookup.card is not None:
            preview = await self.preview(user_id, lookup.card.contact.contact_id)
            return ForgetLookup(preview=preview)
        return ForgetLookup(
            candidates=tuple(lookup.candidates), suggestions=tuple(lookup.suggestions)
        )

    async def preview(self, user_id: int, contact_id: int) -> ForgetPreview | None:
        """What forgetting this contact would delete; None if it isn't the user's."""
        async with self.rt.unit_of_work() as session:
            contact = await Contacts(session, user_id).get(contact_id)
            if contact is None:
                return None
            footprint = await PrivateData(session, user_id).footprint(contact)
            return ForgetPreview(contact.id, contact.name, contact.org, footprint)

    async def forget(self, user_id: int, contact_id: int) -> str | None:
        """Delete the contact and everything only about it; its name, or None if not found."""
        async with self.rt.unit_of_work() as session:
            contact: Contact | None = await Contacts(session, user_id).get(contact_id)
            if contact is None:
                return None
            name = contact.name
            await PrivateData(session, user_id).forget_contact(contact)
            return name

    # --- erasing the user ------------------------------------------------------------------

    async def request_erase(self, user_id: int) -> Holdings:
        """Start the erase window; returns what would be erased."""
        async with self.rt.unit_of_work() as session:
            user = await Users(session).get_or_create(user_id)
            user.erase_requested_at = self.rt.clock()
            data = PrivateData(session, user_id)
            return Holdings(
                contacts=await data.count(Contact.__table__),  # type: ignore[arg-type]
                notes=await data.count(Note.__table__),  # type: ignore[arg-type]
                nudges=await data.count(Nudge.__table__),  # type: ignore[arg-type]
            )

    async def confirm_erase(self, user_id: int) -> dict[str, int] | None:
        """Erase everything if /deleteme was asked within the window; rows deleted, or None."""
        async with self.rt.unit_of_work() as session:
            user = await session.get(User, user_id, with_for_update=True)
            asked = user.erase_requested_at if user is not None else None
            if asked is None or self.rt.clock() - asked > ERASE_WINDOW:
                return None
            return await PrivateData(session, user_id).erase()

    async def erase(self, user_id: int) -> dict[str, int]:
        """Erase everything about the user now (the `rapport` command line's way)."""
        async with self.rt.unit_of_work() as session:
            return await PrivateData(session, user_id).erase()


def is_erase_phrase(text: str) -> bool:
    words = " ".join(text.strip().strip("\"'“”«»!.").casefold().split())
    return words == ERASE_PHRASE
