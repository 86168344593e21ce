"""Mail facts in the store: the user's own addresses, messages seen (for threads), candidates
with their messages, how far each mailbox was read, and the bulk writes of an import.

Writes are batched (``executemany``) and idempotent: rows keyed by a message key or an
external id that is already there are left alone (``ON CONFLICT DO NOTHING`` on both
SQLite and PostgreSQL).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from kith.core.model import IdentityKind, IdentityStatus
from kith.store.schema import (
    UTCDateTime,
    candidate_messages,
    identities,
    interactions,
    mail_candidates,
    mail_messages,
    mail_progress,
    my_identities,
    outreach_steps,
    people,
    sqlite_utc_text,
)

Row = dict[str, Any]

# How many keys go into one ``IN (...)``: below SQLite's and PostgreSQL's parameter limits.
KEYS_PER_QUERY = 900


def _chunked(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), KEYS_PER_QUERY):
        yield values[start : start + KEYS_PER_QUERY]


def insert_ignoring_duplicates(conn: Connection, table: sa.Table, rows: Sequence[Row]) -> None:
    """Insert ``rows`` (one ``executemany``), leaving out those whose unique key is already
    stored; rows must all have the same keys (see ``insert_rows``)."""
    if not rows:
        return
    columns = tuple(rows[0])
    insert_rows(conn, table, columns, [tuple(row[name] for name in columns) for row in rows])


def insert_rows(conn: Connection, table: sa.Table, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows``, tuples of the values of ``columns`` in that order (one ``executemany``),
    leaving out those whose unique key is already stored (``ON CONFLICT DO NOTHING``).

    On SQLite the rows go straight to the driver (``INSERT OR IGNORE``), each value through
    its column's own bind processor (times: the same text SQLAlchemy writes, made directly):
    SQLAlchemy's per-row parameter handling costs several times the insert itself (see
    ``store/demo_writer.py``).
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(
            postgresql.insert(table).on_conflict_do_nothing(), [dict(zip(columns, row, strict=True)) for row in rows]
        )
        return
    sql, convert = _sqlite_insert(conn, table, columns)
    conn.exec_driver_sql(sql, convert(rows))


def prepare_bulk_writes(conn: Connection) -> None:
    """The page cache of an import on SQLite: 32 MB, as every connection has
    (``store/database.py``), set here so that the import does not depend on it. The indexes
    of a large history do not fit a smaller cache, and every batch then spills pages to the
    WAL and reads them back: inserting the rows of 100,000 demo messages costs 3.2-3.3 s of
    CPU with 8 MB (what imports used to set, to hold less memory), 2.8-2.9 s with 16 MB and
    2.5-2.7 s with 32 MB, the difference being kernel time (``docs/performance.md``). The
    cache is a bound: however large the mailbox, it holds no more."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size = -32768")


_Converter = Callable[[Sequence[tuple[Any, ...]]], Sequence[tuple[Any, ...]]]
_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, _Converter]] = {}


def _sqlite_insert(conn: Connection, table: sa.Table, names: tuple[str, ...]) -> tuple[str, _Converter]:
    """The ``INSERT OR IGNORE`` of ``names`` into ``table``, and what turns rows of those
    columns into the driver's parameters (in the statement's order, each value converted
    as its column's type does it)."""
    key = (table.name, names)
    if key not in _INSERTS:
        compiled = sqlite.insert(table).on_conflict_do_nothing().compile(dialect=conn.dialect, column_keys=list(names))
        order = tuple(compiled.positiontup or ())
        processors: list[tuple[int, Callable[[Any], Any]]] = []
        for index, name in enumerate(order):
            column_type = table.c[name].type
            if isinstance(column_type, UTCDateTime):
                processors.append((index, sqlite_utc_text))
            elif isinstance(column_type, sa.Boolean):
                continue  # the driver stores True and False as 1 and 0, as the type's processor would
            elif (processor := column_type.dialect_impl(conn.dialect).bind_processor(conn.dialect)) is not None:
                processors.append((index, processor))
        _INSERTS[key] = (compiled.string, _converter(tuple(names.index(name) for name in order), processors))
    return _INSERTS[key]


def _converter(pick: tuple[int, ...], processors: list[tuple[int, Callable[[Any], Any]]]) -> _Converter:
    values = operator.itemgetter(*pick) if len(pick) > 1 else lambda row: (row[pick[0]],)
    in_order = pick == tuple(range(len(pick)))

    def convert(rows: Sequence[tuple[Any, ...]]) -> Sequence[tuple[Any, ...]]:
        if not processors:
            return rows if in_order else [values(row) for row in rows]
        converted_rows = []
        for row in rows:
            converted = list(values(row))
            for index, processor in processors:
                value = converted[index]
                if value is not None:
                    converted[index] = processor(value)
            converted_rows.append(tuple(converted))
        return converted_rows

    return convert


# The user's own addresses -------------------------------------------------------------------


def my_addresses(conn: Connection, owner_id: int, kind: IdentityKind = IdentityKind.EMAIL) -> list[str]:
    query = (
        sa.select(my_identities.c.value)
        .where(my_identities.c.owner_id == owner_id, my_identities.c.kind == kind.value)
        .order_by(my_identities.c.id)
    )
    return [str(v) for v in conn.execute(query).scalars()]


def add_my_address(
    conn: Connection, owner_id: int, value: str, now: datetime, kind: IdentityKind = IdentityKind.EMAIL
) -> bool:
    """Add one of the user's addresses; whether it was new."""
    if value in my_addresses(conn, owner_id, kind):
        return False
    conn.execute(my_identities.insert().values(owner_id=owner_id, kind=kind.value, value=value, created_at=now))
    return True


def remove_my_address(conn: Connection, owner_id: int, value: str, kind: IdentityKind = IdentityKind.EMAIL) -> bool:
    query = my_identities.delete().where(
        my_identities.c.owner_id == owner_id, my_identities.c.kind == kind.value, my_identities.c.value == value
    )
    return conn.execute(query).rowcount > 0


# Addresses of people ------------------------------------------------------------------------


def email_owners(conn: Connection, owner_id: int) -> dict[str, int]:
    """Every email identity of the owner's people: address -> person id."""
    query = sa.select(identities.c.value, identities.c.person_id).where(
        identities.c.owner_id == owner_id, identities.c.kind == IdentityKind.EMAIL.value
    )
    return {str(value): int(person_id) for value, person_id in conn.execute(query).all()}


def people_at_domain(conn: Connection, owner_id: int, domain: str) -> list[int]:
    """The people with an email address at ``domain`` (for matching a new address there)."""
    query = (
        sa.select(identities.c.person_id)
        .where(
            identities.c.owner_id == owner_id,
            identities.c.kind == IdentityKind.EMAIL.value,
            identities.c.value.endswith("@" + domain, autoescape=True),
        )
        .distinct()
        .limit(5000)
    )
    return [int(v) for v in conn.execute(query).scalars()]


def mark_bouncing(conn: Connection, owner_id: int, addresses: Iterable[str]) -> list[int]:
    """Mark these email identities bouncing; the ids of the people they belong to."""
    wanted = sorted(set(addresses))
    touched: list[int] = []
    for chunk in _chunked(wanted):
        condition = sa.and_(
            identities.c.owner_id == owner_id,
            identities.c.kind == IdentityKind.EMAIL.value,
            identities.c.value.in_(chunk),
        )
        touched += [int(v) for v in conn.execute(sa.select(identities.c.person_id).where(condition)).scalars()]
        conn.execute(identities.update().where(condition).values(status=IdentityStatus.BOUNCING.value))
    return touched


# Messages seen ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeenMessage:
    key: str
    thread_id: str
    from_me: bool
    occurred_at: datetime | None


def seen_messages(conn: Connection, owner_id: int, keys: Iterable[str]) -> dict[str, SeenMessage]:
    """The messages among ``keys`` that an earlier import (or sync) already read."""
    c = mail_messages.c
    found: dict[str, SeenMessage] = {}
    for chunk in _chunked(sorted(set(keys))):
        if conn.dialect.name == "sqlite":
            rows: Iterable[Any] = _sqlite_keyed(
                conn,
                "SELECT message_key, thread_id, from_me, occurred_at FROM mail_messages "
                "WHERE owner_id = ? AND message_key IN ({keys})",
                owner_id,
                chunk,
            )
            for key, thread, from_me, when in rows:
                found[key] = SeenMessage(key, thread, bool(from_me), _utc_time(when))
            continue
        query = sa.select(c.message_key, c.thread_id, c.from_me, c.occurred_at).where(
            c.owner_id == owner_id, c.message_key.in_(chunk)
        )
        for key, thread, from_me, when in conn.execute(query):
            found[key] = SeenMessage(key, thread, bool(from_me), when)
    return found


def threads_started_by_me(conn: Connection, owner_id: int, thread_ids: Iterable[str]) -> set[str]:
    """The threads among ``thread_ids`` whose first message (the one the thread is named
    after) the user wrote."""
    c = mail_messages.c
    started: set[str] = set()
    for chunk in _chunked(sorted(set(thread_ids))):
        if conn.dialect.name == "sqlite":
            sql = (
                "SELECT message_key FROM mail_messages WHERE owner_id = ? AND message_key IN ({keys}) "
                "AND message_key = thread_id AND from_me = 1"
            )
            started |= {str(row[0]) for row in _sqlite_keyed(conn, sql, owner_id, chunk)}
            continue
        query = sa.select(c.message_key).where(
            c.owner_id == owner_id, c.message_key.in_(chunk), c.message_key == c.thread_id, c.from_me.is_(True)
        )
        started |= {str(v) for v in conn.execute(query).scalars()}
    return started


def _sqlite_keyed(conn: Connection, sql: str, owner_id: int, keys: Sequence[str]) -> Sequence[Any]:
    """Rows of ``sql`` (SQLite) whose ``{keys}`` is one placeholder a key: SQLAlchemy's
    expanding ``IN`` renders and processes each of the hundreds of keys of a batch, which
    costs more than the query (about half a second in a 100,000-message import)."""
    marks = ", ".join("?" * len(keys))
    return conn.exec_driver_sql(sql.format(keys=marks), (owner_id, *keys)).all()


def _utc_time(value: Any) -> datetime | None:
    """A time as the SQLite driver returns it (the text SQLAlchemy wrote), as an aware UTC time."""
    if value is None:
        return None
    found = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return found.replace(tzinfo=UTC)


def thread_on_topic(
    conn: Connection, owner_id: int, topic: str, since: datetime, until: datetime, addresses: Sequence[str]
) -> str | None:
    """The newest thread on ``topic`` between ``since`` and ``until`` in which one of
    ``addresses`` took part (the subject fallback of threading, across files)."""
    c = mail_messages.c
    query = (
        sa.select(c.thread_id)
        .where(c.owner_id == owner_id, c.topic == topic, c.occurred_at >= since, c.occurred_at <= until)
        .order_by(c.occurred_at.desc())
        .limit(20)
    )
    for thread in dict.fromkeys(str(t) for t in conn.execute(query).scalars()):
        for table in (interactions, candidate_messages):
            took_part = sa.or_(*(table.c.external_id.endswith("|" + a, autoescape=True) for a in addresses))
            found = conn.execute(
                sa.select(table.c.id)
                .where(table.c.owner_id == owner_id, table.c.thread_id == thread, took_part)
                .limit(1)
            ).first()
            if found is not None:
                return thread
    return None


def mark_replies(conn: Connection, owner_id: int, thread_ids: Iterable[str]) -> list[tuple[str, datetime | None]]:
    """Flag as replies the inbound personal messages of these threads (which the user
    started) not flagged yet: the answer may have been read before the user's own first
    message (an Inbox read before the Sent folder). Returns (key, when) of each one flagged."""
    c = mail_messages.c
    found: list[tuple[str, datetime | None]] = []
    for chunk in _chunked(sorted(set(thread_ids))):
        condition = sa.and_(
            c.owner_id == owner_id,
            c.thread_id.in_(chunk),
            c.from_me.is_(False),
            c.reply.is_(False),
            c.kind == "personal",
            c.message_key != c.thread_id,
        )
        flagged = [(str(k), w) for k, w in conn.execute(sa.select(c.message_key, c.occurred_at).where(condition))]
        if flagged:
            conn.execute(mail_messages.update().where(condition).values(reply=True))
            found += flagged
    return found


def outreach_message_ids(conn: Connection, owner_id: int) -> dict[str, tuple[int, int]]:
    """Message-IDs of drafts kith saved or sent: id -> (step id, person id)."""
    c = outreach_steps.c
    query = sa.select(c.message_id, c.id, c.person_id).where(c.owner_id == owner_id, c.message_id.is_not(None))
    return {str(mid).strip("<>"): (int(sid), int(pid)) for mid, sid, pid in conn.execute(query)}


# Candidates ---------------------------------------------------------------------------------


@dataclass
class CandidateRow:
    id: int
    address: str
    display_name: str
    inbound: int
    outbound: int
    first_at: datetime | None
    last_at: datetime | None
    dismissed: bool


def _candidate(row: Any) -> CandidateRow:
    return CandidateRow(
        id=row.id,
        address=row.address,
        display_name=row.display_name,
        inbound=row.inbound,
        outbound=row.outbound,
        first_at=row.first_at,
        last_at=row.last_at,
        dismissed=bool(row.dismissed),
    )


def all_candidates(conn: Connection, owner_id: int) -> dict[str, CandidateRow]:
    query = sa.select(mail_candidates).where(mail_candidates.c.owner_id == owner_id)
    return {row.address: _candidate(row) for row in conn.execute(query)}


def list_candidates(conn: Connection, owner_id: int, *, dismissed: bool = False) -> list[CandidateRow]:
    c = mail_candidates.c
    query = (
        sa.select(mail_candidates)
        .where(c.owner_id == owner_id, c.dismissed.is_(dismissed))
        .order_by((c.inbound + c.outbound).desc(), c.last_at.desc(), c.address)
    )
    return [_candidate(row) for row in conn.execute(query)]


def insert_candidates(
    conn: Connection, owner_id: int, candidates: Sequence[CandidateRow], source_id: int | None, now: datetime
) -> list[int]:
    """Insert new candidates (one ``executemany``); their ids, in the order given."""
    if not candidates:
        return []
    columns = (
        "owner_id",
        "address",
        "display_name",
        "inbound",
        "outbound",
        "first_at",
        "last_at",
        "dismissed",
        "source_id",
        "created_at",
    )
    rows = [
        (
            owner_id,
            k.address,
            k.display_name[:300],
            k.inbound,
            k.outbound,
            k.first_at,
            k.last_at,
            k.dismissed,
            source_id,
            now,
        )
        for k in candidates
    ]
    insert_rows(conn, mail_candidates, columns, rows)
    c = mail_candidates.c
    ids: dict[str, int] = {}
    for chunk in _chunked([k.address for k in candidates]):
        query = sa.select(c.address, c.id).where(c.owner_id == owner_id, c.address.in_(chunk))
        ids.update({str(address): int(found) for address, found in conn.execute(query)})
    return [ids[k.address] for k in candidates]


def update_candidates(conn: Connection, owner_id: int, changed: Sequence[CandidateRow]) -> None:
    if not changed:
        return
    c = mail_candidates.c
    statement = (
        mail_candidates.update()
        .where(c.owner_id == owner_id, c.id == sa.bindparam("cid"))
        .values(
            inbound=sa.bindparam("n_in"),
            outbound=sa.bindparam("n_out"),
            first_at=sa.bindparam("first"),
            last_at=sa.bindparam("last"),
            dismissed=sa.bindparam("gone"),
            display_name=sa.bindparam("name"),
        )
    )
    conn.execute(
        statement,
        [
            {
                "cid": k.id,
                "n_in": k.inbound,
                "n_out": k.outbound,
                "first": k.first_at,
                "last": k.last_at,
                "gone": k.dismissed,
                "name": k.display_name[:300],
            }
            for k in changed
        ],
    )


# The columns of a candidate's message that an interaction has too (besides the owner).
SHARED_WITH_INTERACTIONS = (
    "occurred_at",
    "utc_offset_minutes",
    "direction",
    "kind",
    "summary",
    "external_id",
    "thread_id",
    "returns_on",
    "source_id",
    "source_record",
)


def promote_candidate(conn: Connection, owner_id: int, candidate_id: int, person_id: int) -> int:
    """Move a candidate's messages to the person's interactions and forget the candidate;
    returns how many interactions it gained."""
    m = candidate_messages.c
    columns = SHARED_WITH_INTERACTIONS
    rows = [
        dict(row._mapping) | {"owner_id": owner_id, "person_id": person_id, "channel": "email"}
        for row in conn.execute(
            sa.select(*(m[name] for name in columns)).where(m.owner_id == owner_id, m.candidate_id == candidate_id)
        )
    ]
    insert_ignoring_duplicates(conn, interactions, rows)
    conn.execute(
        mail_candidates.delete().where(mail_candidates.c.owner_id == owner_id, mail_candidates.c.id == candidate_id)
    )
    return len(rows)


def set_dismissed(conn: Connection, owner_id: int, addresses: Sequence[str], dismissed: bool = True) -> int:
    c = mail_candidates.c
    query = mail_candidates.update().where(c.owner_id == owner_id, c.address.in_(list(addresses)))
    return conn.execute(query.values(dismissed=dismissed)).rowcount


# How far each mailbox was read --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgressRow:
    locator: str
    fingerprint: str
    position: int
    messages: int
    finished: bool


def load_progress(conn: Connection, owner_id: int, locator: str) -> ProgressRow | None:
    c = mail_progress.c
    row = conn.execute(sa.select(mail_progress).where(c.owner_id == owner_id, c.locator == locator)).first()
    if row is None:
        return None
    return ProgressRow(row.locator, row.fingerprint, int(row.position), int(row.messages), bool(row.finished))


def progress_under(conn: Connection, owner_id: int, prefix: str) -> list[ProgressRow]:
    c = mail_progress.c
    query = sa.select(mail_progress).where(c.owner_id == owner_id, c.locator.startswith(prefix, autoescape=True))
    return [
        ProgressRow(r.locator, r.fingerprint, int(r.position), int(r.messages), bool(r.finished))
        for r in conn.execute(query)
    ]


def save_progress(conn: Connection, owner_id: int, progress: ProgressRow, now: datetime) -> None:
    c = mail_progress.c
    conn.execute(mail_progress.delete().where(c.owner_id == owner_id, c.locator == progress.locator))
    conn.execute(
        mail_progress.insert().values(
            owner_id=owner_id,
            locator=progress.locator,
            fingerprint=progress.fingerprint,
            position=progress.position,
            messages=progress.messages,
            finished=progress.finished,
            updated_at=now,
        )
    )


def forget_progress(conn: Connection, owner_id: int, locator: str) -> None:
    c = mail_progress.c
    conn.execute(mail_progress.delete().where(c.owner_id == owner_id, c.locator == locator))


def display_names(conn: Connection, owner_id: int, person_ids: Iterable[int]) -> Mapping[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunked(sorted(set(person_ids))):
        query = sa.select(people.c.id, people.c.display_name).where(
            people.c.owner_id == owner_id, people.c.id.in_(chunk)
        )
        found.update({int(i): str(n) for i, n in conn.execute(query)})
    return found


def last_steps_done(conn: Connection, owner_id: int, person_ids: Iterable[int]) -> dict[int, datetime]:
    """When each of these people was last written to through the plan (a step done)."""
    c = outreach_steps.c
    found: dict[int, datetime] = {}
    for chunk in _chunked(sorted(set(person_ids))):
        query = (
            sa.select(c.person_id, sa.func.max(c.done_at))
            .where(c.owner_id == owner_id, c.person_id.in_(chunk), c.status == "done", c.done_at.is_not(None))
            .group_by(c.person_id)
        )
        for person_id, when in conn.execute(query):
            if when is not None:
                found[int(person_id)] = when
    return found


def reply_authors(
    conn: Connection, owner_id: int, messages: Sequence[tuple[str, datetime | None]]
) -> list[tuple[int, datetime]]:
    """(person id, when) of whoever wrote each of these messages, for those who are people."""
    if not messages:
        return []
    c = interactions.c
    planned = sa.select(outreach_steps.c.person_id).where(
        outreach_steps.c.owner_id == owner_id, outreach_steps.c.status == "planned"
    )
    waiting = {int(v) for v in conn.execute(planned).scalars()}
    if not waiting:
        return []  # nothing planned: a reply has nothing to cancel
    found = []
    for key, _when in messages:
        query = sa.select(c.person_id, c.occurred_at).where(
            c.owner_id == owner_id,
            c.external_id.startswith(key + "|", autoescape=True),
            c.direction == "inbound",
        )
        found += [(int(p), w) for p, w in conn.execute(query) if int(p) in waiting]
    return found


def correspondents(conn: Connection, owner_id: int, limit: int) -> list[tuple[str, str]]:
    """(name, first email) of up to ``limit`` people who have an email, in id order."""
    first = (
        sa.select(identities.c.person_id, sa.func.min(identities.c.value).label("email"))
        .where(identities.c.owner_id == owner_id, identities.c.kind == IdentityKind.EMAIL.value)
        .group_by(identities.c.person_id)
        .subquery()
    )
    query = (
        sa.select(people.c.display_name, first.c.email)
        .join(first, first.c.person_id == people.c.id)
        .where(people.c.owner_id == owner_id)
        .order_by(people.c.id)
        .limit(limit)
    )
    return [(str(n), str(e)) for n, e in conn.execute(query)]
