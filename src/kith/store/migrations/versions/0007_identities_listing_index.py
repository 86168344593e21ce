"""An index that covers what a listing reads of each person's identities.

``kith list`` aggregates every listed person's identities (kind, value, label, status and
id) in a correlated lookup by ``person_id``; with those columns in the index the lookup
never leaves it for the table's pages, which are in id order while a listing goes in name
order. It replaces the index on ``person_id`` alone, which its first column serves as well.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_identities_listing",
        "identities",
        ["person_id", "id", "kind", "value", "label", "status"],
        unique=False,
    )
    op.drop_index("ix_identities_person_id", table_name="identities")


def downgrade() -> None:
    op.create_index("ix_identities_person_id", "identities", ["person_id"], unique=False)
    op.drop_index("ix_identities_listing", table_name="identities")
