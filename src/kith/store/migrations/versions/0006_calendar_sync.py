"""Calendar reading state: each calendar's sync token, and each resource's ETag, event UID
and whether it is settled.

A second CalDAV sync asks the server only for what changed since the token, and fetches only
the resources whose ETag differs (and the series still running); a resource deleted on the
server names the UID whose meetings stop counting. For an .ics file the same rows keep each
event's digest, so that a second import parses only what changed.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_syncs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("sync_token", sa.Text(), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_calendar_syncs_owner_id_owners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_calendar_syncs_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_syncs")),
        sa.UniqueConstraint("source_id", name=op.f("uq_calendar_syncs_source_id")),
    )
    op.create_table(
        "calendar_resources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("href", sa.String(length=1000), nullable=False),
        sa.Column("etag", sa.String(length=300), server_default="", nullable=False),
        sa.Column("uid", sa.String(length=1000), nullable=True),
        sa.Column("settled", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_calendar_resources_owner_id_owners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_calendar_resources_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_resources")),
        sa.UniqueConstraint("source_id", "href", name=op.f("uq_calendar_resources_source_id_href")),
    )


def downgrade() -> None:
    op.drop_table("calendar_resources")
    op.drop_table("calendar_syncs")
