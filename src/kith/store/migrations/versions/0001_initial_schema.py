"""The initial schema: every table PRODUCT.md records, each row owned by a user account.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "kith_meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_kith_meta")),
    )
    op.create_table(
        "owners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("default_region", sa.String(length=2), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owners")),
        sa.UniqueConstraint("name", name=op.f("uq_owners_name")),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("why_now", sa.Text(), server_default="", nullable=False),
        sa.Column("agenda", sa.Text(), server_default="", nullable=False),
        sa.Column("offer", sa.Text(), server_default="", nullable=False),
        sa.Column("gap_context", sa.Text(), server_default="", nullable=False),
        sa.Column("relevance", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_goals_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_table(
        "my_identities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_my_identities_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_my_identities")),
        sa.UniqueConstraint(
            "owner_id",
            "kind",
            "value",
            name=op.f("uq_my_identities_owner_id_kind_value"),
        ),
    )
    op.create_table(
        "settings",
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_settings_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("owner_id", "key", name=op.f("uq_settings_owner_id_key")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("locator", sa.String(length=1000), nullable=False),
        sa.Column("fingerprint", sa.String(length=128), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_sources_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sources_owner_id_kind_locator"),
            ["owner_id", "kind", "locator"],
            unique=False,
        )

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_tags_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("owner_id", "name", name=op.f("uq_tags_owner_id_name")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("per_day", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("tie_classes", sa.JSON(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("language", sa.String(length=20), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_campaigns_goal_id_goals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_campaigns_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("given_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("family_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("company", sa.String(length=300), server_default="", nullable=False),
        sa.Column("title", sa.String(length=300), server_default="", nullable=False),
        sa.Column("city", sa.String(length=200), server_default="", nullable=False),
        sa.Column("country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("how_we_met", sa.Text(), server_default="", nullable=False),
        sa.Column("postal_address", sa.Text(), server_default="", nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("keep_in_touch_days", sa.Integer(), nullable=True),
        sa.Column("do_not_contact_since", sa.DateTime(), nullable=True),
        sa.Column("do_not_contact_reason", sa.Text(), nullable=True),
        sa.Column("intended_kind", sa.String(length=20), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_people_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_people_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_people_owner_id_company"),
            ["owner_id", "company"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_people_owner_id_country_city"),
            ["owner_id", "country", "city"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_people_owner_id_name_key"),
            ["owner_id", "name_key"],
            unique=False,
        )

    op.create_table(
        "favors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("settled_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_favors_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_favors_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_favors")),
    )
    with op.batch_alter_table("favors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_favors_person_id"), ["person_id"], unique=False)

    op.create_table(
        "identities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=100), server_default="", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="ok", nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_identities_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_identities_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_identities_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
        sa.UniqueConstraint("owner_id", "kind", "value", name=op.f("uq_identities_owner_id_kind_value")),
    )
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identities_person_id"), ["person_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="personal", nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("external_id", sa.String(length=1000), nullable=True),
        sa.Column("thread_id", sa.String(length=1000), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_interactions_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_interactions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_interactions_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("owner_id", "external_id", name=op.f("uq_interactions_owner_id_external_id")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interactions_owner_id_person_id_occurred_at"),
            ["owner_id", "person_id", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_interactions_owner_id_thread_id"),
            ["owner_id", "thread_id"],
            unique=False,
        )

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_notes_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_notes_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_notes_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_fields",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_record", sa.String(length=500), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("by_hand", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_person_fields_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_fields_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_person_fields_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("person_id", "field", name=op.f("uq_person_fields_person_id_field")),
    )
    op.create_table(
        "person_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_person_overrides_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_person_overrides_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_overrides_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_overrides")),
    )
    with op.batch_alter_table("person_overrides", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_overrides_owner_id_person_id"),
            ["owner_id", "person_id"],
            unique=False,
        )

    op.create_table(
        "person_tags",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_tags_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_person_tags_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("person_id", "tag_id", name=op.f("uq_person_tags_person_id_tag_id")),
    )
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "outreach_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), server_default="0", nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("slot", sa.String(length=20), server_default="", nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="planned", nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("message_id", sa.String(length=1000), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_outreach_steps_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_outreach_steps_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owners.id"],
            name=op.f("fk_outreach_steps_owner_id_owners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_outreach_steps_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_steps")),
    )
    with op.batch_alter_table("outreach_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outreach_steps_owner_id_message_id"),
            ["owner_id", "message_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_outreach_steps_owner_id_planned_on_status"),
            ["owner_id", "planned_on", "status"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_outreach_steps_person_id"), ["person_id"], unique=False)

    # The marker that tells a kith database from any other SQLite file or PostgreSQL schema.
    op.bulk_insert(
        sa.table("kith_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": "application", "value": "kith"}],
    )


def downgrade() -> None:

    with op.batch_alter_table("outreach_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_steps_person_id"))
        batch_op.drop_index(batch_op.f("ix_outreach_steps_owner_id_planned_on_status"))
        batch_op.drop_index(batch_op.f("ix_outreach_steps_owner_id_message_id"))

    op.drop_table("outreach_steps")
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tags_tag_id"))

    op.drop_table("person_tags")
    with op.batch_alter_table("person_overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_overrides_owner_id_person_id"))

    op.drop_table("person_overrides")
    op.drop_table("person_fields")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_person_id"))

    op.drop_table("notes")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactions_owner_id_thread_id"))
        batch_op.drop_index(batch_op.f("ix_interactions_owner_id_person_id_occurred_at"))

    op.drop_table("interactions")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identities_person_id"))

    op.drop_table("identities")
    with op.batch_alter_table("favors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_favors_person_id"))

    op.drop_table("favors")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_owner_id_name_key"))
        batch_op.drop_index(batch_op.f("ix_people_owner_id_country_city"))
        batch_op.drop_index(batch_op.f("ix_people_owner_id_company"))

    op.drop_table("people")
    op.drop_table("campaigns")
    op.drop_table("tags")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_owner_id_kind_locator"))

    op.drop_table("sources")
    op.drop_table("settings")
    op.drop_table("my_identities")
    op.drop_table("goals")
    op.drop_table("owners")
    op.drop_table("kith_meta")
