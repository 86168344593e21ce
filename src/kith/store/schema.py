"""The tables: one schema for SQLite and PostgreSQL.

Every row belongs to an owner (a user account) so that a team server is a deployment,
not a rewrite. Facts are stored; what the core derives from them (ties, stages, ranks,
plans) is not. Provenance: a person remembers the source and record it came from; a row
in ``person_fields`` records a field whose source differs from the person's (a later
import, or an edit by hand, which an import never overwrites).

Changing a table here needs a new Alembic revision in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC, read back as aware UTC, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("kith stores only timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text from an aggregate such as max()
            value = datetime.fromisoformat(value)
        result: datetime = value.replace(tzinfo=UTC)
        return result


def sqlite_utc_text(value: datetime | None) -> str | None:
    """A time as ``UTCDateTime`` stores it on SQLite (naive UTC text, six digits of
    microseconds), made in one step for the writers that hand rows to the driver themselves
    (the demo network, the mail import)."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError("kith stores only timezone-aware datetimes")
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def _owner() -> Column[int]:
    return Column("owner_id", Integer, ForeignKey("owners.id", ondelete="CASCADE"), nullable=False)


def _person() -> Column[int]:
    return Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False)


def _source() -> list[Column[Any]]:
    return [
        Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
        Column("source_record", String(500)),  # line, offset, UID, card number... within the source
    ]


kith_meta = Table(
    "kith_meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

owners = Table(
    "owners",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("default_region", String(2), nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=False),
)

settings = Table(
    "settings",
    metadata,
    _owner(),
    Column("key", String(100), nullable=False),
    Column("value", JSON, nullable=False),
    UniqueConstraint("owner_id", "key"),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("kind", String(40), nullable=False),  # manual, demo, linkedin, vcard, csv, mbox, imap, ics...
    Column("locator", String(1000), nullable=False),  # a path, a mailbox URL, "seed 7"
    Column("fingerprint", String(128)),  # size and hash of a file, UIDVALIDITY of a folder...
    Column("imported_at", UTCDateTime, nullable=False),
    Index(None, "owner_id", "kind", "locator"),
)

my_identities = Table(
    "my_identities",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("kind", String(20), nullable=False),
    Column("value", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("owner_id", "kind", "value"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("display_name", String(300), nullable=False),
    Column("name_key", String(300), nullable=False),
    Column("given_name", String(200), nullable=False, server_default=""),
    Column("family_name", String(200), nullable=False, server_default=""),
    Column("company", String(300), nullable=False, server_default=""),
    Column("title", String(300), nullable=False, server_default=""),
    Column("city", String(200), nullable=False, server_default=""),
    Column("country", String(2), nullable=False, server_default=""),
    Column("languages", JSON, nullable=False),
    Column("interests", JSON, nullable=False),
    Column("how_we_met", Text, nullable=False, server_default=""),
    Column("postal_address", Text, nullable=False, server_default=""),
    Column("birth_year", Integer),
    Column("birth_month", Integer),
    Column("birth_day", Integer),
    Column("keep_in_touch_days", Integer),
    Column("known_since", Date),  # the first day the user is known to have known them
    Column("do_not_contact_since", UTCDateTime),
    Column("do_not_contact_reason", Text),
    Column("intended_kind", String(20)),  # the demo generator's intent, never the engine's output
    *_source(),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "owner_id", "name_key"),
    Index(None, "owner_id", "company"),
    Index(None, "owner_id", "country", "city"),
)

person_fields = Table(
    "person_fields",
    metadata,
    _person(),
    _owner(),
    Column("field", String(40), nullable=False),
    *_source(),
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("by_hand", Boolean, nullable=False, server_default="0"),
    UniqueConstraint("person_id", "field"),
)

# What changed on a person between two imports of the same contact (a new company, title
# or city): the engine offers it as an occasion to get in touch ("congratulations on the
# new role").
person_changes = Table(
    "person_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("field", String(40), nullable=False),
    Column("old_value", Text, nullable=False),
    Column("new_value", Text, nullable=False),
    Column("changed_at", UTCDateTime, nullable=False),
    *_source(),
    Index(None, "owner_id", "changed_at"),
    Index(None, "person_id"),
)

identities = Table(
    "identities",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("kind", String(20), nullable=False),
    Column("value", String(320), nullable=False),
    Column("label", String(100), nullable=False, server_default=""),
    Column("status", String(20), nullable=False, server_default="ok"),
    *_source(),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("owner_id", "kind", "value"),
    # Every column a listing reads of a person's identities, so that its lookups stay in the
    # index (revision 0007; it replaced the index on person_id alone).
    Index("ix_identities_listing", "person_id", "id", "kind", "value", "label", "status"),
)

interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("occurred_at", UTCDateTime, nullable=False),
    Column("utc_offset_minutes", Integer),
    Column("channel", String(20), nullable=False),
    Column("direction", String(20), nullable=False),
    Column("kind", String(20), nullable=False, server_default="personal"),
    Column("summary", Text, nullable=False, server_default=""),
    # Unique per owner; when one record concerns several people (a mail to three), the
    # source appends the counterpart's identity, which a merge of people does not change.
    Column("external_id", String(1000)),
    Column("thread_id", String(1000)),
    Column("returns_on", Date),  # an auto-reply's "back on" date: the next follow-up waits past it
    *_source(),
    UniqueConstraint("owner_id", "external_id"),
    Index(None, "owner_id", "person_id", "occurred_at"),
    Index(None, "owner_id", "thread_id"),
    # Covers the per-person, per-channel, per-direction aggregates of tie classification
    # (kith.store.ties): the database reads this index in order and never the rows.
    Index("ix_interactions_tie_features", "owner_id", "person_id", "channel", "direction", "occurred_at", "kind"),
)

favors = Table(
    "favors",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("kind", String(20), nullable=False),
    Column("description", Text, nullable=False),
    Column("occurred_on", Date),
    Column("settled_on", Date),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "person_id"),
)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("name", String(100), nullable=False),
    UniqueConstraint("owner_id", "name"),
)

person_tags = Table(
    "person_tags",
    metadata,
    _person(),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
    UniqueConstraint("person_id", "tag_id"),
    Index(None, "tag_id"),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("body", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    *_source(),
    Index(None, "person_id"),
)

goals = Table(
    "goals",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("title", String(300), nullable=False),
    Column("why_now", Text, nullable=False, server_default=""),
    Column("agenda", Text, nullable=False, server_default=""),
    Column("offer", Text, nullable=False, server_default=""),
    Column("gap_context", Text, nullable=False, server_default=""),
    Column("relevance", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("archived_at", UTCDateTime),
)

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("goal_id", Integer, ForeignKey("goals.id", ondelete="SET NULL")),
    Column("name", String(300), nullable=False),
    Column("per_day", Integer, nullable=False),
    Column("working_days", JSON, nullable=False),
    Column("start_on", Date),
    Column("holidays", JSON, nullable=False),
    Column("cap", Integer),
    Column("tie_classes", JSON, nullable=False),
    Column("channel", String(20)),
    Column("language", String(20), nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", UTCDateTime, nullable=False),
)

person_overrides = Table(
    "person_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("campaign_id", Integer, ForeignKey("campaigns.id", ondelete="CASCADE")),  # NULL: every campaign
    Column("action", String(20), nullable=False),
    Column("until_on", Date),  # a skip or snooze ends on this day
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "owner_id", "person_id"),
)

outreach_steps = Table(
    "outreach_steps",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("campaign_id", Integer, ForeignKey("campaigns.id", ondelete="SET NULL")),
    Column("kind", String(20), nullable=False),
    Column("sequence", Integer, nullable=False, server_default="0"),
    Column("planned_on", Date, nullable=False),
    Column("slot", String(20), nullable=False, server_default=""),
    Column("channel", String(20)),
    Column("status", String(20), nullable=False, server_default="planned"),
    Column("done_at", UTCDateTime),
    Column("message_id", String(1000)),  # the Message-ID of the sent or saved draft, for threading
    Column("interaction_id", Integer, ForeignKey("interactions.id", ondelete="SET NULL")),
    Column("note", Text, nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "owner_id", "planned_on", "status"),
    Index(None, "person_id"),
    Index(None, "owner_id", "message_id"),
)


# Mail (revision 0005) ------------------------------------------------------------------------
# Every message kith has read that may matter to a conversation (personal mail, the user's own,
# auto-replies, bounces), by its key (the Message-ID, or a digest when it has none): it threads
# mail across files, folders and syncs, and says whether the user started a thread.
mail_messages = Table(
    "mail_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("message_key", String(1000), nullable=False),
    Column("thread_id", String(1000), nullable=False),
    Column("from_me", Boolean, nullable=False),
    Column("kind", String(20), nullable=False),  # personal, auto_reply, bounce
    Column("occurred_at", UTCDateTime),
    # The subject without "Re:", for threading answers that lack In-Reply-To across files;
    # not indexed: that lookup is rare, and an index would cost every message of every import.
    Column("topic", String(200), nullable=False, server_default=""),
    Column("reply", Boolean, nullable=False, server_default="0"),  # an answer in a thread the user started
    *_source(),
    UniqueConstraint("owner_id", "message_key"),
    Index(None, "owner_id", "thread_id"),
)

# Addresses found only in mail, one-way so far: not people yet. They keep their messages
# (``candidate_messages``) so that promoting one, by hand or by a later two-way exchange,
# loses nothing.
mail_candidates = Table(
    "mail_candidates",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("address", String(320), nullable=False),
    Column("display_name", String(300), nullable=False, server_default=""),
    Column("inbound", Integer, nullable=False, server_default="0"),
    Column("outbound", Integer, nullable=False, server_default="0"),
    Column("first_at", UTCDateTime),
    Column("last_at", UTCDateTime),
    Column("dismissed", Boolean, nullable=False, server_default="0"),
    *_source(),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("owner_id", "address"),
)

candidate_messages = Table(
    "candidate_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("candidate_id", Integer, ForeignKey("mail_candidates.id", ondelete="CASCADE"), nullable=False),
    Column("occurred_at", UTCDateTime, nullable=False),
    Column("utc_offset_minutes", Integer),
    Column("direction", String(20), nullable=False),
    Column("kind", String(20), nullable=False, server_default="personal"),
    Column("summary", Text, nullable=False, server_default=""),
    Column("external_id", String(1000), nullable=False),
    Column("thread_id", String(1000)),
    Column("returns_on", Date),
    *_source(),
    UniqueConstraint("owner_id", "external_id"),
    Index(None, "candidate_id"),
)

# How far each mailbox was read: a file (fingerprint of its first bytes, the byte offset
# reached) or an IMAP folder (its UIDVALIDITY, the highest UID read). A killed import
# resumes from here; a second import of the same file skips what was read.
mail_progress = Table(
    "mail_progress",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("locator", String(1000), nullable=False),  # a path, or imap://user@host:port/FOLDER
    Column("fingerprint", String(200), nullable=False),
    Column("position", BigInteger, nullable=False, server_default="0"),
    Column("messages", Integer, nullable=False, server_default="0"),
    Column("finished", Boolean, nullable=False, server_default="0"),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("owner_id", "locator"),
)


# Calendar reading state, per calendar source (a CalDAV calendar, or an .ics file): the
# server's sync token, and each resource's ETag (for a file: each event's digest, its href
# being its UID) and the event UID it holds, so that a second sync fetches only what changed,
# a second import parses only what changed, and a resource deleted on the server takes its
# meetings along.
calendar_syncs = Table(
    "calendar_syncs",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("sync_token", Text),
    Column("synced_at", UTCDateTime, nullable=False),
    UniqueConstraint("source_id"),
)

calendar_resources = Table(
    "calendar_resources",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("href", String(1000), nullable=False),
    Column("etag", String(300), nullable=False, server_default=""),
    Column("uid", String(1000)),  # None: the resource could not be read
    # Nothing more can come of it: its occurrences are all past and its rule has ended. An
    # unchanged settled event is not read again; a series still running is, at every sync.
    Column("settled", Boolean, nullable=False, server_default="0"),
    UniqueConstraint("source_id", "href"),
)


# Every contact record an import has taken in, by a key that stays the same across exports
# of one address book (a LinkedIn profile, a vCard UID, an email; else the file and line),
# with what it said: a re-import of an unchanged record is skipped, a changed one updates
# only what changed, and what a newer export no longer has is known (and kept).
contact_records = Table(
    "contact_records",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("record_key", String(1000), nullable=False),
    Column("digest", String(64), nullable=False),  # of ``fields``: unchanged records are skipped
    Column("fields", JSON, nullable=False),  # the values the record gave, as normalised
    *_source(),
    Column("imported_at", UTCDateTime, nullable=False),
    UniqueConstraint("owner_id", "record_key"),
    Index(None, "person_id"),
)

# A contact's photo (up to the importer's size limit), base64 so that a backup carries it.
person_photos = Table(
    "person_photos",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    _person(),
    Column("media_type", String(100), nullable=False, server_default=""),
    Column("data", Text, nullable=False),
    *_source(),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("person_id"),
)

# The merge journal: what each merge moved and changed, so that `kith unmerge` gives the
# merged person back exactly (their id, identities, fields, history, notes, tags, favours,
# overrides and outreach). An undone merge stays, with ``undone_at``: kith then never
# proposes or makes that merge again.
merges = Table(
    "merges",
    metadata,
    Column("id", Integer, primary_key=True),
    _owner(),
    Column("kept_person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("merged_person_id", Integer),  # the id the merged person had; NULL for a record merged on import
    Column("merged_name", String(300), nullable=False),
    Column("how", String(20), nullable=False),  # "import", "auto" (kith dupes --auto), "by_hand" (kith merge)
    Column("reasons", JSON, nullable=False),  # the matcher's reasons in words, score first
    Column("snapshot", JSON, nullable=False),  # what unmerge needs (kith.app.merging says what is in it)
    *_source(),
    Column("merged_at", UTCDateTime, nullable=False),
    Column("undone_at", UTCDateTime),
    Index(None, "owner_id", "kept_person_id"),
)
