"""When the user first knew each person, and what changed on a person between imports.

``people.known_since`` lets the engine tell a contact known for years with no recorded
history (a weak tie) from one just added (a new tie). ``person_changes`` keeps a changed
company, title or city found by a later import, which the plan offers as an occasion to
get in touch.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("people", sa.Column("known_since", sa.Date(), nullable=True))
    op.create_table(
        "person_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_person_changes_owner_id_owners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_changes_person_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_person_changes_source_id_sources"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_changes")),
    )
    op.create_index(
        op.f("ix_person_changes_owner_id_changed_at"), "person_changes", ["owner_id", "changed_at"], unique=False
    )
    op.create_index(op.f("ix_person_changes_person_id"), "person_changes", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_person_changes_person_id"), table_name="person_changes")
    op.drop_index(op.f("ix_person_changes_owner_id_changed_at"), table_name="person_changes")
    op.drop_table("person_changes")
    op.drop_column("people", "known_since")
