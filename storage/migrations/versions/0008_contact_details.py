"""Contact details: phone numbers, e-mails, title, URLs and birthday; /people by last touch

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 19:00:00

Imports and shared contacts keep what an address book holds, and exports give it back.
Phones, e-mails and URLs are JSON lists (a contact has several); the birthday is text, since
address books keep birthdays without a year ("--04-15"). /people lists contacts by their
last touch, which the new index serves. Columns are added in place: no table is rebuilt, so
nothing cascades on SQLite.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("title", sa.String(200), nullable=True))
    op.add_column("contacts", sa.Column("phones", sa.JSON, nullable=True))
    op.add_column("contacts", sa.Column("emails", sa.JSON, nullable=True))
    op.add_column("contacts", sa.Column("urls", sa.JSON, nullable=True))
    op.add_column("contacts", sa.Column("birthday", sa.String(10), nullable=True))
    op.create_index(
        "ix_contacts_user_touch", "contacts", ["user_id", "last_touch_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_user_touch", table_name="contacts")
    with op.batch_alter_table("contacts") as batch:
        for column in ("birthday", "urls", "emails", "phones", "title"):
            batch.drop_column(column)
