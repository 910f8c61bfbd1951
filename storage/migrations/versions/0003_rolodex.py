"""Rolodex: weekly review opt-out and last-sent time per user; interactions by kind and time

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26 12:00:00

Plain ADD COLUMN and CREATE INDEX, which SQLite does in place: a batch (copy-and-move)
rebuild of `users` would cascade-delete every user's rows when the old table is dropped.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("review_opt_out", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("users", sa.Column("last_review_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_interactions_user_kind_created",
        "interactions",
        ["user_id", "kind", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_interactions_user_kind_created", table_name="interactions")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_review_at")
        batch_op.drop_column("review_opt_out")
