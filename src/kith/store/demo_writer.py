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

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.errors import DatabaseError
from kith.core.model import Favor, Interaction, Note, Person
from kith.store.bulk_rows import BatchRows, PreparedBatch, PreparedRows, RowShape
from kith.store.records import Row, person_row
from kith.store.schema import identities, interactions, metadata, people, person_tags, tags

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


class _DriverInsert:
    """An INSERT prepared once and run by the driver itself, without SQLAlchemy's per-row work.

    SQLAlchemy's per-row parameter handling costs more than the database's own insert (on
    SQLite 15 µs against 3 µs a row; on PostgreSQL one statement per row), so bulk rows go
    straight to the driver: SQLite's ``executemany``, PostgreSQL's ``COPY FROM STDIN``, with
    the values converted by ``bulk_rows.RowShape``. Rows must all have the same keys.
    """

    def __init__(self, conn: Connection, table: sa.Table, names: tuple[str, ...]) -> None:
        self.shape = RowShape(conn.dialect, table, names)

    def run(self, conn: Connection, rows: list[Row]) -> None:
        self.run_tuples(conn, self.shape.tuples(rows))

    def run_tuples(self, conn: Connection, tuples: list[tuple[Any, ...]]) -> None:
        """Rows as tuples in ``shape.order`` (``RowShape.tuples``), converted here."""
        rows = self.shape.converted(tuples)
        if not self.shape.copy:
            conn.exec_driver_sql(self.shape.sql, rows)
            return
        driver = conn.connection.driver_connection
        dbapi = conn.dialect.loaded_dbapi
        try:
            with driver.cursor() as cursor, cursor.copy(self.shape.sql) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)
        except dbapi.Error as exc:  # the driver's own error: SQLAlchemy never saw this statement
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseError(f"the database refused a change: {first}") from exc


# Which counter of ``Written`` each table's rows add to.
_COUNTED = {
    "people": "people",
    "identities": "identities",
    "interactions": "interactions",
    "favors": "favours",
    "notes": "notes",
}


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
        self.rows = BatchRows(conn.dialect, owner_id, now, source_id)
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
        ids = reserve_people_ids(self.conn, len(batch))
        people_written = ids is None
        if ids is None:  # another database: it gives the ids as the people go in
            rows = [
                person_row(person, self.owner_id, self.now, self.source_id, f"person {first_position + index}")
                for index, person in enumerate(batch)
            ]
            inserted = self.conn.execute(people.insert().returning(people.c.id, sort_by_parameter_order=True), rows)
            ids = [int(i) for i in inserted.scalars()]
            self.written.people += len(ids)
        prepared = self.rows.prepare(
            batch, ids, interactions_of_batch, favours_of_batch, notes_of_batch, first_position=first_position
        )
        self.write_prepared(prepared, people_written=people_written)
        return ids

    def write_prepared(self, prepared: PreparedBatch, *, people_written: bool = False) -> None:
        """Write a batch that ``BatchRows.prepare`` made (here or in another process) for
        this database's dialect, with ids from ``reserve_people_ids``.

        ``people_written``: the people rows are already in; only their facts and tags remain.
        """
        for part in prepared.tables:
            rows = part.rows
            if part.table == people.name:
                if people_written:
                    continue
            elif part.table == identities.name and self.skip_taken_identities:
                rows = self._untaken(part)
            self._insert(part.table, part.order, rows)
            counted = _COUNTED[part.table]
            setattr(self.written, counted, getattr(self.written, counted) + len(rows))
        tag_rows = [
            {"person_id": person_id, "tag_id": tag_id}
            for person_id, names in zip(prepared.ids, prepared.tags, strict=True)
            for tag_id in self._tags(names)
        ]
        for part in self.rows.rows(person_tags, tag_rows):
            self._insert(part.table, part.order, part.rows)
        self.written.tags += len(tag_rows)

    def _insert(self, table_name: str, order: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        table = metadata.tables[table_name]
        if not self.rows.driver:
            self.conn.execute(table.insert(), [dict(zip(order, row, strict=True)) for row in rows])
            return
        statement = self._statements.get((table_name, order))
        if statement is None:
            statement = self._statements[(table_name, order)] = _DriverInsert(self.conn, table, order)
            if statement.shape.order != order:  # rows prepared for another dialect
                raise TypeError(f"rows of {table_name} in the order {order}, the driver wants {statement.shape.order}")
        statement.run_tuples(self.conn, rows)

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

    def _untaken(self, part: PreparedRows) -> list[tuple[Any, ...]]:
        """The identity rows of ``part`` without the identities already stored for the owner."""
        kind_at, value_at = part.order.index("kind"), part.order.index("value")
        taken: set[tuple[str, str]] = set()
        values = sorted({row[value_at] for row in part.rows})
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
        return [row for row in part.rows if (row[kind_at], row[value_at]) not in taken]
