"""Trust: invite-code admission and the /deleteme confirmation window on users

Note text, extraction, error and pending mentions become encryptable, but their column
types do not change: ciphertext is stored as TEXT, or as JSON {"enc:v1": "..."}.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch (copy-and-drop) rebuild of users on SQLite would cascade-delete
    # every row that references a user.
    op.add_column("users", sa.Column("invite_hash", sa.String(length=64), nullable=True))
    op.add_column(
        "users", sa.Column("erase_requested_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("users", "erase_requested_at")
    op.drop_column("users", "invite_hash")
