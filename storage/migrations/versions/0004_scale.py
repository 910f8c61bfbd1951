"""Scale-out: remembered Telegram updates (processed_updates), a source key on notes

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-27 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "processed_updates",
        sa.Column("bot_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("bot_id", "update_id", name=op.f("pk_processed_updates")),
    )
    op.create_index(
        op.f("ix_processed_updates_user_id"), "processed_updates", ["user_id"], unique=False
    )
    op.create_index(
        "ix_processed_updates_status_claimed",
        "processed_updates",
        ["status", "claimed_until"],
        unique=False,
    )
    op.create_index(
        op.f("ix_processed_updates_seen_at"), "processed_updates", ["seen_at"], unique=False
    )
    # Plain ALTER TABLE ADD COLUMN (SQLite supports it): a batch copy would drop and recreate
    # notes, and with foreign keys on, dropping it cascades into facts, nudges and links.
    op.add_column("notes", sa.Column("source_key", sa.String(length=64), nullable=True))
    op.create_index("ix_notes_user_source", "notes", ["user_id", "source_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_user_source")
        batch_op.drop_column("source_key")
    op.drop_index(op.f("ix_processed_updates_seen_at"), table_name="processed_updates")
    op.drop_index("ix_processed_updates_status_claimed", table_name="processed_updates")
    op.drop_table("processed_updates")
