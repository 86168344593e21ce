"""What contact imports remember: each record taken in, photos, and the merge journal.

``contact_records`` keeps every imported contact record by a key stable across exports, with
what it said, so that a re-import skips what did not change and knows what a newer export
dropped. ``person_photos`` keeps a contact's photo. ``merges`` journals every merge of two
people (or of a record into a person) so that ``kith unmerge`` can undo it completely.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "contact_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("record_key", sa.String(length=1000), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        _fk("contact_records", "owner_id", "owners"),
        _fk("contact_records", "person_id", "people"),
        _fk("contact_records", "source_id", "sources", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_records")),
        sa.UniqueConstraint("owner_id", "record_key", name=op.f("uq_contact_records_owner_id_record_key")),
    )
    op.create_index(op.f("ix_contact_records_person_id"), "contact_records", ["person_id"], unique=False)
    op.create_table(
        "person_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), server_default="", nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("person_photos", "owner_id", "owners"),
        _fk("person_photos", "person_id", "people"),
        _fk("person_photos", "source_id", "sources", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_photos")),
        sa.UniqueConstraint("person_id", name=op.f("uq_person_photos_person_id")),
    )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kept_person_id", sa.Integer(), nullable=False),
        sa.Column("merged_person_id", sa.Integer(), nullable=True),
        sa.Column("merged_name", sa.String(length=300), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        _fk("merges", "owner_id", "owners"),
        _fk("merges", "kept_person_id", "people"),
        _fk("merges", "source_id", "sources", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merges")),
    )
    op.create_index(op.f("ix_merges_owner_id_kept_person_id"), "merges", ["owner_id", "kept_person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_merges_owner_id_kept_person_id"), table_name="merges")
    op.drop_table("merges")
    op.drop_table("person_photos")
    op.drop_index(op.f("ix_contact_records_person_id"), table_name="contact_records")
    op.drop_table("contact_records")
