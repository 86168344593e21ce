"""A complete backup of the user's network as one JSON document, and restoring it.

The format is described for users in ``docs/backup-format.md``: a header (the
``"kith-backup"`` marker, the format version, the schema revision, when and by which kith it
was written, the owner), then one array of records per table, each table after the tables
it refers to, each record with the table's columns and its original id.

Both directions stream. Export writes one record at a time from server-side cursors.
Restore reads ijson's event stream and builds one record at a time; this loop is written
here rather than using ``ijson.items`` because one pass over the input (which may be standard
input, readable only once) must check the header and then hand out the records of fifteen
arrays in turn, while ``ijson.items`` follows one array per pass. Every record is checked
(types, enums, identities normalised by the core, references to records read before) before
it is written, and everything is written in one transaction: a bad record anywhere, or a
file that stops short, leaves the database as it was.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

import ijson
from sqlalchemy.engine import Connection

from kith import __version__
from kith.app.backup_records import BIRTH_COLUMNS, RecordChecker, shown
from kith.app.contact_export import write_csv, write_vcards
from kith.app.workspace import Workspace
from kith.core.errors import DatabaseError, InputError, InvalidValue
from kith.core.identity import normalise_country
from kith.outbound.files import write_text_atomically
from kith.store.backup import (
    BACKUP_TABLES,
    TABLE_ORDER,
    BackupTable,
    Row,
    ValueType,
    backup_table,
    count_rows,
    insert_rows,
    read_owner,
    reset_id_sequences,
    restoring,
    set_default_region,
    snapshot,
    stream_rows,
)
from kith.store.database import schema_head

FORMAT_MARKER = "kith-backup"
# Raised when a field is added or removed or changes meaning; a kith reads this version and older.
FORMAT_VERSION = 2

HEADER_KEYS = ("format", "format_version", "schema_revision", "exported_at", "kith_version", "owner")
BATCH_SIZE = 2000
PROGRESS_EVERY = 1000

# ``table name, rows so far, rows in all (None when unknown)``: called every few thousand rows.
Progress = Callable[[str, int, int | None], None]


class ExportFormat(enum.StrEnum):
    """The formats ``kith export`` writes. Only JSON is a complete backup that restore reads.

    A new format is a member here and a writer in ``_WRITERS``; the CLI offers every member.
    """

    JSON = "json"
    VCARD = "vcard"  # every person as a vCard 4.0 card, for address books and CardDAV servers
    CSV = "csv"  # every person as a spreadsheet row


@dataclass(frozen=True)
class BackupSummary:
    """What an export wrote or a restore read: rows per table, in backup order."""

    location: str
    format: ExportFormat
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# --- export -------------------------------------------------------------------------------


def export_backup(
    ws: Workspace,
    out: IO[str],
    *,
    format: ExportFormat = ExportFormat.JSON,
    progress: Progress | None = None,
    location: str = "<stdout>",
) -> BackupSummary:
    """Write the owner's whole network to ``out``, one record at a time, from one snapshot."""
    writer = _WRITERS[format]
    return writer(ws, out, progress, location)


def export_backup_to_file(
    ws: Workspace,
    path: str | os.PathLike[str],
    *,
    format: ExportFormat = ExportFormat.JSON,
    progress: Progress | None = None,
) -> BackupSummary:
    """Write the backup to ``path`` atomically: an interrupted export leaves no half file there.

    The file is readable by its owner only: it holds the whole network.
    """
    return write_text_atomically(
        path, lambda out: export_backup(ws, out, format=format, progress=progress, location=str(Path(path)))
    )


def _write_json(ws: Workspace, out: IO[str], progress: Progress | None, location: str) -> BackupSummary:
    counts: dict[str, int] = {}
    with snapshot(ws.db) as conn:
        totals = count_rows(conn, ws.owner_id)
        owner = read_owner(conn, ws.owner_id)
        header: dict[str, Any] = {
            "format": FORMAT_MARKER,
            "format_version": FORMAT_VERSION,
            "schema_revision": schema_head(),
            "exported_at": _iso_datetime(ws.now()),
            "kith_version": __version__,
            "owner": {
                "name": owner["name"],
                "default_region": owner["default_region"],
                "created_at": _iso_datetime(owner["created_at"]),
            },
        }
        out.write("{\n")
        for key, value in header.items():
            out.write(f"  {_dumps(key)}: {_dumps(value)},\n")
        for position, table in enumerate(BACKUP_TABLES):
            out.write(f"  {_dumps(table.name)}: [")
            written = 0
            encode = _encoder(table)
            for row in stream_rows(conn, table, ws.owner_id):
                out.write(",\n    " if written else "\n    ")
                out.write(_dumps(encode(row)))
                written += 1
                if progress is not None and written % PROGRESS_EVERY == 0:
                    progress(table.name, written, totals[table.name])
            if progress is not None:
                progress(table.name, written, totals[table.name])
            out.write("\n  ]" if written else "]")
            out.write(",\n" if position < len(BACKUP_TABLES) - 1 else "\n")
            counts[table.name] = written
        out.write("}\n")
    return BackupSummary(location=location, format=ExportFormat.JSON, counts=counts)


# A writer gets the workspace, the text stream, the progress callback and the name to report.
def _write_people(format: ExportFormat) -> Callable[[Workspace, IO[str], Progress | None, str], BackupSummary]:
    write = write_vcards if format is ExportFormat.VCARD else write_csv

    def writer(ws: Workspace, out: IO[str], progress: Progress | None, location: str) -> BackupSummary:
        return BackupSummary(location=location, format=format, counts={"people": write(ws, out)})

    return writer


_WRITERS: dict[ExportFormat, Callable[[Workspace, IO[str], Progress | None, str], BackupSummary]] = {
    ExportFormat.JSON: _write_json,
    ExportFormat.VCARD: _write_people(ExportFormat.VCARD),
    ExportFormat.CSV: _write_people(ExportFormat.CSV),
}


# One encoder for millions of records: json.dumps with options builds a new one per call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _iso_datetime(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _encoder(table: BackupTable) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A function from a row (a tuple in ``table.fields`` order) to the record written for it."""
    names = [column.name for column in table.fields]
    datetimes = [i for i, column in enumerate(table.fields) if column.type is ValueType.DATETIME]
    dates = [i for i, column in enumerate(table.fields) if column.type is ValueType.DATE]
    birth = [names.index(name) for name in BIRTH_COLUMNS] if BIRTH_COLUMNS[0] in names else []

    def encode(row: Sequence[Any]) -> dict[str, Any]:
        values = list(row)
        for i in datetimes:
            if values[i] is not None:
                values[i] = values[i].astimezone(UTC).isoformat()
        for i in dates:
            if values[i] is not None:
                values[i] = values[i].isoformat()
        if not birth:
            return dict(zip(names, values, strict=True))
        record: dict[str, Any] = {}
        for name, value in zip(names, values, strict=True):
            if name == "birth_year":
                record["birthday"] = _iso_birthday(*(row[i] for i in birth))
            elif name not in BIRTH_COLUMNS:
                record[name] = value
        return record

    return encode


def _iso_birthday(year: int | None, month: int | None, day: int | None) -> str | None:
    if month is None or day is None:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# --- restore ------------------------------------------------------------------------------


def restore_backup_from_file(
    ws: Workspace, path: str | os.PathLike[str], *, progress: Progress | None = None, batch_size: int = BATCH_SIZE
) -> BackupSummary:
    """Restore the backup at ``path`` (see ``restore_backup``)."""
    name = os.fspath(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        raise InputError(name, None, f"cannot read it: {exc.strerror or exc}") from exc
    with handle:
        return restore_backup(ws, handle, name=name, progress=progress, batch_size=batch_size)


def restore_backup(
    ws: Workspace,
    source: IO[bytes] | IO[str],
    *,
    name: str,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> BackupSummary:
    """Write the backup read from ``source`` into the workspace's empty network, keeping ids.

    Refuses (and writes nothing) when the owner already has anything recorded, when
    ``source`` is not a kith backup or comes from a newer kith, and when any record is
    damaged or invalid; the error names ``name`` and the record.
    """
    reader = _BackupReader(source, name)
    counts = {table.name: 0 for table in BACKUP_TABLES}
    with restoring(ws.db) as conn:
        existing = {table: n for table, n in count_rows(conn, ws.owner_id).items() if n}
        if existing:
            held = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in existing.items())
            raise DatabaseError(
                f"{ws.db.name} already holds data ({held}); restore only into a new, empty database: "
                f"kith --db NEW.db restore {name}"
            )
        checker = RecordChecker(name, FORMAT_VERSION)
        for section, records in reader.sections():
            if reader.owner_region is not None:
                set_default_region(conn, ws.owner_id, reader.owner_region)
                reader.owner_region = None
            table = backup_table(section)
            batch: list[Row] = []
            first_index = 0
            for index, record in records:
                batch.append(checker.check(table, index, record))
                if len(batch) >= batch_size:
                    _flush(conn, ws.owner_id, table, batch, first_index, name)
                    first_index = index + 1
                    batch = []
                    if progress is not None:
                        progress(table.name, index + 1, None)
                counts[table.name] = index + 1
            _flush(conn, ws.owner_id, table, batch, first_index, name)
            if progress is not None:
                progress(table.name, counts[table.name], None)
        if reader.owner_region is not None:
            set_default_region(conn, ws.owner_id, reader.owner_region)
        reset_id_sequences(conn)
    return BackupSummary(location=name, format=ExportFormat.JSON, counts=counts)


def _flush(conn: Connection, owner_id: int, table: BackupTable, batch: list[Row], first_index: int, name: str) -> None:
    refused = insert_rows(conn, table, owner_id, batch)
    if refused is not None:
        raise InputError(
            name, f"{table.name}[{first_index + refused.index}]", f"the database refused this record: {refused.reason}"
        )


class _Bytes:
    """Bytes from a text stream (standard input in tests, a StringIO): ijson reads bytes."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text

    def read(self, size: int = -1) -> bytes:
        return self._text.read(size).encode("utf-8")


_SCALARS = frozenset({"null", "boolean", "number", "string", "integer", "double"})
_END = ("end", None)


class _BackupReader:
    """One pass over a backup: the header is checked, then each table's records come in turn."""

    def __init__(self, source: IO[bytes] | IO[str], name: str) -> None:
        probe = source.read(0)
        stream: Any = _Bytes(cast(IO[str], source)) if isinstance(probe, str) else source
        self._events = ijson.basic_parse(stream, use_float=True)
        self._name = name
        self._key: str | None = None  # the header key or section being read
        self._index: int | None = None  # the record being read in that section
        self.header: dict[str, Any] = {}
        self.owner_region: str | None = None

    @property
    def _where(self) -> str | None:
        return self._key if self._index is None else f"{self._key}[{self._index}]"

    def _next(self) -> tuple[str, Any]:
        event: tuple[str, Any] = next(self._events, _END)
        if event is _END:
            raise self._truncated()
        return event

    def _truncated(self) -> InputError:
        return InputError(self._name, self._where, "the file ends in the middle of the backup: it is truncated")

    def _unreadable(self, exc: Exception) -> InputError:
        """ijson's and the file's errors, in the user's words and with the place they happened."""
        if isinstance(exc, UnicodeDecodeError):
            return InputError(self._name, self._where, "the file is not UTF-8 text; it is damaged")
        if isinstance(exc, OSError):
            return InputError(self._name, self._where, f"cannot read it: {exc.strerror or exc}")
        text = exc.args[0] if exc.args else ""
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        detail = str(text).strip().splitlines()[0] if str(text).strip() else "not JSON"
        if "premature EOF" in detail:
            return self._truncated()
        if self._key is None and not self.header:
            return InputError(self._name, None, f"this is not a kith backup (it is not JSON: {detail})")
        return InputError(self._name, self._where, f"the file is damaged here ({detail})")

    def _build(self, event: str) -> Any:
        """The object or array that ``event`` starts. Written as loops over the shared event
        stream, not one call per event: a restore goes through tens of millions of them."""
        events = self._events
        if event == "start_map":
            result: dict[str, Any] = {}
            key = ""
            for event, value in events:
                if event == "map_key":
                    key = value
                elif event in _SCALARS:
                    result[key] = value
                elif event == "end_map":
                    return result
                else:
                    result[key] = self._build(event)
        else:
            items: list[Any] = []
            for event, value in events:
                if event in _SCALARS:
                    items.append(value)
                elif event == "end_array":
                    return items
                else:
                    items.append(self._build(event))
        raise self._truncated()

    def _foreign(self, why: str) -> InputError:
        return InputError(
            self._name, None, f"this is not a kith backup ({why}); restore reads only files written by kith export"
        )

    def sections(self) -> Iterator[tuple[str, Iterator[tuple[int, Any]]]]:
        """Each table's name with its records, after the header has been checked."""
        try:
            yield from self._sections()
        except (ijson.JSONError, UnicodeDecodeError, OSError) as exc:
            raise self._unreadable(exc) from exc

    def _sections(self) -> Iterator[tuple[str, Iterator[tuple[int, Any]]]]:
        event, _ = self._next()
        if event != "start_map":
            raise self._foreign("it does not start with {")
        previous = -1
        checked = False
        while True:
            self._key = None
            event, key = self._next()
            if event == "end_map":
                break
            if key in HEADER_KEYS:
                if checked:
                    raise InputError(self._name, key, "the header must come before the records; the file is damaged")
                self._key = key
                event, value = self._next()
                self.header[key] = value if event in _SCALARS else self._build(event)
                if key == "format" and self.header[key] != FORMAT_MARKER:
                    raise self._foreign(f'"format" is {shown(self.header[key])}, not "{FORMAT_MARKER}"')
                continue
            if not checked:
                self._check_header()
                checked = True
            if key not in TABLE_ORDER:
                raise InputError(self._name, key, "this is not a section of a kith backup; the file is damaged")
            position = TABLE_ORDER.index(key)
            if position <= previous:
                raise InputError(
                    self._name,
                    key,
                    f"this section appears twice or out of order (it must come before {TABLE_ORDER[previous]})",
                )
            previous = position
            self._key = key
            event, _ = self._next()
            if event != "start_array":
                raise InputError(self._name, key, "it should be a list of records [...]")
            records = self._records()
            yield key, records
            for _ in records:  # a caller that stopped early still leaves the stream at the next key
                pass
        if not checked:
            self._check_header()
        if next(self._events, _END) is not _END:
            raise InputError(self._name, None, "there is more after the end of the backup; the file is damaged")

    def _records(self) -> Iterator[tuple[int, Any]]:
        events = self._events
        self._index = index = 0
        try:
            for event, value in events:
                if event == "end_array":
                    self._index = None
                    return
                yield index, value if event in _SCALARS else self._build(event)
                self._index = index = index + 1
        except (ijson.JSONError, UnicodeDecodeError, OSError) as exc:
            raise self._unreadable(exc) from exc
        raise self._truncated()

    def _check_header(self) -> None:
        header = self.header
        if "format" not in header:
            raise self._foreign(f'it has no "format": "{FORMAT_MARKER}" at the start')
        version = header.get("format_version")
        if type(version) is not int or version < 1:
            raise InputError(self._name, "format_version", f"it should be a whole number from 1, not {shown(version)}")
        if version > FORMAT_VERSION:
            raise InputError(
                self._name,
                None,
                f"this backup was written by a newer kith (backup format {version}; this kith reads up to "
                f"{FORMAT_VERSION}); upgrade kith to restore it",
            )
        owner = header.get("owner")
        if owner is not None:
            if not isinstance(owner, dict):
                raise InputError(self._name, "owner", "it should be a record {...}")
            region = owner.get("default_region", "")
            try:
                if not isinstance(region, str) or (region and normalise_country(region) != region):
                    raise InvalidValue("default_region", shown(region), "it should be a country code such as US or IT")
            except InvalidValue as exc:
                raise InputError(
                    self._name, "owner", f"field 'default_region' is {shown(region)}: {exc.reason}"
                ) from exc
            self.owner_region = region
