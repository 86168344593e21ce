"""An index that covers tie classification's aggregates over the interactions.

Classifying a whole network counts each person's interactions by channel and direction and
takes the first and last day of each; with every column it reads in one index, in the order
of the ``GROUP BY``, the database streams the index instead of sorting a million rows.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_interactions_tie_features",
        "interactions",
        ["owner_id", "person_id", "channel", "direction", "occurred_at", "kind"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_interactions_tie_features", table_name="interactions")
