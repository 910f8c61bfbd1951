"""Relatives are people, and a later fact can replace an earlier one

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 18:00:00

A contact may be someone's relative ("her husband Tom"): `relation` is the word and
`relative_of_id` the contact whose relative they are (NULL with a relation: the user's own).
A fact replaced by a later note (a correction, or news that supersedes it) keeps its row with
`superseded_at` and the note that replaced it, so undoing that note brings it back.
Columns are added in place: no table is rebuilt, so nothing cascades on SQLite.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("relation", sa.String(32), nullable=True))
    op.add_column("facts", sa.Column("superseded_at", sa.DateTime, nullable=True))
    _add_reference("contacts", "relative_of_id", "contacts", "fk_contacts_relative_of")
    _add_reference("facts", "superseded_by_note_id", "notes", "fk_facts_superseded_by_note")


def _add_reference(table: str, column: str, target: str, name: str) -> None:
    """A nullable reference that becomes NULL when its row goes. SQLite adds such a column
    in place (Alembic would rebuild the table, whose drop cascades); PostgreSQL as usual."""
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES {target} (id) ON DELETE SET NULL"
        )
        return
    op.add_column(table, sa.Column(column, sa.Integer, nullable=True))
    op.create_foreign_key(name, table, target, [column], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("superseded_by_note_id")
        batch.drop_column("superseded_at")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("relative_of_id")
        batch.drop_column("relation")
