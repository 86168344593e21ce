"""What an imported contact says about a person, and how it changes a person already known.

Pure: the importer reads records and the store, this module decides. A contact's values are
kept in one plain, JSON-ready form (texts, a birthday as ``1984-03-12`` or ``--03-12``, a
date as ``2024-03-12``, languages as a list) because the same values are stored with each
imported record (``contact_records.fields``) and compared with the next export of it.

The rules, which ``docs/architecture.md`` ("Provenance") states for users:

- a field edited by hand is never overwritten by an import;
- a record seen for the first time on a known person (a merge) only fills what is empty:
  it never replaces what another source said;
- a newer export of the same record updates what it changed; a changed company, title or
  city of a known person is a *change* (an occasion to get in touch);
- what a newer export no longer has is kept, and said (the importer adds a note);
- ``known_since`` only moves earlier; languages only grow.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from typing import Any

import orjson

# The person fields an import may set, in the order they are shown.
IMPORTED_FIELDS = (
    "display_name",
    "given_name",
    "family_name",
    "company",
    "title",
    "city",
    "country",
    "postal_address",
    "birthday",
    "languages",
    "known_since",
)
# Fields whose change on a known person is an occasion ("congratulations on the new role").
CHANGE_FIELDS = frozenset({"company", "title", "city"})

# How fields are named in words, for the notes an import leaves.
FIELD_WORDS = {
    "display_name": "name",
    "given_name": "given name",
    "family_name": "family name",
    "postal_address": "postal address",
    "known_since": "first known date",
}

Values = Mapping[str, Any]


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == () or value == []


def digest(fields: Mapping[str, Any]) -> str:
    """A hash of a record's values that is the same whenever the values are the same."""
    return hashlib.sha256(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Change:
    """A company, title or city that an import found changed on a known person."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class FieldUpdate:
    """What one record does to one person's fields."""

    values: dict[str, Any] = field(default_factory=dict)  # field -> new value
    changes: tuple[Change, ...] = ()
    kept: tuple[tuple[str, Any], ...] = ()  # fields a newer export dropped, with the value kept

    def __bool__(self) -> bool:
        return bool(self.values or self.changes or self.kept)


def _listed(value: Any) -> list[Any]:
    return list(value) if value else []


def plan_update(current: Values, before: Values | None, after: Values, by_hand: Set[str] = frozenset()) -> FieldUpdate:
    """How a record's values ``after`` change a person whose values are ``current``.

    ``before`` is what the same record said the last time it was imported, or ``None`` when
    this record joins the person for the first time (a new person or a merge). Fields in
    ``by_hand`` are never touched.
    """
    values: dict[str, Any] = {}
    changes: list[Change] = []
    kept: list[tuple[str, Any]] = []
    for name in IMPORTED_FIELDS:
        if name in by_hand:
            continue
        new, now = after.get(name), current.get(name)
        said = before.get(name) if before is not None else None
        if name == "known_since":
            if not is_empty(new) and (is_empty(now) or str(new) < str(now)):
                values[name] = new
            continue
        if name == "languages":
            grown = _listed(now) + [x for x in _listed(new) if x not in _listed(now)]
            if grown != _listed(now):
                values[name] = grown
            continue
        if is_empty(new):
            if before is not None and not is_empty(said) and not is_empty(now):
                kept.append((name, now))
            continue
        if new == now:
            continue
        if before is None or is_empty(now):
            if is_empty(now):
                values[name] = new
            continue
        if new != said:  # the newer export changed it: the newest word wins
            values[name] = new
            if name in CHANGE_FIELDS:
                changes.append(Change(name, str(now), str(new)))
    return FieldUpdate(values, tuple(changes), tuple(kept))


def kept_note(kept: tuple[tuple[str, Any], ...], where: str, day: str) -> str:
    """The note left on a person when a newer export no longer has some of their fields."""
    shown = "; ".join(f"{FIELD_WORDS.get(name, name.replace('_', ' '))} “{_shown(value)}”" for name, value in kept)
    return f"The import of {where} on {day} no longer has their {shown}: kept as it was."


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())
