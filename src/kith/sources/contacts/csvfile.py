"""Reading contact CSV files row by row: finding the header, the delimiter and the format.

The header is found by content, not position: LinkedIn puts a few lines of notes before it,
and Italian or Spanish Excel separates with semicolons. Each delimiter is tried on the first
rows of the file and the row with the most column names kith knows wins; the names then say
which program wrote the file. The rows are then streamed with the standard ``csv`` module
(which handles quoted commas, newlines and doubled quotes), each turned into a record by its
format's columns; a row that cannot be read is reported with its line and skipped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import name_key
from kith.sources.contacts import google, linkedin, outlook
from kith.sources.contacts.columns import GENERIC_HEADERS, GenericColumns
from kith.sources.contacts.encoding import Decoded
from kith.sources.contacts.files import Source, text_lines
from kith.sources.contacts.records import (
    ContactRecord,
    LinkedInInvitation,
    LinkedInMessage,
    Provenance,
    ReadResult,
    Skipped,
)

CSV_FORMATS = ("linkedin-connections", "linkedin-messages", "linkedin-invitations", "google-csv", "outlook-csv", "csv")
_DELIMITERS = (",", ";", "\t", "|")
_HEADER_SEARCH_ROWS = 25
# LinkedIn message bodies can be long; the csv module's default limit is 128 KiB.
_FIELD_LIMIT = 16 * 1024 * 1024


class RowFormat(Protocol):
    def record(
        self, cells: Mapping[str, str], provenance: Provenance
    ) -> ContactRecord | LinkedInMessage | LinkedInInvitation: ...


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """Where the header is and what it says: enough to stream the rest of the file."""

    format: str
    delimiter: str
    header_row: int  # rows before the header (LinkedIn's notes), as the csv module counts them
    header: tuple[str, ...]


def known_header_score(row: Sequence[str], mapped: frozenset[str] = frozenset()) -> int:
    """How many cells of ``row`` are column names some contacts program writes (or the user mapped)."""
    return sum(1 for cell in row if (key := name_key(cell)) in mapped or _is_known_header(key))


def _is_known_header(key: str) -> bool:
    return key in GENERIC_HEADERS or key in linkedin.HEADERS or key in outlook.HEADERS or google.is_google_header(key)


def find_layout(
    decoded: Decoded, where: str, forced: str | None = None, column_map: Mapping[str, str] | None = None
) -> CsvLayout | None:
    """The header row, delimiter and format of a CSV file from the start of its text;
    ``None`` when no row of the first ones looks like a contacts header."""
    best: tuple[int, int, str, list[str]] | None = None  # score, -row, delimiter, header
    mapped = frozenset(name_key(column) for column in column_map or {})
    for delimiter in _DELIMITERS:
        if delimiter not in decoded.text:
            continue
        reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
        try:
            for index, row in enumerate(reader):
                if index >= _HEADER_SEARCH_ROWS:
                    break
                score = known_header_score(row, mapped)
                if score and (best is None or (score, -index) > best[:2]):
                    best = (score, -index, delimiter, row)
        except csv.Error:
            continue
    if best is None and forced is not None:
        best = _first_row(decoded.text)  # the user said what the file is: its first row is the header
    if best is None or (best[0] < 2 and len(best[3]) > 1 and forced is None):
        return None
    _, minus_index, delimiter, header = best
    keys = {name_key(cell) for cell in header}
    return CsvLayout(forced or classify(keys), delimiter, -minus_index, tuple(header))


def _first_row(text: str) -> tuple[int, int, str, list[str]] | None:
    """The first non-empty row, split by the delimiter that gives it the most fields."""
    rows = []
    for delimiter in _DELIMITERS:
        try:
            row = next((r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(r)), None)
        except csv.Error:
            continue
        if row:
            rows.append((len(row), delimiter, row))
    if not rows:
        return None
    _, delimiter, row = max(rows, key=lambda found: found[0])
    return (0, 0, delimiter, row)


def classify(keys: set[str]) -> str:
    """The program that wrote a CSV file, from its column names (``name_key`` form)."""
    for name, matches in (
        ("linkedin-connections", linkedin.is_connections),
        ("linkedin-messages", linkedin.is_messages),
        ("linkedin-invitations", linkedin.is_invitations),
        ("outlook-csv", outlook.is_outlook),  # before Google: "E-mail 2 Type" looks like Google's numbering
        ("google-csv", google.is_google),
    ):
        if matches(keys):
            return name
    return "csv"


def row_format(layout: CsvLayout, where: str, column_map: Mapping[str, str] | None, region: str | None) -> RowFormat:
    match layout.format:
        case "linkedin-connections":
            return linkedin.Connections(region)
        case "linkedin-messages":
            return linkedin.Messages()
        case "linkedin-invitations":
            return linkedin.Invitations()
        case "google-csv":
            return google.GoogleColumns(layout.header, region)
        case "outlook-csv":
            return outlook.OutlookColumns(region)
        case _:
            return GenericColumns(layout.header, column_map or {}, where, region)


def read_csv(
    source: Source,
    decoded: Decoded,
    *,
    forced: str | None = None,
    column_map: Mapping[str, str] | None = None,
    region: str | None = None,
) -> Iterator[ReadResult]:
    """The records of a contacts CSV file, streamed; raises ``InputError`` at once (before
    anything is read) when the file is not a contacts CSV."""
    layout = find_layout(decoded, source.where, forced, column_map)
    if layout is None:
        raise InputError(
            source.where,
            None,
            "this is not a contacts file kith knows (vCard, LinkedIn, Google or Outlook CSV, "
            "or a CSV whose header names names, emails or phones); for a CSV, name the columns with --map 'HEADER=FIELD'",
        )
    if column_map and layout.format != "csv":
        layout = CsvLayout("csv", layout.delimiter, layout.header_row, layout.header)
    columns = row_format(layout, source.where, column_map, region)
    return _rows(source, decoded.encoding, layout, columns)


def _rows(source: Source, encoding: str, layout: CsvLayout, columns: RowFormat) -> Iterator[ReadResult]:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(text_lines(source, encoding), delimiter=layout.delimiter)
    keys = [name_key(cell) for cell in layout.header]
    width = len(keys)
    row_index = -1
    last_line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skipped(InputError(source.where, last_line + 1, f"the row cannot be read as CSV: {exc}"))
            last_line = reader.line_num
            continue
        line, last_line = last_line + 1, reader.line_num
        row_index += 1
        if row_index <= layout.header_row or not any(cell.strip() for cell in row):
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            reason = (
                f"the row has {len(row)} fields but the header has {width}; "
                f"a value with a {_delimiter_name(layout.delimiter)} in it must be in double quotes"
            )
            yield Skipped(InputError(source.where, line, reason))
            continue
        provenance = Provenance(source.file, layout.format, line, member=source.member)
        cells = dict(zip(keys, row, strict=False))
        try:
            yield columns.record(cells, provenance)
        except InputError as exc:
            yield Skipped(exc)
        except InvalidValue as exc:
            yield Skipped(InputError(source.where, line, exc.message))


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}[delimiter]
