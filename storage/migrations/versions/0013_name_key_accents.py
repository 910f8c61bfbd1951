"""Contacts' name keys ignore accents, so "zielinski" finds Zieliński

Revision ID: 0013_accents
Revises: 0012
Create Date: 2026-12-07 12:00:00

`contacts.name_key` was the name casefolded; storage.contacts.name_key now also drops
accents (NFD without combining marks, and ł, ø, đ… as their plain letters). Every stored
key is computed again the same way (the function is copied here: a migration must not
change when the code does). No column changes.
"""

import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_accents"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)
_BATCH = 1000


def _folded(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.casefold().translate(_UNDECOMPOSED))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def _plain(name: str) -> str:
    return " ".join(name.casefold().split())


def _rekey(key: Callable[[str], str]) -> None:
    connection = op.get_bind()
    contacts = sa.table(
        "contacts", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_key")
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(contacts.c.id, contacts.c.name, contacts.c.name_key)
            .where(contacts.c.id > last)
            .order_by(contacts.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for contact_id, name, stored in rows:
            wanted = key(name or "")
            if wanted != stored:
                connection.execute(
                    contacts.update().where(contacts.c.id == contact_id).values(name_key=wanted)
                )
        last = rows[-1][0]


def upgrade() -> None:
    _rekey(_folded)


def downgrade() -> None:
    _rekey(_plain)
