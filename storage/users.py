"""The users table: one row per Telegram user, created on first contact."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import false, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Contact, User


class Users:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def take_turn(self, user_id: int) -> None:
        """Hold the user's row lock until this transaction ends: transactions that take
        their turn this way run one at a time per user, each seeing what the one before
        wrote. SQLite's write transactions take turns anyway (BEGIN IMMEDIATE): no trip."""
        if self.session.get_bind().dialect.name != "sqlite":
            await self.session.execute(select(User.id).where(User.id == user_id).with_for_update())

    async def get_or_create(self, user_id: int) -> User:
        user = await self.session.get(User, user_id)
        if user is not None:
            return user
        try:
            # A savepoint, so losing the race to a concurrent first message keeps our transaction.
            async with self.session.begin_nested():
                user = User(id=user_id)
                self.session.add(user)
        except IntegrityError:
            user = await self.session.get(User, user_id, populate_existing=True)
            assert user is not None, "the concurrent insert that beat us is committed"
        return user


async def review_candidates(session: AsyncSession) -> Sequence[User]:
    """Users who may get a weekly review: not opted out, not blocking the bot, with contacts."""
    has_contacts = select(Contact.id).where(Contact.user_id == User.id).exists()
    return (
        await session.scalars(
            select(User).where(
                User.review_opt_out == false(), User.blocked == false(), has_contacts
            )
        )
    ).all()
