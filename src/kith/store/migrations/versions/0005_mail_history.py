"""Mail history: messages seen (threads across files and syncs), candidates, how far each
mailbox was read, and an auto-reply's return date on interactions.

``mail_messages`` threads mail across files, folders and syncs and tells a reply to the
user's own thread; ``mail_candidates`` and ``candidate_messages`` hold one-way addresses
with their messages until they become people; ``mail_progress`` lets a killed import resume
and a second import skip what it read; ``interactions.returns_on`` keeps the date an
out-of-office gives, so the next follow-up waits past it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _owner(table: str) -> list[Any]:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f(f"fk_{table}_owner_id_owners"), ondelete="CASCADE"
        ),
    ]


def _source(table: str) -> list[Any]:
    return [
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f(f"fk_{table}_source_id_sources"), ondelete="SET NULL"
        ),
    ]


def upgrade() -> None:
    op.add_column("interactions", sa.Column("returns_on", sa.Date(), nullable=True))
    op.create_table(
        "mail_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("mail_messages"),
        sa.Column("message_key", sa.String(length=1000), nullable=False),
        sa.Column("thread_id", sa.String(length=1000), nullable=False),
        sa.Column("from_me", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("topic", sa.String(length=200), server_default="", nullable=False),
        sa.Column("reply", sa.Boolean(), server_default="0", nullable=False),
        *_source("mail_messages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint("owner_id", "message_key", name=op.f("uq_mail_messages_owner_id_message_key")),
    )
    op.create_index(op.f("ix_mail_messages_owner_id_thread_id"), "mail_messages", ["owner_id", "thread_id"])
    op.create_table(
        "mail_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("mail_candidates"),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("display_name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("inbound", sa.Integer(), server_default="0", nullable=False),
        sa.Column("outbound", sa.Integer(), server_default="0", nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=True),
        sa.Column("last_at", sa.DateTime(), nullable=True),
        sa.Column("dismissed", sa.Boolean(), server_default="0", nullable=False),
        *_source("mail_candidates"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_candidates")),
        sa.UniqueConstraint("owner_id", "address", name=op.f("uq_mail_candidates_owner_id_address")),
    )
    op.create_table(
        "candidate_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("candidate_messages"),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="personal", nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("external_id", sa.String(length=1000), nullable=False),
        sa.Column("thread_id", sa.String(length=1000), nullable=True),
        sa.Column("returns_on", sa.Date(), nullable=True),
        *_source("candidate_messages"),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["mail_candidates.id"],
            name=op.f("fk_candidate_messages_candidate_id_mail_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_messages")),
        sa.UniqueConstraint("owner_id", "external_id", name=op.f("uq_candidate_messages_owner_id_external_id")),
    )
    op.create_index(op.f("ix_candidate_messages_candidate_id"), "candidate_messages", ["candidate_id"])
    op.create_table(
        "mail_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("mail_progress"),
        sa.Column("locator", sa.String(length=1000), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.Column("position", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("messages", sa.Integer(), server_default="0", nullable=False),
        sa.Column("finished", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_progress")),
        sa.UniqueConstraint("owner_id", "locator", name=op.f("uq_mail_progress_owner_id_locator")),
    )


def downgrade() -> None:
    op.drop_table("mail_progress")
    op.drop_index(op.f("ix_candidate_messages_candidate_id"), table_name="candidate_messages")
    op.drop_table("candidate_messages")
    op.drop_table("mail_candidates")
    op.drop_index(op.f("ix_mail_messages_owner_id_thread_id"), table_name="mail_messages")
    op.drop_table("mail_messages")
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("returns_on")
