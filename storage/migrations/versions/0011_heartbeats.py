"""Crash recovery: process heartbeats, who holds each update, and the card a note was answered with

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 09:00:00

`bot_processes` holds one row per running bot process, refreshed every few seconds; an update
claimed by a process whose row went quiet is replayed without waiting out its lease.
`processed_updates.owner` names that process. `notes.card` keeps the card a note was
answered with, so a replay after a crash can send the same card again.
Columns are added in place: no table is rebuilt, so nothing cascades on SQLite.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bot_processes",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("bot_id", sa.BigInteger(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bot_processes")),
    )
    op.add_column("processed_updates", sa.Column("owner", sa.String(length=32), nullable=True))
    op.add_column("notes", sa.Column("card", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_column("card")
    with op.batch_alter_table("processed_updates", schema=None) as batch_op:
        batch_op.drop_column("owner")
    op.drop_table("bot_processes")
