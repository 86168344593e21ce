"""Writing many people and their histories at once: the demo network, and any bulk load.

The caller opens one transaction (``Database.transaction()``) and hands batches of a few
thousand people to a ``PeopleWriter``, so a load is all or nothing while each statement
stays one fast driver call (``executemany`` on SQLite, ``COPY`` on PostgreSQL). People
ids are known before their rows go in: on PostgreSQL drawn from the table's sequence, on
SQLite the ones after the highest, which the transaction's write lock keeps free; other
databases learn them with ``INSERT ... RETURNING`` in the order the rows were given.

Facts arrive before their person has an id: an interaction, favour or note names its
person by position (``first_position`` + the index in the batch), and the writer puts the
stored id in its place.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

from kith.core.errors import DatabaseError
from kith.core.model import Favor, Interaction, Note, Person
from kith.store.records import Row, favor_row, identity_row, interaction_row, note_row, person_row
from kith.store.schema import (
    UTCDateTime,
    favors,
    identities,
    interactions,
    notes,
    people,
    person_tags,
    sqlite_utc_text,
    tags,
)

# Values per IN (...) list when looking for identities already taken; SQLite allows 32,766.
_LOOKUP_CHUNK = 2000


@contextmanager
def interaction_indexes_built_after(conn: Connection) -> Iterator[None]:
    """Load the interactions with their secondary indexes dropped, then build them once, sorted.

    Building an index over a million rows at the end is several times cheaper than keeping
    it up to date row by row. Only when the table is empty for every owner (a team server's
    other users keep their indexes), and inside the caller's transaction, so a failure
    rolls the indexes back with the rows.
    """
    empty = conn.execute(sa.select(sa.literal(1)).select_from(interactions).limit(1)).first() is None
    deferred = (
        sorted((index for index in interactions.indexes if not index.unique), key=lambda i: str(i.name))
        if empty
        else []
    )
    for index in deferred:
        index.drop(conn)
    yield
    for index in deferred:
        index.create(conn)


def count_people(conn: Connection, owner_id: int) -> int:
    """How many people the owner's network holds."""
    found = conn.execute(sa.select(sa.func.count()).select_from(people).where(people.c.owner_id == owner_id))
    return int(found.scalar_one())


@dataclass
class Written:
    """How many rows of each kind a writer has written so far."""

    people: int = 0
    identities: int = 0
    interactions: int = 0
    favours: int = 0
    notes: int = 0
    tags: int = 0  # tags given to people (one person with two tags counts two)


_UNSEEN = object()


class _DriverInsert:
    """An INSERT prepared once and run by the driver itself, without SQLAlchemy's per-row work.

    SQLAlchemy's per-row parameter handling costs more than the database's own insert (on
    SQLite 15 µs against 3 µs a row; on PostgreSQL one statement per row), so bulk rows go
    straight to the driver: SQLite's ``executemany``, PostgreSQL's ``COPY FROM STDIN``. Each
    column's own SQLAlchemy bind processor still converts its values, so they are stored
    exactly as SQLAlchemy stores them. Rows must all have the same keys.
    """

    def __init__(self, conn: Connection, table: sa.Table, names: tuple[str, ...]) -> None:
        dialect = conn.dialect
        self.copy = dialect.name == "postgresql"
        if self.copy:
            quote = dialect.identifier_preparer.quote
            order = names
            columns = ", ".join(quote(name) for name in order)
            self.sql = f"COPY {dialect.identifier_preparer.format_table(table)} ({columns}) FROM STDIN"
        else:
            compiled = table.insert().compile(dialect=dialect, column_keys=list(names))
            if not compiled.positional or compiled.positiontup is None:
                raise TypeError(f"{dialect.name} has no positional parameters; use Connection.execute")
            order = tuple(compiled.positiontup)
            self.sql = compiled.string
        # itemgetter of one key returns the bare value; drivers want a tuple per row.
        self.values = operator.itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
        self.processors = [
            (index, processor)
            for index, name in enumerate(order)
            if (processor := self._processor(table.c[name].type, dialect)) is not None
        ]

    def _processor(self, column_type: sa.types.TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        if self.copy and isinstance(column_type, sa.JSON):
            # psycopg's executemany wraps JSON values itself; COPY takes the JSON text.
            return json.dumps
        if isinstance(column_type, UTCDateTime) and not self.copy:
            return sqlite_utc_text
        processor: Callable[[Any], Any] | None = column_type.bind_processor(dialect)
        return processor

    def _converted(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        values, processors = self.values, self.processors
        if not processors:
            return [values(row) for row in rows]
        converted_rows: list[tuple[Any, ...]] = []
        # A batch repeats one value in a column (every row's ``created_at`` is the import's
        # "now"): a datetime converted once serves every row that holds the same object.
        last: list[tuple[Any, Any]] = [(_UNSEEN, None)] * len(processors)
        for row in rows:
            converted = list(values(row))
            for slot, (index, processor) in enumerate(processors):
                value = converted[index]
                seen, done = last[slot]
                if value is not seen or not isinstance(value, datetime):
                    done = processor(value)
                    last[slot] = (value, done)
                converted[index] = done
            converted_rows.append(tuple(converted))
        return converted_rows

    def run(self, conn: Connection, rows: list[Row]) -> None:
        if not self.copy:
            conn.exec_driver_sql(self.sql, self._converted(rows))
            return
        driver = conn.connection.driver_connection
        dbapi = conn.dialect.loaded_dbapi
        try:
            with driver.cursor() as cursor, cursor.copy(self.sql) as copy:  # type: ignore[union-attr]
                for row in self._converted(rows):
                    copy.write_row(row)
        except dbapi.Error as exc:  # the driver's own error: SQLAlchemy never saw this statement
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseError(f"the database refused a change: {first}") from exc


def reserve_people_ids(conn: Connection, count: int) -> list[int] | None:
    """Ids for ``count`` new people, known before their rows go in (``None``: use RETURNING).

    Call it inside a transaction that has already written (so that on SQLite it holds the
    write lock).
    """
    dialect = conn.dialect.name
    if dialect == "sqlite":
        # SQLite promises no order for a many-row RETURNING, so SQLAlchemy would send one
        # INSERT per person. This transaction already holds SQLite's only write lock, so
        # the ids after the highest one are free for it to give.
        last = conn.execute(sa.select(sa.func.max(people.c.id))).scalar()
        first = int(last or 0) + 1
        return list(range(first, first + count))
    if dialect == "postgresql":
        # Ids drawn from the table's own sequence are ours alone, whoever else writes.
        drawn = conn.execute(
            sa.text("SELECT nextval(pg_get_serial_sequence('people', 'id')) FROM generate_series(1, :count)"),
            {"count": count},
        )
        return [int(i) for i in drawn.scalars()]
    return None


def bulk_insert(conn: Connection, table: sa.Table, rows: Sequence[Row]) -> None:
    """Rows that all have the same keys, by the driver itself (see ``_DriverInsert``)."""
    if not rows:
        return
    if conn.dialect.name not in ("sqlite", "postgresql"):
        conn.execute(table.insert(), list(rows))
        return
    _DriverInsert(conn, table, tuple(rows[0])).run(conn, list(rows))


class PeopleWriter:
    """Writes batches of people with their identities, tags, interactions, favours and notes.

    ``skip_taken_identities``: when the network already has people, an identity another
    person holds (the same email, phone or LinkedIn profile) is left out instead of
    breaking the load; a fresh network needs no such check.
    """

    def __init__(
        self,
        conn: Connection,
        owner_id: int,
        now: datetime,
        source_id: int | None,
        *,
        skip_taken_identities: bool = False,
    ) -> None:
        self.conn = conn
        self.owner_id = owner_id
        self.now = now
        self.source_id = source_id
        self.skip_taken_identities = skip_taken_identities
        self.written = Written()
        self._tag_ids: dict[str, int] = {}
        self._statements: dict[tuple[str, tuple[str, ...]], _DriverInsert] = {}

    def write(
        self,
        batch: Sequence[Person],
        interactions_of_batch: Iterable[Interaction] = (),
        favours_of_batch: Iterable[Favor] = (),
        notes_of_batch: Iterable[Note] = (),
        *,
        first_position: int = 0,
    ) -> list[int]:
        """Write ``batch`` and the facts about it; returns the new people's ids in order.

        Each fact's ``person_id`` is a position: ``first_position`` for ``batch[0]``, and so on.
        """
        if not batch:
            return []
        owner_id, now, source_id = self.owner_id, self.now, self.source_id
        rows = [
            person_row(person, owner_id, now, source_id, f"person {first_position + index}")
            for index, person in enumerate(batch)
        ]
        ids = self._insert_people(rows)
        self.written.people += len(ids)

        identity_rows = [
            identity_row(identity, owner_id, person_id, now, source_id)
            for person, person_id in zip(batch, ids, strict=True)
            for identity in person.identities
        ]
        if self.skip_taken_identities:
            identity_rows = self._untaken(identity_rows)
        self._insert(identities, identity_rows)
        self.written.identities += len(identity_rows)

        tag_rows = [
            {"person_id": person_id, "tag_id": tag_id}
            for person, person_id in zip(batch, ids, strict=True)
            for tag_id in self._tags(dict.fromkeys(person.tags))
        ]
        self._insert(person_tags, tag_rows)
        self.written.tags += len(tag_rows)

        interaction_rows = []
        for interaction in interactions_of_batch:
            row = interaction_row(interaction, owner_id)
            row["person_id"] = ids[interaction.person_id - first_position]
            row["source_id"] = source_id
            interaction_rows.append(row)
        self._insert(interactions, interaction_rows)
        self.written.interactions += len(interaction_rows)

        favour_rows = []
        for favour in favours_of_batch:
            row = favor_row(favour, owner_id, now)
            row["person_id"] = ids[favour.person_id - first_position]
            favour_rows.append(row)
        self._insert(favors, favour_rows)
        self.written.favours += len(favour_rows)

        note_rows = []
        for note in notes_of_batch:
            row = note_row(note, owner_id)
            row["person_id"] = ids[note.person_id - first_position]
            row["source_id"] = source_id
            note_rows.append(row)
        self._insert(notes, note_rows)
        self.written.notes += len(note_rows)
        return ids

    def _insert_people(self, rows: list[Row]) -> list[int]:
        """Insert people rows; their ids, in order. The ids are known before the rows go in."""
        ids = reserve_people_ids(self.conn, len(rows))
        if ids is None:
            inserted = self.conn.execute(people.insert().returning(people.c.id, sort_by_parameter_order=True), rows)
            return [int(i) for i in inserted.scalars()]
        for row, person_id in zip(rows, ids, strict=True):
            row["id"] = person_id
        self._insert(people, rows)
        return ids

    def _insert(self, table: sa.Table, rows: list[Row]) -> None:
        if not rows:
            return
        names = tuple(rows[0])
        if any(len(row) != len(names) for row in rows):
            # Rows of different shapes (some with ids, some without): one statement per shape.
            shapes: dict[tuple[str, ...], list[Row]] = {}
            for row in rows:
                shapes.setdefault(tuple(row), []).append(row)
            for same in shapes.values():
                self._insert(table, same)
            return
        if self.conn.dialect.name not in ("sqlite", "postgresql"):
            self.conn.execute(table.insert(), rows)
            return
        statement = self._statements.get((table.name, names))
        if statement is None:
            statement = self._statements[(table.name, names)] = _DriverInsert(self.conn, table, names)
        statement.run(self.conn, rows)

    def _tags(self, names: Iterable[str]) -> list[int]:
        """The ids of the owner's tags called ``names``, creating the missing ones."""
        found: list[int] = []
        for name in names:
            tag_id = self._tag_ids.get(name)
            if tag_id is None:
                tag_id = self.conn.execute(
                    sa.select(tags.c.id).where(tags.c.owner_id == self.owner_id, tags.c.name == name)
                ).scalar()
                if tag_id is None:
                    tag_id = self.conn.execute(
                        tags.insert().values(owner_id=self.owner_id, name=name).returning(tags.c.id)
                    ).scalar_one()
                self._tag_ids[name] = int(tag_id)
            found.append(self._tag_ids[name])
        return found

    def _untaken(self, rows: list[Row]) -> list[Row]:
        """``rows`` without the identities already stored for the owner."""
        taken: set[tuple[str, str]] = set()
        values = sorted({row["value"] for row in rows})
        for start in range(0, len(values), _LOOKUP_CHUNK):
            chunk = values[start : start + _LOOKUP_CHUNK]
            taken.update(
                (str(kind), str(value))
                for kind, value in self.conn.execute(
                    sa.select(identities.c.kind, identities.c.value).where(
                        identities.c.owner_id == self.owner_id, identities.c.value.in_(chunk)
                    )
                )
            )
        return [row for row in rows if (row["kind"], row["value"]) not in taken]
