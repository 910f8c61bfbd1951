"""The user's own line of work (/me), so a contact's need the user meets is not passed on

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 10:00:00

`users.my_work` holds what the user said they do ("wedding photographer"). A column added in
place: no table is rebuilt, so nothing cascades on SQLite.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("my_work", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("my_work")
