"""Gives and gets (interactions of kind gave/got), and the touches a relationship is made of."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Interaction, utcnow

LEDGER_KINDS = ("gave", "got")
# An intro drafted with /intro: the pair is not suggested again.
INTRO_DRAFTED = "intro_drafted"
# What counts as a touch: a note of meeting or talking with them (nlp/contact.py says who;
# one "note" interaction per contact and note,
# removed with the note on /undo), a done follow-up, a give, a get.
TOUCH_KINDS = ("note", "nudge_done", "gave", "got")


class Entry(NamedTuple):
    contact_id: int
    kind: str
    summary: str
    note_id: int | None
    created_at: datetime


class Ledger:
    def __init__(self, session: AsyncSession, user_id: int) -> None:
        self.session = session
        self.user_id = user_id

    async def add(
        self,
        contact_id: int,
        kind: str,
        summary: str,
        *,
        note_id: int | None = None,
        when: datetime | None = None,
    ) -> None:
        await self.add_all([Entry(contact_id, kind, summary, note_id, when or utcnow())])

    async def add_all(self, entries: Sequence[Entry]) -> None:
        """Entries about the user's own contacts."""
        self.session.add_all(Interaction(user_id=self.user_id, **e._asdict()) for e in entries)

    async def intro_drafted(self, first_id: int, second_id: int, when: datetime) -> None:
        """/intro drafted for these two: not suggested again (neither a give nor a touch)."""
        self.session.add(
            Interaction(
                user_id=self.user_id,
                contact_id=first_id,
                kind=INTRO_DRAFTED,
                summary=str(second_id),
                created_at=when,
            )
        )

    async def drafted_pairs(self, contact_ids: Sequence[int]) -> set[frozenset[int]]:
        """The pairs among these contacts an intro was drafted for."""
        if not contact_ids:
            return set()
        rows = await self.session.execute(
            select(Interaction.contact_id, Interaction.summary).where(
                Interaction.user_id == self.user_id,
                Interaction.contact_id.in_(set(contact_ids)),
                Interaction.kind == INTRO_DRAFTED,
            )
        )
        return {
            frozenset((cid, int(other)))
            for cid, other in rows.all()
            if cid is not None and other.isdigit()
        }

    async def entries(self, contact_id: int, limit: int = 20) -> Sequence[Interaction]:
        """Gives and gets with one contact, newest first."""
        return (
            await self.session.scalars(
                select(Interaction)
                .where(
                    Interaction.user_id == self.user_id,
                    Interaction.contact_id == contact_id,
                    Interaction.kind.in_(LEDGER_KINDS),
                )
                .order_by(Interaction.created_at.desc(), Interaction.id.desc())
                .limit(limit)
            )
        ).all()

    async def exchanges(self, contact_ids: Sequence[int]) -> Sequence[Interaction]:
        """Every give and get with these contacts, oldest first."""
        if not contact_ids:
            return []
        return (
            await self.session.scalars(
                select(Interaction)
                .where(
                    Interaction.user_id == self.user_id,
                    Interaction.contact_id.in_(set(contact_ids)),
                    Interaction.kind.in_(LEDGER_KINDS),
                )
                .order_by(Interaction.created_at, Interaction.id)
            )
        ).all()

    async def gives_naming(self, name: str, since: datetime | None) -> Sequence[Interaction]:
        """Gives to anyone whose words name `name` ("intro to Bhavna for her kitchen", logged
        on the builder), since `since`: an intro is logged on either side of it."""
        query = select(Interaction).where(
            Interaction.user_id == self.user_id,
            Interaction.kind == "gave",
            Interaction.summary.icontains(name, autoescape=True),
        )
        if since is not None:
            query = query.where(Interaction.created_at >= since)
        return (await self.session.scalars(query)).all()

    async def balances(self, contact_ids: Sequence[int] | None = None) -> dict[int, list[int]]:
        """contact id -> [given, received], for contacts with at least one entry."""
        if contact_ids is not None and not contact_ids:
            return {}  # no one asked about: no query
        query = (
            select(Interaction.contact_id, Interaction.kind, func.count())
            .where(Interaction.user_id == self.user_id, Interaction.kind.in_(LEDGER_KINDS))
            .group_by(Interaction.contact_id, Interaction.kind)
        )
        if contact_ids is not None:
            query = query.where(Interaction.contact_id.in_(contact_ids))
        out: dict[int, list[int]] = {}
        for contact_id, kind, n in (await self.session.execute(query)).all():
            out.setdefault(contact_id, [0, 0])[0 if kind == "gave" else 1] = int(n)
        return out

    async def touches(self, contact_id: int) -> list[tuple[str, datetime]]:
        """(kind, when) of every touch with a contact: notes about them, done follow-ups,
        gives and gets (so the gives and gets are counted from the same read)."""
        rows = await self.session.execute(
            select(Interaction.kind, Interaction.created_at).where(
                Interaction.user_id == self.user_id,
                Interaction.contact_id == contact_id,
                Interaction.kind.in_(TOUCH_KINDS),
            )
        )
        return [(kind, when) for kind, when in rows.all()]

    async def of_note(self, note_id: int, kind: str) -> Sequence[Interaction]:
        return (
            await self.session.scalars(
                select(Interaction).where(
                    Interaction.user_id == self.user_id,
                    Interaction.note_id == note_id,
                    Interaction.kind == kind,
                )
            )
        ).all()

    async def in_window(self, kind: str, start: datetime, end: datetime) -> Sequence[datetime]:
        return (
            await self.session.scalars(
                select(Interaction.created_at).where(
                    Interaction.user_id == self.user_id,
                    Interaction.kind == kind,
                    Interaction.created_at >= start,
                    Interaction.created_at < end,
                )
            )
        ).all()

    async def contacts_with(self, kinds: Sequence[str]) -> set[int]:
        rows = await self.session.scalars(
            select(Interaction.contact_id)
            .where(Interaction.user_id == self.user_id, Interaction.kind.in_(kinds))
            .distinct()
        )
        return set(rows.all())

    async def last_note_at(self) -> dict[int, datetime]:
        """contact id -> when the latest note about them was written."""
        rows = await self.session.execute(
            select(Interaction.contact_id, func.max(Interaction.created_at))
            .where(Interaction.user_id == self.user_id, Interaction.kind == "note")
            .group_by(Interaction.contact_id)
        )
        return {cid: when for cid, when in rows.all()}
