"""What a contact goes by, and which pronoun the notes use for them

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 19:00:00

`aka`: other names the notes give them ("everyone calls him Emeka", "goes by Wendy"), so a
later note or /person with that name finds them. `pronoun`: "he" or "she" as the notes say,
so coaching lines use it instead of "they". Added in place: no table is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("aka", sa.JSON, nullable=True))
    op.add_column("contacts", sa.Column("pronoun", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("pronoun")
        batch.drop_column("aka")
