"""What calendar imports and syncs read and write: the user's addresses, people by address,
the meetings already recorded for an event, and where each calendar's last reading stopped
(a CalDAV calendar's sync token and ETags, an .ics file's event digests)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.model import Identity, IdentityKind, Person
from kith.store.records import identity_row, person_row
from kith.store.schema import calendar_resources, calendar_syncs, identities, interactions, people

# Rows per IN (...) list: well under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def people_by_email(conn: Connection, owner_id: int, emails: Sequence[str]) -> dict[str, int]:
    """The person each of ``emails`` belongs to, for those that belong to someone."""
    c = identities.c
    found: dict[str, int] = {}
    for chunk in _chunks(list(emails)):
        query = sa.select(c.value, c.person_id).where(
            c.owner_id == owner_id, c.kind == IdentityKind.EMAIL.value, c.value.in_(chunk)
        )
        found.update({row[0]: row[1] for row in conn.execute(query)})
    return found


def add_people_met(
    conn: Connection, owner_id: int, met: Sequence[tuple[str, str]], now: datetime, source_id: int
) -> dict[str, int]:
    """New people, one per (name, email), each with that email identity; their ids by email.

    Written in two batches (people, then identities), not person by person: a calendar of a
    decade can introduce thousands of people at once.
    """
    if not met:
        return {}
    rows = [person_row(Person(display_name=name), owner_id, now, source_id) for name, _ in met]
    inserted = conn.execute(people.insert().returning(people.c.id, sort_by_parameter_order=True), rows)
    ids = [int(i) for i in inserted.scalars()]
    conn.execute(
        identities.insert(),
        [
            identity_row(Identity(IdentityKind.EMAIL, email), owner_id, person_id, now, source_id)
            for (_, email), person_id in zip(met, ids, strict=True)
        ],
    )
    return {email: person_id for (_, email), person_id in zip(met, ids, strict=True)}


def recorded_in_threads(conn: Connection, owner_id: int, threads: Sequence[str]) -> dict[str, set[str]]:
    """The external ids of the interactions already recorded in each thread (an event's UID)."""
    c = interactions.c
    found: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(list(threads)):
        query = sa.select(c.thread_id, c.external_id).where(c.owner_id == owner_id, c.thread_id.in_(chunk))
        for thread, external_id in conn.execute(query):
            found[thread].add(external_id)
    return found


def add_interaction_rows(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert interaction rows (built by ``records.interaction_row``) in one batch."""
    if rows:
        conn.execute(interactions.insert(), list(rows))


def remove_interactions(conn: Connection, owner_id: int, external_ids: Sequence[str]) -> int:
    """Delete the owner's interactions with these external ids; how many there were."""
    removed = 0
    for chunk in _chunks(list(external_ids)):
        result = conn.execute(
            interactions.delete().where(interactions.c.owner_id == owner_id, interactions.c.external_id.in_(chunk))
        )
        removed += result.rowcount
    return removed


@dataclass(frozen=True, slots=True)
class Resource:
    """One event resource as last read: on a CalDAV server (by href), or in a file (by UID)."""

    etag: str  # the server's ETag, or the digest of the event's text in a file
    uid: str | None
    settled: bool = False  # all its occurrences are past and its rule has ended


@dataclass(frozen=True, slots=True)
class SyncState:
    sync_token: str | None
    resources: dict[str, Resource]  # href -> what it held


def sync_state(conn: Connection, owner_id: int, source_id: int) -> SyncState:
    """Where the last sync of this calendar stopped (no token and no resources the first time)."""
    token = conn.execute(
        sa.select(calendar_syncs.c.sync_token).where(
            calendar_syncs.c.owner_id == owner_id, calendar_syncs.c.source_id == source_id
        )
    ).scalar()
    c = calendar_resources.c
    query = sa.select(c.href, c.etag, c.uid, c.settled).where(c.owner_id == owner_id, c.source_id == source_id)
    rows = conn.execute(query).all()
    return SyncState(token, {href: Resource(etag, uid, bool(settled)) for href, etag, uid, settled in rows})


def save_sync_state(
    conn: Connection,
    owner_id: int,
    source_id: int,
    sync_token: str | None,
    changed: Mapping[str, Resource],
    gone: Iterable[str],
    now: datetime,
) -> None:
    """Record the new token, the resources read again and the ones deleted on the server."""
    conn.execute(
        calendar_syncs.delete().where(calendar_syncs.c.owner_id == owner_id, calendar_syncs.c.source_id == source_id)
    )
    conn.execute(
        calendar_syncs.insert().values(owner_id=owner_id, source_id=source_id, sync_token=sync_token, synced_at=now)
    )
    c = calendar_resources.c
    stale = [*changed, *gone]
    for chunk in _chunks(stale):
        conn.execute(
            calendar_resources.delete().where(c.owner_id == owner_id, c.source_id == source_id, c.href.in_(chunk))
        )
    if changed:
        conn.execute(
            calendar_resources.insert(),
            [
                {
                    "owner_id": owner_id,
                    "source_id": source_id,
                    "href": href,
                    "etag": r.etag,
                    "uid": r.uid,
                    "settled": r.settled,
                }
                for href, r in changed.items()
            ],
        )
