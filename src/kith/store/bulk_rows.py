"""Many people and their facts turned into rows of plain tuples, with no connection needed.

A bulk load spends about as long building and converting rows as the database spends
storing them. ``BatchRows`` builds them wherever it is given a dialect (for the order of
the columns): in the writing process, or in the process that draws the demo network
(``kith.app.demo_drawing``), which hands the tuples to ``PeopleWriter.write_prepared``. The
writer then converts every value with its column's own SQLAlchemy bind processor
(``RowShape.converted``), so it is stored exactly as SQLAlchemy stores it.
"""

from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from kith.core.model import Favor, Interaction, Note, Person
from kith.store.records import Row, favor_row, identity_row, interaction_row, note_row, person_row
from kith.store.schema import UTCDateTime, favors, identities, interactions, notes, people, sqlite_utc_text


class RowShape:
    """How rows with the keys ``names`` go to ``table`` through the driver itself.

    ``sql`` is SQLite's positional INSERT or PostgreSQL's ``COPY ... FROM STDIN``; ``order``
    is the order of the values each converted row holds. Rows must all have the same keys.
    """

    def __init__(self, dialect: Dialect, table: sa.Table, names: tuple[str, ...]) -> None:
        self.copy = dialect.name == "postgresql"
        self.driver = dialect.name in ("sqlite", "postgresql")
        if not self.driver:
            # Another database: rows go through SQLAlchemy (``Connection.execute``), which
            # converts the values itself.
            self.sql = ""
            order = names
        elif self.copy:
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
        self.order: tuple[str, ...] = order
        # itemgetter of one key returns the bare value; drivers want a tuple per row.
        self.values = operator.itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
        self.processors = [
            (index, processor)
            for index, name in enumerate(order)
            if self.driver and (processor := self._processor(table.c[name].type, dialect)) is not None
        ]

    def _processor(self, column_type: sa.types.TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        if self.copy and isinstance(column_type, sa.JSON):
            # psycopg's executemany wraps JSON values itself; COPY takes the JSON text.
            return json.dumps
        if isinstance(column_type, UTCDateTime) and not self.copy:
            return sqlite_utc_text
        processor: Callable[[Any], Any] | None = column_type.bind_processor(dialect)
        return processor

    def tuples(self, rows: Iterable[Row]) -> list[tuple[Any, ...]]:
        """``rows`` as tuples in ``order``, their values as they are."""
        return list(map(self.values, rows))

    def converted(self, tuples: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Tuples from ``tuples()`` with each value converted by its column's bind processor:
        what the driver takes."""
        if not self.processors or not tuples:
            return tuples
        # Column by column: the loops over the rows run in C (map, zip), not in Python.
        columns: list[Sequence[Any]] = list(zip(*tuples, strict=True))
        for index, processor in self.processors:
            column = columns[index]
            first = column[0]
            if isinstance(first, datetime) and all(value is first for value in column):
                # Every row holds the same time (the import's "now"): converted once.
                columns[index] = (processor(first),) * len(column)
            else:
                columns[index] = list(map(processor, column))
        return list(zip(*columns, strict=True))


@dataclass(frozen=True)
class PreparedRows:
    """Rows of one table as tuples in ``order``, their values not yet converted: the writer
    converts them with its own connection's bind processors (``RowShape.converted``).

    Converting there balances the work of a load drawn in another process, and the tuples
    pickle fast.
    """

    table: str
    order: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class PreparedBatch:
    """A batch of people with their stored ids, ready to write: only plain values inside.

    ``tables`` holds the people first, then their identities, interactions, favours and
    notes; ``tags`` each person's tag names, in the order of ``ids`` (tags get their ids
    from the database as they are written).
    """

    ids: list[int]
    tables: list[PreparedRows]
    tags: list[tuple[str, ...]]


class BatchRows:
    """Turns batches of people and their facts into ``PreparedBatch`` values for ``dialect``."""

    def __init__(self, dialect: Dialect, owner_id: int, now: datetime, source_id: int | None) -> None:
        self.dialect = dialect
        self.owner_id = owner_id
        self.now = now
        self.source_id = source_id
        # SQLite and PostgreSQL take rows from the driver itself; others through SQLAlchemy.
        self.driver = dialect.name in ("sqlite", "postgresql")
        self._shapes: dict[tuple[str, tuple[str, ...]], RowShape] = {}

    def prepare(
        self,
        batch: Sequence[Person],
        ids: Sequence[int],
        interactions_of_batch: Iterable[Interaction] = (),
        favours_of_batch: Iterable[Favor] = (),
        notes_of_batch: Iterable[Note] = (),
        *,
        first_position: int = 0,
    ) -> PreparedBatch:
        """``batch`` stored under ``ids``; each fact's ``person_id`` is a position in it,
        ``first_position`` for ``batch[0]``."""
        owner_id, now, source_id = self.owner_id, self.now, self.source_id
        person_rows = []
        for index, (person, person_id) in enumerate(zip(batch, ids, strict=True)):
            row = person_row(person, owner_id, now, source_id, f"person {first_position + index}")
            row["id"] = person_id
            person_rows.append(row)
        identity_rows = [
            identity_row(identity, owner_id, person_id, now, source_id)
            for person, person_id in zip(batch, ids, strict=True)
            for identity in person.identities
        ]
        # The facts name their person by position; the rows take the stored id.
        interaction_rows = _placed(
            (interaction_row(interaction, owner_id) for interaction in interactions_of_batch), ids, first_position
        )
        favour_rows = _placed((favor_row(favour, owner_id, now) for favour in favours_of_batch), ids, first_position)
        note_rows = _placed((note_row(note, owner_id) for note in notes_of_batch), ids, first_position)
        for row in itertools.chain(interaction_rows, note_rows):
            row["source_id"] = source_id
        tables = [
            prepared
            for table, rows in (
                (people, person_rows),
                (identities, identity_rows),
                (interactions, interaction_rows),
                (favors, favour_rows),
                (notes, note_rows),
            )
            for prepared in self.rows(table, rows)
        ]
        return PreparedBatch(ids=list(ids), tables=tables, tags=[tuple(dict.fromkeys(p.tags)) for p in batch])

    def rows(self, table: sa.Table, rows: list[Row]) -> list[PreparedRows]:
        """``rows`` of ``table`` as tuples, one ``PreparedRows`` per set of keys (some rows
        may carry their own id, others not)."""
        if not rows:
            return []
        first = tuple(rows[0])
        by_keys: dict[tuple[str, ...], list[Row]] = {first: rows}
        if any(len(row) != len(first) for row in rows):
            by_keys = {}
            for row in rows:
                by_keys.setdefault(tuple(row), []).append(row)
        prepared = []
        for names, same in by_keys.items():
            shape = self.shape(table, names)
            prepared.append(PreparedRows(table.name, shape.order, shape.tuples(same)))
        return prepared

    def shape(self, table: sa.Table, names: tuple[str, ...]) -> RowShape:
        """The ``RowShape`` of ``table`` for rows with the keys ``names`` (made once)."""
        shape = self._shapes.get((table.name, names))
        if shape is None:
            shape = self._shapes[(table.name, names)] = RowShape(self.dialect, table, names)
        return shape


def _placed(rows: Iterable[Row], ids: Sequence[int], first_position: int) -> list[Row]:
    """``rows`` whose ``person_id`` is a position, with the stored id of that person instead."""
    placed = []
    for row in rows:
        row["person_id"] = ids[row["person_id"] - first_position]
        placed.append(row)
    return placed
