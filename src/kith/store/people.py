"""Queries about people: finding, reading, listing (streamed), and changing them."""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.identity import name_key
from kith.core.model import (
    Birthday,
    Favor,
    Identity,
    IdentityKind,
    IdentityStatus,
    Interaction,
    Note,
    PeopleFilter,
    Person,
    RelationshipKind,
)
from kith.core.who import NameCandidate
from kith.store.records import (
    favor_from_row,
    favor_row,
    identity_row,
    interaction_from_row,
    interaction_row,
    note_from_row,
    note_row,
    person_from_row,
    person_row,
)
from kith.store.schema import favors, identities, interactions, notes, people, person_fields, person_tags, tags

# How many people a streamed listing reads at a time (and then fetches identities and tags for).
PAGE_ROWS = 1000


SORTS: Mapping[str, Sequence[sa.ColumnElement[Any]]] = {
    "name": (people.c.name_key,),
    "company": (people.c.company, people.c.name_key),
    "country": (people.c.country, people.c.city, people.c.name_key),
    "city": (people.c.city, people.c.name_key),
    "added": (people.c.created_at,),
    "updated": (people.c.updated_at,),
    "id": (),
}


def _new_id(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def person_id_exists(conn: Connection, owner_id: int, person_id: int) -> bool:
    query = sa.select(people.c.id).where(people.c.owner_id == owner_id, people.c.id == person_id)
    return conn.execute(query).first() is not None


def person_by_identity(conn: Connection, owner_id: int, kind: IdentityKind, value: str) -> int | None:
    query = sa.select(identities.c.person_id).where(
        identities.c.owner_id == owner_id, identities.c.kind == kind.value, identities.c.value == value
    )
    found = conn.execute(query).scalar()
    return int(found) if found is not None else None


def name_candidates(conn: Connection, owner_id: int, query: str) -> list[NameCandidate]:
    """People whose name shares a word with ``query``; everyone when none does (typos)."""
    words = [w for w in name_key(query).split() if len(w) >= 2]
    base = sa.select(people.c.id, people.c.display_name, people.c.company, people.c.city).where(
        people.c.owner_id == owner_id
    )
    rows: Sequence[sa.Row[Any, Any, Any, Any]] = []
    if words:
        rows = conn.execute(base.where(sa.or_(*(people.c.name_key.contains(w, autoescape=True) for w in words)))).all()
    if not rows:
        rows = conn.execute(base).all()
    return [
        NameCandidate(
            person_id=r.id, display_name=r.display_name, detail=", ".join(p for p in (r.company, r.city) if p)
        )
        for r in rows
    ]


def insert_person(conn: Connection, owner_id: int, person: Person, now: datetime, source_id: int | None = None) -> int:
    """Insert a person with their identities and tags; returns the new id."""
    person_id = _new_id(conn.execute(people.insert().values(person_row(person, owner_id, now, source_id))))
    for identity in person.identities:
        conn.execute(identities.insert().values(identity_row(identity, owner_id, person_id, now, source_id)))
    add_tags(conn, owner_id, person_id, person.tags)
    return person_id


def load_person(conn: Connection, owner_id: int, person_id: int) -> Person | None:
    row = (
        conn.execute(sa.select(people).where(people.c.owner_id == owner_id, people.c.id == person_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    ids, tag_names = _identities_and_tags(conn, [person_id])
    return person_from_row(row, tuple(ids[person_id]), tuple(tag_names[person_id]))


_KINDS = {k.value: k for k in IdentityKind}
_STATUSES = {s.value: s for s in IdentityStatus}


def _identities_and_tags(
    conn: Connection, person_ids: Sequence[int]
) -> tuple[dict[int, list[Identity]], dict[int, list[str]]]:
    """The identities and tags of a page of people, in two queries (a hot path: keep it lean)."""
    found: dict[int, list[Identity]] = defaultdict(list)
    c = identities.c
    rows = conn.execute(
        sa.select(c.person_id, c.id, c.kind, c.value, c.label, c.status)
        .where(c.person_id.in_(person_ids))
        .order_by(c.person_id, c.id)
    ).all()  # one fetchall: iterating a result fetches row by row
    for person_id, identity_id, kind, value, label, status in rows:
        found[person_id].append(Identity(_KINDS[kind], value, label, _STATUSES[status], identity_id))
    labels: dict[int, list[str]] = defaultdict(list)
    tag_rows = conn.execute(
        sa.select(person_tags.c.person_id, tags.c.name)
        .join(tags, tags.c.id == person_tags.c.tag_id)
        .where(person_tags.c.person_id.in_(person_ids))
        .order_by(person_tags.c.person_id, tags.c.name)
    ).all()
    for person_id, name in tag_rows:
        labels[person_id].append(name)
    return found, labels


def _filtered(owner_id: int, where: PeopleFilter) -> sa.Select[Any]:
    query = sa.select(people).where(people.c.owner_id == owner_id)
    if where.tag:
        query = query.where(
            people.c.id.in_(
                sa.select(person_tags.c.person_id)
                .join(tags, tags.c.id == person_tags.c.tag_id)
                .where(tags.c.owner_id == owner_id, tags.c.name == where.tag.strip().lower())
            )
        )
    if where.company:
        query = query.where(sa.func.lower(people.c.company).contains(where.company.strip().lower(), autoescape=True))
    if where.city:
        query = query.where(sa.func.lower(people.c.city) == where.city.strip().lower())
    if where.country:
        query = query.where(people.c.country == where.country)
    if where.search:
        for word in name_key(where.search).split():
            query = query.where(
                sa.or_(
                    people.c.name_key.contains(word, autoescape=True),
                    sa.func.lower(people.c.company).contains(word, autoescape=True),
                    sa.func.lower(people.c.title).contains(word, autoescape=True),
                    sa.func.lower(people.c.city).contains(word, autoescape=True),
                )
            )
    return query


def count_people(conn: Connection, owner_id: int, where: PeopleFilter | None = None) -> int:
    inner = _filtered(owner_id, where or PeopleFilter()).with_only_columns(people.c.id).subquery()
    return int(conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one())


# The columns a listing reads, in order. Datetimes and JSON come back raw (type_coerce) and
# are converted below with C-speed parsers: SQLAlchemy's per-value processors tripled the
# cost of streaming 100,000 people.
_LISTING_COLUMNS = (
    people.c.id,
    people.c.display_name,
    people.c.given_name,
    people.c.family_name,
    people.c.company,
    people.c.title,
    people.c.city,
    people.c.country,
    sa.type_coerce(people.c.languages, sa.Text),
    sa.type_coerce(people.c.interests, sa.Text),
    people.c.how_we_met,
    people.c.postal_address,
    people.c.birth_year,
    people.c.birth_month,
    people.c.birth_day,
    people.c.keep_in_touch_days,
    sa.type_coerce(people.c.do_not_contact_since, sa.Text),
    people.c.intended_kind,
    sa.type_coerce(people.c.created_at, sa.Text),
    sa.type_coerce(people.c.updated_at, sa.Text),
    sa.type_coerce(people.c.known_since, sa.Text),
)
_KINDS_OF_RELATIONSHIP = {k.value: k for k in RelationshipKind}


def raw_time(value: Any) -> datetime | None:
    """A time read raw (SQLite's naive UTC text, or PostgreSQL's naive datetime) as aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")  # one parse instead of a parse and a replace
    return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


def raw_date(value: Any) -> date | None:
    """A date read raw (SQLite's text, or PostgreSQL's date)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def raw_list(value: Any) -> list[str]:
    """A JSON list column read raw (text on SQLite, already parsed on PostgreSQL)."""
    if value is None:
        return []
    return list(orjson.loads(value) if isinstance(value, str | bytes) else value)


def iter_people(
    conn: Connection,
    owner_id: int,
    where: PeopleFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Person]:
    """Stream people with their identities and tags, a page of rows at a time (flat memory)."""
    for listed in iter_listed(conn, owner_id, where, sort=sort, descending=descending, limit=limit, offset=offset):
        yield person_from_listed(listed)


def person_from_listed(listed: ListedPerson) -> Person:
    """The ``Person`` of a listed row (``iter_listed``)."""
    found = [Identity(_KINDS[k], v, label, _STATUSES[st], i) for k, v, label, st, i in listed.identities]
    return _listed_person(listed, found, listed.tags)


class ListedPerson(NamedTuple):
    """One person of a listing as the database gives it: the columns of ``_LISTING_COLUMNS``
    read raw (times and JSON lists unparsed: ``raw_time``, ``raw_list``), the identities as
    ``[kind, value, label, status, id]`` in id order and the tag names in order. ``kith list
    --json`` turns these into JSON without building a ``Person`` (a named tuple's fields
    read at C speed; SQLAlchemy's row attributes cost 3 us each)."""

    id: int
    display_name: str
    given_name: str
    family_name: str
    company: str
    title: str
    city: str
    country: str
    languages: Any
    interests: Any
    how_we_met: str
    postal_address: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    keep_in_touch_days: int | None
    do_not_contact_since: Any
    intended_kind: str | None
    created_at: Any
    updated_at: Any
    known_since: Any
    identities: list[list[Any]]
    tags: list[str]


def iter_listed(
    conn: Connection,
    owner_id: int,
    where: PeopleFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[ListedPerson]:
    """Stream the people of a listing as rows, in one query, a page at a time (flat memory)."""
    order = [*(c.desc() if descending else c for c in SORTS[sort]), people.c.id.desc() if descending else people.c.id]
    query = _filtered(owner_id, where or PeopleFilter()).with_only_columns(*_LISTING_COLUMNS).order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    query = query.add_columns(*_aggregated_identities_and_tags(conn))
    for page in conn.execution_options(yield_per=PAGE_ROWS).execute(query).partitions():
        for row in page:
            yield _listed(row)


def people_by_id(conn: Connection, owner_id: int, person_ids: Iterable[int]) -> Iterator[Person]:
    """These people (those who exist) with their identities and tags, in id order, a page of
    ids per query: the listing's one query, not three per page (the plan loads tens of
    thousands)."""
    ids = sorted(set(person_ids))
    for start in range(0, len(ids), PAGE_ROWS):
        query = (
            sa.select(*_LISTING_COLUMNS, *_aggregated_identities_and_tags(conn))
            .where(people.c.owner_id == owner_id, people.c.id.in_(ids[start : start + PAGE_ROWS]))
            .order_by(people.c.id)
        )
        for row in conn.execute(query):
            yield person_from_listed(_listed(row))


def _listed(row: Sequence[Any]) -> ListedPerson:
    """A row of ``_LISTING_COLUMNS`` and the two aggregates as a ``ListedPerson``."""
    return ListedPerson._make((*row[:-2], _identities_of(row[-2]), _tags_of(row[-1])))


def _aggregated_identities_and_tags(conn: Connection) -> tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]:
    """Each listed person's identities and tags as two JSON arrays computed by the database
    (one correlated lookup each through the ``person_id`` indexes), so a listing is one
    streamed query instead of one per page and table."""
    c = identities.c
    if conn.dialect.name == "sqlite":
        array, aggregate = sa.func.json_array, sa.func.json_group_array
    else:
        array, aggregate = sa.func.json_build_array, sa.func.json_agg
    found = (
        sa.select(aggregate(array(c.kind, c.value, c.label, c.status, c.id)))
        .where(c.person_id == people.c.id)
        .scalar_subquery()
    )
    labels = (
        sa.select(aggregate(tags.c.name))
        .select_from(person_tags.join(tags, tags.c.id == person_tags.c.tag_id))
        .where(person_tags.c.person_id == people.c.id)
        .scalar_subquery()
    )
    return sa.type_coerce(found, sa.Text), sa.type_coerce(labels, sa.Text)


def _identities_of(raw: Any) -> list[list[Any]]:
    """The ``[kind, value, label, status, id]`` of a JSON array of such arrays, in id order."""
    listed = orjson.loads(raw) if isinstance(raw, str | bytes) else raw
    if not listed:
        return []
    if len(listed) > 1:
        listed.sort(key=_IDENTITY_ID)  # an aggregate promises no order
    return listed  # type: ignore[no-any-return]


_IDENTITY_ID = operator.itemgetter(4)


def _tags_of(raw: Any) -> list[str]:
    listed = orjson.loads(raw) if isinstance(raw, str | bytes) else raw
    return sorted(listed) if listed else []


def _listed_person(row: ListedPerson, found: Sequence[Identity], labels: Sequence[str]) -> Person:
    (
        person_id,
        display_name,
        given_name,
        family_name,
        company,
        title,
        city,
        country,
        languages,
        interests,
        how_we_met,
        postal_address,
        birth_year,
        birth_month,
        birth_day,
        keep_in_touch_days,
        do_not_contact_since,
        intended_kind,
        created_at,
        updated_at,
        known_since,
        _identities,
        _tags,
    ) = row
    return Person(
        id=person_id,
        display_name=display_name,
        given_name=given_name,
        family_name=family_name,
        company=company,
        title=title,
        city=city,
        country=country,
        languages=tuple(raw_list(languages)),
        interests=tuple(raw_list(interests)),
        how_we_met=how_we_met,
        postal_address=postal_address,
        birthday=Birthday(birth_month, birth_day, birth_year) if birth_month and birth_day else None,
        keep_in_touch_days=keep_in_touch_days,
        known_since=raw_date(known_since),
        do_not_contact_since=raw_time(do_not_contact_since),
        intended_kind=_KINDS_OF_RELATIONSHIP[intended_kind] if intended_kind else None,
        identities=tuple(found),
        tags=tuple(labels),
        created_at=raw_time(created_at),
        updated_at=raw_time(updated_at),
    )


def update_person(conn: Connection, owner_id: int, person_id: int, changes: Mapping[str, Any], now: datetime) -> None:
    """Change fields edited by hand: an import will never overwrite them (``person_fields.by_hand``)."""
    values = dict(changes)
    if "birthday" in values:
        birthday = values.pop("birthday")
        values.update(
            birth_year=birthday.year if birthday else None,
            birth_month=birthday.month if birthday else None,
            birth_day=birthday.day if birthday else None,
        )
    if "languages" in values:
        values["languages"] = list(values["languages"])
    if "interests" in values:
        values["interests"] = list(values["interests"])
    if "display_name" in values:
        values["name_key"] = name_key(values["display_name"])
    conn.execute(
        people.update().where(people.c.owner_id == owner_id, people.c.id == person_id).values(**values, updated_at=now)
    )
    for field in changes:
        conn.execute(
            person_fields.delete().where(person_fields.c.person_id == person_id, person_fields.c.field == field)
        )
        conn.execute(
            person_fields.insert().values(
                person_id=person_id, owner_id=owner_id, field=field, source_id=None, recorded_at=now, by_hand=True
            )
        )


def hand_edited_fields(conn: Connection, person_id: int) -> set[str]:
    query = sa.select(person_fields.c.field).where(person_fields.c.person_id == person_id, person_fields.c.by_hand)
    return set(conn.execute(query).scalars())


def add_identity(conn: Connection, owner_id: int, person_id: int, identity: Identity, now: datetime) -> None:
    conn.execute(identities.insert().values(identity_row(identity, owner_id, person_id, now)))


def remove_identity(conn: Connection, owner_id: int, person_id: int, kind: IdentityKind, value: str) -> bool:
    deleted = conn.execute(
        identities.delete().where(
            identities.c.owner_id == owner_id,
            identities.c.person_id == person_id,
            identities.c.kind == kind.value,
            identities.c.value == value,
        )
    )
    return bool(deleted.rowcount)


def add_tags(conn: Connection, owner_id: int, person_id: int, names: Iterable[str]) -> None:
    for name in names:
        tag_id = conn.execute(sa.select(tags.c.id).where(tags.c.owner_id == owner_id, tags.c.name == name)).scalar()
        if tag_id is None:
            tag_id = _new_id(conn.execute(tags.insert().values(owner_id=owner_id, name=name)))
        already = conn.execute(
            sa.select(person_tags.c.tag_id).where(person_tags.c.person_id == person_id, person_tags.c.tag_id == tag_id)
        ).first()
        if already is None:
            conn.execute(person_tags.insert().values(person_id=person_id, tag_id=tag_id))


def remove_tags(conn: Connection, owner_id: int, person_id: int, names: Iterable[str]) -> None:
    wanted = list(names)
    tag_ids = sa.select(tags.c.id).where(tags.c.owner_id == owner_id, tags.c.name.in_(wanted))
    conn.execute(person_tags.delete().where(person_tags.c.person_id == person_id, person_tags.c.tag_id.in_(tag_ids)))


def add_interaction(conn: Connection, owner_id: int, interaction: Interaction) -> int:
    return _new_id(conn.execute(interactions.insert().values(interaction_row(interaction, owner_id))))


def add_note(conn: Connection, owner_id: int, note: Note) -> int:
    return _new_id(conn.execute(notes.insert().values(note_row(note, owner_id))))


def add_favor(conn: Connection, owner_id: int, favor: Favor, now: datetime) -> int:
    return _new_id(conn.execute(favors.insert().values(favor_row(favor, owner_id, now))))


def recent_interactions(conn: Connection, owner_id: int, person_id: int, limit: int) -> list[Interaction]:
    query = (
        sa.select(interactions)
        .where(interactions.c.owner_id == owner_id, interactions.c.person_id == person_id)
        .order_by(interactions.c.occurred_at.desc(), interactions.c.id.desc())
        .limit(limit)
    )
    return [interaction_from_row(r) for r in conn.execute(query).mappings()]


@dataclass(frozen=True)
class HistoryCounts:
    total: int
    inbound: int
    outbound: int
    mutual: int
    first: datetime | None
    last: datetime | None


def history_counts(conn: Connection, owner_id: int, person_id: int) -> HistoryCounts:
    """Counts by direction and the first and last contact, aggregated in SQL."""
    c = interactions.c
    row = conn.execute(
        sa.select(
            sa.func.count(),
            sa.func.count().filter(c.direction == "inbound"),
            sa.func.count().filter(c.direction == "outbound"),
            sa.func.count().filter(c.direction == "mutual"),
            sa.func.min(c.occurred_at),
            sa.func.max(c.occurred_at),
        ).where(c.owner_id == owner_id, c.person_id == person_id, c.kind == "personal")
    ).one()
    return HistoryCounts(total=row[0], inbound=row[1], outbound=row[2], mutual=row[3], first=row[4], last=row[5])


def person_favors(conn: Connection, owner_id: int, person_id: int) -> list[Favor]:
    query = (
        sa.select(favors).where(favors.c.owner_id == owner_id, favors.c.person_id == person_id).order_by(favors.c.id)
    )
    return [favor_from_row(r) for r in conn.execute(query).mappings()]


def person_notes(conn: Connection, owner_id: int, person_id: int) -> list[Note]:
    query = (
        sa.select(notes)
        .where(notes.c.owner_id == owner_id, notes.c.person_id == person_id)
        .order_by(notes.c.created_at, notes.c.id)
    )
    return [note_from_row(r) for r in conn.execute(query).mappings()]


def delete_person(conn: Connection, owner_id: int, person_id: int) -> None:
    """Remove the person and, through the foreign keys, every row about them."""
    conn.execute(people.delete().where(people.c.owner_id == owner_id, people.c.id == person_id))
