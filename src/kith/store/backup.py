"""The store side of a backup: every table of one owner read as a stream, and written back in bulk.

The tables a backup holds, their fields and the references between them are derived from
``schema.py`` (``BACKUP_TABLES``), so a column added by a migration is backed up without
anyone remembering to list it; only the order of the tables (each after the tables it
refers to) and the derived columns (``people.name_key``, recomputed on restore) are written
down here. The file format itself (JSON, ISO dates, validation) belongs to ``kith.app.backup``.

Reads run in one snapshot (a read transaction on SQLite, REPEATABLE READ on PostgreSQL) and
stream with server-side cursors, so a backup is consistent and memory stays flat. Writes go
in batches inside one transaction; each batch has its own savepoint so that, when the
database refuses one, the row it refused can be found and named.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from kith.core.identity import name_key
from kith.store.database import Database
from kith.store.schema import UTCDateTime, metadata, owners, person_tags, tags

Row = dict[str, Any]

# Each table after the tables it refers to, so that a restore can check every reference
# against what it has already read.
TABLE_ORDER = (
    "sources",
    "my_identities",
    "settings",
    "people",
    "person_fields",
    "person_changes",
    "identities",
    "tags",
    "person_tags",
    "interactions",
    "favors",
    "notes",
    "goals",
    "campaigns",
    "person_overrides",
    "outreach_steps",
    "contact_records",
    "person_photos",
    "merges",
    "mail_messages",
    "mail_candidates",
    "candidate_messages",
    "mail_progress",
    "calendar_syncs",
    "calendar_resources",
)

# Columns that are computed from others: not in the backup, recomputed on restore.
DERIVED_COLUMNS = {"people": frozenset({"name_key"})}

# Tables that are not part of one owner's network.
NOT_BACKED_UP = frozenset({"kith_meta", "owners", "alembic_version"})


class ValueType(enum.StrEnum):
    """How a column's value is written in a backup."""

    INTEGER = "integer"
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class BackupField:
    """One column as a backup sees it."""

    name: str
    type: ValueType
    nullable: bool
    required: bool  # a record without it is refused; otherwise ``default`` fills it
    default: Any
    max_length: int | None
    references: str | None  # the table whose ``id`` this column holds


@dataclass(frozen=True, slots=True)
class BackupTable:
    """One table of an owner's network: its fields in column order and its sort key."""

    name: str
    fields: tuple[BackupField, ...]
    order_by: tuple[str, ...]

    @property
    def has_id(self) -> bool:
        return self.order_by == ("id",)

    def field(self, name: str) -> BackupField | None:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None


def _value_type(column: sa.Column[Any]) -> ValueType:
    kind = column.type
    if isinstance(kind, UTCDateTime | sa.DateTime):
        return ValueType.DATETIME
    if isinstance(kind, sa.Date):
        return ValueType.DATE
    if isinstance(kind, sa.JSON):
        return ValueType.JSON
    if isinstance(kind, sa.Boolean):
        return ValueType.BOOLEAN
    if isinstance(kind, sa.Integer):
        return ValueType.INTEGER
    if isinstance(kind, sa.String):  # Text is a String
        return ValueType.TEXT
    raise TypeError(f"the backup does not know how to write column {column} of type {kind}")


def _default(column: sa.Column[Any], kind: ValueType) -> Any:
    server_default = column.server_default
    if server_default is None:
        return None
    text = str(getattr(server_default, "arg", ""))
    if kind is ValueType.BOOLEAN:
        return text not in ("0", "false")
    if kind is ValueType.INTEGER:
        return int(text)
    return text


def _describe(table: sa.Table) -> BackupTable:
    derived = DERIVED_COLUMNS.get(table.name, frozenset())
    fields = []
    for column in table.columns:
        if column.name == "owner_id" or column.name in derived:
            continue
        kind = _value_type(column)
        referenced = [fk.column.table.name for fk in column.foreign_keys]
        fields.append(
            BackupField(
                name=column.name,
                type=kind,
                nullable=bool(column.nullable),
                required=not column.nullable and column.server_default is None,
                default=_default(column, kind),
                max_length=getattr(column.type, "length", None),
                references=referenced[0] if referenced else None,
            )
        )
    if "id" in table.columns:
        order_by: tuple[str, ...] = ("id",)
    else:  # link tables: their unique key is a stable order
        unique = next(c for c in table.constraints if isinstance(c, sa.UniqueConstraint))
        order_by = tuple(c.name for c in unique.columns if c.name != "owner_id")
    return BackupTable(name=table.name, fields=tuple(fields), order_by=order_by)


BACKUP_TABLES: tuple[BackupTable, ...] = tuple(_describe(metadata.tables[name]) for name in TABLE_ORDER)


def backup_table(name: str) -> BackupTable:
    for table in BACKUP_TABLES:
        if table.name == name:
            return table
    raise KeyError(name)


def _owned(table: sa.Table, owner_id: int) -> sa.Select[Any]:
    """All rows of ``table`` that belong to ``owner_id``."""
    if table is person_tags:  # the one table without an owner column: its tag says whose it is
        return sa.select(table).join(tags, tags.c.id == table.c.tag_id).where(tags.c.owner_id == owner_id)
    return sa.select(table).where(table.c.owner_id == owner_id)


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """A connection that sees the whole database as of one moment, while others may write."""
    with db.reading() as conn:  # translates the database's errors into DatabaseError
        if db.is_sqlite:
            # pysqlite begins a transaction only before a write; a read transaction pins
            # one WAL snapshot for every table the backup reads.
            conn.exec_driver_sql("BEGIN")
        else:
            conn.execution_options(isolation_level="REPEATABLE READ")
        yield conn


def count_rows(conn: Connection, owner_id: int) -> dict[str, int]:
    """How many rows of each backed-up table belong to the owner, in backup order."""
    counts: dict[str, int] = {}
    for table in BACKUP_TABLES:
        query = _owned(metadata.tables[table.name], owner_id).subquery()
        counts[table.name] = int(conn.execute(sa.select(sa.func.count()).select_from(query)).scalar_one())
    return counts


def stream_rows(conn: Connection, table: BackupTable, owner_id: int, batch_size: int = 2000) -> Iterator[Sequence[Any]]:
    """The owner's rows of ``table`` in a stable order, fetched ``batch_size`` at a time.

    Each row is a tuple of the backup's fields, in the order of ``table.fields`` (no owner,
    no derived columns): tuples, not dicts, because an export handles millions of them.
    """
    sql_table = metadata.tables[table.name]
    query = (
        _owned(sql_table, owner_id)
        .with_only_columns(*(sql_table.c[f.name] for f in table.fields))
        .order_by(*(sql_table.c[name] for name in table.order_by))
    )
    result = conn.execute(query.execution_options(yield_per=batch_size))
    for partition in result.partitions():
        yield from partition


def read_owner(conn: Connection, owner_id: int) -> Row:
    """The owner's account: name, default region and creation time."""
    row = conn.execute(
        sa.select(owners.c.name, owners.c.default_region, owners.c.created_at).where(owners.c.id == owner_id)
    ).one()
    return dict(row._mapping)


@contextmanager
def restoring(db: Database) -> Iterator[Connection]:
    """The one write transaction of a restore: everything or nothing is kept."""
    with db.transaction() as conn:
        if db.is_sqlite:
            # Take the write lock now: the emptiness check and the inserts then see one state,
            # and the batches' savepoints nest inside this transaction (pysqlite would
            # otherwise let the first SAVEPOINT start, and its RELEASE commit, the transaction).
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def set_default_region(conn: Connection, owner_id: int, region: str) -> None:
    conn.execute(owners.update().where(owners.c.id == owner_id).values(default_region=region))


@dataclass(frozen=True, slots=True)
class RefusedRow:
    """The row of a batch the database refused, and its reason in the database's words."""

    index: int
    reason: str


def insert_rows(conn: Connection, table: BackupTable, owner_id: int, rows: Sequence[Row]) -> RefusedRow | None:
    """Insert one batch of rows of ``table`` for ``owner_id``, keeping their ids.

    The rows gain their owner and derived columns in place. Returns ``None`` when all went
    in; otherwise nothing of the batch is kept and the first row the database refuses is
    returned, so that the caller can name it.
    """
    if not rows:
        return None
    sql_table = metadata.tables[table.name]
    prepared = _prepared(table.name, rows, owner_id)
    savepoint = conn.begin_nested()
    try:
        conn.execute(sql_table.insert(), prepared)
    except SQLAlchemyError as exc:
        savepoint.rollback()
        batch_reason = _first_line(exc)
    else:
        savepoint.commit()
        return None
    # Find the guilty row: one at a time, each seeing the rows before it, none of them kept.
    search = conn.begin_nested()
    try:
        for index, row in enumerate(prepared):
            single = conn.begin_nested()
            try:
                conn.execute(sql_table.insert(), [row])
            except SQLAlchemyError as exc:
                single.rollback()
                return RefusedRow(index, _first_line(exc))
            single.commit()
        return RefusedRow(0, batch_reason)
    finally:
        search.rollback()


def _prepared(table_name: str, rows: Sequence[Row], owner_id: int) -> Sequence[Row]:
    if table_name != "person_tags":  # the one table whose owner is its tag's
        for row in rows:
            row["owner_id"] = owner_id
    if table_name == "people":
        for row in rows:
            row["name_key"] = name_key(row["display_name"])
    return rows


def reset_id_sequences(conn: Connection) -> None:
    """After rows went in with their own ids, make PostgreSQL's next ids follow the largest one.

    SQLite needs nothing: a new row takes the largest id plus one.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in BACKUP_TABLES:
        if not table.has_id:
            continue
        conn.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            )
        )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
