"""Merging two people and undoing it: the rows that move, and the journal that remembers them.

A merge moves every row of the merged person to the kept one (identities, interactions,
notes, favours, overrides, outreach, changes, imported records, the photo), re-points the
merges the merged person had absorbed, and deletes the merged person. The journal row
(``merges.snapshot``) keeps the merged person's own row, tags and field provenance, the ids
of everything moved, and the kept person's columns before and after: unmerge puts each
row back where it was, by id, wherever later merges have moved it since.

Column values cross the journal as JSON (dates and times as ISO text), encoded and decoded
by each column's type, so a column another migration adds is journalled as well.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.store.schema import (
    UTCDateTime,
    contact_records,
    favors,
    identities,
    interactions,
    merges,
    notes,
    outreach_steps,
    people,
    person_changes,
    person_fields,
    person_overrides,
    person_photos,
    person_tags,
    tags,
)

Row = dict[str, Any]

# The tables whose rows about a person move with them, by id.
MOVED = {
    "interactions": interactions,
    "notes": notes,
    "favors": favors,
    "person_overrides": person_overrides,
    "outreach_steps": outreach_steps,
    "person_changes": person_changes,
    "contact_records": contact_records,
    "person_photos": person_photos,
}
_SKIPPED_COLUMNS = frozenset({"owner_id", "name_key"})


def encode(column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime | sa.DateTime):
        moment: datetime = value
        return moment.astimezone(UTC).isoformat() if moment.tzinfo else moment.isoformat()
    if isinstance(column.type, sa.Date):
        day: date = value
        return day.isoformat()
    return value


def decode(column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime | sa.DateTime):
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if isinstance(column.type, sa.Date):
        return date.fromisoformat(value)
    return value


def encoded_row(table: sa.Table, row: Mapping[Any, Any]) -> Row:
    return {
        str(c.name): encode(c, row[c.name]) for c in table.columns if c.name not in _SKIPPED_COLUMNS and c.name in row
    }


def decoded_row(table: sa.Table, row: Mapping[str, Any]) -> Row:
    return {c.name: decode(c, row[c.name]) for c in table.columns if c.name in row}


def person_row(conn: Connection, owner_id: int, person_id: int) -> Row | None:
    found = conn.execute(sa.select(people).where(people.c.owner_id == owner_id, people.c.id == person_id)).mappings()
    row = found.first()
    return dict(row) if row is not None else None


def moved_ids(conn: Connection, person_id: int) -> dict[str, list[int]]:
    """The ids of every row about ``person_id`` that moves with them, by table."""
    found: dict[str, list[int]] = {}
    for name, table in MOVED.items():
        ids = list(
            conn.execute(sa.select(table.c.id).where(table.c.person_id == person_id).order_by(table.c.id)).scalars()
        )
        if ids:
            found[name] = ids
    return found


def identity_keys(conn: Connection, person_id: int) -> list[list[str]]:
    query = sa.select(identities.c.kind, identities.c.value).where(identities.c.person_id == person_id)
    return [[kind, value] for kind, value in conn.execute(query.order_by(identities.c.id))]


def tag_names(conn: Connection, person_id: int) -> list[str]:
    query = (
        sa.select(tags.c.name)
        .join(person_tags, person_tags.c.tag_id == tags.c.id)
        .where(person_tags.c.person_id == person_id)
    )
    return sorted(conn.execute(query).scalars())


def field_rows(conn: Connection, person_id: int) -> list[Row]:
    query = sa.select(person_fields).where(person_fields.c.person_id == person_id).order_by(person_fields.c.field)
    return [encoded_row(person_fields, r) for r in conn.execute(query).mappings()]


def absorbed(conn: Connection, owner_id: int, person_id: int) -> list[int]:
    """The journal rows of merges into ``person_id`` (they follow the person into a new merge)."""
    query = sa.select(merges.c.id).where(merges.c.owner_id == owner_id, merges.c.kept_person_id == person_id)
    return list(conn.execute(query).scalars())


def move_rows(conn: Connection, ids: Mapping[str, Sequence[int]], to_person: int) -> None:
    for name, row_ids in ids.items():
        table = MOVED[name]
        for start in range(0, len(row_ids), 500):
            chunk = list(row_ids[start : start + 500])
            conn.execute(table.update().where(table.c.id.in_(chunk)).values(person_id=to_person))


def move_identities(conn: Connection, owner_id: int, keys: Sequence[Sequence[str]], to_person: int) -> None:
    for kind, value in keys:
        conn.execute(
            identities.update()
            .where(identities.c.owner_id == owner_id, identities.c.kind == kind, identities.c.value == value)
            .values(person_id=to_person)
        )


def move_journal(conn: Connection, journal_ids: Sequence[int], to_person: int) -> None:
    if journal_ids:
        conn.execute(merges.update().where(merges.c.id.in_(list(journal_ids))).values(kept_person_id=to_person))


def tag_ids(conn: Connection, owner_id: int, names: Sequence[str]) -> list[int]:
    """The ids of tags ``names``, creating the missing ones."""
    found = dict(
        conn.execute(
            sa.select(tags.c.name, tags.c.id).where(tags.c.owner_id == owner_id, tags.c.name.in_(list(names)))
        ).all()
    )
    for name in names:
        if name not in found:
            key = conn.execute(tags.insert().values(owner_id=owner_id, name=name)).inserted_primary_key
            assert key is not None
            found[name] = int(key[0])
    return [int(found[n]) for n in names]


def add_tags(conn: Connection, owner_id: int, person_id: int, names: Sequence[str]) -> None:
    have = set(tag_names(conn, person_id))
    wanted = [n for n in names if n not in have]
    if wanted:
        conn.execute(
            person_tags.insert(), [{"person_id": person_id, "tag_id": t} for t in tag_ids(conn, owner_id, wanted)]
        )


def remove_tags(conn: Connection, owner_id: int, person_id: int, names: Sequence[str]) -> None:
    if names:
        ids = tag_ids(conn, owner_id, list(names))
        conn.execute(person_tags.delete().where(person_tags.c.person_id == person_id, person_tags.c.tag_id.in_(ids)))


def set_by_hand(conn: Connection, owner_id: int, person_id: int, names: Sequence[str], now: datetime) -> None:
    for name in names:
        conn.execute(
            person_fields.delete().where(person_fields.c.person_id == person_id, person_fields.c.field == name)
        )
        conn.execute(
            person_fields.insert().values(
                person_id=person_id, owner_id=owner_id, field=name, source_id=None, recorded_at=now, by_hand=True
            )
        )


def clear_fields(conn: Connection, person_id: int, names: Sequence[str]) -> None:
    if names:
        conn.execute(
            person_fields.delete().where(person_fields.c.person_id == person_id, person_fields.c.field.in_(list(names)))
        )


def restore_fields(conn: Connection, owner_id: int, person_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        conn.execute(
            person_fields.insert(),
            [{**decoded_row(person_fields, r), "person_id": person_id, "owner_id": owner_id} for r in rows],
        )


def update_person(conn: Connection, owner_id: int, person_id: int, columns: Row) -> None:
    if columns:
        conn.execute(people.update().where(people.c.owner_id == owner_id, people.c.id == person_id).values(**columns))


def delete_person(conn: Connection, owner_id: int, person_id: int) -> None:
    conn.execute(people.delete().where(people.c.owner_id == owner_id, people.c.id == person_id))


def id_is_free(conn: Connection, person_id: int) -> bool:
    return conn.execute(sa.select(people.c.id).where(people.c.id == person_id)).first() is None


def insert_person(conn: Connection, row: Row) -> int:
    key = conn.execute(people.insert().values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def reset_person_sequence(conn: Connection) -> None:
    """After a person came back with their old id, keep PostgreSQL's next id above every id."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('people', 'id'), "
                "(SELECT COALESCE(MAX(id), 0) + 1 FROM people), false)"
            )
        )


def photo_row(conn: Connection, person_id: int) -> Row | None:
    row = conn.execute(sa.select(person_photos).where(person_photos.c.person_id == person_id)).mappings().first()
    return encoded_row(person_photos, row) if row is not None else None


def insert_photo(conn: Connection, owner_id: int, person_id: int, row: Mapping[str, Any]) -> None:
    values = {k: v for k, v in decoded_row(person_photos, row).items() if k != "id"}
    conn.execute(person_photos.insert().values(**values, owner_id=owner_id, person_id=person_id))


def add_journal(conn: Connection, row: Row) -> int:
    key = conn.execute(merges.insert().values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def journal(conn: Connection, owner_id: int, merge_id: int) -> Row | None:
    row = (
        conn.execute(sa.select(merges).where(merges.c.owner_id == owner_id, merges.c.id == merge_id)).mappings().first()
    )
    return dict(row) if row is not None else None


def latest_merge(conn: Connection, owner_id: int, *, kept: int | None = None, merged: int | None = None,
                 name: str | None = None) -> Row | None:  # fmt: skip
    """The most recent merge not yet undone, into ``kept`` or of ``merged`` (by id or name)."""
    query = sa.select(merges).where(merges.c.owner_id == owner_id, merges.c.undone_at.is_(None))
    if kept is not None:
        query = query.where(merges.c.kept_person_id == kept)
    if merged is not None:
        query = query.where(merges.c.merged_person_id == merged)
    if name is not None:
        query = query.where(sa.func.lower(merges.c.merged_name) == name.strip().lower())
    row = conn.execute(query.order_by(merges.c.id.desc())).mappings().first()
    return dict(row) if row is not None else None


def count_merges(conn: Connection, owner_id: int, kept: int) -> int:
    query = sa.select(sa.func.count()).where(
        merges.c.owner_id == owner_id, merges.c.kept_person_id == kept, merges.c.undone_at.is_(None)
    )
    return int(conn.execute(query).scalar_one())


def mark_undone(conn: Connection, merge_id: int, now: datetime) -> None:
    conn.execute(merges.update().where(merges.c.id == merge_id).values(undone_at=now))


def undone_pairs(conn: Connection, owner_id: int) -> set[frozenset[int]]:
    """Pairs of people a merge of whom was undone: never proposed or merged again."""
    query = sa.select(merges.c.kept_person_id, merges.c.snapshot).where(
        merges.c.owner_id == owner_id, merges.c.undone_at.is_not(None)
    )
    pairs = set()
    for kept, snapshot in conn.execute(query):
        back = (snapshot or {}).get("restored_as")
        if back is not None:
            pairs.add(frozenset((int(kept), int(back))))
    return pairs


def move_record_notes(
    conn: Connection, kept: int, to_person: int, bodies: Sequence[str], source_id: int | None
) -> None:
    if bodies:
        query = notes.update().where(notes.c.person_id == kept, notes.c.body.in_(list(bodies)))
        if source_id is not None:
            query = query.where(notes.c.source_id == source_id)
        conn.execute(query.values(person_id=to_person))


def move_records_by_key(conn: Connection, owner_id: int, keys: Sequence[str], to_person: int) -> None:
    if keys:
        conn.execute(
            contact_records.update()
            .where(contact_records.c.owner_id == owner_id, contact_records.c.record_key.in_(list(keys)))
            .values(person_id=to_person)
        )


def move_photo(conn: Connection, kept: int, to_person: int, source_id: int | None) -> None:
    query = person_photos.update().where(person_photos.c.person_id == kept)
    if source_id is not None:
        query = query.where(person_photos.c.source_id == source_id)
    conn.execute(query.values(person_id=to_person))


def set_snapshot(conn: Connection, merge_id: int, snapshot: Mapping[str, Any]) -> None:
    conn.execute(merges.update().where(merges.c.id == merge_id).values(snapshot=dict(snapshot)))
