"""Indexes for one contact's card on a big Rolodex: their gives and gets, their follow-ups

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 11:00:00

Without them, a /person card on 100,000 contacts walked every give and get and every pending
follow-up of the user (the planner picked the (user_id, kind) and (user_id, status) indexes).
Plain CREATE/DROP INDEX: no table is rebuilt, so nothing cascades on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_interactions_user_contact_kind",
        "interactions",
        ["user_id", "contact_id", "kind"],
        unique=False,
    )
    # (user_id, contact_id) is a prefix of the new index: the old one only costs writes.
    op.drop_index("ix_interactions_user_contact", table_name="interactions")
    op.create_index(
        "ix_nudges_user_contact_status",
        "nudges",
        ["user_id", "contact_id", "status"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_nudges_user_contact_status", table_name="nudges")
    op.create_index(
        "ix_interactions_user_contact", "interactions", ["user_id", "contact_id"], unique=False
    )
    op.drop_index("ix_interactions_user_contact_kind", table_name="interactions")
