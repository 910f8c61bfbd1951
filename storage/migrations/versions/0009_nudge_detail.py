"""A nudge remembers the detail its line was built from

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 10:00:00

`nudges.fact_id`: the fact a sent nudge's line used ("training for the chicago marathon"),
so the next nudge to that person says something else. NULL when the line used no detail,
and when the fact is deleted. Added in place, like 0007's references: no table rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE nudges ADD COLUMN fact_id INTEGER "
            "CONSTRAINT fk_nudges_fact REFERENCES facts (id) ON DELETE SET NULL"
        )
        return
    op.add_column("nudges", sa.Column("fact_id", sa.Integer, nullable=True))
    op.create_foreign_key(
        "fk_nudges_fact", "nudges", "facts", ["fact_id"], ["id"], ondelete="SET NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("nudges") as batch:
        batch.drop_column("fact_id")
