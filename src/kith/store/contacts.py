"""What a contacts import reads from the store first, and the batched writes it makes.

An import of 40,000 records cannot afford a round trip per field: it reads what it needs to
match (every identity, every record imported before, the people's match profiles) once,
decides in memory, and writes each batch with one statement per table (``executemany``,
with ``RETURNING`` for the new people's ids, in the order the rows were given).

Person values cross this module in the plain form of ``kith.core.updates`` (a birthday as
``1984-03-12`` or ``--03-12``, a date as ISO text, lists for languages and interests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.dates import parse_birthday
from kith.core.identity import name_key
from kith.core.matching import MatchProfile
from kith.core.matching.profile import street_and_postcode
from kith.core.merging import MERGED_FIELDS
from kith.core.model import Birthday
from kith.store.demo_writer import bulk_insert, reserve_people_ids
from kith.store.schema import (
    contact_records,
    identities,
    interactions,
    my_identities,
    notes,
    people,
    person_changes,
    person_fields,
    person_photos,
    person_tags,
    tags,
)

Row = dict[str, Any]

# The columns of ``people`` a person's values are read from, for imports and merges (the
# birthday is three columns of its own).
VALUE_COLUMNS = tuple(name for name in MERGED_FIELDS if name != "birthday")


def birthday_text(year: int | None, month: int | None, day: int | None) -> str | None:
    if not month or not day:
        return None
    return Birthday(month, day, year).iso()


def values_from_row(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A ``people`` row as plain values (see the module docstring)."""
    values = {name: row[name] for name in VALUE_COLUMNS}
    values["languages"] = list(values["languages"] or [])
    values["interests"] = list(values["interests"] or [])
    if values["known_since"] is not None:
        values["known_since"] = values["known_since"].isoformat()
    values["birthday"] = birthday_text(row["birth_year"], row["birth_month"], row["birth_day"])
    return values


def columns_from_values(values: Mapping[str, Any]) -> Row:
    """Plain values as ``people`` columns (the inverse of ``values_from_row``)."""
    columns: Row = {}
    for name, value in values.items():
        if name == "birthday":
            birthday = parse_birthday(value) if value else None
            columns["birth_year"] = birthday.year if birthday else None
            columns["birth_month"] = birthday.month if birthday else None
            columns["birth_day"] = birthday.day if birthday else None
        elif name == "known_since":
            columns[name] = date.fromisoformat(value) if value else None
        elif name in ("languages", "interests"):
            columns[name] = list(value or [])
        else:
            columns[name] = value
        if name == "display_name":
            columns["name_key"] = name_key(value)
    return columns


@dataclass
class Known:
    """What the store already holds that an import matches against."""

    identities: dict[tuple[str, str], int]  # (kind, value) -> person id
    records: dict[str, tuple[int, str, int]]  # record key -> (person id, digest, record id)
    tag_ids: dict[str, int]
    external_ids: set[str]  # of the LinkedIn interactions already imported


def read_known(conn: Connection, owner_id: int) -> Known:
    found = {
        (kind, value): person_id
        for kind, value, person_id in conn.execute(
            sa.select(identities.c.kind, identities.c.value, identities.c.person_id).where(
                identities.c.owner_id == owner_id
            )
        )
    }
    records = {
        key: (person_id, digest, record_id)
        for key, person_id, digest, record_id in conn.execute(
            sa.select(
                contact_records.c.record_key,
                contact_records.c.person_id,
                contact_records.c.digest,
                contact_records.c.id,
            ).where(contact_records.c.owner_id == owner_id)
        )
    }
    tag_ids = {
        name: tag_id
        for tag_id, name in conn.execute(sa.select(tags.c.id, tags.c.name).where(tags.c.owner_id == owner_id))
    }
    external = set(
        conn.execute(
            sa.select(interactions.c.external_id).where(
                interactions.c.owner_id == owner_id, interactions.c.external_id.like("linkedin%")
            )
        ).scalars()
    )
    return Known(found, records, tag_ids, external)


def match_profiles(conn: Connection, owner_id: int, person_ids: Sequence[int] | None = None) -> Iterator[MatchProfile]:
    """Every person (or those of ``person_ids``) as the matcher sees them, in two lean queries."""
    c = people.c
    query = sa.select(
        c.id, c.given_name, c.family_name, c.display_name, c.company, c.city, c.country,
        c.postal_address, c.birth_year, c.birth_month, c.birth_day,
    ).where(c.owner_id == owner_id)  # fmt: skip
    id_query = sa.select(identities.c.person_id, identities.c.kind, identities.c.value).where(
        identities.c.owner_id == owner_id, identities.c.kind.in_(("email", "phone", "linkedin"))
    )
    if person_ids is not None:
        query = query.where(c.id.in_(person_ids))
        id_query = id_query.where(identities.c.person_id.in_(person_ids))
    held: dict[int, dict[str, list[str]]] = {}
    for person_id, kind, value in conn.execute(id_query.order_by(identities.c.id)).all():
        held.setdefault(person_id, {}).setdefault(kind, []).append(value)
    for row in conn.execute(query.order_by(c.id)).all():  # fetchall: row by row is slower
        street, postcode = street_and_postcode(row.postal_address)
        mine = held.get(row.id, {})
        yield MatchProfile(
            id=row.id,
            given_name=row.given_name,
            family_name=row.family_name,
            display_name=row.display_name,
            emails=tuple(mine.get("email", ())),
            phones=tuple(mine.get("phone", ())),
            linkedin=tuple(mine.get("linkedin", ())),
            company=row.company,
            city=row.city,
            country=row.country,
            birthday=Birthday(row.birth_month, row.birth_day, row.birth_year)
            if row.birth_month and row.birth_day
            else None,
            street=street,
            postcode=postcode,
        )


@dataclass
class PersonState:
    """A stored person as an import or a merge changes them."""

    person_id: int
    values: dict[str, Any]
    by_hand: set[str]
    tags: set[str]
    note_bodies: set[str]
    has_photo: bool


def read_states(conn: Connection, owner_id: int, person_ids: Iterable[int]) -> dict[int, PersonState]:
    wanted = sorted(set(person_ids))
    states: dict[int, PersonState] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in conn.execute(
            sa.select(people).where(people.c.owner_id == owner_id, people.c.id.in_(chunk))
        ).mappings():
            states[row["id"]] = PersonState(row["id"], values_from_row(row), set(), set(), set(), False)
        for person_id, name in conn.execute(
            sa.select(person_fields.c.person_id, person_fields.c.field).where(
                person_fields.c.person_id.in_(chunk), person_fields.c.by_hand
            )
        ):
            states[person_id].by_hand.add(name)
        for person_id, name in conn.execute(
            sa.select(person_tags.c.person_id, tags.c.name)
            .join(tags, tags.c.id == person_tags.c.tag_id)
            .where(person_tags.c.person_id.in_(chunk))
        ):
            states[person_id].tags.add(name)
        for person_id, body in conn.execute(
            sa.select(notes.c.person_id, notes.c.body).where(notes.c.person_id.in_(chunk))
        ):
            states[person_id].note_bodies.add(body)
        for (person_id,) in conn.execute(
            sa.select(person_photos.c.person_id).where(person_photos.c.person_id.in_(chunk))
        ):
            states[person_id].has_photo = True
    return states


def record_fields(conn: Connection, record_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What the records of ``record_ids`` said when they were last imported."""
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start : start + 500])
        for record_id, fields in conn.execute(
            sa.select(contact_records.c.id, contact_records.c.fields).where(contact_records.c.id.in_(chunk))
        ):
            found[record_id] = dict(fields)
    return found


def own_identity(conn: Connection, owner_id: int, kind: str) -> str | None:
    """The user's own identity of ``kind`` (the first recorded), if any."""
    query = (
        sa.select(my_identities.c.value)
        .where(my_identities.c.owner_id == owner_id, my_identities.c.kind == kind)
        .order_by(my_identities.c.id)
    )
    found = conn.execute(query).scalar()
    return str(found) if found is not None else None


def add_own_identity(conn: Connection, owner_id: int, kind: str, value: str, now: datetime) -> None:
    conn.execute(my_identities.insert().values(owner_id=owner_id, kind=kind, value=value, created_at=now))


# Every column of a new person that an import may leave unset, with its value then: an
# executemany needs the same columns in every row.
_PERSON_DEFAULTS: Row = {
    "given_name": "", "family_name": "", "company": "", "title": "", "city": "", "country": "",
    "languages": [], "interests": [], "how_we_met": "", "postal_address": "", "birth_year": None,
    "birth_month": None, "birth_day": None, "keep_in_touch_days": None, "known_since": None,
    "do_not_contact_since": None, "do_not_contact_reason": None, "intended_kind": None,
}  # fmt: skip


def insert_people(conn: Connection, rows: Sequence[Row]) -> list[int]:
    """Insert people; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    full = [{**_PERSON_DEFAULTS, **row} for row in rows]
    ids = reserve_people_ids(conn, len(full))
    if ids is None:
        result = conn.execute(people.insert().returning(people.c.id, sort_by_parameter_order=True), full)
        return [int(r[0]) for r in result]
    for row, person_id in zip(full, ids, strict=True):
        row["id"] = person_id
    bulk_insert(conn, people, full)
    return ids


def update_people_columns(conn: Connection, owner_id: int, changes: Iterable[tuple[int, Row]]) -> None:
    """Set columns of many people: one ``executemany`` per set of columns changed (a round
    trip per person costs more than the rest of an import's writes)."""
    groups: dict[tuple[str, ...], list[Row]] = {}
    for person_id, columns in changes:
        groups.setdefault(tuple(columns), []).append({"p_id": person_id, **{f"v_{k}": v for k, v in columns.items()}})
    for names, rows in groups.items():
        statement = (
            people.update()
            .where(people.c.owner_id == owner_id, people.c.id == sa.bindparam("p_id"))
            .values({name: sa.bindparam(f"v_{name}", type_=people.c[name].type) for name in names})
        )
        conn.execute(statement, rows)


def add_tag(conn: Connection, owner_id: int, name: str) -> int:
    result = conn.execute(tags.insert().values(owner_id=owner_id, name=name))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[Row]) -> None:
    """One batch of rows into one of the tables an import writes, by the driver itself
    (``executemany`` on SQLite, ``COPY`` on PostgreSQL: see ``demo_writer``); every row has
    the same keys."""
    bulk_insert(conn, table, rows)


def update_record(conn: Connection, record_id: int, person_id: int, row: Row) -> None:
    conn.execute(contact_records.update().where(contact_records.c.id == record_id).values(person_id=person_id, **row))


def set_field_sources(conn: Connection, rows: Sequence[Row]) -> None:
    """Record where fields came from (``person_fields``), replacing what was recorded before."""
    if not rows:
        return
    replaced = person_fields.delete().where(
        person_fields.c.person_id == sa.bindparam("p_id"), person_fields.c.field == sa.bindparam("p_field")
    )
    conn.execute(replaced, [{"p_id": row["person_id"], "p_field": row["field"]} for row in rows])
    insert_rows(conn, person_fields, rows)


TABLES = {
    "identities": identities,
    "contact_records": contact_records,
    "person_tags": person_tags,
    "notes": notes,
    "person_photos": person_photos,
    "person_changes": person_changes,
    "interactions": interactions,
}


def notes_and_photos(
    conn: Connection, person_ids: Sequence[int]
) -> tuple[dict[int, list[str]], dict[int, tuple[str, str]]]:
    """The notes (oldest first) and the photo (media type, base64) of a page of people."""
    found: dict[int, list[str]] = {}
    for person_id, body in conn.execute(
        sa.select(notes.c.person_id, notes.c.body)
        .where(notes.c.person_id.in_(person_ids))
        .order_by(notes.c.created_at, notes.c.id)
    ):
        found.setdefault(person_id, []).append(body)
    photos = {
        person_id: (media_type, data)
        for person_id, media_type, data in conn.execute(
            sa.select(person_photos.c.person_id, person_photos.c.media_type, person_photos.c.data).where(
                person_photos.c.person_id.in_(person_ids)
            )
        )
    }
    return found, photos
