"""Join the trust, rolodex and scale-out branches into one line of history

Revision ID: 0005
Revises: 0002, 0003, 0004
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence

revision: str = "0005"
down_revision: tuple[str, ...] = ("0002", "0003", "0004")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
