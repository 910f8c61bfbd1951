"""Forgetting one contact, and erasing a user completely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from coach.people import People
from coach.runtime import Runtime
from coach.views import Candidate, PersonLookup
from storage.contacts import Contacts
from storage.models import Contact, Note, Nudge, User
from storage.privacy import ContactFootprint, PrivateData
from storage.users import Users

# "delete everything" must follow /deleteme within this long.
ERASE_WINDOW = timedelta(minutes=10)
ERASE_PHRASE = "delete everything"


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
    def __init__(self, runtime: Runtime, people: People) -> None:
        self.rt = runtime
        self.people = people

    # --- forgetting one contact ------------------------------------------------------------

    async def find_to_forget(self, user_id: int, name: str) -> ForgetLookup:
        lookup: PersonLookup = await self.people.lookup(user_id, name)
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
