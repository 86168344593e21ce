"""Checking a backup's records before they are written: each field's type, its meaning for
the core (enums, identities, countries, languages, dates) and the ids it refers to, with an
error naming the record and the field. ``kith.app.backup`` reads the records; this decides
whether each one is kith's own data."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import normalise_country, normalise_identity, normalise_language
from kith.core.model import (
    Channel,
    Direction,
    FavorKind,
    IdentityKind,
    IdentityStatus,
    InteractionKind,
    OutreachKind,
    OutreachStatus,
    OverrideAction,
    RelationshipKind,
    Relevance,
)
from kith.store.backup import (
    BACKUP_TABLES,
    BackupField,
    BackupTable,
    Row,
    ValueType,
)

# people.birth_year/month/day travel as one ISO 8601 "birthday": 1984-03-12, or --03-12 without a year.
BIRTH_COLUMNS = ("birth_year", "birth_month", "birth_day")


def shown(value: Any) -> str:
    """A value as a short JSON text, for error messages."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


class IdSet:
    """The ids read so far for one table: a bitmap for the usual small ids, a set beyond.

    A million interactions cost 125 kB here instead of some 60 MB in a Python set.
    """

    _BITMAP_LIMIT = 1 << 27  # 16 MB of bitmap at most

    def __init__(self) -> None:
        self._bits = bytearray()
        self._far: set[int] = set()

    def __contains__(self, number: int) -> bool:
        if number < 0 or number >= self._BITMAP_LIMIT:
            return number in self._far
        byte = number >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (number & 7)))

    def add(self, number: int) -> None:
        if number < 0 or number >= self._BITMAP_LIMIT:
            self._far.add(number)
            return
        byte = number >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
        self._bits[byte] |= 1 << (number & 7)


Check = Callable[[Any, Row], Any]  # (value, the record's fields checked so far) -> the value to store


def _enum(kind: type[enum.StrEnum]) -> Check:
    allowed = frozenset(member.value for member in kind)
    listed = ", ".join(member.value for member in kind)

    def check(value: Any, _row: Row) -> Any:
        if value not in allowed:
            raise InvalidValue("", shown(value), f"it should be one of {listed}")
        return value

    return check


def _at_least(minimum: int) -> Check:
    def check(value: Any, _row: Row) -> Any:
        if value < minimum:
            raise InvalidValue("", shown(value), f"it should be {minimum} or more")
        return value

    return check


def _not_empty(value: Any, _row: Row) -> Any:
    if not value.strip():
        raise InvalidValue("", shown(value), "it is empty")
    return value


def _country(value: Any, _row: Row) -> Any:
    return normalise_country(value)


def _language(value: Any, _row: Row) -> Any:
    return normalise_language(value) if value else value


def _texts(value: Any, _row: Row) -> Any:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidValue("", shown(value), "it should be a list of texts")
    return value


def _languages(value: Any, row: Row) -> Any:
    return [normalise_language(item) for item in _texts(value, row)]


def _identity_value(value: Any, row: Row) -> Any:
    kind = IdentityKind(row["kind"])
    try:
        return normalise_identity(kind, value)
    except InvalidValue as exc:
        raise InvalidValue("", shown(value), f"it is not a valid {kind.value}: {exc.reason}") from exc


def _utc_offset(value: Any, _row: Row) -> Any:
    if value is not None and not -1440 < value < 1440:
        raise InvalidValue("", shown(value), "an offset from UTC is less than a day (in minutes)")
    return value


def _weekdays(value: Any, _row: Row) -> Any:
    if not isinstance(value, list) or not all(type(day) is int and 0 <= day <= 6 for day in value):
        raise InvalidValue("", shown(value), "it should be a list of weekdays from 0 (Monday) to 6 (Sunday)")
    return value


def _dates(value: Any, _row: Row) -> Any:
    if not isinstance(value, list):
        raise InvalidValue("", shown(value), "it should be a list of dates such as 2026-12-25")
    for item in value:
        _parse_date(item)
    return value


_RELEVANCE_KEYS = frozenset(Relevance.__dataclass_fields__)


def _relevance(value: Any, row: Row) -> Any:
    if not isinstance(value, dict):
        raise InvalidValue(
            "", shown(value), f"it should be a record with lists of texts: {', '.join(sorted(_RELEVANCE_KEYS))}"
        )
    for key, items in value.items():
        if key not in _RELEVANCE_KEYS:
            raise InvalidValue("", shown(key), f"it is not one of {', '.join(sorted(_RELEVANCE_KEYS))}")
        _texts(items, row)
    return value


# Values the core has rules for; everything else is checked for its type and length only.
_CHECKS: dict[tuple[str, str], Check] = {
    ("my_identities", "kind"): _enum(IdentityKind),
    ("my_identities", "value"): _identity_value,
    ("settings", "key"): _not_empty,
    ("people", "display_name"): _not_empty,
    ("people", "country"): _country,
    ("people", "languages"): _languages,
    ("people", "interests"): _texts,
    ("people", "keep_in_touch_days"): _at_least(1),
    ("people", "intended_kind"): _enum(RelationshipKind),
    ("person_fields", "field"): _not_empty,
    ("identities", "kind"): _enum(IdentityKind),
    ("identities", "value"): _identity_value,
    ("identities", "status"): _enum(IdentityStatus),
    ("tags", "name"): _not_empty,
    ("interactions", "channel"): _enum(Channel),
    ("interactions", "direction"): _enum(Direction),
    ("interactions", "kind"): _enum(InteractionKind),
    ("interactions", "utc_offset_minutes"): _utc_offset,
    ("favors", "kind"): _enum(FavorKind),
    ("goals", "title"): _not_empty,
    ("goals", "relevance"): _relevance,
    ("campaigns", "per_day"): _at_least(1),
    ("campaigns", "working_days"): _weekdays,
    ("campaigns", "holidays"): _dates,
    ("campaigns", "cap"): _at_least(0),
    ("campaigns", "tie_classes"): _texts,
    ("campaigns", "channel"): _enum(Channel),
    ("campaigns", "language"): _language,
    ("person_overrides", "action"): _enum(OverrideAction),
    ("outreach_steps", "kind"): _enum(OutreachKind),
    ("outreach_steps", "sequence"): _at_least(0),
    ("outreach_steps", "channel"): _enum(Channel),
    ("outreach_steps", "status"): _enum(OutreachStatus),
}


def _parse_date(value: Any) -> date:
    if not isinstance(value, str):
        raise InvalidValue("", shown(value), "it should be a date such as 2026-11-25")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue("", shown(value), "it should be a date such as 2026-11-25") from exc


def _parse_datetime(value: Any) -> datetime:
    reason = "it should be a time with its offset, such as 2026-11-25T10:00:00+00:00"
    if not isinstance(value, str):
        raise InvalidValue("", shown(value), reason)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue("", shown(value), reason) from exc
    if moment.tzinfo is None:
        raise InvalidValue("", shown(value), reason)
    return moment.astimezone(UTC)


def _parse_birthday(value: Any) -> tuple[int | None, int, int]:
    reason = "it should be a date such as 1984-03-12, or --03-12 without the year"
    if not isinstance(value, str):
        raise InvalidValue("", shown(value), reason)
    try:
        if value.startswith("--"):
            day = date.fromisoformat(f"2000-{value[2:]}")  # a leap year: 29 February is a birthday
            if len(value) != 7:
                raise ValueError(value)
            return None, day.month, day.day
        full = date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue("", shown(value), reason) from exc
    return full.year, full.month, full.day


_TYPE_NAMES = {
    ValueType.INTEGER: "a whole number",
    ValueType.TEXT: "a text",
    ValueType.BOOLEAN: "true or false",
}
_MISSING = object()
_BIRTHDAY = "birthday"


_PYTHON_TYPES: dict[ValueType, type] = {ValueType.TEXT: str, ValueType.INTEGER: int, ValueType.BOOLEAN: bool}


_Unpacked = tuple[
    str, BackupField, type | None, Callable[[Any], Any] | None, Check | None, "IdSet | None", "IdSet | None"
]


@dataclass(frozen=True, slots=True)
class _FieldRule:
    """What a field of a record must be, resolved once per table rather than once per record."""

    table: str
    name: str  # in the record; "birthday" stands for the three birth columns
    column: BackupField
    python_type: type | None  # for texts, whole numbers and booleans: the exact type a value must have
    parse: Callable[[Any], Any] | None  # for dates and times: from ISO 8601 text
    check: Check | None
    references: IdSet | None  # the ids of the table this field refers to
    own_ids: IdSet | None  # set on a table's "id" field: the ids read so far

    @property
    def unpacked(self) -> _Unpacked:
        return self.name, self.column, self.python_type, self.parse, self.check, self.references, self.own_ids


class RecordChecker:
    """Turns backup records into rows, refusing anything that would not be kith's own data."""

    def __init__(self, name: str, format_version: int) -> None:
        self._name = name
        self._format_version = format_version
        ids = {table.name: IdSet() for table in BACKUP_TABLES if table.has_id}
        self._rules: dict[str, list[tuple[_FieldRule, _Unpacked]]] = {}
        self._known: dict[str, frozenset[str]] = {}
        parsers: dict[ValueType, Callable[[Any], Any]] = {
            ValueType.DATE: _parse_date,
            ValueType.DATETIME: _parse_datetime,
        }
        for table in BACKUP_TABLES:
            rules = []
            for column in table.fields:
                if column.name in BIRTH_COLUMNS[1:]:
                    continue
                birthday = column.name == BIRTH_COLUMNS[0]
                rules.append(
                    _FieldRule(
                        table=table.name,
                        name=_BIRTHDAY if birthday else column.name,
                        column=column,
                        python_type=None if birthday else _PYTHON_TYPES.get(column.type),
                        parse=_parse_birthday if birthday else parsers.get(column.type),
                        check=_CHECKS.get((table.name, column.name)),
                        references=ids[column.references] if column.references else None,
                        own_ids=ids[table.name] if column.name == "id" else None,
                    )
                )
            self._rules[table.name] = [(rule, rule.unpacked) for rule in rules]
            self._known[table.name] = frozenset(rule.name for rule in rules)

    def check(self, table: BackupTable, index: int, record: Any) -> Row:
        """The row to insert for ``record``, or ``InputError`` naming the record and the field."""
        if type(record) is not dict:
            raise InputError(
                self._name, f"{table.name}[{index}]", f"it should be a record {{...}}, not {shown(record)}"
            )
        if not record.keys() <= self._known[table.name]:
            unknown = sorted(record.keys() - self._known[table.name])[0]
            raise InputError(
                self._name,
                f"{table.name}[{index}]",
                f"field {unknown!r} is not part of a kith backup (format {self._format_version})",
            )
        row: Row = {}
        # One loop with the common cases inline: a restore checks some ten million values.
        for rule, (name, column, python_type, parse, check, references, own_ids) in self._rules[table.name]:
            value = record.get(name, _MISSING)
            try:
                # a JSON field may hold JSON's null (a setting can be null): its check decides
                if value is _MISSING or (value is None and column.type is not ValueType.JSON):
                    row[name] = self._absent(table, index, rule, value)
                    continue
                if python_type is not None:
                    if type(value) is not python_type:
                        raise InvalidValue("", "", f"it should be {_TYPE_NAMES[column.type]}")
                elif parse is not None:
                    value = parse(value)
                if own_ids is not None:
                    self._new_id(rule, value)
                if references is not None and value not in references:
                    raise InvalidValue("", "", f"no record of {column.references} has this id")
                if check is not None:
                    value = check(value, row)
                # after normalising ("Italy" becomes "IT"): PostgreSQL would refuse a longer text
                if column.max_length is not None and type(value) is str and len(value) > column.max_length:
                    raise InvalidValue("", "", f"it is longer than {column.max_length} characters")
                row[name] = value
            except InvalidValue as exc:
                given = shown(record.get(name))
                raise InputError(
                    self._name, f"{table.name}[{index}]", f"field {name!r} is {given}: {exc.reason}"
                ) from exc
        if _BIRTHDAY in row:
            row["birth_year"], row["birth_month"], row["birth_day"] = row.pop(_BIRTHDAY) or (None, None, None)
        return row

    def _absent(self, table: BackupTable, index: int, rule: _FieldRule, value: Any) -> Any:
        """The value of a field that is missing or null."""
        if value is _MISSING:
            if rule.column.required:
                raise InputError(self._name, f"{table.name}[{index}]", f"field {rule.name!r} is missing")
            return rule.column.default
        if not rule.column.nullable:
            raise InvalidValue("", "", "it cannot be empty (null)")
        return None

    @staticmethod
    def _new_id(rule: _FieldRule, value: int) -> None:
        assert rule.own_ids is not None
        if value < 1:
            raise InvalidValue("", "", "an id is a whole number from 1")
        if value in rule.own_ids:
            raise InvalidValue("", "", f"another record of {rule.table} has the same id")
        rule.own_ids.add(value)
